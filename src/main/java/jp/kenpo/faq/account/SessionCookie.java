package jp.kenpo.faq.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads the console's login cookie as Quarkus's form login writes it (its {@code PersistentLoginManager}, Quarkus
 * 3.33): AES-GCM under the SHA-256 of {@code quarkus.http.auth.session.encryption-key}, of the text
 * {@code EXPIRY-MILLIS:NAME}, where the expiry is the time of issue plus {@code quarkus.http.auth.form.timeout}.
 * Quarkus offers no public way to read the time of issue; should a later version write the cookie otherwise, nothing
 * is read, the cookie is refused, and the logout tests fail at once.
 */
final class SessionCookie {

    /** Who the cookie names, and when it was issued (or last renewed). */
    record Issued(String name, Instant at) {}

    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final Duration timeout;

    SessionCookie(String encryptionKey, Duration timeout) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encryptionKey.getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        this.timeout = timeout;
    }

    /** The cookie's name and time of issue; empty when it cannot be read (another key, another format, tampered). */
    Optional<Issued> read(String value) {
        try {
            ByteBuffer message = ByteBuffer.wrap(Base64.getDecoder().decode(value));
            byte[] iv = new byte[message.get()];
            message.get(iv);
            byte[] encrypted = new byte[message.remaining()];
            message.get(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            String text = new String(cipher.doFinal(encrypted), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            Instant expiry = Instant.ofEpochMilli(Long.parseLong(text.substring(0, colon)));
            return Optional.of(new Issued(text.substring(colon + 1), expiry.minus(timeout)));
        } catch (GeneralSecurityException | RuntimeException e) {
            // never the value or the exception's text, which may quote it
            return Optional.empty();
        }
    }
}
