package dev.kaikei.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Account linking and linked users: account-link QR sessions, the customer's approval (which issues the HS256 response
 * token and an ACTIVE user authorization), unlinking and wallet balances. All methods run under this object's lock.
 */
final class UserAuthorizations {

    static final long TOKEN_LIFETIME_SECONDS = 300;
    static final long AUTHORIZATION_LIFETIME_SECONDS = 365L * 24 * 3600;

    private final SimulatorClock clock;
    private final SimulatorOptions options;
    private final ObjectMapper mapper;
    private final IdGenerator ids;
    private final byte[] jwtKey;

    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, UserAuthorization> authorizations = new LinkedHashMap<>();
    private final Map<String, Long> balances = new HashMap<>();

    record NewSession(List<String> scopes, String nonce, String redirectUrl, String redirectType, String referenceId,
                      String phoneNumber) {
    }

    private static final class Session {
        final NewSession request;
        boolean used;

        Session(NewSession request) {
            this.request = request;
        }
    }

    private static final class UserAuthorization {
        final String id;
        final List<String> referenceIds = new ArrayList<>();
        final List<String> scopes;
        final long issuedAt;
        final long expireAt;
        boolean active = true;

        UserAuthorization(String id, String referenceId, List<String> scopes, long issuedAt) {
            this.id = id;
            this.referenceIds.add(referenceId);
            this.scopes = List.copyOf(scopes);
            this.issuedAt = issuedAt;
            this.expireAt = issuedAt + AUTHORIZATION_LIFETIME_SECONDS;
        }
    }

    UserAuthorizations(SimulatorClock clock, SimulatorOptions options, ObjectMapper mapper, IdGenerator ids) {
        this.clock = clock;
        this.options = options;
        this.mapper = mapper;
        this.ids = ids;
        this.jwtKey = Jwt.keyFromApiSecret(options.apiSecret());
    }

    /** Opens an account-link session; the caller turns the returned id into the link URL. */
    synchronized String createSession(NewSession request) {
        String id = ids.sessionId();
        sessions.put(id, new Session(request));
        return id;
    }

    /** Whether the session exists and has not been answered yet (for the customer page). */
    synchronized boolean sessionOpen(String sessionId) {
        Session s = sessions.get(sessionId);
        return s != null && !s.used;
    }

    synchronized CustomerAction.LinkResult answer(String sessionId, boolean approve) {
        Session session = sessions.get(sessionId);
        if (session == null) {
            throw new CustomerAction.Refused(CustomerAction.Reason.SESSION_NOT_FOUND);
        }
        if (session.used) {
            throw new CustomerAction.Refused(CustomerAction.Reason.SESSION_ALREADY_USED);
        }
        session.used = true;
        NewSession request = session.request;
        long now = clock.epochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("result", approve ? "succeeded" : "declined");
        claims.put("aud", options.merchantId());
        claims.put("iss", "paypay.ne.jp");
        claims.put("exp", now + TOKEN_LIFETIME_SECONDS);
        claims.put("nonce", request.nonce());
        claims.put("referenceId", request.referenceId());
        String userAuthorizationId = null;
        if (approve) {
            // The same customer linking again after an unlink gets their earlier id back, as PayPay reissues it.
            userAuthorizationId = authorizations.values().stream()
                    .filter(a -> !a.active && a.referenceIds.contains(request.referenceId()))
                    .map(a -> a.id).findFirst().orElseGet(ids::userAuthorizationId);
            authorizations.put(userAuthorizationId,
                    new UserAuthorization(userAuthorizationId, request.referenceId(), request.scopes(), now));
            claims.put("userAuthorizationId", userAuthorizationId);
            claims.put("profileIdentifier", maskedPhone(request.phoneNumber()));
        }
        String token = Jwt.sign(mapper, claims, jwtKey);
        String separator = request.redirectUrl().contains("?") ? "&" : "?";
        String redirect = request.redirectUrl() + separator + "responseToken="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return new CustomerAction.LinkResult(token, redirect, userAuthorizationId);
    }

    private String maskedPhone(String phoneNumber) {
        String digits = phoneNumber == null ? "" : phoneNumber.replaceAll("[^0-9]", "");
        String last4 = digits.length() >= 4 ? digits.substring(digits.length() - 4) : ids.digits(4);
        return "*******" + last4;
    }

    synchronized ObjectNode status(String userAuthorizationId) {
        UserAuthorization auth = authorizations.get(userAuthorizationId);
        if (auth == null) {
            throw new ApiException(ResultCode.INVALID_USER_AUTHORIZATION_ID);
        }
        ObjectNode data = mapper.createObjectNode();
        data.put("userAuthorizationId", auth.id);
        auth.referenceIds.forEach(data.putArray("referenceIds")::add);
        data.put("status", auth.active ? "ACTIVE" : "INACTIVE");
        auth.scopes.forEach(data.putArray("scopes")::add);
        data.put("expireAt", auth.expireAt);
        data.put("issuedAt", auth.issuedAt);
        return data;
    }

    synchronized void unlink(String userAuthorizationId) {
        UserAuthorization auth = authorizations.get(userAuthorizationId);
        if (auth == null) {
            throw new ApiException(ResultCode.INVALID_USER_AUTHORIZATION_ID);
        }
        auth.active = false;
    }

    /** Throws the PayPay error when the user cannot be charged: unknown or unlinked, or expired. */
    synchronized void requireUsable(String userAuthorizationId, long now) {
        UserAuthorization auth = authorizations.get(userAuthorizationId);
        if (auth == null || !auth.active) {
            throw new ApiException(ResultCode.INVALID_USER_AUTHORIZATION_ID);
        }
        if (now > auth.expireAt) {
            throw new ApiException(ResultCode.EXPIRED_USER_AUTHORIZATION_ID);
        }
    }

    synchronized boolean hasEnoughBalance(String userAuthorizationId, long amount) {
        return amount <= balances.getOrDefault(userAuthorizationId, options.walletBalance());
    }

    synchronized ObjectNode checkBalance(String userAuthorizationId, long amount) {
        requireUsable(userAuthorizationId, clock.epochSecond());
        ObjectNode data = mapper.createObjectNode();
        data.put("hasEnoughBalance", hasEnoughBalance(userAuthorizationId, amount));
        return data;
    }

    synchronized void setBalance(String userAuthorizationId, long yen) {
        balances.put(userAuthorizationId, yen);
    }
}
