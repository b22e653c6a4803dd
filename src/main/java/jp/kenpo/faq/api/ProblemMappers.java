package jp.kenpo.faq.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import jp.kenpo.faq.problem.ProblemException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into RFC 9457 problem details with the right status, and nothing internal. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper json;

    public ProblemMappers(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail =
                errors.stream().map(Problem.FieldError::message).distinct().collect(Collectors.joining("; "));
        return respond(new Problem("about:blank", "Invalid request", 400, detail, errors));
    }

    /** Quarkus has a built-in mapper for this subtype; ours must be as specific to win. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (!isSyntaxError(e)
                && e instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            List<Problem.FieldError> errors = BindingErrors.of(mapping);
            String detail = errors.stream()
                    .map(f -> f.field() + " "
                            + (f.message().equals(BindingErrors.WRONG_TYPE)
                                    ? "has a value of the wrong type"
                                    : f.message()))
                    .collect(Collectors.joining("; "));
            return respond(new Problem("about:blank", "Invalid request", 400, detail, errors));
        }
        return respond(Problem.of(400, "Malformed JSON", "The request body is not valid JSON."));
    }

    @ServerExceptionMapper
    public Response invalidFields(InvalidFieldsException e) {
        String detail =
                e.errors().stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("about:blank", "Invalid request", 400, detail, e.errors()));
    }

    @ServerExceptionMapper
    public Response notLoggedIn(io.quarkus.security.UnauthorizedException e) {
        return respond(Problem.of(401, "Unauthorized", "Log in first."));
    }

    @ServerExceptionMapper
    public Response notAllowed(io.quarkus.security.ForbiddenException e) {
        return respond(
                Problem.of(403, "Forbidden", "Your account does not have the role this needs (agent or editor)."));
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRequestsException e) {
        return Response.fromResponse(problem(e))
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }

    /** Failures that carry their own status and wording, from whichever package threw them. */
    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(Problem.of(e.status(), e.title(), e.detail()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException parse) {
            return unreadable(parse);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("request failed", e);
            return respond(Problem.of(500, "Internal error", "The request could not be processed."));
        }
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), null));
    }

    /**
     * A body that could not be read: the client went away, or a chunked body overran the size limit and Quarkus
     * has already answered 413 and closed the connection — then there is nothing left to write.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, io.vertx.core.http.HttpServerResponse response) {
        if (response.ended() || response.closed()) {
            LOG.debug("request body not read: response already sent");
            return null;
        }
        return respond(Problem.of(400, "Unreadable body", "The request body could not be read."));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return respond(Problem.of(500, "Internal error", "The request could not be processed."));
    }

    private static boolean isSyntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    private Response respond(Problem problem) {
        try {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(json.writeValueAsString(problem))
                    .build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** {@code ask.request.limit} → {@code limit}; a violation on the whole body → {@code body}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
                field = node.getName();
            }
        }
        return field;
    }
}
