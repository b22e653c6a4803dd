package jp.kenpo.faq.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How much of a question an answer group explains, in [0, 1]: the geometric mean of two shares.
 *
 * <ul>
 *   <li>The share of the question's word weight made of words the FAQ uses at all. A word no item uses (パスワード,
 *       見積もり, 追跡番号) is the rarest there is: it counts against every answer instead of being ignored.
 *   <li>The rarity-weighted share of the question's written and read bigrams that appear anywhere in the group
 *       (question, 言い換え, answer). Bigrams see inside compounds the analyzer keeps whole or splits into
 *       common parts (個人年金保険, 人事システム), and a question mostly about something no item speaks of is
 *       mostly uncovered however well its remaining words match.
 * </ul>
 *
 * The matcher multiplies its score by this before deciding, so a question that an item matches only in part is
 * offered choices or refused rather than answered.
 */
final class Coverage {

    private final Idf idf;
    private final int[][] groupGrams;

    Coverage(IndexedCorpus corpus, AnswerGroups groups) {
        this.idf = corpus.idf();
        // one pass over the items: a large corpus has about as many groups as items
        List<List<int[]>> grams = new ArrayList<>();
        for (int g = 0; g < groups.count(); g++) {
            grams.add(new ArrayList<>());
        }
        for (int i = 0; i < corpus.items().size(); i++) {
            grams.get(groups.of(i)).add(corpus.items().get(i).whole().grams());
        }
        this.groupGrams = grams.stream().map(Coverage::union).toArray(int[][]::new);
    }

    /** How much of the question the group explains, in [0, 1]. */
    double explained(FeatureSet question, int group) {
        return Math.sqrt(knownWords(question) * gramShare(question, group));
    }

    /** Share of the question's word weight that some item uses. */
    private double knownWords(FeatureSet question) {
        double total = idf.sum(question.terms(), question.unseenTerms());
        return total == 0 ? 0 : idf.sum(question.terms(), 0) / total;
    }

    private double gramShare(FeatureSet question, int group) {
        double total = idf.sum(question.grams(), question.unseenGrams());
        if (total == 0) {
            return 0;
        }
        double shared = 0;
        for (int gram : question.grams()) {
            if (Arrays.binarySearch(groupGrams[group], gram) >= 0) {
                shared += idf.of(gram);
            }
        }
        return shared / total;
    }

    /** The sorted distinct features of the group's items; a group of one keeps its item's array. */
    private static int[] union(List<int[]> items) {
        return items.size() == 1
                ? items.get(0)
                : items.stream()
                        .flatMapToInt(Arrays::stream)
                        .distinct()
                        .sorted()
                        .toArray();
    }
}
