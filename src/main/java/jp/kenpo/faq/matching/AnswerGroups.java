package jp.kenpo.faq.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;

/** Each indexed item's answer group as a small number, looked up on every question. */
final class AnswerGroups {

    private final int[] groupOf;
    private final int count;

    AnswerGroups(FaqCorpus corpus, List<IndexedItem> items) {
        Map<Set<FaqId>, Integer> numbers = new HashMap<>();
        groupOf = new int[items.size()];
        for (int i = 0; i < groupOf.length; i++) {
            Set<FaqId> group = corpus.answerGroupOf(items.get(i).item().id());
            groupOf[i] = numbers.computeIfAbsent(group, g -> numbers.size());
        }
        count = numbers.size();
    }

    int of(int item) {
        return groupOf[item];
    }

    int count() {
        return count;
    }
}
