package jp.kenpo.faq.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code /ask} request carries a question or the id of an item the member picked, not both; a missing question
 * is reported on the field {@code question}, as before items could be picked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = QuestionOrItem.Validator.class)
@interface QuestionOrItem {

    String message() default "question is required (or the itemId of an item picked)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks that exactly one of question and itemId is given. */
    class Validator implements ConstraintValidator<QuestionOrItem, AskRequest> {
        @Override
        public boolean isValid(AskRequest request, ConstraintValidatorContext context) {
            boolean question = request.question() != null && !request.question().isBlank();
            boolean item = request.itemId() != null && !request.itemId().isBlank();
            if (question != item) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            item
                                    ? "give either question or itemId, not both"
                                    : "question is required (or the itemId of an item picked)")
                    .addPropertyNode(item ? "itemId" : "question")
                    .addConstraintViolation();
            return false;
        }
    }
}
