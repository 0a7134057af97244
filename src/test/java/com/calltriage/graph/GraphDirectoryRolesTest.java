package com.calltriage.graph;

import static com.calltriage.testing.GraphAtWireMock.ENGINEER;
import static com.calltriage.testing.GraphAtWireMock.GLOBAL_READER;
import static com.calltriage.testing.GraphAtWireMock.SPECIALIST;
import static com.calltriage.testing.GraphAtWireMock.TEAMS_ADMINISTRATOR;
import static com.calltriage.testing.GraphAtWireMock.TEAMS_COMMUNICATIONS_ADMINISTRATOR;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphDirectoryRolesTest {
    private static final String ALICE = GraphUser.alice().id();
    private static final String MANAGERS = "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock graph = new GraphAtWireMock(server);
    private final TestClock clock = new TestClock(Instant.parse("2025-03-10T09:00:00Z"));
    private GraphDirectoryRoles roles;

    @BeforeEach
    void entraIssuesATokenForAnHourAndNoManagersGroupIsConfigured() {
        graph.tokenEndpointIssues("token-1", 3599);
        roles = graphRoles(null);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
        SPECIALIST + ", SPECIALIST",
        ENGINEER + ", ENGINEER",
        TEAMS_ADMINISTRATOR + ", ADMIN",
        TEAMS_COMMUNICATIONS_ADMINISTRATOR + ", ADMIN",
    })
    void eachTeamsDirectoryRoleGrantsItsRole(String templateId, Role granted) {
        graph.userHolds(ALICE, templateId);

        assertThat(roles.rolesOf(alice())).containsExactly(granted);
    }

    @Test
    void aDirectoryRoleThatIsNotATeamsRoleGrantsNothing() {
        graph.userHolds(ALICE, GLOBAL_READER);

        assertThat(roles.rolesOf(alice())).isEmpty();
    }

    @Test
    void aSpecialistWhoIsAlsoAnEngineerHoldsBoth() {
        graph.userHolds(ALICE, SPECIALIST, GLOBAL_READER, ENGINEER);

        assertThat(roles.rolesOf(alice())).containsExactlyInAnyOrder(Role.SPECIALIST, Role.ENGINEER);
    }

    @Test
    void aCallerWithoutAnObjectIdHoldsNothingAndGraphIsNotAsked() {
        assertThat(roles.rolesOf(new Caller(null, "Someone", GraphAtWireMock.TENANT))).isEmpty();
        assertThat(roles.rolesOf(new Caller("  ", "Someone", GraphAtWireMock.TENANT))).isEmpty();

        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void theObjectIdIsTrimmedLowerCasedAndEncodedIntoThePath() {
        graph.userHolds("a%3Fb%2Fc", SPECIALIST);

        assertThat(roles.rolesOf(new Caller("  A?B/C ", "Odd", GraphAtWireMock.TENANT))).containsExactly(Role.SPECIALIST);
    }

    @Test
    void everyGraphRequestCarriesTheTokenAndItsOwnRequestId() {
        graph.userHolds(ALICE, SPECIALIST);

        roles.rolesOf(alice());

        server.verify(getRequestedFor(urlPathMatching("/v1.0/users/.*"))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .withHeader(GraphHttp.CLIENT_REQUEST_ID, matching(UUID_PATTERN)));
    }

    @Test
    void aMemberOfTheManagersGroupIsAManager() {
        roles = graphRoles(" " + MANAGERS.toUpperCase() + " ");
        graph.userHolds(ALICE);
        graph.memberOf(ALICE, MANAGERS);

        assertThat(roles.rolesOf(alice())).containsExactly(Role.MANAGER);
        server.verify(postRequestedFor(urlEqualTo(GraphAtWireMock.checkMemberGroupsUrl(ALICE)))
                .withRequestBody(equalToJson("{\"groupIds\":[\"" + MANAGERS + "\"]}")));
    }

    @Test
    void someoneOutsideTheManagersGroupIsNoManager() {
        roles = graphRoles(MANAGERS);
        graph.userHolds(ALICE, ENGINEER);
        graph.memberOf(ALICE);

        assertThat(roles.rolesOf(alice())).containsExactly(Role.ENGINEER);
    }

    @Test
    void withoutAManagersGroupMembershipIsNeverChecked() {
        roles = graphRoles("  ");
        graph.userHolds(ALICE, SPECIALIST);

        assertThat(roles.rolesOf(alice())).containsExactly(Role.SPECIALIST);
        server.verify(0, postRequestedFor(urlMatching(".*/checkMemberGroups")));
    }

    @ParameterizedTest(name = "{0} pages")
    @ValueSource(ints = {2, 3})
    void rolesOnEveryPageAreFound(int pages) {
        List<List<String>> spread = List.of(List.of(GLOBAL_READER, SPECIALIST), List.of(ENGINEER),
                List.of(TEAMS_ADMINISTRATOR)).subList(0, pages);
        graph.userHoldsOnPages(ALICE, spread);

        List<Role> onePerPage = List.of(Role.SPECIALIST, Role.ENGINEER, Role.ADMIN);
        assertThat(roles.rolesOf(alice())).containsExactlyInAnyOrderElementsOf(onePerPage.subList(0, pages));
        server.verify(pages, getRequestedFor(urlMatching("/v1.0/(users|pages)/.*")));
    }

    @Test
    void aSecondQuestionWithinTheCacheTimeDoesNotAskGraph() {
        graph.userHolds(ALICE, SPECIALIST);
        roles.rolesOf(alice());

        clock.advance(GraphDirectoryRoles.DEFAULT_CACHE_TTL.minusSeconds(1));

        assertThat(roles.rolesOf(new Caller(ALICE.toUpperCase(), "Alice", null))).containsExactly(Role.SPECIALIST);
        assertThat(graph.directoryRoleRequests(ALICE)).isEqualTo(1);
    }

    @Test
    void afterTheCacheTimeGraphIsAskedAgainAndANewAnswerCounts() {
        graph.userHolds(ALICE, SPECIALIST);
        roles.rolesOf(alice());
        graph.userHolds(ALICE, ENGINEER);

        clock.advance(GraphDirectoryRoles.DEFAULT_CACHE_TTL);

        assertThat(roles.rolesOf(alice())).containsExactly(Role.ENGINEER);
        assertThat(graph.directoryRoleRequests(ALICE)).isEqualTo(2);
    }

    @Test
    void someoneWithoutARoleIsRememberedToo() {
        graph.userHolds(ALICE);
        roles.rolesOf(alice());

        assertThat(roles.rolesOf(alice())).isEmpty();
        assertThat(graph.directoryRoleRequests(ALICE)).isEqualTo(1);
    }

    @Test
    void changingTheReturnedSetDoesNotChangeTheCachedAnswer() {
        graph.userHolds(ALICE, SPECIALIST);
        roles.rolesOf(alice()).add(Role.ADMIN);

        assertThat(roles.rolesOf(alice())).containsExactly(Role.SPECIALIST);
    }

    @Test
    void oneTokenServesSeveralLookupsUntilFiveMinutesBeforeItExpires() {
        graph.userHolds(ALICE, SPECIALIST);
        roles.rolesOf(alice());
        clock.advance(GraphDirectoryRoles.DEFAULT_CACHE_TTL);
        roles.rolesOf(alice());
        assertThat(graph.tokenRequests()).isEqualTo(1);

        graph.tokenEndpointIssues("token-2", 3599);
        // To the first token's refresh moment: the cache time already passed since it was issued.
        clock.advance(Duration.ofSeconds(3599).minus(ClientCredentialsTokens.REFRESH_MARGIN)
                .minus(GraphDirectoryRoles.DEFAULT_CACHE_TTL));
        roles.rolesOf(alice());

        assertThat(graph.tokenRequests()).isEqualTo(2);
        assertThat(graph.directoryRoleRequests(ALICE)).isEqualTo(3);
        server.verify(1, getRequestedFor(urlPathMatching("/v1.0/users/.*"))
                .withHeader("Authorization", equalTo("Bearer token-2")));
    }

    private GraphDirectoryRoles graphRoles(String managerGroupId) {
        return graph.roles(managerGroupId, TIMEOUT, clock);
    }

    private static Caller alice() {
        return new Caller(ALICE, "Alice Wong", GraphAtWireMock.TENANT);
    }
}
