package jp.kenpo.faq.api;

import java.util.List;

/** A request whose fields are malformed or inconsistent; each error names its field, never its value. */
public class InvalidFieldsException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidFieldsException(List<Problem.FieldError> errors) {
        super("invalid fields: "
                + errors.stream().map(Problem.FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
