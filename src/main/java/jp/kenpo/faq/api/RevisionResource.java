package jp.kenpo.faq.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kenpo.faq.editing.AuditEntry;
import jp.kenpo.faq.editing.CorpusChange;
import jp.kenpo.faq.editing.Revision;
import jp.kenpo.faq.editing.Revisions;
import jp.kenpo.faq.edition.ServedEdition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The FAQ manager's changes (role {@code editor}): stage a change and see its figures, publish it to every replica,
 * restore an earlier revision, and read the audit.
 */
@Path("/api/v1/editor")
@RolesAllowed("editor")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "agentLogin")
public class RevisionResource {

    /** The content type of a spreadsheet import, as the export writes it. */
    static final String CSV = "text/csv";

    private final Revisions revisions;
    private final ServedEdition served;
    private final SecurityIdentity identity;

    public RevisionResource(Revisions revisions, ServedEdition served, SecurityIdentity identity) {
        this.revisions = revisions;
        this.served = served;
        this.identity = identity;
    }

    /**
     * The FAQ's revisions.
     *
     * @param servedRevision the revision this replica serves (0: the FAQ as shipped)
     * @param revisions      the newest first
     */
    public record RevisionList(long servedRevision, List<Revision> revisions) {}

    /** The audit, newest first. */
    public record Audit(List<AuditEntry> entries) {}

    @GET
    @Path("/revisions")
    @Operation(summary = "List the FAQ's revisions (editors)", description = "The newest first, with their figures.")
    public RevisionList list() {
        List<Revision> all = revisions.list();
        return new RevisionList(served.current().revision(), all);
    }

    @POST
    @Path("/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Stage a change (editors)",
            description = "Builds the FAQ with the change beside the served one and asks both the corpus's checks;"
                    + " nothing is served until the revision is published.")
    @APIResponse(responseCode = "201", description = "Staged, with its figures")
    public Response stage(@NotNull(message = "is required: a JSON body with kind") @Valid ChangeRequest request) {
        return created(revisions.stage(request.change(), editor()));
    }

    @POST
    @Path("/revisions")
    @Consumes(CSV)
    @Operation(
            summary = "Stage a spreadsheet import (editors)",
            description = "RFC 4180 CSV with the header id,question,answer[,category][,alternates], as"
                    + " /api/v1/agent/faq.csv exports it: texts and 言い換え of the same ids are replaced, new ids"
                    + " added; every item of the FAQ must be in it.")
    @APIResponse(responseCode = "201", description = "Staged, with its figures")
    public Response importSheet(@NotBlank(message = "is required: the spreadsheet as CSV") String csv) {
        return created(revisions.stage(new CorpusChange.Sheet(csv), editor()));
    }

    @POST
    @Path("/revisions/{id}/publish")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(
            responseCode = "409",
            description = "It answers the checks worse, another revision was published since, or it is not staged")
    @Operation(
            summary = "Publish a staged revision (editors)",
            description = "Served here at once and by every replica within seconds; refused (409) when it answers"
                    + " the checks worse or another revision was published after it was staged.")
    public Revision publish(@PathParam("id") long id) {
        return revisions.publish(id, editor());
    }

    @POST
    @Path("/revisions/{id}/restore")
    @Operation(
            summary = "Restore a revision (editors)",
            description = "Serves again what a published revision served (0: the FAQ as shipped), as a new revision.")
    @APIResponse(responseCode = "201", description = "Restored and published")
    @APIResponse(responseCode = "409", description = "The revision was never published")
    public Response restore(@PathParam("id") long id) {
        return created(revisions.restore(id, editor()));
    }

    @POST
    @Path("/revisions/{id}/discard")
    @Operation(summary = "Discard a staged revision (editors)")
    @APIResponse(responseCode = "200", description = "Discarded")
    @APIResponse(responseCode = "409", description = "The revision is not staged")
    public Revision discard(@PathParam("id") long id) {
        return revisions.discard(id, editor());
    }

    @POST
    @Path("/dismissals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Take a question off the attention list (editors)",
            description = "The question as the attention list shows it; asked again in the same words, it stays off.")
    @APIResponse(responseCode = "204", description = "Dismissed")
    public void dismiss(@NotNull(message = "is required: a JSON body with question") @Valid DismissalRequest request) {
        revisions.dismiss(request.question(), editor());
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Who changed the FAQ, when, how, with which figures (editors)")
    public Audit audit() {
        return new Audit(revisions.audit());
    }

    private String editor() {
        return identity.getPrincipal().getName();
    }

    private static Response created(Revision revision) {
        return Response.status(Response.Status.CREATED).entity(revision).build();
    }
}
