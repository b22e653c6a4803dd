package jp.kenpo.faq.faq;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated FAQ: items in 項番 order and the language data that helps to find them.
 *
 * @param items          all items, in 項番 order
 * @param alternates     言い換え: further ways members ask each item
 * @param outOfScope     対象外の質問: questions the FAQ does not answer, so that matching learns to say so
 * @param synonymGroups  同義語: each group lists interchangeable words, canonical word first
 * @param answerGroups   items that give the same answer, so that only one of them is offered at a time
 * @param userDictionary Kuromoji user dictionary (CSV text) for the domain's compounds
 * @param audiences      対象読者: items written for some members only, and what answers the others instead
 * @param source         the FAQ document itself (title, 作成日)
 * @param focusObjects   質問の対象: the documents and cards a question can be about, which the verbs alone do
 *                       not tell apart (see focus.yaml); empty when the corpus names none
 * @param contact        お問合せ先 for a question the FAQ cannot answer; empty when the corpus names none
 * @param ruleSet        the personalisation rules written for this FAQ; empty for plain answers with no follow-ups
 */
public record FaqCorpus(
        List<FaqItem> items,
        Map<FaqId, List<String>> alternates,
        List<String> outOfScope,
        List<List<String>> synonymGroups,
        List<Set<FaqId>> answerGroups,
        String userDictionary,
        List<ItemAudience> audiences,
        FaqSource source,
        List<String> focusObjects,
        Optional<CorpusContact> contact,
        Optional<String> ruleSet) {

    public FaqCorpus {
        focusObjects = List.copyOf(focusObjects);
        items = List.copyOf(items);
        alternates = Map.copyOf(alternates);
        outOfScope = List.copyOf(outOfScope);
        synonymGroups = List.copyOf(synonymGroups);
        answerGroups = List.copyOf(answerGroups);
        audiences = List.copyOf(audiences);
    }

    public Optional<FaqItem> find(FaqId id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /** The same FAQ with other 言い換え: cross-validation asks held-out ones, a published FAQ has none. */
    public FaqCorpus withAlternates(Map<FaqId, List<String>> other) {
        return withItems(items, other);
    }

    /** The same FAQ with other 対象外の質問: an editor marked a question the FAQ does not answer. */
    public FaqCorpus withOutOfScope(List<String> other) {
        return with(items, alternates, other);
    }

    /** The same FAQ with other items' texts (and 言い換え): an editor's edit or a spreadsheet imported. */
    public FaqCorpus withItems(List<FaqItem> other, Map<FaqId, List<String>> otherAlternates) {
        return with(other, otherAlternates, outOfScope);
    }

    /** What an editor can change, the rest as shipped. */
    private FaqCorpus with(
            List<FaqItem> changedItems, Map<FaqId, List<String>> changedAlternates, List<String> changedOutOfScope) {
        return new FaqCorpus(
                changedItems,
                changedAlternates,
                changedOutOfScope,
                synonymGroups,
                answerGroups,
                userDictionary,
                audiences,
                source,
                focusObjects,
                contact,
                ruleSet);
    }

    /** Whether answers are personalised with the rule set of this name. */
    public boolean uses(String rules) {
        return ruleSet.filter(rules::equals).isPresent();
    }

    /** @throws UnknownFaqException when the text is not the id of an item */
    public FaqItem get(String id) {
        try {
            return find(FaqId.parse(id)).orElseThrow(() -> new UnknownFaqException(id));
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownFaqException(id);
        }
    }

    public List<String> alternatesOf(FaqId id) {
        return alternates.getOrDefault(id, List.of());
    }

    /** The audience of an item written for some members only; empty for an item that fits everyone. */
    public Optional<ItemAudience> audienceOf(FaqId id) {
        return audiences.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The items answering the same as {@code id}, itself included. */
    public Set<FaqId> answerGroupOf(FaqId id) {
        return answerGroups.stream()
                .filter(group -> group.contains(id))
                .findFirst()
                .orElse(Set.of(id));
    }
}
