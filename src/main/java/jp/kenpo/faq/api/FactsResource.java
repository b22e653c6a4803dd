package jp.kenpo.faq.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import jp.kenpo.faq.personalization.Fact;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The member facts the API takes, described for front-ends, which build their forms from it. Read-only, public. */
@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactsResource {

    private static final List<FactView> FACTS =
            Arrays.stream(Fact.values()).map(FactView::of).toList();

    @GET
    @Operation(
            summary = "The member facts, in asking order",
            description = "Each fact's key in member, its Japanese label, its kind, its values with Japanese labels "
                    + "and what an explicit null states.")
    @APIResponse(
            responseCode = "200",
            description = "The facts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = FactView.class)))
    public List<FactView> facts() {
        return FACTS;
    }
}
