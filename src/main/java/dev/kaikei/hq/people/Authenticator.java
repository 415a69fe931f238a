package dev.kaikei.hq.people;

import dev.kaikei.hq.http.HttpError;
import dev.kaikei.hq.http.Request;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is asking: a browser by its session cookie, an API client by HTTP Basic with a user's name and password (the
 * same throttling as the login form applies).
 */
public final class Authenticator {

    public static final String SESSION_COOKIE = "kaikei_hq_session";

    private final Users users;
    private final Sessions sessions;

    public Authenticator(Users users, Sessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    /** The session of this browser, if it has a valid one. */
    public Optional<Session> session(Request request) throws SQLException {
        Optional<String> token = request.cookie(SESSION_COOKIE);
        return token.isEmpty() ? Optional.empty() : sessions.find(token.get());
    }

    /**
     * The user of an API request's {@code Authorization: Basic} header.
     *
     * @throws HttpError 401 when missing or wrong, 429 while throttled
     */
    public User basic(Request request) throws SQLException {
        String header = request.header("Authorization").orElseThrow(
                () -> HttpError.unauthorized("HTTP Basic authentication with a back-office user is required"));
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw HttpError.unauthorized("HTTP Basic authentication with a back-office user is required");
        }
        char[] decoded = decode(header.substring(6).strip());
        try {
            int colon = indexOf(decoded, ':');
            if (colon < 0) {
                throw HttpError.unauthorized("malformed Basic credentials");
            }
            String name = new String(decoded, 0, colon);
            char[] password = Arrays.copyOfRange(decoded, colon + 1, decoded.length);
            try {
                LoginResult result = users.login(name, password);
                if (result instanceof LoginResult.Accepted a) {
                    return a.user();
                }
                if (result instanceof LoginResult.Throttled t) {
                    request.setHeader("Retry-After", Long.toString(Math.max(1, t.retryAfter().toSeconds())));
                    throw new HttpError(429, "too many wrong passwords; try again later");
                }
                throw HttpError.unauthorized("wrong user name or password");
            } finally {
                Arrays.fill(password, '\0');
            }
        } finally {
            Arrays.fill(decoded, '\0');
        }
    }

    private static char[] decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw HttpError.unauthorized("malformed Basic credentials");
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] result = new char[chars.remaining()];
            chars.get(result);
            return result;
        } catch (CharacterCodingException e) {
            throw HttpError.unauthorized("malformed Basic credentials");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static int indexOf(char[] chars, char c) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
