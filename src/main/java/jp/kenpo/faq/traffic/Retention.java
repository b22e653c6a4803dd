package jp.kenpo.faq.traffic;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import jp.kenpo.faq.store.Database;
import jp.kenpo.faq.store.StoreConfig;
import org.jboss.logging.Logger;

/**
 * Keeps the question log no longer than its retention ({@code kenpo.store.retention}, 90 days unless configured):
 * every hour, answers asked before then are deleted with their feedback. Every replica runs it; a delete of what
 * another already deleted is a no-op.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final TrafficStore store;
    private final Database database;
    private final StoreConfig config;

    public Retention(TrafficStore store, Database database, StoreConfig config) {
        this.store = store;
        this.database = database;
        this.config = config;
    }

    @Scheduled(
            every = "${kenpo.store.purge-every:1h}",
            delayed = "${kenpo.store.purge-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        if (!database.isReady()) {
            return;
        }
        try {
            int purged = purgeBefore(Instant.now().minus(config.retention()));
            if (purged > 0) {
                LOG.infof("Purged %d recorded answers older than %s", purged, config.retention());
            }
        } catch (SQLException e) {
            LOG.warnf("The question log could not be purged (%s); trying again at the next run", e.getMessage());
        }
    }

    /** Deletes what was asked before the instant; returns how many answers. */
    int purgeBefore(Instant before) throws SQLException {
        return store.purge(before);
    }
}
