package jp.kenpo.faq.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most so many feedbacks a minute from one client address ({@code kenpo.feedback.per-minute}), so that a script
 * cannot flood the question log with votes. A fixed one-minute window: the counts are dropped as each minute starts,
 * so the map never holds more than one minute's clients.
 */
@ApplicationScoped
public class FeedbackRateLimit {

    private final int perMinute;
    private final Map<String, Integer> counts = new HashMap<>();
    private long minute = -1;

    public FeedbackRateLimit(@ConfigProperty(name = "kenpo.feedback.per-minute", defaultValue = "30") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts one request; false when the client has used up its minute. */
    synchronized boolean allow(String client, long nowMillis) {
        long current = nowMillis / 60_000;
        if (current != minute) {
            counts.clear();
            minute = current;
        }
        return counts.merge(client, 1, Integer::sum) <= perMinute;
    }

    /** Seconds until the next window opens. */
    static long secondsLeft(long nowMillis) {
        return 60 - (nowMillis / 1000) % 60;
    }
}
