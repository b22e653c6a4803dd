package jp.kenpo.faq.account;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A login cookie issued before its name's last logout is taken off the request before Quarkus's form login reads it:
 * the request goes on as anonymous (the console page sends it to the login page, the API answers 401) and the browser
 * is told to drop the cookie. Logging in again issues a new cookie, after the logout, which works.
 *
 * <p>With the database down, only the logouts made on this replica are known and other cookies are let through until
 * they expire ({@code quarkus.http.auth.form.timeout} without use): the console must keep serving callers while the
 * database is away (answers do not need it), the accounts of the database cannot log in then anyway, and refusing
 * every cookie would end all the agents' sessions at once for the outage of a store they do not otherwise need.
 */
@ApplicationScoped
public class EndedSessions {

    private static final Logger LOG = Logger.getLogger(EndedSessions.class);
    private static final String LOGIN = "/j_security_check";

    private final Logouts logouts;
    private final SessionCookie cookies;
    private final String cookieName;
    private final String cookiePath;

    EndedSessions(
            Logouts logouts,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String encryptionKey,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M") Duration timeout,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String cookiePath) {
        this.logouts = logouts;
        this.cookies = new SessionCookie(encryptionKey, timeout);
        this.cookieName = cookieName;
        this.cookiePath = cookiePath;
    }

    void install(@Observes Router router) {
        // after the cross-site guard, before authentication (Quarkus's filters come later, at negative orders)
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 2).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(cookieName);
        // the login form reads no cookie: it issues a new one
        if (cookie == null || ctx.normalizedPath().endsWith(LOGIN)) {
            ctx.next();
            return;
        }
        String value = cookie.getValue();
        ctx.vertx().executeBlocking(() -> ended(value), false).onComplete(result -> {
            if (result.failed()) {
                LOG.warnf(
                        "A login cookie could not be checked against the logouts (%s)",
                        result.cause().getClass());
            } else if (result.result()) {
                cookie.setPath(cookiePath); // without its path, a browser keeps the cookie
                ctx.response().removeCookie(cookieName);
            }
            ctx.next();
        });
    }

    /** Whether the cookie was issued before its name's last logout, or cannot be read at all. Blocking. */
    boolean ended(String value) {
        Optional<SessionCookie.Issued> issued = cookies.read(value);
        if (issued.isEmpty()) {
            return true;
        }
        return logouts.last(issued.get().name())
                .map(out -> issued.get().at().isBefore(out))
                .orElse(false);
    }
}
