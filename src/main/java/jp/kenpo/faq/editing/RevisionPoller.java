package jp.kenpo.faq.editing;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jp.kenpo.faq.store.Database;

/**
 * How a replica learns that another published a revision: it asks the shared database every few seconds
 * ({@code kenpo.editing.poll-interval}), and once as soon as the database is up, so that a replica started after a
 * publication serves it from its first seconds. One small indexed query per interval.
 */
@ApplicationScoped
class RevisionPoller {

    private final EditionSync sync;
    private final Database database;

    RevisionPoller(EditionSync sync, Database database) {
        this.sync = sync;
        this.database = database;
    }

    void atStart(@Observes StartupEvent event) {
        database.whenReady(sync::refresh);
    }

    @Scheduled(
            every = "${kenpo.editing.poll-interval}",
            delayed = "${kenpo.editing.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        sync.refresh();
    }
}
