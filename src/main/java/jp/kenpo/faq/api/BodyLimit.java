package jp.kenpo.faq.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request bodies of the API are at most {@code kenpo.http.max-body-size} (16 KiB: a question is 500 characters); a
 * route that needs more, such as LINE's webhook with its batches of long messages, raises its own limit by putting
 * it in the routing context under {@link #LIMIT_KEY} first, up to the server's ceiling
 * ({@code quarkus.http.limits.max-body-size}). A body declared larger gets a 413 problem; a chunked body that
 * overruns while it is read is cut off by Quarkus, with its plain 413.
 */
@ApplicationScoped
public class BodyLimit {

    /** Routing-context key of a route's own limit in bytes (a {@code Long}). */
    public static final String LIMIT_KEY = "kenpo.body-limit";

    private final MemorySize limit;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "kenpo.http.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void install(@Observes Router router) {
        long api = limit.asLongValue();
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(ctx -> refuseIfDeclaredTooLarge(ctx, limitOf(ctx, api)));
        // Quarkus notes its own ceiling for a body of undeclared length; the route's limit replaces it
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(ctx -> {
            if (ctx.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) != null) {
                ctx.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limitOf(ctx, api));
            }
            ctx.next();
        });
    }

    private static long limitOf(RoutingContext ctx, long api) {
        Long own = ctx.get(LIMIT_KEY);
        return own == null ? api : own;
    }

    private void refuseIfDeclaredTooLarge(RoutingContext ctx, long max) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared, max)) {
            ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    // the unread body stays on the wire: this connection cannot carry another request
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem(max));
            return;
        }
        ctx.next();
    }

    private String problem(long max) {
        try {
            return json.writeValueAsString(
                    Problem.of(413, "Request body too large", "The request body exceeds " + max + " bytes."));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean exceeds(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed length itself
        }
    }
}
