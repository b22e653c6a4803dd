package jp.kenpo.faq.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kenpo.faq.text.AnalyzedText;
import jp.kenpo.faq.text.FaqAnalyzer;

/**
 * What a question is about among the documents and cards of {@code focus.yaml} (質問の対象), and which answer
 * groups are about the same. Members lose, wait for and reissue the notice, the paper card, the My Number card and
 * the 資格確認書 with the same verbs; only the object tells them apart.
 *
 * <p>Which group is about which object is read from the items' questions and 言い換え (not their answers, which
 * mention much in passing). An object most groups are about is the FAQ's subject (here the notice itself): every
 * item is implicitly about it, so naming it narrows nothing. A question that names other objects and not the
 * subject fits only the groups about one of them; one that names an object no item is about, and not the
 * subject, fits none: it is about something the FAQ does not cover, whatever words it shares with an item.
 */
final class Focus {

    /** For each object's analyzer key, the groups about it (none: a foreign object). */
    private final Map<String, boolean[]> groupsAbout = new HashMap<>();
    /** Keys of the objects most groups are about. */
    private final List<String> subject;

    private final int groupCount;

    /**
     * @throws IllegalArgumentException naming an object that the analyzer does not read as one word
     */
    Focus(List<String> objects, FaqAnalyzer analyzer, IndexedCorpus corpus, AnswerGroups groups) {
        this.groupCount = groups.count();
        for (String object : objects) {
            List<String> keys = analyzer.analyze(object).terms();
            if (keys.size() != 1) {
                throw new IllegalArgumentException("focus.yaml: object '" + object + "' is read as " + keys.size()
                        + " words " + keys + "; add it to the user dictionary as one word");
            }
            groupsAbout.put(keys.get(0), about(corpus.vocabulary().termId(keys.get(0)), corpus, groups));
        }
        this.subject = groupsAbout.entrySet().stream()
                .filter(entry -> 2 * count(entry.getValue()) > groupCount)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Which groups can answer the question, by group number; null when it names no object, so all can. */
    boolean[] fitting(AnalyzedText question) {
        boolean[] fitting = null;
        for (String term : question.terms()) {
            boolean[] about = groupsAbout.get(term);
            if (about == null) {
                continue;
            }
            if (subject.contains(term)) {
                return null;
            }
            fitting = fitting == null ? new boolean[groupCount] : fitting;
            for (int g = 0; g < groupCount; g++) {
                fitting[g] |= about[g];
            }
        }
        return fitting;
    }

    private static boolean[] about(int termId, IndexedCorpus corpus, AnswerGroups groups) {
        boolean[] about = new boolean[groups.count()];
        for (int i = 0; termId >= 0 && i < corpus.items().size(); i++) {
            for (FeatureSet variant : corpus.items().get(i).variants()) {
                about[groups.of(i)] |= Arrays.binarySearch(variant.terms(), termId) >= 0;
            }
        }
        return about;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean flag : flags) {
            n += flag ? 1 : 0;
        }
        return n;
    }
}
