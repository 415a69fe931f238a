package dev.kaikei.payment;

import java.time.Instant;
import java.util.Optional;

/**
 * An immutable snapshot of one checkout, published to listeners after every change.
 *
 * @param merchantPaymentId the id this attempt was journaled under
 * @param amountYen         the amount charged
 * @param description       the order description
 * @param phase             where the checkout stands
 * @param qrUrl             the URL the QR encodes, once the code exists
 * @param deeplink          the PayPay app deeplink, once the code exists
 * @param expiresAt         the server's expiry of the code (drive countdowns from this, not the local clock)
 * @param offline           true while PayPay cannot be reached; polling continues with backoff
 * @param detail            a short human-readable reason for DECLINED / FAILED / RESOLVING, else empty
 */
public record CheckoutStatus(
        String merchantPaymentId,
        long amountYen,
        String description,
        CheckoutPhase phase,
        Optional<String> qrUrl,
        Optional<String> deeplink,
        Optional<Instant> expiresAt,
        boolean offline,
        String detail) {
}
