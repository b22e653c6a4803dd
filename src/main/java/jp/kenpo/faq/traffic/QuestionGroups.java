package jp.kenpo.faq.traffic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Questions that say the same thing, put together so that an editor sees "asked 14 times" once instead of fourteen
 * lines: greedy grouping, newest first, by the share of content words two questions have in common (Jaccard on the
 * words matching reads). A question joins the first group whose first question it resembles enough; the first
 * question (the newest) stands for the group.
 */
final class QuestionGroups {

    /** At least half of the words of the two questions together are shared. */
    static final double SIMILAR = 0.5;

    private QuestionGroups() {}

    /**
     * @param questions recorded questions, newest first; those without a typed text (a button tap) are skipped
     * @param terms     the content words of a text
     */
    static List<QuestionGroup> of(List<RecordedQuestion> questions, Function<String, List<String>> terms) {
        List<Set<String>> heads = new ArrayList<>();
        List<List<RecordedQuestion>> members = new ArrayList<>();
        for (RecordedQuestion question : questions) {
            if (question.question() == null || question.question().isBlank()) {
                continue;
            }
            Set<String> words = new HashSet<>(terms.apply(question.question()));
            int group = closest(heads, words);
            if (group < 0) {
                heads.add(words);
                members.add(new ArrayList<>(List.of(question)));
            } else {
                members.get(group).add(question);
            }
        }
        return members.stream()
                .map(QuestionGroups::group)
                .sorted((a, b) -> Integer.compare(b.count(), a.count()))
                .toList();
    }

    private static int closest(List<Set<String>> heads, Set<String> words) {
        int best = -1;
        double bestSimilarity = SIMILAR;
        for (int i = 0; i < heads.size(); i++) {
            double similarity = jaccard(heads.get(i), words);
            if (similarity >= bestSimilarity) {
                best = i;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static QuestionGroup group(List<RecordedQuestion> questions) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        Map<String, Integer> items = new LinkedHashMap<>();
        int unhelpful = 0;
        for (RecordedQuestion q : questions) {
            outcomes.merge(q.outcome(), 1, Integer::sum);
            if (q.bestId() != null) {
                items.merge(q.bestId(), 1, Integer::sum);
            }
            if (q.feedback() != null && !q.feedback().helpful()) {
                unhelpful++;
            }
        }
        RecordedQuestion newest = questions.get(0);
        return new QuestionGroup(
                newest.question(),
                questions.size(),
                unhelpful,
                newest.askedAt(),
                outcomes,
                items,
                questions.stream().limit(20).map(RecordedQuestion::question).toList());
    }
}
