package jp.kenpo.faq.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An editor's spreadsheet import takes bodies up to the server's ceiling, not the API's 16 KiB: a whole FAQ of
 * 2,000 items with their answers is about 2 MB of CSV. Only the staging route and only for CSV: a JSON change there
 * keeps the API's limit.
 */
@ApplicationScoped
class SheetBodyLimit {

    private final MemorySize ceiling;

    SheetBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize ceiling) {
        this.ceiling = ceiling;
    }

    void install(@Observes Router router) {
        long max = ceiling.asLongValue();
        router.route(HttpMethod.POST, "/api/v1/editor/revisions")
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2)
                .handler(ctx -> {
                    String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
                    if (type != null && type.toLowerCase(Locale.ROOT).startsWith(RevisionResource.CSV)) {
                        ctx.put(BodyLimit.LIMIT_KEY, max);
                    }
                    ctx.next();
                });
    }
}
