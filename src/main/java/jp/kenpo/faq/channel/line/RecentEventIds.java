package jp.kenpo.faq.channel.line;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last N webhookEventIds seen, to answer a redelivered event only once. Per replica: with several
 * replicas a redelivery that lands elsewhere is answered again, which LINE's single-use reply token limits.
 */
final class RecentEventIds {

    private final Map<String, Boolean> seen;

    RecentEventIds(int capacity) {
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return true the first time an id is seen (an event without an id always counts as new) */
    synchronized boolean firstTime(String webhookEventId) {
        return webhookEventId == null || seen.put(webhookEventId, Boolean.TRUE) == null;
    }
}
