package jp.kenpo.faq.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where what members asked is kept, and for how long. */
@ConfigMapping(prefix = "kenpo.store")
public interface StoreConfig {

    /** The embedded PostgreSQL that serves when no {@code quarkus.datasource.jdbc.url} is configured. */
    Embedded embedded();

    /** How long a recorded answer (with its feedback) is kept before the purge job deletes it. */
    @WithDefault("P90D")
    Duration retention();

    /** How often the purge job deletes what is older than the retention (a duration: 1h, 30m). */
    @WithDefault("1h")
    String purgeEvery();

    /** How long after start-up the purge job first runs. */
    @WithDefault("1m")
    String purgeDelay();

    /**
     * How many answers and feedbacks may wait to be written. When the database is slow or down, what arrives
     * beyond this is not recorded (and counted in {@code kenpo_traffic_unrecorded_total}); answering never waits.
     */
    @WithDefault("5000")
    int queueCapacity();

    /** How long to wait before trying an unreachable database again. */
    @WithDefault("5s")
    Duration retryInterval();

    /** The embedded server. */
    interface Embedded {
        /** Its data directory; it survives restarts, so what was recorded is still there. */
        @WithDefault("data/postgres")
        String directory();
    }
}
