package jp.kenpo.faq.channel.widget;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import jp.kenpo.faq.channel.Revalidation;

/**
 * The demo page is asked again before each use ({@code Cache-Control: no-cache}): its URL carries no version, so
 * Quarkus's default for static files (public, immutable, a day) would keep visitors on an old page for a day after a
 * release, and a cache may keep it longer. The static handler's Last-Modified still lets an unchanged page be answered
 * with a 304 and no body. The widget's loader, {@code /widget.js}, is sent with the same header by
 * {@link WidgetResource}.
 */
@ApplicationScoped
public class WidgetCaching {

    static final String CACHE_CONTROL = Revalidation.CACHE_CONTROL;

    private static final Set<String> PATHS = Set.of("/", "/index.html");

    void install(@Observes Router router) {
        Revalidation.install(router, PATHS);
    }
}
