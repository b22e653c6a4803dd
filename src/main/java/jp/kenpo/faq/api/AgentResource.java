package jp.kenpo.faq.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import jp.kenpo.faq.answer.AnswerService;
import jp.kenpo.faq.answer.ContactDesk;
import jp.kenpo.faq.answer.Question;
import jp.kenpo.faq.edition.ServedEdition;
import jp.kenpo.faq.faq.FaqCsv;
import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.matching.Ranking;
import jp.kenpo.faq.personalization.Assessment;
import jp.kenpo.faq.personalization.NoRulesForThisFaqException;
import jp.kenpo.faq.personalization.Personalization;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What the call-centre console needs beyond the member-facing API. Role {@code agent} only. */
@Path("/api/v1/agent")
@RolesAllowed("agent")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "agentLogin")
public class AgentResource {

    private final ServedEdition served;
    private final AnswerService answers;
    private final Personalization personalization;
    private final SecurityIdentity identity;

    public AgentResource(
            ServedEdition served, AnswerService answers, Personalization personalization, SecurityIdentity identity) {
        this.served = served;
        this.answers = answers;
        this.personalization = personalization;
        this.identity = identity;
    }

    /** A ranked hit for the agent: every item, same-answer ones included, with its score. */
    public record Hit(String id, String category, String question, double score) {}

    /**
     * The agent's search.
     *
     * @param hits                  best first; for NO_MATCH they are merely the least unlikely items, not answers
     * @param outOfScopeProbability the classifier's probability that the FAQ does not cover the question
     * @param outcome               the matcher's decision for the question, as the widget and LINE take it: without
     *                              it a console shows weak hits as if they fitted
     * @param contact               for NO_MATCH, the desk the corpus configures, to read out to the caller
     */
    public record Search(List<Hit> hits, double outOfScopeProbability, MatchOutcome outcome, ContactDesk contact) {}

    /** A member's verdicts with the rules that produced them. */
    public record AgentAssessment(AssessmentView assessment, List<String> firedRules) {}

    /** Who is logged in. */
    public record Agent(String name, Set<String> roles) {}

    @GET
    @Path("/search")
    @Operation(
            summary = "Rank FAQ items for a search (agents)",
            description = "More candidates than /ask, with scores and no thresholds applied to the hits; "
                    + "outcome is the decision /ask takes for the same question.")
    public Search search(
            @QueryParam("q")
                    @NotBlank(message = "q is required")
                    @Size(
                            max = Question.MAX_LENGTH,
                            message = "q must be at most " + Question.MAX_LENGTH + " characters")
                    String q,
            @QueryParam("limit")
                    @DefaultValue("10")
                    @Min(value = 1, message = "limit must be between 1 and 40")
                    @Max(value = 40, message = "limit must be between 1 and 40")
                    int limit) {
        String question = q.strip();
        Matcher matcher = served.current().matcher();
        Ranking ranking = matcher.rank(question);
        // the decision /ask takes for the same question, thresholds and answer groups included
        MatchOutcome outcome = matcher.match(ranking, 2).outcome();
        List<Hit> hits = ranking.items().stream()
                .limit(limit)
                .map(s -> new Hit(
                        s.item().id().toString(), s.item().category(), s.item().question(), Scores.rounded(s.score())))
                .toList();
        return new Search(
                hits,
                Scores.rounded(ranking.outOfScopeProbability()),
                outcome,
                outcome == MatchOutcome.NO_MATCH ? answers.contactDesk() : null);
    }

    @POST
    @Path("/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Assess a caller's facts (agents)",
            description = "As /api/v1/assessment, with the names of the rules that fired.")
    public AgentAssessment assess(
            @NotNull(message = "a JSON body with member facts is required") AssessmentRequest request) {
        if (!served.shipped().uses(Personalization.RULE_SET)) {
            throw new NoRulesForThisFaqException();
        }
        Assessment assessment = personalization.assess(request.memberOrNone(), AsOfReader.read(request.asOf()));
        return new AgentAssessment(AssessmentView.of(assessment), assessment.firedRules());
    }

    @GET
    @Path("/faq.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(
            summary = "The FAQ as a spreadsheet (agents)",
            description = "Every item with its category title and 言い換え, as RFC 4180 CSV with the header "
                    + "id,question,answer,category,alternates: the format a corpus directory's faq.csv is read in.")
    public Response exportCsv() {
        return Response.ok(FaqCsv.write(served.current().corpus()))
                .header("Content-Disposition", "attachment; filename=\"faq.csv\"")
                .build();
    }

    @GET
    @Path("/me")
    @Operation(summary = "The logged-in agent")
    public Agent me() {
        return new Agent(identity.getPrincipal().getName(), identity.getRoles());
    }
}
