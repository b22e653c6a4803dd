package jp.kenpo.faq.ops;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point: starts the {@link Prewarm} on the second core, then Quarkus as usual. Quarkus boots on one
 * thread, so without this the dictionary and the rules would load only after it, on the same core.
 */
@QuarkusMain
public class KenpoMain {

    public static void main(String... args) {
        Prewarm.start();
        Quarkus.run(args);
    }
}
