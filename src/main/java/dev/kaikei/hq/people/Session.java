package dev.kaikei.hq.people;

/**
 * A logged-in browser.
 *
 * @param token the cookie value (only its hash is stored)
 * @param user  who logged in
 * @param csrf  the token every form of this session must post back (a cross-site form cannot know it)
 */
public record Session(String token, User user, String csrf) {
}
