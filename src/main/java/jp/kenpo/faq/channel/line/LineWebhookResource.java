package jp.kenpo.faq.channel.line;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * LINE Messaging API webhook: checks the signature on the raw body, answers 200 at once, and hands the
 * events to the dispatcher.
 */
@Path(LineWebhookResource.PATH)
public class LineWebhookResource {

    static final String PATH = "/api/v1/line/webhook";

    private final Optional<LineSignature> signature;
    private final LineDispatcher dispatcher;
    private final ObjectMapper json;

    LineWebhookResource(LineConfig config, LineDispatcher dispatcher, ObjectMapper json) {
        this.signature =
                config.channelSecret().filter(secret -> !secret.isBlank()).map(LineSignature::new);
        this.dispatcher = dispatcher;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "LINE webhook", description = "Signed by LINE with the channel secret (X-Line-Signature).")
    @APIResponse(responseCode = "200", description = "Accepted: the events are answered through LINE's reply API")
    @APIResponse(responseCode = "400", description = "The body is not JSON")
    @APIResponse(responseCode = "401", description = "X-Line-Signature is missing or does not match the body")
    @APIResponse(responseCode = "503", description = "No LINE channel secret is configured: the webhook is off")
    public Response receive(@HeaderParam("X-Line-Signature") String lineSignature, byte[] body) throws IOException {
        signature
                .orElseThrow(LineChannelDisabledException::new)
                .verify(body == null ? new byte[0] : body, lineSignature);
        dispatcher.dispatch(LineEvents.parse(json, body));
        return Response.ok().build();
    }
}
