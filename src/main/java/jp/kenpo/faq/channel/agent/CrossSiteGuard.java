package jp.kenpo.faq.channel.agent;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery is refused for the staff's session: a state-changing request (POST, PUT, PATCH,
 * DELETE) that carries the login cookie, and the login itself, must come from a page of this service. Browsers say
 * where a request comes from in {@code Origin} (and {@code Sec-Fetch-Site}); one from another site gets a 403
 * problem before it reaches the login or any resource. A request without either header is not a browser's
 * cross-site request (curl, scripts) and passes. The session cookie is {@code SameSite=Strict} besides; this guard
 * does not rely on every browser honouring it.
 */
@ApplicationScoped
public class CrossSiteGuard {

    private static final Set<HttpMethod> UNSAFE =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String LOGIN = "/j_security_check";
    private static final String COOKIE = "kenpo-agent";
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Cross-site request refused\","
            + "\"status\":403,\"detail\":\"This request must come from the console's own pages.\"}";

    void install(@Observes Router router) {
        // before the login form is handled and before any resource
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        var request = ctx.request();
        boolean staff = request.path().equals(LOGIN) || request.getCookie(COOKIE) != null;
        if (staff && UNSAFE.contains(request.method()) && crossSite(ctx)) {
            ctx.response()
                    .setStatusCode(403)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end(PROBLEM);
            return;
        }
        ctx.next();
    }

    static boolean crossSite(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            return !sameHost(origin, host(ctx));
        }
        String fetchSite = ctx.request().getHeader("Sec-Fetch-Site");
        return fetchSite != null && fetchSite.equals("cross-site");
    }

    private static String host(RoutingContext ctx) {
        String forwarded = ctx.request().getHeader("X-Forwarded-Host");
        String host = forwarded != null ? forwarded : ctx.request().getHeader(HttpHeaders.HOST);
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false; // "null" origins: sandboxed frames, file pages
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.toLowerCase(Locale.ROOT).equals(host)
                    || (uri.getPort() < 0 && host.startsWith(uri.getHost().toLowerCase(Locale.ROOT) + ":"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
