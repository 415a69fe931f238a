package dev.kaikei.payment;

import java.time.Instant;
import java.util.Optional;

/**
 * A shop customer as the cashier sees it (never PayPay's userAuthorizationId, which stays in the journal).
 *
 * @param id          local id
 * @param reference   the shop's member number or name
 * @param phone       the phone given when linking, if any
 * @param status      linking, linked or unlinked
 * @param linkedSince when the link was completed (only while LINKED)
 * @param createdAt   when the customer was first saved
 */
public record CustomerInfo(long id, String reference, Optional<String> phone, CustomerLinkStatus status,
                           Optional<Instant> linkedSince, Instant createdAt) {

    public boolean isLinked() {
        return status == CustomerLinkStatus.LINKED;
    }
}
