package jp.kenpo.faq.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Optional;
import jp.kenpo.faq.store.Database;
import org.jboss.logging.Logger;

/**
 * Logs staff in against the accounts in the database. A name it does not know is left to the next provider (the
 * demo accounts of the dev and test profiles); a known name with a wrong password is refused outright.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(AccountIdentityProvider.class);

    private final AccountStore accounts;
    private final Database database;

    public AccountIdentityProvider(AccountStore accounts, Database database) {
        this.accounts = accounts;
        this.database = database;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before the properties realm of the dev and test profiles, which refuses any name it does not know (1001). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!database.isReady()) {
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> check(request));
    }

    private SecurityIdentity check(UsernamePasswordAuthenticationRequest request) {
        Optional<Account> account;
        try {
            account = accounts.find(request.getUsername());
        } catch (SQLException e) {
            LOG.warnf("Accounts could not be read (%s)", e.getMessage());
            return null;
        }
        if (account.isEmpty()) {
            return null;
        }
        if (!PasswordHash.matches(
                request.getPassword().getPassword(), account.get().passwordHash())) {
            throw new AuthenticationFailedException();
        }
        return identity(account.get());
    }

    static SecurityIdentity identity(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.name()))
                .addRoles(account.roles())
                .build();
    }
}
