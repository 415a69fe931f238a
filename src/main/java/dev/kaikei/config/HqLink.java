package dev.kaikei.config;

import java.net.URI;
import java.util.Objects;

/**
 * Where this till pushes its journal for the back office ({@code hq.url}) and the terminal token HQ issued for it
 * ({@code hq.token}, masked when printed).
 */
public record HqLink(URI url, Secret token) {

    public HqLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
    }
}
