package dev.kaikei.payment;

import java.time.Instant;
import java.util.Optional;

/**
 * Which actions a payment allows right now, for the UI's buttons; each flag is computed by the same rules the actions
 * check before sending anything.
 *
 * @param cancel      a cancel is allowed (paid or authorized, within the cancel window, no refund yet)
 * @param refund      a refund is allowed (paid, none yet); up to {@code maxRefund}
 * @param capture     a capture is allowed (authorized); up to {@code maxCapture}
 * @param revert      a revert is allowed (authorized)
 * @param cancelUntil the end of the cancel window, if the payment was accepted
 * @param maxRefund   the largest refund, 0 if none
 * @param maxCapture  the largest capture, 0 if none
 * @param note        why the main actions are not available, or empty
 */
public record ActionOptions(boolean cancel, boolean refund, boolean capture, boolean revert,
                            Optional<Instant> cancelUntil, long maxRefund, long maxCapture, String note) {
}
