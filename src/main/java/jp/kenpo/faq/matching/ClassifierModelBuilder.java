package jp.kenpo.faq.matching;

import jp.kenpo.faq.faq.CorpusLoader;
import jp.kenpo.faq.faq.CorpusSource;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.text.FaqAnalyzer;

import java.nio.file.Path;

/**
 * Build step (Maven, process-classes): trains the classifier on faq-corpus/ and writes it into the classes
 * folder, so that start-up loads it instead of training. Usage: ClassifierModelBuilder CORPUS_DIR OUTPUT_FILE.
 */
public final class ClassifierModelBuilder {

    private ClassifierModelBuilder() {
    }

    public static void main(String[] args) {
        FaqCorpus corpus = new CorpusLoader(CorpusSource.directory(Path.of(args[0]))).load();
        MatchIndex index = new MatchIndex(corpus, new FaqAnalyzer(corpus.userDictionary(), corpus.synonymGroups()));
        index.writeClassifier(Path.of(args[1]));
    }
}
