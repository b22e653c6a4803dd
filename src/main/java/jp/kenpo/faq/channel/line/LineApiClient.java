package jp.kenpo.faq.channel.line;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** LINE Messaging API, base URL from {@code quarkus.rest-client.line-api.url}. */
@RegisterRestClient(configKey = "line-api")
@Path("/v2/bot/message")
public interface LineApiClient {

    @POST
    @Path("/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    /** Non-blocking: a slow LINE API holds no thread, so one slow reply does not delay the next. */
    CompletionStage<Response> reply(@HeaderParam("Authorization") String bearerToken, ReplyRequest request);
}
