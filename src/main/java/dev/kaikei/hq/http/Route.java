package dev.kaikei.hq.http;

/** Handles one method + path (or path prefix); throws {@link HttpError} for a 4xx. */
@FunctionalInterface
public interface Route {

    void handle(Request request, String pathRest) throws Exception;
}
