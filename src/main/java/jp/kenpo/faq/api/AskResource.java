package jp.kenpo.faq.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kenpo.faq.answer.Answer;
import jp.kenpo.faq.answer.AnswerService;
import jp.kenpo.faq.answer.AskMetrics;
import jp.kenpo.faq.answer.Channel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The member-facing question endpoint. A request already answered today is served from {@link AnswerCache} as
 * the JSON written the first time; a new one is validated, answered and written once.
 */
@Path("/api/v1/ask")
public class AskResource {

    private final AnswerService answers;
    private final AnswerCache cache;
    private final AskMetrics metrics;
    private final Validator validator;
    private final ObjectMapper json;

    public AskResource(AnswerService answers, AnswerCache cache, AskMetrics metrics, Validator validator,
                       ObjectMapper json) {
        this.answers = answers;
        this.cache = cache;
        this.metrics = metrics;
        this.validator = validator;
        this.json = json;
    }

    // short CPU work with no I/O: answered on the event loop, without a hop to a worker thread
    @NonBlocking
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question from the FAQ",
            description = "Finds the FAQ item(s) answering a Japanese question; answered=false when none does.")
    @APIResponse(responseCode = "200", description = "The answer, or answered=false with the contact desk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AskResponse.class)))
    public byte[] ask(AskRequest request,
                      @HeaderParam("X-Kenpo-Channel") String channel,
                      @Parameter(hidden = true) @HeaderParam("Content-Length") Long length) throws JsonProcessingException {
        long start = System.nanoTime();
        LocalDate today = AsOfReader.today();
        // an identical request was valid when it was answered: a hit needs no validation
        AnswerCache.Cached cached = request == null ? null : cache.get(request, today);
        if (cached != null) {
            metrics.record(Channel.fromHeader(channel), cached.outcome(), System.nanoTime() - start);
            return cached.json();
        }
        validate(request);
        Answer answer = answers.ask(request.toQuestion(channel, today));
        byte[] body = json.writeValueAsBytes(AskResponse.of(answer));
        cache.put(request, today, length == null ? 0 : length, new AnswerCache.Cached(body, answer.outcome()));
        return body;
    }

    private void validate(AskRequest request) {
        if (request == null) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("body", "is required: a JSON body with a question")));
        }
        Set<ConstraintViolation<AskRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
