package jp.kenpo.faq.channel.agent;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import jp.kenpo.faq.channel.Revalidation;

/**
 * The console's own scripts, styles and login page are asked again before each use ({@code Cache-Control: no-cache}). Their URLs
 * carry no version, and Quarkus's default for static files (public, immutable, a day) would leave agents on the script
 * before a release, with the page after it. A version in each URL would need the static login page rewritten as well;
 * revalidation is simpler, and the static handler's Last-Modified answers an unchanged file with a 304 and no body.
 */
@ApplicationScoped
public class ConsoleCaching {

    static final String CACHE_CONTROL = Revalidation.CACHE_CONTROL;

    /** The login page too: a static file, and it reads the console's style sheet. */
    private static final Set<String> PATHS = Set.of(
            "/agent/console.js", "/agent/console.css", "/agent/editor.js", "/agent/editor.css", "/agent/login.html");

    void install(@Observes Router router) {
        Revalidation.install(router, PATHS);
    }
}
