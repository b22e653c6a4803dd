package jp.kenpo.faq.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.HeaderParam;
import jp.kenpo.faq.answer.AnswerService;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    @Operation(summary = "Answer a question from the FAQ",
            description = "Finds the FAQ item(s) answering a Japanese question; answered=false when none does.")
    public AskResponse ask(@Valid @NotNull(message = "a JSON body with a question is required") AskRequest request,
                           @HeaderParam("X-Kenpo-Channel") String channel) {
        return AskResponse.of(answers.ask(request.toQuestion(channel)));
    }
}
