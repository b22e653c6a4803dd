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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.traffic.QuestionGroup;
import jp.kenpo.faq.traffic.QuestionLog;
import jp.kenpo.faq.traffic.RecordedQuestion;
import jp.kenpo.faq.traffic.TrafficReports;
import jp.kenpo.faq.traffic.TrafficStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What the society's FAQ editors see of real traffic. Role {@code editor} only: the questions are members' words. */
@Path("/api/v1/editor")
@RolesAllowed("editor")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "agentLogin")
public class EditorResource {

    private static final String DAYS = "must be between 1 and 366";

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
            @QueryParam("days") @Min(value = 1, message = DAYS) @Max(value = 366, message = DAYS) Integer days,
            @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 1000, message = "must be at most 1000")
                    int limit) {
        var filter = new TrafficStore.QuestionFilter(
                Optional.ofNullable(outcome).map(MatchOutcome::valueOf),
                Optional.ofNullable(item).filter(s -> !s.isBlank()),
                Optional.ofNullable(helpful).map(Boolean::valueOf),
                Optional.ofNullable(days).map(d -> Instant.now().minus(Duration.ofDays(d))),
                limit);
        return new RecordedQuestions(log.questions(filter));
    }

    /** Question groups needing attention. */
    public record AttentionGroups(List<QuestionGroup> groups) {}

    /** How each item's answers were received. */
    public record ItemReports(List<TrafficReports.ItemReport> items) {}

    /** Answers per day, channel and outcome. */
    public record DayReports(List<TrafficReports.DayReport> days) {}

    @GET
    @Path("/attention")
    @Operation(
            summary = "Questions the FAQ did not answer well, grouped (editors)",
            description = "Questions of the last days answered with SUGGEST or NO_MATCH, or found unhelpful, grouped"
                    + " by what they say; the largest groups first.")
    public AttentionGroups attention(
            @QueryParam("days") @DefaultValue("30") @Min(value = 1, message = DAYS) @Max(value = 366, message = DAYS)
                    int days) {
        return new AttentionGroups(log.needingAttention(Duration.ofDays(days)));
    }

    @GET
    @Path("/items")
    @Operation(summary = "Answers and feedback per FAQ item (editors)", description = "The most often unhelpful first.")
    public ItemReports items(
            @QueryParam("days") @DefaultValue("30") @Min(value = 1, message = DAYS) @Max(value = 366, message = DAYS)
                    int days) {
        return new ItemReports(log.perItem(Duration.ofDays(days)));
    }

    @GET
    @Path("/daily")
    @Operation(
            summary = "Answers per day, channel and outcome (editors)",
            description = "Days in Japan time, oldest first.")
    public DayReports daily(
            @QueryParam("days") @DefaultValue("30") @Min(value = 1, message = DAYS) @Max(value = 366, message = DAYS)
                    int days) {
        return new DayReports(log.perDay(Duration.ofDays(days)));
    }
}
