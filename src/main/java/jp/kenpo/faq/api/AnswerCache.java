package jp.kenpo.faq.api;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jp.kenpo.faq.matching.MatchOutcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * Responses to {@code POST /api/v1/ask} already worked out today, by identical request. Many members ask the
 * same thing in the same words (the widget's suggestion buttons send the item's own question),
 * and an answer depends only on the request, the corpus and the day — so the day is part of the key and
 * nothing is ever served across midnight in Japan. Bounded in entries and age (see application.properties);
 * only small requests are kept, so the cache's memory stays bounded too. Hits and misses are in the metrics
 * ({@code cache_gets_total{cache="answers"}}).
 */
@ApplicationScoped
class AnswerCache {

    /** A request this large or larger is answered but not kept: the key holds the whole request. */
    static final int MAX_CACHED_REQUEST_BYTES = 2048;

    /**
     * One answered request, as the JSON sent the first time; the outcome is kept for the metrics of later hits.
     * The array is shared: never modified after it is cached.
     */
    record Cached(byte[] json, MatchOutcome outcome) {
    }

    private record Key(AskRequest request, LocalDate day) {
    }

    private final CaffeineCache cache;
    private final boolean enabled;

    AnswerCache(@CacheName("answers") Cache cache,
                @ConfigProperty(name = "kenpo.answer-cache.enabled", defaultValue = "true") boolean enabled) {
        this.cache = cache.as(CaffeineCache.class);
        this.enabled = enabled;
    }

    /** The cached response to this request on this day in Japan, or null. */
    Cached get(AskRequest request, LocalDate today) {
        if (!enabled) {
            return null;
        }
        CompletableFuture<Cached> value = cache.getIfPresent(new Key(request, today));
        return value != null && value.isDone() && !value.isCompletedExceptionally() ? value.join() : null;
    }

    /** @param requestBytes the request's declared length, 0 when unknown (then it is not kept) */
    void put(AskRequest request, LocalDate today, long requestBytes, Cached cached) {
        if (enabled && requestBytes > 0 && requestBytes < MAX_CACHED_REQUEST_BYTES) {
            cache.put(new Key(request, today), CompletableFuture.completedFuture(cached));
        }
    }
}
