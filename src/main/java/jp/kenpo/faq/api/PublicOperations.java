package jp.kenpo.faq.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with what every operation shares, so that a reader (and a linter) sees it:
 * <ul>
 *   <li>an operation that needs no login is marked public ({@code security: []}), so "no login needed" differs from
 *       "forgot to say"; operations for agents and editors carry the {@code agentLogin} cookie scheme, added from
 *       their {@code @RolesAllowed};
 *   <li>every error an operation can answer is documented as {@code application/problem+json} with the
 *       {@link Problem} schema: the statuses its resource declares, and those every operation of its shape gets from
 *       the mappers in front of it (400 for a parameter or body, 401/403 for a login, 404 for a path id, 413 for a
 *       body over the limit).
 * </ul>
 */
public class PublicOperations implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> SHARED_ERRORS = Map.of(
            "400", "The request is not valid: problem details name each invalid field",
            "401", "Not logged in: log in through the agent console first",
            "403", "Logged in without the role this operation needs",
            "404", "No such item or answer",
            "413", "The request body is larger than the API accepts");

    /**
     * Operations that read or write the question log answer 503 while its database cannot be reached (answering goes
     * on). Said here rather than on each resource: an {@code @APIResponse} there would replace the generated 200.
     */
    private static final Map<String, String> QUESTION_LOG_PATHS = Map.of(
            "/api/v1/editor/", "The question log's database cannot be reached; answering goes on",
            "/api/v1/feedback", "The question log's database cannot be reached to check the answer id");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> documentErrors(path, method, operation)));
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        return operation;
    }

    private static void documentErrors(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean needsLogin =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        Map<String, Boolean> applies = new LinkedHashMap<>();
        applies.put("400", hasBody || hasParameters);
        applies.put("401", needsLogin);
        applies.put("403", needsLogin);
        applies.put("404", path.contains("{"));
        applies.put("413", hasBody && method != PathItem.HttpMethod.GET);
        QUESTION_LOG_PATHS.forEach((prefix, description) -> {
            if (path.startsWith(prefix) && !responses.hasAPIResponse("503")) {
                responses.addAPIResponse("503", OASFactory.createAPIResponse().description(description));
            }
        });
        applies.forEach((status, yes) -> {
            if (yes && !responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(SHARED_ERRORS.get(status)));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                asProblem(response);
            }
        });
    }

    private static void asProblem(APIResponse response) {
        Content content = OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        response.setContent(content);
    }

    /** RFC 9457 problem details, as {@link Problem} writes them. */
    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text("The invalid field, by its JSON path"))
                .addProperty("message", text("What a valid value looks like (never the value sent)"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; never a class name, a stack trace or the member's data")
                .addProperty("type", text("A URI naming the kind of problem; about:blank for plain HTTP statuses"))
                .addProperty("title", text("A short human title"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .description("The HTTP status"))
                .addProperty("detail", text("What went wrong with this request"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(fieldError)
                                .description("One entry per invalid field, for validation problems"))
                .required(java.util.List.of("title", "status"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
