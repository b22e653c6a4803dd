package jp.kenpo.faq.matching;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

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
        this.groupGrams = new int[groups.count()][];
        for (int g = 0; g < groups.count(); g++) {
            int group = g;
            int[] items = IntStream.range(0, corpus.items().size())
                    .filter(i -> groups.of(i) == group)
                    .toArray();
            groupGrams[g] = union(items, i -> corpus.items().get(i).whole().grams());
        }
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

    private static int[] union(int[] items, IntFunction<int[]> features) {
        return Arrays.stream(items)
                .flatMap(i -> Arrays.stream(features.apply(i)))
                .distinct()
                .sorted()
                .toArray();
    }
}
