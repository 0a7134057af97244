package com.calltriage.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The managers group's members from Graph, and the app installed for a manager the bot cannot reach yet. */
class GraphManagersTest {
    private static final String GROUP = "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String MEMBERS = "/v1.0/groups/" + GROUP + "/transitiveMembers/microsoft.graph.user";
    private static final String MANIFEST_ID = "ea24bf16-34e7-4fad-a595-e2a779a6a4b4";
    private static final String PAT = "7a0f5d1e-0000-4000-8000-00000000beef";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock graph = new GraphAtWireMock(server);
    private GraphManagers managers;

    @BeforeEach
    void entraIssuesTokens() {
        graph.issuesTokens();
        managers = new GraphManagers(graph.settings(Duration.ofSeconds(2)), GROUP, Set.of("LISTED-ONE"), MANIFEST_ID,
                new TestClock(Instant.parse("2026-11-21T08:00:00Z")));
    }

    @Test
    void theManagersAreTheGroupsUsersPageByPageAndTheListedOnes() {
        server.stubFor(get(urlPathEqualTo(MEMBERS)).withQueryParam("$select", equalTo("id"))
                .withQueryParam("$skiptoken", equalTo("2")).willReturn(okJson("{\"value\":[{\"id\":\"C3\"}]}")));
        server.stubFor(get(urlPathEqualTo(MEMBERS)).withQueryParam("$select", equalTo("id"))
                .withQueryParam("$skiptoken", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(okJson("{\"value\":[{\"id\":\"A1\"},{\"id\":\"b2\"}],\"@odata.nextLink\":\""
                        + server.baseUrl() + MEMBERS + "?$select=id&$skiptoken=2\"}")));

        assertThat(managers.managerIds()).containsExactlyInAnyOrder("listed-one", "a1", "b2", "c3");
    }

    @Test
    void aGroupThatCannotBeReadFailsTheRoundInsteadOfLookingEmpty() {
        server.stubFor(get(urlPathEqualTo(MEMBERS)).willReturn(aResponse().withStatus(403)
                .withBody("{\"error\":{\"code\":\"Authorization_RequestDenied\"}}")));

        assertThatThrownBy(managers::managerIds).isInstanceOf(UncheckedIOException.class).hasMessageContaining(GROUP);
    }

    @Test
    void theAppIsInstalledForAManagerFromTheTenantsCatalog() {
        catalogHasTheApp();
        server.stubFor(post(urlPathEqualTo("/v1.0/users/" + PAT + "/teamwork/installedApps"))
                .willReturn(aResponse().withStatus(201).withBody("{}")));

        assertThat(managers.installFor(PAT)).isTrue();

        server.verify(postRequestedFor(urlPathEqualTo("/v1.0/users/" + PAT + "/teamwork/installedApps"))
                .withRequestBody(equalToJson("{\"teamsApp@odata.bind\":\"" + server.baseUrl()
                        + "/v1.0/appCatalogs/teamsApps/catalog-app-1\"}")));
    }

    @Test
    void anAppInstalledBeforeCountsAsInstalledAndARefusalDoesNot() {
        catalogHasTheApp();
        server.stubFor(post(urlPathEqualTo("/v1.0/users/" + PAT + "/teamwork/installedApps"))
                .willReturn(aResponse().withStatus(409).withBody("{\"error\":{\"code\":\"Conflict\"}}")));
        server.stubFor(post(urlPathEqualTo("/v1.0/users/other/teamwork/installedApps"))
                .willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"Forbidden\"}}")));

        assertThat(managers.installFor(PAT)).isTrue();
        assertThat(managers.installFor("other")).isFalse();
    }

    @Test
    void anAppMissingFromTheCatalogIsNotInstalled() {
        server.stubFor(get(urlPathEqualTo("/v1.0/appCatalogs/teamsApps")).willReturn(okJson("{\"value\":[]}")));

        assertThat(managers.installFor(PAT)).isFalse();
        server.verify(0, postRequestedFor(urlPathEqualTo("/v1.0/users/" + PAT + "/teamwork/installedApps")));
    }

    private void catalogHasTheApp() {
        server.stubFor(get(urlPathEqualTo("/v1.0/appCatalogs/teamsApps"))
                .withQueryParam("$filter", equalTo("externalId eq '" + MANIFEST_ID + "'"))
                .willReturn(okJson("{\"value\":[{\"id\":\"catalog-app-1\",\"externalId\":\"" + MANIFEST_ID + "\"}]}")));
    }
}
