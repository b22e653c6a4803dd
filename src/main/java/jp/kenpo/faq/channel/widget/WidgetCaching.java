package jp.kenpo.faq.channel.widget;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * The demo page is asked again before each use ({@code Cache-Control: no-cache}): its URL carries no version, so
 * Quarkus's default for static files (public, immutable, a day) would keep visitors on an old page for a day after a
 * release, and a cache may keep it longer. The static handler's Last-Modified still lets an unchanged page be answered
 * with a 304 and no body. The widget's loader, {@code /widget.js}, is sent with the same header by
 * {@link WidgetResource}.
 */
@ApplicationScoped
public class WidgetCaching {

    static final String CACHE_CONTROL = "no-cache";

    private static final Set<String> PATHS = Set.of("/", "/index.html");

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(WidgetCaching::revalidate);
    }

    private static void revalidate(RoutingContext ctx) {
        if (PATHS.contains(ctx.normalizedPath())) {
            // set as the headers leave: the static handler writes its own Cache-Control after this route
            ctx.addHeadersEndHandler(ignored -> {
                int status = ctx.response().getStatusCode();
                if (status == 200 || status == 304) {
                    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
                }
            });
        }
        ctx.next();
    }
}
