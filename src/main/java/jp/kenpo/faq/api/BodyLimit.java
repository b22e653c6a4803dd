package jp.kenpo.faq.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with a 413 problem, just before
 * Quarkus's own check would refuse it with an empty body. A chunked body that overruns the limit while it is
 * read is still cut off by Quarkus, with its plain 413.
 */
@ApplicationScoped
public class BodyLimit {

    private static final String BODY = """
            {"type":"about:blank","title":"Request body too large","status":413,\
            "detail":"The request body exceeds %d bytes."}""";

    private final Optional<MemorySize> limit;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.limit = limit;
    }

    void install(@Observes Router router) {
        limit.ifPresent(size -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(ctx -> refuseIfDeclaredTooLarge(ctx, size.asLongValue())));
    }

    private static void refuseIfDeclaredTooLarge(RoutingContext ctx, long max) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared, max)) {
            ctx.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    // the unread body stays on the wire: this connection cannot carry another request
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(BODY.formatted(max));
            return;
        }
        ctx.next();
    }

    private static boolean exceeds(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed length itself
        }
    }
}
