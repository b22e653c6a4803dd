package jp.kenpo.faq.editing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import jp.kenpo.faq.edition.Edition;
import jp.kenpo.faq.edition.ServedEdition;
import jp.kenpo.faq.faq.FaqCorpus;
import org.jboss.logging.Logger;

/**
 * Builds a revision's FAQ beside the served one: its changes made, in order, to the FAQ as shipped. One at a time
 * ({@link #lock()}): each holds an index and a classifier beside the served one's, on a heap sized for one.
 */
@ApplicationScoped
class EditionBuilder {

    private static final Logger LOG = Logger.getLogger(EditionBuilder.class);

    private final ServedEdition served;
    private final ReentrantLock building = new ReentrantLock();

    EditionBuilder(ServedEdition served) {
        this.served = served;
    }

    /** Held while building, evaluating and serving, so that no two editions are built at once. */
    ReentrantLock lock() {
        return building;
    }

    /**
     * The FAQ with a revision's changes. The changes it inherited were made before, and one a new release made
     * impossible (its item is gone from the FAQ as shipped) is left out, said in the log, rather than blocking every
     * later edit; the newest change, the editor's own, must apply.
     *
     * @param newest how many of the last changes are the editor's own and checked strictly (0 or 1)
     * @throws InvalidChangeException when a change of the editor's own cannot be made
     */
    FaqCorpus corpus(List<CorpusChange> changes, int newest) {
        FaqCorpus corpus = served.shipped();
        for (int i = 0; i < changes.size(); i++) {
            CorpusChange change = changes.get(i);
            if (i >= changes.size() - newest) {
                corpus = change.applyTo(corpus);
                continue;
            }
            try {
                corpus = change.applyTo(corpus);
            } catch (InvalidChangeException e) {
                LOG.warnf("A change of an FAQ revision no longer applies and is left out: %s", e.detail());
            }
        }
        return corpus;
    }

    /**
     * Builds an edition beside the served one. On a large FAQ with a small heap the second index may not fit: the
     * half-built one is garbage at once, the served edition is untouched, and the editor is told (503) rather than
     * the service failing.
     */
    Edition build(long revision, long publication, FaqCorpus corpus) {
        try {
            return served.build(revision, publication, corpus);
        } catch (OutOfMemoryError e) {
            throw new NotEnoughMemoryException();
        }
    }
}
