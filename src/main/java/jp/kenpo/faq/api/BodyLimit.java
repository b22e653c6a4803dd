package jp.kenpo.faq.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with a 413 problem, just before
 * Quarkus's own check would refuse it with an empty body. A chunked body that overruns the limit while it is
 * read is still cut off by Quarkus, with its plain 413.
 */
@ApplicationScoped
public class BodyLimit {

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;

    public BodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void install(@Observes Router router) throws JsonProcessingException {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        Buffer problem = Buffer.buffer(json.writeValueAsBytes(
                Problem.of(413, "Request body too large", "The request body exceeds " + max + " bytes.")));
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(ctx -> refuseIfDeclaredTooLarge(ctx, max, problem));
    }

    private static void refuseIfDeclaredTooLarge(RoutingContext ctx, long max, Buffer problem) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared, max)) {
            ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    // the unread body stays on the wire: this connection cannot carry another request
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem);
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
