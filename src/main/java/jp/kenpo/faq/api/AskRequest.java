package jp.kenpo.faq.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/ask}.
 *
 * @param question the member's question, 1–500 characters after trimming
 * @param limit    how many candidates to return, 1–10 (default 3)
 */
public record AskRequest(
        @NotBlank(message = "question is required")
        @Size(max = 500, message = "question must be at most 500 characters")
        String question,
        @Min(value = 1, message = "limit must be between 1 and 10")
        @Max(value = 10, message = "limit must be between 1 and 10")
        Integer limit) {

    static final int DEFAULT_LIMIT = 3;

    public AskRequest {
        question = question == null ? null : question.strip();
    }

    int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
