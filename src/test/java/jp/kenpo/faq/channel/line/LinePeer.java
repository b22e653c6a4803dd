package jp.kenpo.faq.channel.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A LINE Messaging API stand-in on loopback that accepts replies; tests read what it received. */
public class LinePeer implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/v2/bot/message/reply"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        return Map.of(
                "quarkus.rest-client.line-api.url",
                server.baseUrl(),
                "quarkus.rest-client.line-api.read-timeout",
                "1000");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
