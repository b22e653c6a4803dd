package jp.kenpo.faq.channel.line;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Optional;

/**
 * The LINE channel ({@code kenpo.line.*}). Secrets come from the environment
 * ({@code KENPO_LINE_CHANNEL_SECRET}, {@code KENPO_LINE_CHANNEL_ACCESS_TOKEN}), never from the repository.
 * The Messaging API's base URL is the REST client's: {@code quarkus.rest-client.line-api.url}.
 */
@ConfigMapping(prefix = "kenpo.line")
public interface LineConfig {

    /** Channel secret: the key of the webhook's X-Line-Signature. Unset: the webhook is disabled (503). */
    Optional<String> channelSecret();

    /** Channel access token for the reply API. */
    Optional<String> channelAccessToken();

    /** How many recent webhookEventIds are remembered to drop redeliveries. */
    @WithDefault("10000")
    @Min(1)
    @Max(10_000_000)
    int recentEvents();

    /** Threads that handle events after the webhook has answered. */
    @WithDefault("2")
    @Min(1)
    @Max(64)
    int workers();

    /**
     * On stop, how long events already accepted and replies already sent may take to finish: within
     * {@code quarkus.shutdown.timeout}, and Kubernetes's grace period after the shutdown delay.
     */
    @WithDefault("10s")
    Duration shutdownWait();

    /** The largest webhook body taken: a batch of events with long texts, below the server's ceiling. */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
