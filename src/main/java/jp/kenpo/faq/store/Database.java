package jp.kenpo.faq.store;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Brings the database up beside the service, never in its way: the embedded server (when no datasource is
 * configured) starts and the schema is migrated on a thread of its own, after start-up, retrying while the database
 * is unreachable. Until then, and whenever it is down, questions are answered and simply not recorded.
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class);
    /** Shut down after the question log has written what it holds (its observer runs first). */
    static final int STOP_PRIORITY = 3000;

    private final StoreConfig config;
    private final Instance<Flyway> flyway;
    private final Config settings;
    private final List<Runnable> whenReady = new CopyOnWriteArrayList<>();
    private volatile boolean ready;
    private volatile boolean stopping;
    private volatile boolean failed;
    private volatile EmbeddedServer embedded;

    public Database(StoreConfig config, Instance<Flyway> flyway, Config settings) {
        this.config = config;
        this.flyway = flyway;
        this.settings = settings;
    }

    /** Whether the schema is in place and records can be written. */
    public boolean isReady() {
        return ready;
    }

    /** Whether it is still on its way up: the embedded server starting, or the schema not yet migrated. */
    public boolean isComingUp() {
        return !ready && !failed && !stopping;
    }

    /** Runs a task once the database is ready (now, if it is), on the database's own thread. */
    public void whenReady(Runnable task) {
        whenReady.add(task);
        if (ready && whenReady.remove(task)) {
            task.run();
        }
    }

    void start(@Observes StartupEvent event) {
        Thread thread = new Thread(this::bringUp, "kenpo-database");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes @Priority(STOP_PRIORITY) ShutdownEvent event) {
        stopping = true;
        EmbeddedServer server = embedded;
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.warnf("The embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
            }
        }
    }

    private void bringUp() {
        if (!startEmbeddedIfNoneConfigured()) {
            failed = true;
            return;
        }
        boolean told = false;
        while (!stopping) {
            try {
                flyway.get().migrate();
                ready = true;
                LOG.info("The question log's database is ready");
                for (Runnable task : whenReady) {
                    if (whenReady.remove(task)) {
                        task.run();
                    }
                }
                return;
            } catch (RuntimeException e) {
                if (!told) {
                    LOG.warnf(
                            "The database is not reachable (%s); questions are answered, and recorded once it is",
                            rootMessage(e));
                    told = true;
                }
                pause();
            }
        }
    }

    private boolean startEmbeddedIfNoneConfigured() {
        String url = settings.getOptionalValue(EmbeddedDatabaseConfigSource.URL_KEY, String.class)
                .orElse("");
        String embeddedUrl = settings.getOptionalValue(EmbeddedDatabaseConfigSource.EMBEDDED_URL_KEY, String.class)
                .orElse(null);
        if (!url.equals(embeddedUrl)) {
            return true;
        }
        Path directory = Path.of(config.embedded().directory()).toAbsolutePath();
        try {
            embedded = EmbeddedServer.start(directory, EmbeddedDatabaseConfigSource.port(embeddedUrl));
            LOG.infof("Embedded PostgreSQL started, data in %s", directory);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.errorf(
                    "The embedded PostgreSQL did not start (data directory %s): %s. Questions are answered but not"
                            + " recorded.",
                    directory, rootMessage(e));
            return false;
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.retryInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
