package jp.kenpo.faq.channel.line;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * X-Line-Signature = Base64(HMAC-SHA256(channel secret, raw body)), checked on the raw bytes before any
 * JSON is parsed, and compared in constant time.
 */
final class LineSignature {

    private final SecretKeySpec key;

    LineSignature(String channelSecret) {
        this.key = new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** @throws InvalidLineSignatureException when the signature is missing or does not match */
    void verify(byte[] body, String signature) {
        if (signature == null || signature.isBlank()) {
            throw new InvalidLineSignatureException();
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidLineSignatureException();
        }
        if (!MessageDigest.isEqual(sign(body), given)) {
            throw new InvalidLineSignatureException();
        }
    }

    byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
