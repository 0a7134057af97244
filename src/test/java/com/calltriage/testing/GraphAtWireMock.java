package com.calltriage.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A running server whose Graph and token endpoint are one WireMock, on plain http. */
public final class GraphAtWireMock {
    private GraphAtWireMock() {
    }

    /** Points {@code calltriage.graph.base-url} and {@code token-url} at the WireMock server. */
    public static void register(DynamicPropertyRegistry registry, WireMockExtension graph) {
        registry.add("calltriage.graph.base-url", () -> graph.baseUrl() + "/v1.0");
        registry.add("calltriage.graph.token-url", () -> graph.baseUrl() + "/{tenant-id}/oauth2/v2.0/token");
    }

    /** The tenant's token endpoint issues one token, valid for an hour. */
    public static void issuesTokens(WireMockExtension graph, String tenantId) {
        graph.stubFor(post(urlPathEqualTo("/" + tenantId + "/oauth2/v2.0/token")).willReturn(okJson(
                "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"graph-token\"}")));
    }
}
