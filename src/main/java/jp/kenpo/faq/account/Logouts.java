package jp.kenpo.faq.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import jp.kenpo.faq.store.Database;
import org.jboss.logging.Logger;

/**
 * When each member of staff last logged out: in the database, so that every replica refuses the login cookies issued
 * before it, and in this replica's memory too, so that a logout still counts here while the database is down.
 */
@ApplicationScoped
public class Logouts {

    private static final Logger LOG = Logger.getLogger(Logouts.class);

    private final DataSource dataSource;
    private final Database database;
    private final Map<String, Instant> here = new ConcurrentHashMap<>();

    public Logouts(DataSource dataSource, Database database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    /** Records that the name logged out now: its login cookies issued until now stop working. Blocking. */
    public void record(String name) {
        // milliseconds, as the cookie counts its time: a login in the next millisecond is after the logout
        Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
        here.merge(name, now, (a, b) -> a.isAfter(b) ? a : b);
        if (!database.isReady()) {
            LOG.warn("A logout could not be recorded for the other replicas: the database is not ready");
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("insert into account_logout (name,"
                        + " logged_out_at) values (?, ?) on conflict (name) do update set logged_out_at ="
                        + " greatest(account_logout.logged_out_at, excluded.logged_out_at)")) {
            upsert.setString(1, name);
            upsert.setTimestamp(2, Timestamp.from(now));
            upsert.executeUpdate();
        } catch (SQLException e) {
            // the message of a failed connection or statement, never the name
            LOG.warnf("A logout could not be recorded for the other replicas (%s)", e.getMessage());
        }
    }

    /**
     * The name's last logout, as far as can be known: with the database down, only a logout on this replica. Blocking.
     */
    Optional<Instant> last(String name) {
        Optional<Instant> recorded = Optional.empty();
        if (database.isReady()) {
            try {
                recorded = read(name);
            } catch (SQLException e) {
                LOG.warnf("Logouts could not be read (%s)", e.getMessage());
            }
        }
        Instant local = here.get(name);
        if (local == null) {
            return recorded;
        }
        return Optional.of(recorded.filter(local::isBefore).orElse(local));
    }

    private Optional<Instant> read(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select logged_out_at from account_logout where name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getTimestamp(1).toInstant()) : Optional.empty();
            }
        }
    }
}
