package jp.kenpo.faq.channel.line;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jp.kenpo.faq.api.BodyLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LINE's webhook takes bodies up to the server's ceiling, not the API's 16 KiB: one webhook may carry several
 * events, each a text of up to 5,000 characters (15 KB of UTF-8), and a refused webhook loses all of them.
 */
@ApplicationScoped
class LineBodyLimit {

    private final MemorySize ceiling;

    LineBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize ceiling) {
        this.ceiling = ceiling;
    }

    void install(@Observes Router router) {
        long max = ceiling.asLongValue();
        router.route(LineWebhookResource.PATH)
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2)
                .handler(ctx -> {
                    ctx.put(BodyLimit.LIMIT_KEY, max);
                    ctx.next();
                });
    }
}
