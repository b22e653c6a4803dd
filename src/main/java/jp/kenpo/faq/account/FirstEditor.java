package jp.kenpo.faq.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.faq.store.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * No default credential: when the database holds no account yet, an {@code editor} account (roles editor and agent)
 * is created with the password given in {@code kenpo.accounts.initial-editor-password}, or with a random one that is
 * written to the log this once. The database keeps it, so it survives restarts and is the same on every replica.
 */
@ApplicationScoped
public class FirstEditor {

    private static final Logger LOG = Logger.getLogger(FirstEditor.class);
    static final String NAME = "editor";

    private final AccountStore accounts;
    private final Database database;
    private final Optional<String> configuredPassword;

    public FirstEditor(
            AccountStore accounts,
            Database database,
            @ConfigProperty(name = "kenpo.accounts.initial-editor-password") Optional<String> configuredPassword) {
        this.accounts = accounts;
        this.database = database;
        this.configuredPassword = configuredPassword;
    }

    void onStart(@Observes StartupEvent event) {
        database.whenReady(this::createIfNone);
    }

    private void createIfNone() {
        try {
            if (!accounts.isEmpty()) {
                return;
            }
            String password = configuredPassword.orElseGet(PasswordHash::random);
            boolean added =
                    accounts.add(new Account(NAME, PasswordHash.of(password.toCharArray()), Set.of("editor", "agent")));
            if (added && configuredPassword.isEmpty()) {
                LOG.warnf(
                        "First start: created the console account \"%s\" (roles editor, agent) with the password %s"
                                + " — it is shown only this once; keep it safe",
                        NAME, password);
            } else if (added) {
                LOG.infof("First start: created the console account \"%s\" with the configured password", NAME);
            }
        } catch (SQLException e) {
            LOG.warnf("The first console account could not be created (%s)", e.getMessage());
        }
    }
}
