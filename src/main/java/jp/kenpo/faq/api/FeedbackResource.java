package jp.kenpo.faq.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import jp.kenpo.faq.traffic.FeedbackReason;
import jp.kenpo.faq.traffic.QuestionLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Whether an answer helped: 「この回答は役に立ちましたか？」 in the widget, 解決した／解決しない in LINE. */
@Path("/api/v1/feedback")
public class FeedbackResource {

    private final QuestionLog log;
    private final FeedbackRateLimit rateLimit;

    public FeedbackResource(QuestionLog log, FeedbackRateLimit rateLimit) {
        this.log = log;
        this.rateLimit = rateLimit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Say whether an answer helped",
            description = "One word per answer: sending it again replaces the earlier one.")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No answer has this answerId")
    @APIResponse(responseCode = "429", description = "Too many feedbacks from this address this minute")
    public void feedback(
            @NotNull(message = "is required: a JSON body with answerId and helpful") @Valid FeedbackRequest request,
            @Context HttpServerRequest http) {
        long now = System.currentTimeMillis();
        String client = http.remoteAddress() == null ? "" : http.remoteAddress().hostAddress();
        if (!rateLimit.allow(client, now)) {
            throw new TooManyRequestsException(FeedbackRateLimit.secondsLeft(now));
        }
        log.feedback(
                UUID.fromString(request.answerId()),
                request.helpful(),
                Optional.ofNullable(request.reason()).map(FeedbackReason::valueOf));
    }
}
