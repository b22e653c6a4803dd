package jp.kenpo.faq.faq;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code audiences.yaml}; every mistake names the file, the item and what is wrong. */
final class AudienceFile {

    private final YamlFile file;
    private final Set<FaqId> known;

    AudienceFile(YamlFile file, Set<FaqId> known) {
        this.file = file;
        this.known = known;
    }

    List<ItemAudience> read() {
        List<ItemAudience> audiences = new ArrayList<>();
        Set<FaqId> seen = new HashSet<>();
        for (JsonNode node : file.array(file.root().path("items"), "items")) {
            FaqId id = file.knownId(file.field(node, "id", "an audience entry"), known);
            if (!seen.add(id)) {
                throw new InvalidCorpusException(file.file(), "item " + id + " has two audience entries");
            }
            List<Audience> audience = file.stringList(node.path("audience"), "audience of " + id).stream()
                    .map(name -> audience(id, name))
                    .toList();
            List<FaqId> otherwise = node.has("otherwise")
                    ? file.stringList(node.path("otherwise"), "otherwise of " + id).stream()
                            .map(o -> file.knownId(o, known))
                            .toList()
                    : List.of();
            if (otherwise.contains(id)) {
                throw new InvalidCorpusException(file.file(), "item " + id + " names itself under otherwise");
            }
            List<FaqId> ifNotNegated = node.has("otherwiseIfNotNegated")
                    ? file.stringList(node.path("otherwiseIfNotNegated"), "otherwiseIfNotNegated of " + id).stream()
                            .map(o -> file.knownId(o, known))
                            .toList()
                    : List.of();
            if (ifNotNegated.contains(id)) {
                throw new InvalidCorpusException(
                        file.file(), "item " + id + " names itself under otherwiseIfNotNegated");
            }
            audiences.add(
                    new ItemAudience(id, audience, otherwise, ifNotNegated, file.field(node, "note", "item " + id)));
        }
        return audiences;
    }

    private Audience audience(FaqId id, String name) {
        try {
            return Audience.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidCorpusException(
                    file.file(),
                    "item " + id + ": unknown audience '" + name + "' (known: " + Arrays.toString(Audience.values())
                            + ")");
        }
    }
}
