package com.calltriage.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Bot Connector service, as WireMock plays it for a bot whose activities name it as their service URL. */
final class BotConnectorStandIn {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BotConnectorStandIn() {
    }

    static WireMockExtension extension() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    }

    /** Takes every reply the bot sends, as the connector does, answering with the id it gives the reply. */
    static void acceptsReplies(WireMockExtension connector) {
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*/activities.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"reply-1\"}")));
    }

    /** Every activity the bot sent to a conversation, in the order it sent them. */
    static List<JsonNode> sentActivities(WireMockExtension connector) throws IOException {
        List<LoggedRequest> requests = new ArrayList<>(connector.findAll(
                postRequestedFor(urlPathMatching("/v3/conversations/.*"))));
        requests.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        List<JsonNode> sent = new ArrayList<>();
        for (LoggedRequest request : requests) {
            sent.add(JSON.readTree(request.getBodyAsString()));
        }
        return sent;
    }
}
