package jp.kenpo.faq.edition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.matching.MatcherFactory;
import jp.kenpo.faq.matching.Thresholds;
import org.jboss.logging.Logger;

/**
 * The edition every channel answers from, replaced whole when editors publish a change: the FAQ as shipped until
 * then. Thread-safe; a request reads {@link #current()} once and keeps to it.
 */
public final class ServedEdition {

    private static final Logger LOG = Logger.getLogger(ServedEdition.class);

    private final FaqCorpus shipped;
    private final Thresholds thresholds;
    private final Map<String, String> checks;
    private final AtomicReference<Edition> current;

    ServedEdition(FaqCorpus shipped, Thresholds thresholds, Map<String, String> checks) {
        this.shipped = shipped;
        this.thresholds = thresholds;
        // in corpus.yaml's order, as the console lists them
        this.checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
        this.current = new AtomicReference<>(build(Edition.SHIPPED, 0, shipped));
    }

    public Edition current() {
        return current.get();
    }

    /** The FAQ as shipped with this release: what every published revision's changes are made to. */
    public FaqCorpus shipped() {
        return shipped;
    }

    /** The corpus's checks (file → text of question<TAB>ids<TAB>kind) a change must keep answering. */
    public Map<String, String> checks() {
        return checks;
    }

    /** Builds an edition without serving it: the index, the classifier and a first question to warm them. */
    public Edition build(long revision, long publication, FaqCorpus corpus) {
        Matcher matcher = MatcherFactory.create(corpus, thresholds);
        matcher.match(corpus.items().get(0).question(), 3);
        return new Edition(revision, publication, corpus, matcher);
    }

    /**
     * Serves the edition unless a later publication is served already (two replicas' news can arrive out of order).
     *
     * @return whether it is served now
     */
    public boolean serve(Edition edition) {
        Edition before = current.getAndAccumulate(
                edition, (served, offered) -> offered.publication() > served.publication() ? offered : served);
        boolean served = edition.publication() > before.publication();
        if (served) {
            LOG.infof(
                    "Serving FAQ revision %d (%d items) in place of revision %d",
                    edition.revision(), edition.corpus().items().size(), before.revision());
        }
        return served;
    }
}
