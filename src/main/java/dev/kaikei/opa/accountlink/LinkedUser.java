package dev.kaikei.opa.accountlink;

/** What a valid account-link response token yields; {@code profileIdentifier} may be null. */
public record LinkedUser(String userAuthorizationId, String referenceId, String profileIdentifier) {
}
