package jp.kenpo.faq.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.faq.FaqSource;

/**
 * A corpus of any size made from the real one (fixed seed): each synthetic item splices the questions of two
 * real items and keeps an answer and three alternates, so texts look like the FAQ's and share its vocabulary.
 */
final class SyntheticCorpus {

    private SyntheticCorpus() {}

    static FaqCorpus of(FaqCorpus real, int size) {
        Random random = new Random(42);
        List<FaqItem> items = new ArrayList<>(size);
        Map<FaqId, List<String>> alternates = new LinkedHashMap<>();
        List<String> allAlternates =
                real.alternates().values().stream().flatMap(List::stream).toList();
        for (int i = 0; i < size; i++) {
            FaqItem a = real.items().get(random.nextInt(real.items().size()));
            FaqItem b = real.items().get(random.nextInt(real.items().size()));
            FaqId id = FaqId.parse((100 + i / 100) + "-" + (i % 100));
            String question = a.question().substring(0, a.question().length() / 2)
                    + b.question().substring(b.question().length() / 2);
            items.add(new FaqItem(id, a.category(), question, b.answer()));
            List<String> more = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                more.add(allAlternates.get(random.nextInt(allAlternates.size())));
            }
            alternates.put(id, more);
        }
        // for matching only: every item fits every member, and the source is not named
        return new FaqCorpus(
                items,
                alternates,
                real.outOfScope(),
                real.synonymGroups(),
                List.of(),
                real.userDictionary(),
                List.of(),
                FaqSource.UNKNOWN,
                real.focusObjects(),
                java.util.Optional.empty(),
                java.util.Optional.empty());
    }
}
