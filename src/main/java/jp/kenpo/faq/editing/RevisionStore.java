package jp.kenpo.faq.editing;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The revisions, the audit and the dismissed questions, in plain SQL. Publishing takes a transaction-scoped
 * advisory lock, so two editors publishing at once on two replicas get one publication each, in order, and the
 * check that nothing was published since a revision was staged holds.
 */
@ApplicationScoped
public class RevisionStore {

    private static final long PUBLISHING_LOCK = 0x6b656e706f_01L;
    private static final String COLUMNS = "id, state, summary, created_by, created_at, changes, based_on, figures,"
            + " publication, published_at, published_by";
    private static final String LATEST = "coalesce((select max(publication) from faq_revision), 0)";

    private final DataSource dataSource;

    public RevisionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A revision row as stored; changes and figures are JSON. */
    record Row(
            long id,
            Revision.State state,
            String summary,
            String createdBy,
            Instant createdAt,
            String changes,
            long basedOn,
            String figures,
            Long publication,
            Instant publishedAt,
            String publishedBy) {}

    /** The revision published last, which every replica serves. */
    record Published(long id, long publication) {}

    Optional<Published> latestPublished() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id, publication from faq_revision where publication is not null"
                                + " order by publication desc limit 1");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(new Published(rows.getLong(1), rows.getLong(2))) : Optional.empty();
        }
    }

    /** Stores a staged revision and its audit line together. */
    long stage(String actor, Instant at, String summary, String changes, long basedOn, String figures)
            throws SQLException {
        return inTransaction(false, connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("insert into faq_revision (created_at,"
                    + " created_by, state, summary, changes, based_on, figures) values (?, ?, 'STAGED', ?, ?, ?, ?)"
                    + " returning id")) {
                insert.setTimestamp(1, Timestamp.from(at));
                insert.setString(2, actor);
                insert.setString(3, summary);
                insert.setString(4, changes);
                insert.setLong(5, basedOn);
                insert.setString(6, figures);
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            audit(connection, at, actor, "STAGED", id, summary, figures);
            return id;
        });
    }

    /**
     * Publishes a staged revision if nothing was published since it was staged, with its audit line and, when it
     * dealt with a members' question, that question taken off the attention list: all or nothing.
     *
     * @param question the members' question the change dealt with; null for none
     * @return its publication; empty when it is not staged or another revision was published meanwhile
     */
    Optional<Long> publish(long id, String actor, Instant at, String question) throws SQLException {
        return inTransaction(true, connection -> {
            long publication;
            try (PreparedStatement update = connection.prepareStatement("update faq_revision"
                    + " set state = 'PUBLISHED', publication = nextval('faq_publication'), published_at = ?,"
                    + " published_by = ? where id = ? and state = 'STAGED' and based_on = " + LATEST
                    + " returning publication")) {
                update.setTimestamp(1, Timestamp.from(at));
                update.setString(2, actor);
                update.setLong(3, id);
                try (ResultSet rows = update.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    publication = rows.getLong(1);
                }
            }
            try (PreparedStatement audit = connection.prepareStatement("insert into faq_audit"
                    + " (at, actor, action, revision_id, summary, figures)"
                    + " select ?, ?, 'PUBLISHED', id, summary, figures from faq_revision where id = ?")) {
                audit.setTimestamp(1, Timestamp.from(at));
                audit.setString(2, actor);
                audit.setLong(3, id);
                audit.executeUpdate();
            }
            if (question != null) {
                dismiss(connection, question, actor, at);
            }
            return Optional.of(publication);
        });
    }

    /** Stores and publishes at once a revision that restores earlier changes, with its audit line. */
    Row restore(String actor, Instant at, String summary, String changes, String figures) throws SQLException {
        long id = inTransaction(true, connection -> {
            long restored;
            try (PreparedStatement insert = connection.prepareStatement("insert into faq_revision (created_at,"
                    + " created_by, state, summary, changes, based_on, figures, publication, published_at,"
                    + " published_by) values (?, ?, 'PUBLISHED', ?, ?, " + LATEST
                    + ", ?, nextval('faq_publication'), ?, ?) returning id")) {
                insert.setTimestamp(1, Timestamp.from(at));
                insert.setString(2, actor);
                insert.setString(3, summary);
                insert.setString(4, changes);
                insert.setString(5, figures);
                insert.setTimestamp(6, Timestamp.from(at));
                insert.setString(7, actor);
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    restored = rows.getLong(1);
                }
            }
            audit(connection, at, actor, "RESTORED", restored, summary, figures);
            return restored;
        });
        return find(id).orElseThrow();
    }

    /** @return whether a staged revision was discarded (and audited) */
    boolean discard(long id, String actor, Instant at) throws SQLException {
        return inTransaction(false, connection -> {
            String summary;
            try (PreparedStatement update = connection.prepareStatement("update faq_revision set state = 'DISCARDED'"
                    + " where id = ? and state = 'STAGED' returning summary")) {
                update.setLong(1, id);
                try (ResultSet rows = update.executeQuery()) {
                    if (!rows.next()) {
                        return false;
                    }
                    summary = rows.getString(1);
                }
            }
            audit(connection, at, actor, "DISCARDED", id, summary, null);
            return true;
        });
    }

    Optional<Row> find(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select " + COLUMNS + " from faq_revision where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    /** The newest revisions first. */
    List<Row> list(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                // without their changes: after a sheet import every later revision carries the whole sheet
                PreparedStatement select = connection.prepareStatement("select " + COLUMNS.replace("changes", "null")
                        + " from faq_revision order by id desc limit ?")) {
            select.setInt(1, limit);
            List<Row> revisions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    revisions.add(row(rows));
                }
            }
            return revisions;
        }
    }

    private static void audit(
            Connection connection,
            Instant at,
            String actor,
            String action,
            Long revision,
            String summary,
            String figures)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into faq_audit"
                + " (at, actor, action, revision_id, summary, figures) values (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setObject(4, revision, Types.BIGINT);
            insert.setString(5, summary);
            insert.setString(6, figures);
            insert.executeUpdate();
        }
    }

    /** An audit line as stored; figures are JSON or null. */
    record AuditRow(long id, Instant at, String actor, String action, Long revision, String summary, String figures) {}

    List<AuditRow> audit(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, at, actor, action, revision_id,"
                        + " summary, figures from faq_audit order by id desc limit ?")) {
            select.setInt(1, limit);
            List<AuditRow> lines = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long revision = rows.getLong(5);
                    lines.add(new AuditRow(
                            rows.getLong(1),
                            rows.getTimestamp(2).toInstant(),
                            rows.getString(3),
                            rows.getString(4),
                            rows.wasNull() ? null : revision,
                            rows.getString(6),
                            rows.getString(7)));
                }
            }
            return lines;
        }
    }

    /** Takes a question off the attention list, audited; a question dismissed already is left as it is. */
    void dismiss(String question, String actor, Instant at) throws SQLException {
        inTransaction(false, connection -> {
            if (dismiss(connection, question, actor, at)) {
                audit(connection, at, actor, "DISMISSED", null, question, null);
            }
            return null;
        });
    }

    private static boolean dismiss(Connection connection, String question, String actor, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into dismissed_question"
                + " (question, dismissed_at, dismissed_by) values (?, ?, ?) on conflict do nothing")) {
            insert.setString(1, question);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, actor);
            return insert.executeUpdate() == 1;
        }
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** @param publishing whether to take the publishing lock first (publications are numbered and checked in it) */
    private <T> T inTransaction(boolean publishing, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (publishing) {
                    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                        lock.setLong(1, PUBLISHING_LOCK);
                        lock.execute();
                    }
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static Row row(ResultSet rows) throws SQLException {
        long publication = rows.getLong(9);
        Long published = rows.wasNull() ? null : publication;
        Timestamp publishedAt = rows.getTimestamp(10);
        return new Row(
                rows.getLong(1),
                Revision.State.valueOf(rows.getString(2)),
                rows.getString(3),
                rows.getString(4),
                rows.getTimestamp(5).toInstant(),
                rows.getString(6),
                rows.getLong(7),
                rows.getString(8),
                published,
                publishedAt == null ? null : publishedAt.toInstant(),
                rows.getString(11));
    }
}
