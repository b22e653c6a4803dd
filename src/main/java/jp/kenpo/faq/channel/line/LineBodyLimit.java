package jp.kenpo.faq.channel.line;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jp.kenpo.faq.api.BodyLimit;

/**
 * LINE's webhook takes bodies up to {@code kenpo.line.max-body-size} (1 MiB), not the API's 16 KiB: one webhook may
 * carry several events, each a text of up to 5,000 characters (15 KB of UTF-8), and a refused webhook loses all of
 * them. Not the server's ceiling: that is for an editor's spreadsheet, and the webhook is open to anyone.
 */
@ApplicationScoped
class LineBodyLimit {

    private final MemorySize limit;

    LineBodyLimit(LineConfig config) {
        this.limit = config.maxBodySize();
    }

    void install(@Observes Router router) {
        long max = limit.asLongValue();
        router.route(LineWebhookResource.PATH)
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2)
                .handler(ctx -> {
                    ctx.put(BodyLimit.LIMIT_KEY, max);
                    ctx.next();
                });
    }
}
