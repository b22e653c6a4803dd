package jp.kenpo.faq.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Body of {@code POST /api/v1/feedback}.
 *
 * @param answerId the {@code answerId} of the /ask response the feedback is about
 * @param helpful  whether the answer helped
 * @param reason   optional, when it did not: WRONG_ITEM, UNCLEAR, INCOMPLETE or OTHER
 */
public record FeedbackRequest(
        @NotNull(message = "is required: the answerId of the /ask response")
        @Pattern(
                regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                message = "must be an answerId as /ask returned it")
        String answerId,

        @NotNull(message = "is required: true or false") Boolean helpful,

        @Pattern(
                regexp = "WRONG_ITEM|UNCLEAR|INCOMPLETE|OTHER",
                message = "must be WRONG_ITEM, UNCLEAR, INCOMPLETE or OTHER")
        String reason) {}
