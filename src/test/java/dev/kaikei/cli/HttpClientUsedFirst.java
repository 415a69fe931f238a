package dev.kaikei.cli;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * A program that uses the JDK's HTTP client before anything of Kaikei's, then runs {@code kaikei <args>}: whatever the
 * JDK's client was told about resending POSTs is fixed from then on. Run in a child JVM by {@link SelfTestCommandTest}
 * to show Kaikei's PayPay client does not depend on it.
 */
final class HttpClientUsedFirst {

    private HttpClientUsedFirst() {
    }

    public static void main(String[] args) {
        try {
            // Port 1 on loopback refuses the connection; creating the connection loads the JDK's HTTP client all the same.
            ((HttpURLConnection) URI.create("http://127.0.0.1:1/").toURL().openConnection()).getResponseCode();
        } catch (IOException expected) {
            // refused, as intended
        }
        System.exit(KaikeiCommand.commandLine().execute(args));
    }
}
