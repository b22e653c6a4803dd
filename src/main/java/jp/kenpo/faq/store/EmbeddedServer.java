package jp.kenpo.faq.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The PostgreSQL server of the embedded default: the binaries come inside a Maven Central artifact, the data lives
 * in a directory that survives restarts. Small settings: it holds one service's question log, not a shared store.
 */
final class EmbeddedServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedServer start(Path directory, int port) throws IOException {
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

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
