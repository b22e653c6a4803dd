package jp.kenpo.faq.channel.line;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Signs test bodies with the test profile's channel secret. */
public final class LineWebhookTestSupport {

    private LineWebhookTestSupport() {}

    public static String sign(String body) {
        return Base64.getEncoder()
                .encodeToString(new LineSignature("test-channel-secret").sign(body.getBytes(StandardCharsets.UTF_8)));
    }
}
