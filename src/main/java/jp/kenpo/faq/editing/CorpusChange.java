package jp.kenpo.faq.editing;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqCsv;
import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.faq.InvalidCorpusException;

/**
 * One change an editor makes to the FAQ. A revision keeps every change since the FAQ as shipped, in order, so that
 * any revision can be built again on any replica, and restored, from its changes alone.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CorpusChange.Alternate.class, name = "ALTERNATE"),
    @JsonSubTypes.Type(value = CorpusChange.OutOfScope.class, name = "OUT_OF_SCOPE"),
    @JsonSubTypes.Type(value = CorpusChange.ItemText.class, name = "ITEM_TEXT"),
    @JsonSubTypes.Type(value = CorpusChange.Sheet.class, name = "SHEET")
})
public sealed interface CorpusChange {

    /**
     * The corpus with this change made.
     *
     * @throws InvalidChangeException when it cannot be made to this corpus (an item it names is not there)
     */
    FaqCorpus applyTo(FaqCorpus corpus);

    /** What the change does, in the editors' words, for the list of revisions and the audit. */
    String summary();

    /**
     * The members' question this change deals with, which leaves the questions needing attention once it is
     * published; empty for a change that deals with no one question.
     */
    default Optional<String> membersQuestion() {
        return Optional.empty();
    }

    /** A further way members ask an item (言い換え). */
    record Alternate(String item, String text) implements CorpusChange {

        @Override
        public FaqCorpus applyTo(FaqCorpus corpus) {
            FaqId id = existing(corpus, item);
            Map<FaqId, List<String>> alternates = new HashMap<>(corpus.alternates());
            List<String> more = new ArrayList<>(corpus.alternatesOf(id));
            if (!more.contains(text)) {
                more.add(text);
            }
            alternates.put(id, more);
            return corpus.withAlternates(alternates);
        }

        @Override
        public String summary() {
            return "言い換えを追加（" + item + "）：" + text;
        }

        @Override
        public Optional<String> membersQuestion() {
            return Optional.of(text);
        }
    }

    /** A question the FAQ does not answer, so that matching learns to refuse its like. */
    record OutOfScope(String text) implements CorpusChange {

        @Override
        public FaqCorpus applyTo(FaqCorpus corpus) {
            if (corpus.outOfScope().contains(text)) {
                return corpus;
            }
            List<String> questions = new ArrayList<>(corpus.outOfScope());
            questions.add(text);
            return corpus.withOutOfScope(questions);
        }

        @Override
        public String summary() {
            return "対象外の質問に追加：" + text;
        }

        @Override
        public Optional<String> membersQuestion() {
            return Optional.of(text);
        }
    }

    /** An item's own question and answer, rewritten. */
    record ItemText(String item, String question, String answer) implements CorpusChange {

        @Override
        public FaqCorpus applyTo(FaqCorpus corpus) {
            FaqId id = existing(corpus, item);
            List<FaqItem> items = corpus.items().stream()
                    .map(old -> old.id().equals(id) ? new FaqItem(id, old.category(), question, answer) : old)
                    .toList();
            return corpus.withItems(items, corpus.alternates());
        }

        @Override
        public String summary() {
            return "項目の文面を変更（" + item + "）";
        }
    }

    /**
     * A spreadsheet in the export's format (id,question,answer[,category][,alternates]): its items replace the texts
     * and 言い換え of the same ids (a sheet without the alternates column keeps them), and items with new ids are
     * added. Every item of the FAQ must still be there:
     * taking an item away is a release (the rules and the audiences may cite it), not an edit.
     */
    record Sheet(String csv) implements CorpusChange {

        static final String FILE = "faq.csv";

        @Override
        public FaqCorpus applyTo(FaqCorpus corpus) {
            FaqCsv.Sheet sheet;
            try {
                sheet = FaqCsv.read(FILE, csv);
            } catch (InvalidCorpusException e) {
                throw new InvalidChangeException(e.getMessage());
            }
            Set<FaqId> given = sheet.items().stream().map(FaqItem::id).collect(Collectors.toSet());
            List<String> missing = corpus.items().stream()
                    .map(FaqItem::id)
                    .filter(id -> !given.contains(id))
                    .map(FaqId::toString)
                    .toList();
            if (!missing.isEmpty()) {
                throw new InvalidChangeException("the sheet leaves out items the FAQ has: " + shortList(missing)
                        + "; export the FAQ, edit that file and import it whole");
            }
            Map<FaqId, String> categories = new LinkedHashMap<>();
            corpus.items().forEach(item -> categories.put(item.id(), item.category()));
            List<FaqItem> items = sheet.items().stream()
                    .map(item -> item.category().isEmpty() && categories.containsKey(item.id())
                            ? new FaqItem(item.id(), categories.get(item.id()), item.question(), item.answer())
                            : item)
                    .toList();
            return corpus.withItems(items, sheet.alternatesGiven() ? sheet.alternates() : corpus.alternates());
        }

        @Override
        public String summary() {
            long rows = csv.lines().count() - 1;
            return "スプレッドシートを取り込み（" + Math.max(rows, 0) + "行）";
        }

        private static String shortList(List<String> ids) {
            return ids.size() <= 5
                    ? String.join(", ", ids)
                    : String.join(", ", ids.subList(0, 5)) + " and " + (ids.size() - 5) + " more";
        }
    }

    private static FaqId existing(FaqCorpus corpus, String item) {
        try {
            FaqId id = FaqId.parse(item);
            if (corpus.find(id).isPresent()) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // reported below like any unknown id
        }
        throw new InvalidChangeException("there is no FAQ item '" + shortened(item) + "'");
    }

    private static String shortened(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
