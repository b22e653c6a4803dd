package jp.kenpo.faq.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details. Never carries a class name, a stack trace or the member's data.
 *
 * @param errors one entry per invalid field, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A field that failed validation, named by its JSON path. */
    public record FieldError(String field, String message) {}

    static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }
}
