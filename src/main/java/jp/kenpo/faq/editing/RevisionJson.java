package jp.kenpo.faq.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * How a revision's changes and figures are kept in their text columns. The changes carry their kind, so a list of
 * the sealed {@link CorpusChange} reads back as the same records.
 */
@ApplicationScoped
class RevisionJson {

    private static final TypeReference<List<CorpusChange>> CHANGES = new TypeReference<>() {};

    private final ObjectMapper json;

    RevisionJson(ObjectMapper json) {
        this.json = json;
    }

    String changes(List<CorpusChange> changes) {
        try {
            return json.writerFor(CHANGES).writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @throws UnreadableRevisionException for changes this release cannot read (a later release's kind of change)
     */
    List<CorpusChange> changes(long revision, String text) {
        try {
            return json.readValue(text, CHANGES);
        } catch (JsonProcessingException e) {
            throw new UnreadableRevisionException(revision, e);
        }
    }

    String figures(Comparison figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Comparison figures(String text) {
        try {
            return json.readValue(text, Comparison.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable figures of an FAQ revision", e);
        }
    }
}
