package dev.kaikei.simulator;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** PayPay-looking ids: numeric payment ids, {@code 04-…} code ids, session ids and user authorization ids. */
final class IdGenerator {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Random random;
    private final AtomicLong sequence = new AtomicLong();

    IdGenerator(long seed) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    /** 20 digits: a random prefix and a sequence number, so ids never repeat within one simulator. */
    String paymentId() {
        return String.format("%08d%012d", random.nextInt(100_000_000), sequence.incrementAndGet());
    }

    String codeId() {
        return "04-" + alphanumeric(16);
    }

    String sessionId() {
        return alphanumeric(24);
    }

    String userAuthorizationId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    String requestId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    String digits(int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    private String alphanumeric(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return sb.toString();
    }
}
