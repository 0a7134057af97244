package com.calltriage.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.calltriage.demo.DemoTenant;
import com.calltriage.ingest.subscription.SubscriptionKeeper;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.GraphAtWireMock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Microsoft Graph for the replicas of the proof, played by WireMock on a free port of 127.0.0.1: tokens, the demo
 * support staff's directory roles, one subscription of ours that is about to lapse (so it is renewed, once), and the
 * call records notifications name, each answered after a delay as a busy Graph would.
 */
final class GraphStandIn implements AutoCloseable {
    static final String CLIENT_ID = "calltriage-proof";
    static final String SECRET = "n0t-a-real~proof-secret";
    static final String CLIENT_STATE = "proof-client-state";
    static final String SUBSCRIPTION = "proof-subscription";
    private static final String SUBSCRIPTIONS = "/v1.0/subscriptions";

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .bindAddress("127.0.0.1").containerThreads(40));

    /** @param now when the replicas start; Graph's dates carry whole seconds */
    GraphStandIn(Instant now) {
        now = now.truncatedTo(ChronoUnit.SECONDS);
        server.start();
        server.stubFor(post(urlPathMatching("/[^/]+/oauth2/v2.0/token"))
                .willReturn(okJson(GraphAtWireMock.tokenJson("proof-token", 3599))));
        roles("sam", GraphAtWireMock.SPECIALIST);
        roles("erin", GraphAtWireMock.ENGINEER);
        server.stubFor(get(urlPathEqualTo("/v1.0/users")).willReturn(okJson("{\"value\": []}")));
        server.stubFor(get(urlPathEqualTo("/v1.0/communications/callRecords")).willReturn(okJson("{\"value\": []}")));
        server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson(GraphAtWireMock.onePage(
                GraphAtWireMock.subscription(SUBSCRIPTION, now.plusSeconds(3_600))))));
        server.stubFor(patch(urlPathEqualTo(SUBSCRIPTIONS + "/" + SUBSCRIPTION)).willReturn(okJson(
                GraphAtWireMock.subscription(SUBSCRIPTION, now.plus(SubscriptionKeeper.LIFETIME)))));
        server.stubFor(post(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(aResponse().withStatus(500)));
    }

    /** Graph serves these records, each after {@code delayMillis}. */
    void serves(List<CallRecordJson> calls, int delayMillis) {
        for (CallRecordJson call : calls) {
            server.stubFor(get(urlPathEqualTo("/v1.0/communications/callRecords/" + call.id()))
                    .willReturn(okJson(call.json()).withFixedDelay(delayMillis)));
        }
    }

    /** The replicas' settings for Graph: this stand-in, the proof's app registration and notification URL. */
    List<String> settings() {
        String base = "http://127.0.0.1:" + server.port();
        return List.of("--calltriage.tenant-id=" + DemoTenant.HOME_TENANT_ID,
                "--calltriage.graph.client-id=" + CLIENT_ID, "--calltriage.graph.client-secret=" + SECRET,
                "--calltriage.graph.base-url=" + base + "/v1.0",
                "--calltriage.graph.token-url=" + base + "/{tenant-id}/oauth2/v2.0/token",
                "--calltriage.graph.notification-url=" + GraphAtWireMock.NOTIFICATION_URL,
                "--calltriage.graph.client-state=" + CLIENT_STATE);
    }

    int renewals() {
        return server.findAll(patchRequestedFor(urlPathEqualTo(SUBSCRIPTIONS + "/" + SUBSCRIPTION))).size();
    }

    int creations() {
        return server.findAll(postRequestedFor(urlPathEqualTo(SUBSCRIPTIONS))).size();
    }

    private void roles(String alias, String templateId) {
        String path = "/v1.0/users/" + DemoTenant.objectIdOf(alias)
                + "/transitiveMemberOf/microsoft.graph.directoryRole";
        server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"value\": [{\"@odata.type\": "
                + "\"#microsoft.graph.directoryRole\", \"id\": \"role-" + alias + "\", \"displayName\": \"Role\", "
                + "\"roleTemplateId\": \"" + templateId + "\"}]}")));
    }

    @Override
    public void close() {
        server.stop();
    }
}
