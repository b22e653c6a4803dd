package jp.kenpo.faq.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.kenpo.faq.answer.Question;

/**
 * Body of {@code POST /api/v1/editor/dismissals}.
 *
 * @param question a recorded question as the editor API lists it (masked)
 */
public record DismissalRequest(
        @NotBlank(message = "is required: a question as the attention list shows it")
        @Size(max = Question.MAX_LENGTH, message = "must be at most " + Question.MAX_LENGTH + " characters")
        String question) {}
