package jp.kenpo.faq.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Staff accounts in the database, shared by every replica. */
@ApplicationScoped
public class AccountStore {

    private final DataSource dataSource;

    public AccountStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Account> find(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select name, password_hash, roles from account where name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Set<String> roles =
                        new TreeSet<>(Arrays.asList(rows.getString("roles").split(",")));
                return Optional.of(new Account(rows.getString("name"), rows.getString("password_hash"), roles));
            }
        }
    }

    boolean isEmpty() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select 1 from account limit 1");
                ResultSet rows = select.executeQuery()) {
            return !rows.next();
        }
    }

    /** Adds an account unless one of that name exists; true when added (so two replicas cannot both add it). */
    boolean add(Account account) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into account (name, password_hash,"
                        + " roles, created_at) values (?, ?, ?, ?) on conflict (name) do nothing")) {
            insert.setString(1, account.name());
            insert.setString(2, account.passwordHash());
            insert.setString(3, String.join(",", new TreeSet<>(account.roles())));
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            return insert.executeUpdate() == 1;
        }
    }
}
