package jp.kenpo.faq.faq;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One parsed corpus file, with typed reads that name the file and field when something is wrong. */
record YamlFile(String file, JsonNode root) {

    String string(String field) {
        return field(root, field, "the file");
    }

    List<String> stringList(String field) {
        return stringList(root.path(field), "'" + field + "'");
    }

    String field(JsonNode node, String field, String owner) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw new InvalidCorpusException(file, owner + " is missing '" + field + "'");
        }
        return value.asText().strip();
    }

    Iterable<JsonNode> array(JsonNode node, String what) {
        if (!node.isArray() || node.isEmpty()) {
            throw new InvalidCorpusException(file, what + " must be a non-empty list");
        }
        return node;
    }

    List<String> stringList(JsonNode node, String what) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array(node, what)) {
            if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
                throw new InvalidCorpusException(file, what + " has an empty entry");
            }
            values.add(value.asText().strip());
        }
        return values;
    }

    FaqId id(String text) {
        try {
            return FaqId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidCorpusException(file, "'" + text + "' is not an FAQ id (項番 like 5-2)");
        }
    }

    FaqId knownId(String text, Set<FaqId> known) {
        FaqId id = id(text);
        if (!known.contains(id)) {
            throw new InvalidCorpusException(file, "unknown FAQ id " + id);
        }
        return id;
    }
}
