package jp.kenpo.faq.channel.widget;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The widget's scripts. {@code /widget.js}, the address host pages embed and which must keep working, is the small
 * loader, asked again before each use; the code it loads is at {@code /widget/<version>.js}, never changes there, and
 * is kept for a year. {@code /widget/current.js} is the same code, asked again before each use: the loader's fallback
 * when a replica still on the previous release does not know the new version during a rolling update.
 */
@Path("/")
public class WidgetResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String CURRENT = "current.js";
    private static final String JAVASCRIPT = "text/javascript; charset=UTF-8";

    private final WidgetAssets assets;

    WidgetResource(WidgetAssets assets) {
        this.assets = assets;
    }

    @GET
    @Path("widget.js")
    @Operation(hidden = true)
    public Response loader(@Context Request request, @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String accepted) {
        return serve(assets.loader(), WidgetCaching.CACHE_CONTROL, request, accepted);
    }

    @GET
    @Path("widget/{file}")
    @Operation(hidden = true)
    public Response code(
            @PathParam("file") String file,
            @Context Request request,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String accepted) {
        if (file.equals(assets.version() + ".js")) {
            return serve(assets.code(), IMMUTABLE, request, accepted);
        }
        if (file.equals(CURRENT)) {
            return serve(assets.code(), WidgetCaching.CACHE_CONTROL, request, accepted);
        }
        throw new UnknownWidgetVersionException(file);
    }

    private static Response serve(WidgetAssets.Asset asset, String cacheControl, Request request, String accepted) {
        Response.ResponseBuilder response = request.evaluatePreconditions(asset.etag());
        if (response == null) {
            boolean gzip = acceptsGzip(accepted);
            response = Response.ok(gzip ? asset.gzipped() : asset.plain(), JAVASCRIPT);
            if (gzip) {
                // compressed already: the server's own compression leaves a response with an encoding alone
                response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        return response.tag(asset.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .build();
    }

    /** Whether an Accept-Encoding header accepts gzip ({@code gzip}, {@code gzip;q=0.5}, not {@code gzip;q=0}). */
    static boolean acceptsGzip(String accepted) {
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].trim().toLowerCase(Locale.ROOT).equals("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
