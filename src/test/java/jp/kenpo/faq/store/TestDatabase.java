package jp.kenpo.faq.store;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real PostgreSQL server for every Quarkus test of a run (the binaries come from Maven Central), in a fresh
 * directory under target/. Each test application is pointed at it through the datasource URL, exactly as an operator
 * points the service at a shared PostgreSQL; the service then starts no embedded server of its own.
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;

    /** The server, started on first use and stopped when the test JVM exits. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "test-postgres");
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(true)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    /** The JDBC URL of the test server's database. */
    public static String url() {
        return server().getJdbcUrl("postgres", "postgres");
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.datasource.jdbc.url", url(), "quarkus.datasource.username", "postgres");
    }

    @Override
    public void stop() {
        // kept for the next test application of the run; closed with the JVM
    }
}
