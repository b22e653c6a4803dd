package jp.kenpo.faq.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.traffic.QuestionLog;
import jp.kenpo.faq.traffic.RecordedQuestion;
import jp.kenpo.faq.traffic.TrafficStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What the society's FAQ editors see of real traffic. Role {@code editor} only: the questions are members' words. */
@Path("/api/v1/editor")
@RolesAllowed("editor")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "agentLogin")
public class EditorResource {

    private final QuestionLog log;

    public EditorResource(QuestionLog log) {
        this.log = log;
    }

    /** Recorded questions, newest first. */
    public record RecordedQuestions(List<RecordedQuestion> questions) {}

    @GET
    @Path("/questions")
    @Operation(
            summary = "List what members asked (editors)",
            description = "Newest first, every number and address masked, with the outcome, the item and the"
                    + " member's feedback.")
    public RecordedQuestions questions(
            @QueryParam("outcome")
                    @Pattern(regexp = "ANSWER|SUGGEST|NO_MATCH", message = "must be ANSWER, SUGGEST or NO_MATCH")
                    String outcome,
            @QueryParam("item") String item,
            @QueryParam("helpful") @Pattern(regexp = "true|false", message = "must be true or false") String helpful,
            @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 1000, message = "must be at most 1000")
                    int limit) {
        var filter = new TrafficStore.QuestionFilter(
                Optional.ofNullable(outcome).map(MatchOutcome::valueOf),
                Optional.ofNullable(item).filter(s -> !s.isBlank()),
                Optional.ofNullable(helpful).map(Boolean::valueOf),
                limit);
        return new RecordedQuestions(log.questions(filter));
    }
}
