package com.calltriage.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.calltriage.testing.TestClock;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;

/**
 * Microsoft Graph and its token endpoint as WireMock plays them: one server, plain http, Graph under
 * {@code /v1.0} and the token endpoint under {@code /{tenant}/oauth2/v2.0/token}.
 */
final class GraphStandIn {
    static final String TENANT = "dc368399-474c-4d40-900c-6265431fd81f";
    static final String CLIENT_ID = "7a1c2f3e-calltriage";
    static final String SECRET = "n0t-a-real~secret";
    static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";
    static final String SPECIALIST = "fcf91098-03e3-41a9-b5ba-6f0ec8188a12";
    static final String ENGINEER = "f70938a0-fc10-4177-9e90-2178f8765737";
    static final String TEAMS_ADMINISTRATOR = "69091246-20e8-4a56-aa4d-066075b2a7a8";
    static final String TEAMS_COMMUNICATIONS_ADMINISTRATOR = "baf37b3a-610e-45da-9e62-d9d1e5e8914b";
    static final String GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

    private final WireMockExtension server;

    GraphStandIn(WireMockExtension server) {
        this.server = server;
    }

    GraphSettings settings(Duration timeout) {
        return new GraphSettings(TENANT, CLIENT_ID, SECRET, server.baseUrl() + "/v1.0",
                server.baseUrl() + "/{tenant-id}/oauth2/v2.0/token", timeout);
    }

    /** Role lookups whose token and cache both go by the test's clock. */
    GraphDirectoryRoles roles(String managerGroupId, Duration timeout, TestClock clock) {
        return new GraphDirectoryRoles(settings(timeout), managerGroupId, GraphDirectoryRoles.DEFAULT_CACHE_TTL,
                clock, clock);
    }

    /**
     * Requests with this method to this path (any query) get these answers one after another; the last one
     * repeats, as a Graph that keeps failing would.
     */
    void answersInTurn(String method, String path, ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i + 1 < answers.length ? "answer " + (i + 2) : state;
            server.stubFor(WireMock.request(method, urlPathEqualTo(path)).inScenario(method + " " + path)
                    .whenScenarioStateIs(state).willSetStateTo(next).willReturn(answers[i]));
            state = next;
        }
    }

    void tokenEndpointIssues(String token, long expiresInSeconds) {
        server.stubFor(post(urlEqualTo(TOKEN_PATH))
                .willReturn(okJson(ClientCredentialsTokensTest.tokenJson(token, expiresInSeconds))));
    }

    void tokenEndpointAnswers(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(answer));
    }

    /** The user holds these directory roles, all on one page. */
    void userHolds(String objectId, String... templateIds) {
        directoryRolesAnswer(objectId, okJson(page(List.of(templateIds), null)));
    }

    /** The user's directory roles come in pages, each linked to the next by an absolute nextLink. */
    void userHoldsOnPages(String objectId, List<List<String>> pages) {
        for (int i = 0; i < pages.size(); i++) {
            String url = i == 0 ? directoryRolesUrl(objectId) : "/v1.0/pages/" + i;
            String next = i + 1 < pages.size() ? server.baseUrl() + "/v1.0/pages/" + (i + 1) : null;
            server.stubFor(get(urlEqualTo(url)).willReturn(okJson(page(pages.get(i), next))));
        }
    }

    void directoryRolesAnswer(String objectId, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlEqualTo(directoryRolesUrl(objectId))).willReturn(answer));
    }

    /** checkMemberGroups for the user finds these of the groups asked about. */
    void memberOf(String objectId, String... groupIds) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode value = answer.putArray("value");
        List.of(groupIds).forEach(value::add);
        server.stubFor(post(urlEqualTo(checkMemberGroupsUrl(objectId))).willReturn(okJson(answer.toString())));
    }

    int directoryRoleRequests(String objectId) {
        return server.findAll(getRequestedFor(urlEqualTo(directoryRolesUrl(objectId)))).size();
    }

    int tokenRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).size();
    }

    static String directoryRolesUrl(String encodedObjectId) {
        return "/v1.0/users/" + encodedObjectId
                + "/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId";
    }

    static String checkMemberGroupsUrl(String encodedObjectId) {
        return "/v1.0/users/" + encodedObjectId + "/checkMemberGroups";
    }

    private static String page(List<String> templateIds, String nextLink) {
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#directoryObjects");
        if (nextLink != null) {
            page.put("@odata.nextLink", nextLink);
        }
        ArrayNode value = page.putArray("value");
        for (String templateId : templateIds) {
            value.addObject().put("@odata.type", "#microsoft.graph.directoryRole")
                    .put("id", "role-object-" + templateId.substring(0, 8))
                    .put("displayName", "Role " + templateId.substring(0, 8))
                    .put("roleTemplateId", templateId);
        }
        return page.toString();
    }

    static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status);
    }
}
