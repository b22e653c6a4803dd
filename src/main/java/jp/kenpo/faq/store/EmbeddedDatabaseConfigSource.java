package jp.kenpo.faq.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The datasource of the embedded default, at the lowest priority: a free loopback port chosen at start, the
 * server's own superuser. A {@code QUARKUS_DATASOURCE_JDBC_URL} set by the operator wins, and then no embedded
 * server starts. The port is chosen here, before the datasource is configured, so that two services started
 * side by side (replicas on one machine, a test next to a running copy) never fight over one.
 */
public class EmbeddedDatabaseConfigSource implements ConfigSource {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    /** The same URL under a key nobody sets: when both agree, no other database was configured. */
    static final String EMBEDDED_URL_KEY = "kenpo-embedded-database.url";

    private static final String PREFIX = "jdbc:postgresql://127.0.0.1:";
    private static final String DATABASE = "/postgres";

    private final Map<String, String> values;

    public EmbeddedDatabaseConfigSource() {
        String url = PREFIX + freePort() + DATABASE;
        this.values = Map.of(URL_KEY, url, EMBEDDED_URL_KEY, url, "quarkus.datasource.username", "postgres");
    }

    /** The port of the embedded server, read back from the URL this source made up. */
    static int port(String embeddedUrl) {
        return Integer.parseInt(embeddedUrl.substring(PREFIX.length(), embeddedUrl.length() - DATABASE.length()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the embedded database", e);
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "embedded PostgreSQL on a free port";
    }

    @Override
    public int getOrdinal() {
        return 10;
    }
}
