package jp.kenpo.faq.editing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import jp.kenpo.faq.store.TestDatabase;

/**
 * A database of its own on the tests' PostgreSQL server: a published revision is served by every application that
 * shares the database, so the revisions' tests keep theirs away from the other tests' FAQ.
 */
public class OwnDatabase implements QuarkusTestProfile {

    static final String NAME = "faq_revisions_test";

    @Override
    public Map<String, String> getConfigOverrides() {
        try (Connection connection = TestDatabase.server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + NAME + " with (force)");
            statement.execute("create database " + NAME);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", url());
    }

    static String url() {
        return TestDatabase.server().getJdbcUrl("postgres", NAME);
    }
}
