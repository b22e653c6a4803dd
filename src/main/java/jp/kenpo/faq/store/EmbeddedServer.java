package jp.kenpo.faq.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server of the embedded default: the binaries come inside a Maven Central artifact, the data lives
 * in a directory that survives restarts. Small settings: it holds one service's question log, not a shared store.
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedServer start(Path directory, int port) throws IOException {
        stopLeftOver(directory);
        return new EmbeddedServer(EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("shared_buffers", "16MB")
                .setServerConfig("max_connections", "20")
                // a failing statement is not echoed into the server's log: it may hold a member's question
                .setServerConfig("log_min_error_statement", "panic")
                .start());
    }

    /**
     * A server an earlier run left behind in this data directory (that run was stopped while its server was still
     * starting, or killed) holds the directory, and no new server could start in it: it is stopped first.
     */
    static void stopLeftOver(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException unreadable) {
            return; // PostgreSQL itself deals with a damaged pid file
        }
        Optional<ProcessHandle> leftOver = ProcessHandle.of(pid)
                .filter(p -> p.info()
                        .command()
                        .map(command -> command.endsWith("/postgres"))
                        .orElse(false));
        if (leftOver.isEmpty()) {
            return;
        }
        LOG.warnf("Stopping the PostgreSQL an earlier run left in %s (pid %d)", directory, pid);
        leftOver.get().destroy();
        try {
            leftOver.get().onExit().get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            leftOver.get().destroyForcibly();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
