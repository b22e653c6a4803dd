package jp.kenpo.faq.ops;

import jp.kenpo.faq.matching.EarlyIndex;
import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.personalization.Personalization;
import org.kie.api.runtime.KieRuntimeBuilder;

import java.time.LocalDate;

/**
 * Builds what start-up needs on a background thread while Quarkus boots on the main one: the built-in corpus's
 * index (with Kuromoji's dictionary; see {@link EarlyIndex}) and the rule base compiled at build time, with one rule
 * session. The beans built later take them when they fit. Only a head start: if anything here fails, the beans
 * build it themselves and report the failure.
 */
final class Prewarm {

    /** The rule base class the Drools extension generates at build time. */
    private static final String DROOLS_RUNTIME = "org.drools.project.model.ProjectRuntime";

    private Prewarm() {
    }

    static void start() {
        Thread thread = new Thread(Prewarm::run, "kenpo-prewarm");
        thread.setDaemon(true);
        // the built-in corpus and the generated rule classes are found through the application's class loader
        thread.setContextClassLoader(Prewarm.class.getClassLoader());
        EarlyIndex.expect();
        thread.start();
    }

    private static void run() {
        EarlyIndex.build();
        try {
            rules();
        } catch (Exception | LinkageError e) {
            // deliberately quiet: logging may not be set up yet, and the real loading reports real problems
        }
    }

    private static void rules() throws ReflectiveOperationException {
        Class<?> runtime = Class.forName(DROOLS_RUNTIME, true, Prewarm.class.getClassLoader());
        KieRuntimeBuilder builder = (KieRuntimeBuilder) runtime.getField("INSTANCE").get(null);
        new Personalization(builder.getKieBase()).assess(MemberFacts.none(), LocalDate.of(2024, 8, 31));
    }
}
