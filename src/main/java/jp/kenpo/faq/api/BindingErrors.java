package jp.kenpo.faq.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpo.faq.personalization.Fact;
import jp.kenpo.faq.personalization.InconsistentFactsException;
import jp.kenpo.faq.personalization.MemberFacts;

/**
 * The fields of a JSON body that Jackson could not bind, named by the path Jackson reports
 * ({@code member.birthDate}). A member fact says what it must be; nothing repeats the value given.
 */
final class BindingErrors {

    static final String WRONG_TYPE = "wrong type";

    private BindingErrors() {}

    /** @return at least one error, for a failure with a non-empty path */
    static List<Problem.FieldError> of(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        String field = path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        Optional<InconsistentFactsException> inconsistent = inconsistency(e);
        if (inconsistent.isPresent()) {
            return inconsistent.get().violations().stream()
                    .map(v -> new Problem.FieldError(field + "." + v.fact().key(), v.message()))
                    .toList();
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFrom() instanceof MemberFacts.Builder) {
            return List.of(new Problem.FieldError(
                    field,
                    Fact.byKey(last.getFieldName()).map(Fact::requirement).orElse(WRONG_TYPE)));
        }
        if (e instanceof MismatchedInputException mismatch && isMemberFacts(mismatch.getTargetType())) {
            return List.of(new Problem.FieldError(field, "must be an object"));
        }
        return List.of(new Problem.FieldError(field, WRONG_TYPE));
    }

    private static Optional<InconsistentFactsException> inconsistency(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InconsistentFactsException inconsistent) {
                return Optional.of(inconsistent);
            }
        }
        return Optional.empty();
    }

    private static boolean isMemberFacts(Class<?> type) {
        return type == MemberFacts.class || type == MemberFacts.Builder.class;
    }
}
