package jp.kenpo.faq.channel;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * Static files at unversioned URLs asked again before each use ({@code Cache-Control: no-cache}) instead of Quarkus's
 * default for static files (public, immutable, a day), which would keep users on an old file for a day after a release.
 * The static handler's Last-Modified still answers an unchanged file with a 304 and no body. Each channel names its
 * own files.
 */
public final class Revalidation {

    public static final String CACHE_CONTROL = "no-cache";

    private Revalidation() {}

    /** Serves these paths (as normalised) with {@link #CACHE_CONTROL} on 200 and 304. */
    public static void install(Router router, Set<String> paths) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(ctx -> revalidate(ctx, paths));
    }

    private static void revalidate(RoutingContext ctx, Set<String> paths) {
        if (paths.contains(ctx.normalizedPath())) {
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
