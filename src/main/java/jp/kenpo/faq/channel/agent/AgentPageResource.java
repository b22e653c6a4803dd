package jp.kenpo.faq.channel.agent;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import jp.kenpo.faq.account.Logouts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The call-centre console page, and the editors' page of what members asked. Only users with role {@code agent} get
 * the console, only users with role {@code editor} the editors' page; others are sent to the login page (not logged
 * in) or refused (logged in without the role).
 */
@Path("/agent")
public class AgentPageResource {

    static final String ROLE = "agent";
    static final String EDITOR_ROLE = "editor";

    private final SecurityIdentity identity;
    private final AgentConfig config;
    private final Logouts logouts;
    private final String cookieName;
    private final String console = read("agent/console.html");
    private final String forbidden = read("agent/forbidden.html");
    private final String editor = read("agent/editor.html");
    private final String editorForbidden = read("agent/editor-forbidden.html");

    AgentPageResource(
            SecurityIdentity identity,
            AgentConfig config,
            Logouts logouts,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.identity = identity;
        this.config = config;
        this.logouts = logouts;
        this.cookieName = cookieName;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page() {
        return serve(ROLE, console, forbidden);
    }

    /** What members asked, for editors: the questions not answered well, each item's feedback, the days. */
    @GET
    @Path("/editor")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response editorPage() {
        return serve(EDITOR_ROLE, editor, editorForbidden);
    }

    private Response serve(String role, String page, String refusal) {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create(config.loginPath())).build();
        }
        if (!identity.hasRole(role)) {
            return Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.TEXT_HTML)
                    .entity(refusal)
                    .build();
        }
        return Response.ok(page).header("Cache-Control", "no-store").build();
    }

    /**
     * Ends the session: the browser drops its cookie, and the logout is recorded, so that a copy of the cookie made
     * before it is refused too ({@link jp.kenpo.faq.account.EndedSessions}).
     */
    @POST
    @Path("/logout")
    @PermitAll
    @Operation(hidden = true)
    public Response logout() {
        if (!identity.isAnonymous()) {
            logouts.record(identity.getPrincipal().getName());
        }
        NewCookie expired = new NewCookie.Builder(cookieName)
                .path("/")
                .maxAge(0)
                .value("")
                .httpOnly(true)
                .build();
        return Response.seeOther(URI.create(config.loginPath())).cookie(expired).build();
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
