package jp.kenpo.faq.edition;

import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.matching.Matcher;

/**
 * One version of the FAQ as it is served: the corpus and the matcher built from it, taken together by a request so
 * that an edition published meanwhile never mixes one version's items with another's index.
 *
 * @param revision    the editors' revision it was built from; {@link #SHIPPED} for the FAQ as shipped
 * @param publication the order in which revisions were published, so that a replica never goes back to an older
 *                    one it learns of late; 0 for the FAQ as shipped
 */
public record Edition(long revision, long publication, FaqCorpus corpus, Matcher matcher) {

    public static final long SHIPPED = 0;
}
