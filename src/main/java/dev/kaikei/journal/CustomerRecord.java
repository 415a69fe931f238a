package dev.kaikei.journal;

import java.time.Instant;

/**
 * A shop customer who links (or linked) a PayPay account for direct debit.
 *
 * @param id                  local id
 * @param reference           the shop's member number or name (unique among customers not UNLINKED)
 * @param phone               may be null
 * @param userAuthorizationId PayPay's id for the link, null until linked (unique)
 * @param linkNonce           nonce of the pending account-link request, may be null
 * @param status              linking, linked or unlinked
 * @param createdAt           first saved
 * @param updatedAt           last change
 */
public record CustomerRecord(long id, String reference, String phone, String userAuthorizationId, String linkNonce,
                             CustomerStatus status, Instant createdAt, Instant updatedAt) {
}
