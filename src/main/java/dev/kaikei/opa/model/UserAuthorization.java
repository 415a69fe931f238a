package dev.kaikei.opa.model;

import java.util.List;

/** State of a linked user ({@code GET /v2/user/authorizations}); times are epoch seconds. */
public record UserAuthorization(
        String userAuthorizationId,
        List<String> referenceIds,
        UserAuthorizationStatus status,
        List<String> scopes,
        Long expireAt,
        Long issuedAt) {

    public UserAuthorization {
        referenceIds = referenceIds == null ? List.of() : List.copyOf(referenceIds);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
