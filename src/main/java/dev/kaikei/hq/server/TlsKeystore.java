package dev.kaikei.hq.server;

import dev.kaikei.hq.HqException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** A PKCS#12 (or JKS) keystore holding HQ's TLS certificate and key; its password comes from the environment. */
public record TlsKeystore(Path file, char[] password) {

    public static final String PASSWORD_ENV = "KAIKEI_HQ_TLS_PASSWORD";

    SSLContext sslContext() {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new HqException("Cannot use the TLS keystore " + file + " (is " + PASSWORD_ENV + " right?): "
                    + e.getMessage(), e);
        }
    }
}
