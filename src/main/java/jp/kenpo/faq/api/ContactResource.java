package jp.kenpo.faq.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kenpo.faq.answer.AnswerService;
import jp.kenpo.faq.answer.ContactDesk;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The contact desk on its own, for a channel that needs it outside a no-match answer: after a member says an answer
 * did not help, the widget points to the desk even when the conversation has not shown it yet.
 */
@Path("/api/v1/contact")
public class ContactResource {

    private final AnswerService answers;

    public ContactResource(AnswerService answers) {
        this.answers = answers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The contact desk",
            description = "As a no-match answer carries it; contact is null when the FAQ names no desk.")
    public ContactDesk contact() {
        return answers.contactDesk();
    }
}
