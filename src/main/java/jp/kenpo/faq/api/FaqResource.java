package jp.kenpo.faq.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kenpo.faq.edition.ServedEdition;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The FAQ itself, item by item. */
@Path("/api/v1/faq")
@Produces(MediaType.APPLICATION_JSON)
public class FaqResource {

    private final ServedEdition served;

    public FaqResource(ServedEdition served) {
        this.served = served;
    }

    @GET
    @Operation(summary = "All FAQ items in 項番 order")
    public List<FaqItemView> all() {
        return served.current().corpus().items().stream().map(FaqItemView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One FAQ item by 項番, e.g. 5-2")
    public FaqItemView one(@PathParam("id") String id) {
        return FaqItemView.of(served.current().corpus().get(id));
    }
}
