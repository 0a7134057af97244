package com.calltriage.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.calltriage.graph.GraphDirectoryRoles;
import com.calltriage.graph.GraphSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Microsoft Graph and its token endpoint as WireMock plays them, for every test that talks to Graph over HTTP:
 * one server, plain http, Graph under {@code /v1.0} and the home tenant's token endpoint under
 * {@code /{tenant}/oauth2/v2.0/token}. Clients are pointed at it with {@link #settings}, a running server with
 * {@link #register}; the other methods say what Graph answers, one area of its API after the other, and count
 * what it was asked.
 */
public final class GraphAtWireMock {
    public static final String TENANT = DemoFixtures.HOME_TENANT;
    public static final String CLIENT_ID = "calltriage-app";
    public static final String SECRET = "n0t-a-real~secret";
    public static final String TOKEN = "eyJ0eXAiOiJKV1QifQ.graph-token";
    public static final String TOKEN_PATH = tokenPath(TENANT);
    public static final String USERS = "/v1.0/users";
    public static final String CALL_RECORDS = "/v1.0/communications/callRecords";
    public static final String SUBSCRIPTIONS = "/v1.0/subscriptions";
    /** Where the call records subscription of these tests has Graph post its notifications. */
    public static final String NOTIFICATION_URL = "https://calltriage.contoso.com/api/graph/notifications";

    /** Entra directory role templates, by the role they stand for. */
    public static final String SPECIALIST = "fcf91098-03e3-41a9-b5ba-6f0ec8188a12";
    public static final String ENGINEER = "f70938a0-fc10-4177-9e90-2178f8765737";
    public static final String TEAMS_ADMINISTRATOR = "69091246-20e8-4a56-aa4d-066075b2a7a8";
    public static final String TEAMS_COMMUNICATIONS_ADMINISTRATOR = "baf37b3a-610e-45da-9e62-d9d1e5e8914b";
    public static final String GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final WireMockExtension server;

    public GraphAtWireMock(WireMockExtension server) {
        this.server = server;
    }

    // Pointing clients and servers at it

    /** The app registration of the home tenant, with Graph and the token endpoint on this server. */
    public GraphSettings settings(Duration timeout) {
        return new GraphSettings(TENANT, CLIENT_ID, SECRET, server.baseUrl() + "/v1.0",
                server.baseUrl() + "/{tenant-id}/oauth2/v2.0/token", timeout);
    }

    /** Role lookups whose token and cache both go by the test's clock. */
    public GraphDirectoryRoles roles(String managerGroupId, Duration timeout, TestClock clock) {
        return new GraphDirectoryRoles(settings(timeout), managerGroupId, GraphDirectoryRoles.DEFAULT_CACHE_TTL,
                clock, clock);
    }

    /** Configures a server under test with the same app registration as {@link #settings}. */
    public static void register(DynamicPropertyRegistry registry, WireMockExtension graph) {
        registry.add("calltriage.tenant-id", () -> TENANT);
        registry.add("calltriage.graph.client-id", () -> CLIENT_ID);
        registry.add("calltriage.graph.client-secret", () -> SECRET);
        registry.add("calltriage.graph.base-url", () -> graph.baseUrl() + "/v1.0");
        registry.add("calltriage.graph.token-url", () -> graph.baseUrl() + "/{tenant-id}/oauth2/v2.0/token");
    }

    // The token endpoint

    /** The tenant's token endpoint issues one token, valid for an hour; for tests that hold only the server. */
    public static void issuesTokens(WireMockExtension graph, String tenantId) {
        graph.stubFor(post(urlEqualTo(tokenPath(tenantId))).willReturn(okJson(tokenJson(TOKEN, 3599))));
    }

    /** The token endpoint issues {@link #TOKEN}, valid for an hour. */
    public void issuesTokens() {
        tokenEndpointIssues(TOKEN, 3599);
    }

    public void tokenEndpointIssues(String token, long expiresInSeconds) {
        tokenEndpointAnswers(okJson(tokenJson(token, expiresInSeconds)));
    }

    public void tokenEndpointAnswers(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(answer));
    }

    public int tokenRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).size();
    }

    /** A client credentials grant as Entra answers it. */
    public static String tokenJson(String token, long expiresIn) {
        return "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"ext_expires_in\":" + expiresIn
                + ",\"access_token\":\"" + token + "\"}";
    }

    // Any request

    /** Requests with this method to this exact URL get this answer. */
    public void answers(String method, String url, ResponseDefinitionBuilder answer) {
        server.stubFor(WireMock.request(method, urlEqualTo(url)).willReturn(answer));
    }

    /**
     * Requests with this method to this path (any query) get these answers one after another; the last one
     * repeats, as a Graph that keeps failing would.
     */
    public void answersInTurn(String method, String path, ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i + 1 < answers.length ? "answer " + (i + 2) : state;
            server.stubFor(WireMock.request(method, urlPathEqualTo(path)).inScenario(method + " " + path)
                    .whenScenarioStateIs(state).willSetStateTo(next).willReturn(answers[i]));
            state = next;
        }
    }

    /**
     * The collection at this path comes in two pages: the first, asked for without {@code $skiptoken}, links to
     * the second with an absolute nextLink carrying this skiptoken, as Graph links its pages.
     *
     * @param firstPage the first page's body, given the link to the second
     */
    public void answersInTwoPages(String path, String skiptoken, Function<String, String> firstPage,
                                  String secondPage) {
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("$skiptoken", equalTo(skiptoken))
                .willReturn(okJson(secondPage)));
        server.stubFor(get(urlPathEqualTo(path)).atPriority(9)
                .willReturn(okJson(firstPage.apply(server.baseUrl() + path + "?$skiptoken=" + skiptoken))));
    }

    /** An error as Graph sends one: the status and a JSON body naming its code. */
    public static ResponseDefinitionBuilder error(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"Stand-in error\"}}");
    }

    /** A collection page, {@code {"value": [...], "@odata.nextLink": ...}}; no next link when it is null. */
    public static String page(List<? extends JsonNode> values, String nextLink) {
        ObjectNode page = JSON.objectNode();
        if (nextLink != null) {
            page.put("@odata.nextLink", nextLink);
        }
        values.forEach(page.putArray("value")::add);
        return page.toString();
    }

    /** These JSON values as the only page of a collection, {@code {"value": [...]}}. */
    public static String onePage(String... values) {
        return "{\"value\": [" + String.join(", ", values) + "]}";
    }

    // Users

    /** A search of the directory's users that selects exactly these fields finds this page. */
    public void usersAnswer(String select, String json) {
        server.stubFor(get(urlPathEqualTo(USERS)).withQueryParam("$select", equalTo(select))
                .willReturn(okJson(json)));
    }

    /** Any search of the directory's users gets this answer. */
    public void usersAnswer(ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(USERS)).willReturn(answer));
    }

    // Directory roles

    /** The user holds these directory roles, all on one page. */
    public void userHolds(String objectId, String... templateIds) {
        directoryRolesAnswer(objectId, okJson(rolesPage(List.of(templateIds), null)));
    }

    /** The user's directory roles come in pages, each linked to the next by an absolute nextLink. */
    public void userHoldsOnPages(String objectId, List<List<String>> pages) {
        for (int i = 0; i < pages.size(); i++) {
            String url = i == 0 ? directoryRolesUrl(objectId) : "/v1.0/pages/" + i;
            String next = i + 1 < pages.size() ? server.baseUrl() + "/v1.0/pages/" + (i + 1) : null;
            server.stubFor(get(urlEqualTo(url)).willReturn(okJson(rolesPage(pages.get(i), next))));
        }
    }

    public void directoryRolesAnswer(String objectId, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlEqualTo(directoryRolesUrl(objectId))).willReturn(answer));
    }

    /** checkMemberGroups for the user finds these of the groups asked about. */
    public void memberOf(String objectId, String... groupIds) {
        ObjectNode answer = JSON.objectNode();
        ArrayNode value = answer.putArray("value");
        List.of(groupIds).forEach(value::add);
        server.stubFor(post(urlEqualTo(checkMemberGroupsUrl(objectId))).willReturn(okJson(answer.toString())));
    }

    public int directoryRoleRequests(String objectId) {
        return server.findAll(getRequestedFor(urlEqualTo(directoryRolesUrl(objectId)))).size();
    }

    public static String directoryRolesUrl(String encodedObjectId) {
        return USERS + "/" + encodedObjectId
                + "/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId";
    }

    public static String checkMemberGroupsUrl(String encodedObjectId) {
        return USERS + "/" + encodedObjectId + "/checkMemberGroups";
    }

    private static String rolesPage(List<String> templateIds, String nextLink) {
        return page(templateIds.stream().map(templateId -> JSON.objectNode()
                .put("@odata.type", "#microsoft.graph.directoryRole")
                .put("id", "role-object-" + templateId.substring(0, 8))
                .put("displayName", "Role " + templateId.substring(0, 8))
                .put("roleTemplateId", templateId)).toList(), nextLink);
    }

    // Call records

    /** Each record is fetched whole by its id. */
    public void serves(CallRecordJson... calls) {
        for (CallRecordJson call : calls) {
            callRecordAnswers(call.id(), okJson(call.json()));
        }
    }

    /** A fetch of the record with this id, whatever it expands, gets this answer. */
    public void callRecordAnswers(String id, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(CALL_RECORDS + "/" + id)).willReturn(answer));
    }

    /** Listing call records, for any window, finds these on one page: {@code {"id": ..., "version": ...}}. */
    public void listsCallRecords(String... listed) {
        server.stubFor(get(urlPathEqualTo(CALL_RECORDS)).willReturn(okJson(onePage(listed))));
    }

    // Subscriptions

    /** Listing subscriptions finds these on one page. */
    public void listsSubscriptions(String... subscriptions) {
        answers("GET", SUBSCRIPTIONS, okJson(onePage(subscriptions)));
    }

    /** Creating a subscription makes this one. */
    public void createsSubscription(String id, Instant expiry) {
        answers("POST", SUBSCRIPTIONS, okJson(subscription(id, expiry)));
    }

    /** Renewing this subscription grants this expiry. */
    public void renewsSubscription(String id, Instant expiry) {
        answers("PATCH", SUBSCRIPTIONS + "/" + id, okJson(subscription(id, expiry)));
    }

    /** A call records subscription to {@link #NOTIFICATION_URL}, as {@code /subscriptions} answers. */
    public static String subscription(String id, Instant expiry) {
        return subscription(id, NOTIFICATION_URL, expiry);
    }

    public static String subscription(String id, String notificationUrl, Instant expiry) {
        return "{\"id\": \"" + id + "\", \"resource\": \"/communications/callRecords\", "
                + "\"changeType\": \"created,updated\", \"notificationUrl\": \"" + notificationUrl + "\", "
                + "\"expirationDateTime\": \"" + expiry.toString().replace("Z", ".0000000Z") + "\"}";
    }

    private static String tokenPath(String tenantId) {
        return "/" + tenantId + "/oauth2/v2.0/token";
    }
}
