package jp.kenpo.faq.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import jp.kenpo.faq.store.Database;
import org.jboss.logging.Logger;

/**
 * The requests after the login: the session cookie names the account, whose roles are read again each time, so a
 * role taken away takes effect at once. A name it does not know is left to the next provider.
 */
@ApplicationScoped
public class AccountSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(AccountSessionIdentityProvider.class);

    private final AccountStore accounts;
    private final Database database;

    public AccountSessionIdentityProvider(AccountStore accounts, Database database) {
        this.accounts = accounts;
        this.database = database;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Before the properties realm of the dev and test profiles (1001). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!database.isReady()) {
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> {
            try {
                return accounts.find(request.getPrincipal())
                        .map(AccountIdentityProvider::identity)
                        .orElse(null);
            } catch (SQLException e) {
                LOG.warnf("Accounts could not be read (%s)", e.getMessage());
                return null;
            }
        });
    }
}
