package dev.kaikei.ui.common;

import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StateText;
import dev.kaikei.ui.common.Yen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Turns payments into display rows: Tokyo times, yen, translated states, short PayPay ids. */
public final class PaymentRows {

    /** The business day's zone (DESIGN.md rule 7). */
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SHORT_ID = 6;

    private final StateText states;

    public PaymentRows(Messages messages) {
        this.states = new StateText(messages);
    }

    /** A row; the time shows without the date when the payment is on {@code shownDay}. */
    public PaymentRow row(PaymentSummary p, LocalDate shownDay) {
        ZonedDateTime at = p.createdAt().atZone(TOKYO);
        String time = at.toLocalDate().equals(shownDay) ? TIME.format(at) : DATE_TIME.format(at);
        return new PaymentRow(p.merchantPaymentId(), time, Yen.format(p.amountYen()), p.description(),
                states.of(p.state()), p.state(), p.paypayPaymentId().map(PaymentRows::shortId).orElse(""));
    }

    /** Date and time in Tokyo, to the second. */
    public static String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(TOKYO));
    }

    public static String time(Instant at) {
        return TIME.format(at.atZone(TOKYO));
    }

    /** The last characters of a long PayPay id, which is how support and the customer's app quote it. */
    public static String shortId(String id) {
        return id.length() <= SHORT_ID ? id : "…" + id.substring(id.length() - SHORT_ID);
    }

    /** Today's business day by {@code now}. */
    public static LocalDate businessDay(Instant now) {
        return now.atZone(TOKYO).toLocalDate();
    }
}
