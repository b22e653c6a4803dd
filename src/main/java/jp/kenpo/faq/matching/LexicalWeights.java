package jp.kenpo.faq.matching;

import jp.kenpo.faq.faq.FaqCorpus;

/**
 * How the lexical score weighs its parts, by what the corpus offers. An FAQ whose items have 言い換え (this one has
 * some 25 per item) is matched mostly on those ways of asking. An FAQ as published — one question per item, as a
 * spreadsheet brings it — says most of what an item is about in its answer, so the answer is weighed in with
 * BM25F (term frequency, length normalisation) and a length-discounted share of the question it explains.
 * Measured: the first on this FAQ's dev, refusal and golden sets, the second on an external FAQ of 1,786 items
 * loaded from its CSV (README, "Any FAQ"); neither set of weights does well on the other kind of corpus.
 *
 * @param variants the best way of asking's similarity (question and 言い換え)
 * @param whole    the share of the question the item's whole text explains
 * @param answer   the length-discounted share of the question the answer explains
 * @param bm25     BM25F over ways of asking and answer
 */
record LexicalWeights(double variants, double whole, double answer, double bm25) {

    static final LexicalWeights ASKED = new LexicalWeights(0.75, 0.25, 0, 0);
    static final LexicalWeights PUBLISHED = new LexicalWeights(0.3, 0, 0.2, 0.5);

    /** An FAQ where at least half the items have 言い換え is matched on them; any other leans on its answers. */
    static LexicalWeights forCorpus(FaqCorpus corpus) {
        long withAlternates = corpus.items().stream()
                .filter(item -> !corpus.alternatesOf(item.id()).isEmpty())
                .count();
        return 2 * withAlternates >= corpus.items().size() ? ASKED : PUBLISHED;
    }
}
