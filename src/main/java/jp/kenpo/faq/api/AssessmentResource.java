package jp.kenpo.faq.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.personalization.NoRulesForThisFaqException;
import jp.kenpo.faq.personalization.Personalization;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A member's verdicts from their enrollment facts, by the society's rules. */
@Path("/api/v1/assessment")
public class AssessmentResource {

    private final Personalization personalization;
    private final FaqCorpus corpus;

    public AssessmentResource(Personalization personalization, FaqCorpus corpus) {
        this.personalization = personalization;
        this.corpus = corpus;
    }

    // short CPU work with no I/O: answered on the event loop, without a hop to a worker thread
    @NonBlocking
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Assess a member's facts",
            description =
                    "Reference date, notice target and why, delivery, copay ratio, card use, explanations citing FAQ ids, and missing facts.")
    public AssessmentView assess(
            @NotNull(message = "a JSON body with member facts is required") AssessmentRequest request) {
        if (!corpus.uses(Personalization.RULE_SET)) {
            throw new NoRulesForThisFaqException();
        }
        return AssessmentView.of(personalization.assess(request.memberOrNone(), AsOfReader.read(request.asOf())));
    }
}
