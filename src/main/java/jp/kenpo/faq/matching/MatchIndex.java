package jp.kenpo.faq.matching;

import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.text.FaqAnalyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every item analysed once, with the corpus-wide weights of terms and bigrams. Immutable after start-up. */
public final class MatchIndex {

    private final List<IndexedItem> items;
    private final Idf termIdf;
    private final Idf gramIdf;
    private final FaqAnalyzer analyzer;
    private final SoftmaxClassifier classifier;
    private final List<Features> outOfScope;
    private String fingerprint;

    public MatchIndex(FaqCorpus corpus, FaqAnalyzer analyzer) {
        this.analyzer = analyzer;
        List<IndexedItem> indexed = new ArrayList<>();
        for (FaqItem item : corpus.items()) {
            List<Features> variants = new ArrayList<>();
            variants.add(Features.of(analyzer.analyze(item.question())));
            corpus.alternatesOf(item.id()).forEach(alternate -> variants.add(Features.of(analyzer.analyze(alternate))));
            Features answer = Features.of(analyzer.analyze(item.category() + "\n" + item.answer()));
            indexed.add(new IndexedItem(item, List.copyOf(variants), whole(answer, variants), answer));
        }
        this.items = List.copyOf(indexed);
        this.outOfScope = corpus.outOfScope().stream().map(q -> Features.of(analyzer.analyze(q))).toList();
        this.termIdf = new Idf(items.stream().map(entry -> entry.whole().terms()).toList());
        this.gramIdf = new Idf(items.stream().map(entry -> entry.whole().grams()).toList());
        this.classifier = items.size() <= CLASSIFIER_MAX_ITEMS ? train() : null;
    }

    /**
     * Training costs items × features × classes; beyond this many items (a corpus far larger than an FAQ) it
     * would not fit in start-up, and matching runs on the lexical score alone.
     */
    static final int CLASSIFIER_MAX_ITEMS = 500;

    /** Share of word terms (vs bigrams) in the classifier's feature vectors; set by cross-validation. */
    private static final double TERM_SHARE = 0.3;
    /** An answer is long and general: it counts half as much as one way of asking. */
    private static final double ANSWER_WEIGHT = 0.5;
    private static final int EPOCHS = 30;
    private static final double LEARNING_RATE = 0.3;
    private static final double L2 = 1e-5;

    /** Part of the fingerprint: raise it when the feature vectors or the training change in code. */
    private static final int MODEL_VERSION = 2;
    private static final String SETTINGS = "version=" + MODEL_VERSION + ";share=" + TERM_SHARE + ";answer=" + ANSWER_WEIGHT + ";epochs=" + EPOCHS
            + ";rate=" + LEARNING_RATE + ";l2=" + L2;

    /**
     * The build's model when it was trained on these very texts as analysed now, else a model trained now. The
     * fingerprint covers each training text's analysed features, label and weight and the settings; the feature
     * vectors follow from these, so they need working out only when training.
     */
    private SoftmaxClassifier train() {
        fingerprint = TrainedModel.fingerprint(trainingLines(), SETTINGS);
        return TrainedModel.load(fingerprint)
                .orElseGet(() -> SoftmaxClassifier.train(items.size() + 1, examples(), EPOCHS, LEARNING_RATE, L2));
    }

    /** One line per training example, in training order: label, weight and the sorted features. */
    private List<String> trainingLines() {
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < items.size(); c++) {
            IndexedItem entry = items.get(c);
            for (Features variant : entry.variants()) {
                lines.add(TrainedModel.line(c, 1.0, variant));
            }
            lines.add(TrainedModel.line(c, ANSWER_WEIGHT, entry.answer()));
        }
        for (Features question : outOfScope) {
            lines.add(TrainedModel.line(items.size(), 1.0, question));
        }
        return lines;
    }

    /** Saves the classifier for start-up to load (the build does this; see {@link ClassifierModelBuilder}). */
    void writeClassifier(Path file) {
        if (classifier != null) {
            TrainedModel.write(file, fingerprint, classifier);
        }
    }

    private List<SoftmaxClassifier.Example> examples() {
        List<SoftmaxClassifier.Example> examples = new ArrayList<>();
        for (int c = 0; c < items.size(); c++) {
            IndexedItem entry = items.get(c);
            for (Features variant : entry.variants()) {
                examples.add(new SoftmaxClassifier.Example(vector(variant), c, 1.0));
            }
            examples.add(new SoftmaxClassifier.Example(vector(entry.answer()), c, ANSWER_WEIGHT));
        }
        // one more class, after the items: questions the FAQ does not answer
        for (Features question : outOfScope) {
            examples.add(new SoftmaxClassifier.Example(vector(question), items.size(), 1.0));
        }
        return examples;
    }

    private java.util.Map<String, Double> vector(Features features) {
        return SoftmaxClassifier.vector(features, termIdf, gramIdf, TERM_SHARE);
    }

    /** Probability of each item, in index order, and last of "not in the FAQ"; empty without a classifier. */
    java.util.Optional<double[]> probabilities(Features question) {
        return classifier == null ? java.util.Optional.empty() : java.util.Optional.of(classifier.probabilities(vector(question)));
    }

    private static Features whole(Features answer, List<Features> variants) {
        Set<String> terms = new HashSet<>();
        Set<String> grams = new HashSet<>();
        variants.forEach(variant -> {
            terms.addAll(variant.terms());
            grams.addAll(variant.grams());
        });
        terms.addAll(answer.terms());
        grams.addAll(answer.grams());
        return new Features(terms, grams);
    }

    List<IndexedItem> items() {
        return items;
    }

    Idf termIdf() {
        return termIdf;
    }

    Idf gramIdf() {
        return gramIdf;
    }

    Features analyze(String question) {
        return Features.of(analyzer.analyze(question));
    }
}
