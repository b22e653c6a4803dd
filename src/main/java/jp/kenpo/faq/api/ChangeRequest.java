package jp.kenpo.faq.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.faq.answer.Question;
import jp.kenpo.faq.editing.CorpusChange;

/**
 * Body of {@code POST /api/v1/editor/revisions}: one change to stage.
 *
 * @param kind     ALTERNATE (text as a 言い換え of item), OUT_OF_SCOPE (text as a question the FAQ does not
 *                 answer) or ITEM_TEXT (item's question and answer rewritten)
 * @param item     the item's 項番, for ALTERNATE and ITEM_TEXT
 * @param text     the question, for ALTERNATE and OUT_OF_SCOPE
 * @param question the item's new question, for ITEM_TEXT
 * @param answer   the item's new answer, for ITEM_TEXT
 */
public record ChangeRequest(
        @NotNull(message = "is required: ALTERNATE, OUT_OF_SCOPE or ITEM_TEXT")
        @Pattern(regexp = "ALTERNATE|OUT_OF_SCOPE|ITEM_TEXT", message = "must be ALTERNATE, OUT_OF_SCOPE or ITEM_TEXT")
        String kind,

        @Size(max = 64, message = "must be at most 64 characters")
        String item,

        @Size(max = Question.MAX_LENGTH, message = "must be at most " + Question.MAX_LENGTH + " characters")
        String text,

        @Size(max = MAX_QUESTION, message = "must be at most " + MAX_QUESTION + " characters")
        String question,

        @Size(max = MAX_ANSWER, message = "must be at most " + MAX_ANSWER + " characters")
        String answer) {

    static final int MAX_QUESTION = 500;
    static final int MAX_ANSWER = 5000;

    /** @throws InvalidFieldsException naming each field the kind needs and the request left blank */
    CorpusChange change() {
        List<Problem.FieldError> errors = new ArrayList<>();
        switch (kind) {
            case "ALTERNATE" -> {
                required("item", item, errors);
                required("text", text, errors);
            }
            case "OUT_OF_SCOPE" -> required("text", text, errors);
            default -> {
                required("item", item, errors);
                required("question", question, errors);
                required("answer", answer, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return switch (kind) {
            case "ALTERNATE" -> new CorpusChange.Alternate(item.strip(), text.strip());
            case "OUT_OF_SCOPE" -> new CorpusChange.OutOfScope(text.strip());
            default -> new CorpusChange.ItemText(item.strip(), question.strip(), answer.strip());
        };
    }

    private static void required(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required for this kind of change"));
        }
    }
}
