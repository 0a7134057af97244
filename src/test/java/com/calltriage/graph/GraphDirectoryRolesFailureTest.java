package com.calltriage.graph;

import static com.calltriage.testing.GraphAtWireMock.SECRET;
import static com.calltriage.testing.GraphAtWireMock.SPECIALIST;
import static com.calltriage.testing.GraphAtWireMock.TOKEN;
import static com.calltriage.testing.GraphAtWireMock.error;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.access.RoleLookupException;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** Every way a lookup can fail refuses the caller with a sentence they can act on, and is not remembered. */
class GraphDirectoryRolesFailureTest {
    private static final String ALICE = GraphUser.alice().id();
    private static final String MANAGERS = "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock graph = new GraphAtWireMock(server);
    private final TestClock clock = new TestClock(Instant.parse("2025-03-10T09:00:00Z"));
    private GraphDirectoryRoles roles;

    @BeforeEach
    void entraIssuesATokenForAnHour() {
        graph.issuesTokens();
        roles = graph.roles(null, Duration.ofSeconds(2), clock);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(error(403, "Authorization_RequestDenied"), "Microsoft Graph refused to tell me "
                        + "your directory roles (403): CallTriage needs the RoleManagement.Read.Directory and "
                        + "GroupMember.Read.All application permissions; ask your Teams administrator."),
                Arguments.of(error(429, "TooManyRequests").withHeader("Retry-After", "30"),
                        "Microsoft Graph is throttling CallTriage right now (429); try again in a minute."),
                Arguments.of(error(500, "generalException"),
                        "Microsoft Graph failed while looking up your roles (HTTP 500); try again in a minute."),
                Arguments.of(aResponse().withStatus(503).withBody("Service Unavailable"),
                        "Microsoft Graph failed while looking up your roles (HTTP 503); try again in a minute."),
                Arguments.of(error(401, "InvalidAuthenticationToken"), "CallTriage could not sign in to "
                        + "Microsoft Graph to look up your roles; ask your Teams administrator to check its app "
                        + "registration."),
                Arguments.of(error(404, "Request_ResourceNotFound"), "Microsoft Graph could not look up your "
                        + "roles (HTTP 404); ask your Teams administrator."),
                Arguments.of(okJson("<html>Sign in</html>"), "Microsoft Graph sent an answer CallTriage could not "
                        + "read while looking up your roles; try again in a minute."));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("refusals")
    void aRefusedLookupSaysWhatHappenedAndTheNextQuestionAsksGraphAgain(ResponseDefinitionBuilder answer,
                                                                         String sentence) {
        graph.directoryRolesAnswer(ALICE, answer);

        assertThatThrownBy(() -> roles.rolesOf(alice())).isInstanceOf(RoleLookupException.class)
                .hasMessage(sentence);

        graph.userHolds(ALICE, SPECIALIST);
        assertThat(roles.rolesOf(alice())).containsExactly(Role.SPECIALIST);
        assertThat(graph.directoryRoleRequests(ALICE)).isEqualTo(2);
    }

    @Test
    void aGraphThatDoesNotAnswerInTimeIsRefusedAndAskedAgainNextTime() {
        roles = graph.roles(null, Duration.ofMillis(300), clock);
        graph.directoryRolesAnswer(ALICE, okJson("{\"value\":[]}").withFixedDelay(1500));

        assertThatThrownBy(() -> roles.rolesOf(alice())).isInstanceOf(RoleLookupException.class)
                .hasMessage("Microsoft Graph did not answer in time while looking up your roles; "
                        + "try again in a minute.");

        graph.userHolds(ALICE, SPECIALIST);
        assertThat(roles.rolesOf(alice())).containsExactly(Role.SPECIALIST);
        assertThat(graph.directoryRoleRequests(ALICE)).isEqualTo(2);
    }

    @Test
    void aTokenEndpointRefusalIsASignInProblemAndNeverShowsTheSecret() {
        graph.tokenEndpointAnswers(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client "
                        + "secret provided (" + SECRET + ").\",\"error_codes\":[7000215]}"));
        graph.userHolds(ALICE, SPECIALIST);

        RoleLookupException refusal = catchThrowableOfType(() -> roles.rolesOf(alice()), RoleLookupException.class);

        assertThat(refusal.whatHappened()).isEqualTo("CallTriage could not sign in to Microsoft Graph to look up "
                + "your roles; ask your Teams administrator to check its app registration.");
        assertThat(refusal.getCause()).hasMessageContainingAll("401", "invalid_client", "AADSTS7000215");
        assertThat(refusal.getMessage() + refusal.getCause().getMessage()).doesNotContain(SECRET);
        assertThat(graph.directoryRoleRequests(ALICE)).isZero();

        graph.tokenEndpointIssues(TOKEN, 3599);
        assertThat(roles.rolesOf(alice())).containsExactly(Role.SPECIALIST);
    }

    @Test
    void aFailedManagersCheckRefusesEvenWhenTheDirectoryRolesWereFound() {
        roles = graph.roles(MANAGERS, Duration.ofSeconds(2), clock);
        graph.userHolds(ALICE, SPECIALIST);
        graph.answers("POST", GraphAtWireMock.checkMemberGroupsUrl(ALICE), aResponse().withStatus(503));

        assertThatThrownBy(() -> roles.rolesOf(alice())).isInstanceOf(RoleLookupException.class)
                .hasMessageContaining("(HTTP 503)");
    }

    @Test
    void aFailureIsLoggedOnceAtWarnWithObjectIdAndStatusButNoToken() {
        Logger log = (Logger) LoggerFactory.getLogger(GraphDirectoryRoles.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            graph.directoryRolesAnswer(ALICE, error(403, "Authorization_RequestDenied"));

            assertThatThrownBy(() -> roles.rolesOf(alice())).isInstanceOf(RoleLookupException.class);

            assertThat(lines.list).singleElement().satisfies(line -> {
                assertThat(line.getLevel()).isEqualTo(Level.WARN);
                assertThat(line.getFormattedMessage()).contains(ALICE, "403", "Authorization_RequestDenied")
                        .doesNotContain(TOKEN);
            });
        } finally {
            log.detachAppender(lines);
        }
    }

    private static Caller alice() {
        return new Caller(ALICE, "Alice Wong", GraphAtWireMock.TENANT);
    }
}
