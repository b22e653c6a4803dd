package jp.kenpo.faq.faq;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code contact:} of corpus.yaml: the contact desk quoted from an item's answer, from a heading on
 * ({@code item: 4-1}, {@code from: 【お問合せ先】}), or written out ({@code text: …}). Quoting keeps the desk in the
 * FAQ's own words, and a corpus whose item loses the heading stops start-up instead of sending members nowhere.
 */
final class ContactBlock {

    private final YamlFile manifest;
    private final List<FaqItem> items;

    ContactBlock(YamlFile manifest, List<FaqItem> items) {
        this.manifest = manifest;
        this.items = items;
    }

    Optional<CorpusContact> read() {
        JsonNode node = manifest.root().path("contact");
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new InvalidCorpusException(manifest.file(), "contact must have 'item' and 'from', or 'text'");
        }
        if (node.hasNonNull("text")) {
            return Optional.of(new CorpusContact(Optional.empty(), manifest.field(node, "text", "contact")));
        }
        FaqId id = manifest.id(manifest.field(node, "item", "contact"));
        String heading = manifest.field(node, "from", "contact");
        FaqItem item = items.stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidCorpusException(manifest.file(), "contact: unknown FAQ id " + id));
        int start = item.answer().indexOf(heading);
        if (start < 0) {
            throw new InvalidCorpusException(
                    manifest.file(), "contact: the answer of item " + id + " does not contain " + heading);
        }
        return Optional.of(new CorpusContact(
                Optional.of(id), item.answer().substring(start).strip()));
    }
}
