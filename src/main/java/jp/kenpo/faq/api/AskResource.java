package jp.kenpo.faq.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kenpo.faq.answer.AnswerService;
import jp.kenpo.faq.answer.Question;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The member-facing question endpoint. */
@Path("/api/v1/ask")
public class AskResource {

    private final AnswerService answers;

    public AskResource(AnswerService answers) {
        this.answers = answers;
    }

    // short CPU work with no I/O: answered on the event loop, without a hop to a worker thread
    @NonBlocking
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Answer a question from the FAQ",
            description = "Finds the FAQ item(s) answering a Japanese question; answered=false when none does.")
    @APIResponse(
            responseCode = "200",
            description = "The answer, or answered=false with the contact desk",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AskResponse.class)))
    public AskResponse ask(
            @NotNull(message = "is required: a JSON body with a question") @Valid AskRequest request,
            @HeaderParam("X-Kenpo-Channel") String channel) {
        return AskResponse.of(answers.ask(request.toQuestion(channel, Question.today())));
    }
}
