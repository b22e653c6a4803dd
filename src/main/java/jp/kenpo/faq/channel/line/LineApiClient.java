package jp.kenpo.faq.channel.line;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** LINE Messaging API, base URL from {@code quarkus.rest-client.line-api.url}. */
@RegisterRestClient(configKey = "line-api")
@Path("/v2/bot/message")
public interface LineApiClient {

    @POST
    @Path("/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    void reply(@HeaderParam("Authorization") String bearerToken, ReplyRequest request);
}
