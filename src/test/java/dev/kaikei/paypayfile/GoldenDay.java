package dev.kaikei.paypayfile;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.OperationChange;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentKind;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.simulator.SimulatorClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The business day 2026-03-01 of store S1, terminal T1 as a real journal holds it, which the golden PayPay files in
 * {@code src/test/resources/dev/kaikei/paypayfile} describe (see the README there): A001 ¥1,200, A002 ¥880 refunded
 * in full (R001), A003 ¥3,300, A004 ¥500 declined, and the pre-authorization P001 ¥5,000 captured ¥4,800 (C001).
 */
public final class GoldenDay {

    public static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private GoldenDay() {
    }

    public static Journal open(Path file) {
        SimulatorClock clock = SimulatorClock.fixedAt(at("09:00"));
        Journal journal = Journal.open(file, JournalOptions.defaults().withClock(clock));
        paid(journal, clock, "T1-0301-A001", 1200, "04000000000000000001", "10:00");
        paid(journal, clock, "T1-0301-A002", 880, "04000000000000000002", "11:30");
        paid(journal, clock, "T1-0301-A003", 3300, "04000000000000000003", "13:00");
        clock.setTo(at("14:00"));
        journal.insertPayment(NewPayment.qr("T1-0301-A004", 500, "latte", "S1", "T1"));
        journal.transition("T1-0301-A004", PaymentState.CREATING, PaymentChange.to(PaymentState.FAILED)
                .withPaypayStatus("FAILED"));
        clock.setTo(at("15:00"));
        OperationRecord refund = journal.insertOperation(NewOperation.refund("T1-0301-A002", "T1-0301-R001", 880,
                "returned"));
        journal.updateOperation(refund.id(), OperationState.PENDING, OperationChange.to(OperationState.SUCCEEDED)
                .withPaypayStatus("REFUNDED").withPayment(PaymentChange.to(PaymentState.REFUNDED)));
        clock.setTo(at("12:00"));
        journal.insertPayment(new NewPayment("T1-0301-P001", PaymentKind.QR_PREAUTH, 5000, "deposit", "S1", "T1",
                null, null));
        journal.transition("T1-0301-P001", PaymentState.CREATING, PaymentChange.to(PaymentState.AUTHORIZED)
                .withPaypayPaymentId("04000000000000000005").withAcceptedAt(at("12:00")));
        clock.setTo(at("18:00"));
        OperationRecord capture = journal.insertOperation(NewOperation.capture("T1-0301-P001", "T1-0301-C001", 4800,
                "deposit"));
        journal.updateOperation(capture.id(), OperationState.PENDING, OperationChange.to(OperationState.SUCCEEDED)
                .withPayment(PaymentChange.to(PaymentState.COMPLETED)));
        return journal;
    }

    private static void paid(Journal journal, SimulatorClock clock, String id, long yen, String paypayId,
                             String time) {
        clock.setTo(at(time).minusSeconds(30));
        journal.insertPayment(NewPayment.qr(id, yen, "coffee", "S1", "T1"));
        journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                .withPaypayPaymentId(paypayId).withPaypayStatus("COMPLETED").withAcceptedAt(at(time)));
    }

    /** A time of the golden day in Tokyo. */
    public static Instant at(String hhmm) {
        return DAY.atTime(LocalTime.parse(hhmm)).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
    }

    /** Copies a golden file from the test resources into {@code dir} under its own name. */
    public static Path golden(Path dir, String name) {
        try (InputStream in = GoldenDay.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + name);
            }
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
