package jp.kenpo.faq.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which item a question is about, as a probability per item and one more for "not in the FAQ": a
 * {@link SoftmaxClassifier} trained at start-up on every item's question, 言い換え and answer and on
 * {@code out-of-scope.yaml}. It learns which words tell neighbouring items apart (宛所不明 → 6-4 rather than
 * 6-5), which plain overlap cannot. Thread-safe after training.
 */
final class ItemClassifier {

    /**
     * Training costs items × features × classes; beyond this many items (a corpus far larger than an FAQ) it
     * would not fit in start-up, and matching runs on the lexical score alone.
     */
    static final int MAX_ITEMS = 500;

    /** Share of word terms (vs bigrams) in the feature vectors; set by cross-validation. */
    private static final double TERM_SHARE = 0.3;
    /** An answer is long and general: it counts half as much as one way of asking. */
    private static final double ANSWER_WEIGHT = 0.5;

    private static final int EPOCHS = 30;
    private static final double LEARNING_RATE = 0.3;
    private static final double L2 = 1e-5;

    private final SoftmaxClassifier model;
    private final Idf idf;
    private final long trainingMillis;

    private ItemClassifier(IndexedCorpus corpus) {
        long start = System.nanoTime();
        this.idf = corpus.idf();
        this.model = SoftmaxClassifier.train(
                corpus.items().size() + 1, corpus.vocabulary().size(), examples(corpus), EPOCHS, LEARNING_RATE, L2);
        this.trainingMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** Trained on the corpus, or empty for a corpus too large to train on at start-up. */
    static Optional<ItemClassifier> train(IndexedCorpus corpus) {
        return corpus.items().size() <= MAX_ITEMS ? Optional.of(new ItemClassifier(corpus)) : Optional.empty();
    }

    /** Probability of each item, in index order, and last of "not in the FAQ". */
    double[] probabilities(FeatureSet question) {
        return model.probabilities(vector(question, idf));
    }

    long trainingMillis() {
        return trainingMillis;
    }

    private static List<SoftmaxClassifier.Example> examples(IndexedCorpus corpus) {
        List<SoftmaxClassifier.Example> examples = new ArrayList<>();
        int items = corpus.items().size();
        for (int c = 0; c < items; c++) {
            IndexedItem entry = corpus.items().get(c);
            for (FeatureSet variant : entry.variants()) {
                examples.add(new SoftmaxClassifier.Example(vector(variant, corpus.idf()), c, 1.0));
            }
            examples.add(new SoftmaxClassifier.Example(vector(entry.answer(), corpus.idf()), c, ANSWER_WEIGHT));
        }
        // one more class, after the items: questions the FAQ does not answer
        for (FeatureSet question : corpus.outOfScope()) {
            examples.add(new SoftmaxClassifier.Example(vector(question, corpus.idf()), items, 1.0));
        }
        return examples;
    }

    /** Unit-length vector of the known features: terms and bigrams, each block weighted by rarity and by its share. */
    private static SoftmaxClassifier.Vector vector(FeatureSet text, Idf idf) {
        int[] ids = new int[text.terms().length + text.grams().length];
        double[] values = new double[ids.length];
        block(text.terms(), idf, Math.sqrt(TERM_SHARE), ids, values, 0);
        block(text.grams(), idf, Math.sqrt(1 - TERM_SHARE), ids, values, text.terms().length);
        return new SoftmaxClassifier.Vector(ids, values);
    }

    private static void block(int[] features, Idf idf, double scale, int[] ids, double[] values, int from) {
        double norm = 0;
        for (int feature : features) {
            norm += idf.of(feature) * idf.of(feature);
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < features.length; k++) {
            ids[from + k] = features[k];
            values[from + k] = scale * idf.of(features[k]) / norm;
        }
    }
}
