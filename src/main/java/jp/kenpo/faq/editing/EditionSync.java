package jp.kenpo.faq.editing;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpo.faq.edition.Edition;
import jp.kenpo.faq.edition.ServedEdition;
import jp.kenpo.faq.problem.ProblemException;
import jp.kenpo.faq.store.Database;
import org.jboss.logging.Logger;

/**
 * Keeps this replica on the revision published last: after another replica published, and at start-up. Quiet
 * while the database is down (the edition served stays); a revision it cannot build (too large for the heap, or
 * written by another release) is said once in the log, and it serves on what it has.
 */
@ApplicationScoped
public class EditionSync {

    private static final Logger LOG = Logger.getLogger(EditionSync.class);

    private final ServedEdition served;
    private final RevisionStore store;
    private final Database database;
    private final EditionBuilder builder;
    private final RevisionJson json;
    /** Revisions this replica could not build, said once each in the log. */
    private final Set<Long> told = ConcurrentHashMap.newKeySet();

    private volatile boolean caughtUp;
    private volatile long startedAt = System.nanoTime();

    EditionSync(
            ServedEdition served, RevisionStore store, Database database, EditionBuilder builder, RevisionJson json) {
        this.served = served;
        this.store = store;
        this.database = database;
        this.builder = builder;
        this.json = json;
    }

    void started(@Observes StartupEvent event) {
        startedAt = System.nanoTime();
    }

    /**
     * Whether this replica has looked for the latest publication once since it started and serves it (or there is
     * none), so that a load balancer sends it no question while it still serves the FAQ as shipped; or whether it
     * has waited for that long enough, the database not being up, and serves what it has.
     */
    public boolean caughtUp(Duration wait) {
        return caughtUp || System.nanoTime() - startedAt > wait.toNanos();
    }

    /** Serves the revision published last if this replica does not yet. */
    public void refresh() {
        if (!database.isReady()) {
            return;
        }
        builder.lock().lock();
        long latestId = Edition.SHIPPED;
        try {
            Optional<RevisionStore.Published> latest = store.latestPublished();
            if (latest.isPresent()
                    && latest.get().publication() > served.current().publication()) {
                latestId = latest.get().id();
                RevisionStore.Row row = store.find(latestId).orElseThrow();
                var changes = json.changes(row.id(), row.changes());
                Edition built = builder.build(row.id(), row.publication(), builder.corpus(changes, 0));
                served.serve(built);
            }
            caughtUp = true;
        } catch (SQLException e) {
            LOG.debugf("Could not look for a newer FAQ revision: %s", e.getMessage());
        } catch (NotEnoughMemoryException | UnreadableRevisionException e) {
            cannotBuild(latestId, e);
        } finally {
            builder.lock().unlock();
        }
    }

    private void cannotBuild(long revision, ProblemException e) {
        // it serves what it has rather than nothing: counted as caught up, or it would never be ready
        caughtUp = true;
        if (told.add(revision)) {
            LOG.errorf(
                    "FAQ revision %d was published but this replica cannot serve it (%s). It serves revision %d"
                            + " meanwhile.",
                    revision, e.detail(), served.current().revision());
        }
    }
}
