package jp.kenpo.faq.ops;

import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.personalization.Personalization;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.kie.api.runtime.KieRuntimeBuilder;

import java.io.StringReader;
import java.time.LocalDate;

/**
 * Loads what start-up needs anyway and what depends on no configuration — Kuromoji's system dictionary and the
 * rule base compiled at build time, with one rule session — on a background thread while Quarkus boots. Both are
 * process-wide singletons, so the beans built later find them ready. Only a head start: if anything here fails,
 * the beans load it themselves and report the failure.
 */
final class Prewarm {

    /** The rule base class the Drools extension generates at build time. */
    private static final String DROOLS_RUNTIME = "org.drools.project.model.ProjectRuntime";

    private Prewarm() {
    }

    static void start() {
        Thread thread = new Thread(Prewarm::run, "kenpo-prewarm");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            tokenizer();
            rules();
        } catch (Exception | LinkageError e) {
            // deliberately quiet: logging may not be set up yet, and the real loading reports real problems
        }
    }

    private static void tokenizer() throws java.io.IOException {
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, false, JapaneseTokenizer.Mode.SEARCH)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader("資格情報のお知らせが届きません"));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                term.length();
            }
            tokenizer.end();
        }
    }

    private static void rules() throws ReflectiveOperationException {
        Class<?> runtime = Class.forName(DROOLS_RUNTIME, true, Prewarm.class.getClassLoader());
        KieRuntimeBuilder builder = (KieRuntimeBuilder) runtime.getField("INSTANCE").get(null);
        new Personalization(builder.getKieBase()).assess(MemberFacts.none(), LocalDate.of(2024, 8, 31));
    }
}
