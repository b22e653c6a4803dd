package jp.kenpo.faq.channel.line;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A one-to-one chat's key: an HMAC of the LINE user id under a key made afresh at each start. The user id itself is
 * never held past parsing the event, and a key means nothing outside this process or after a restart, which is as
 * long as the conversation state it finds ({@link PendingFollowUps}) lives.
 */
final class ChatKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] KEY = randomKey();

    private ChatKeys() {}

    /** @return the chat's key, or null for a chat with others or an event without a user */
    static String of(String sourceType, String userId) {
        if (!"user".equals(sourceType) || userId == null || userId.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(KEY, ALGORITHM));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
