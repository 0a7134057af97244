package com.calltriage.graph;

import static com.calltriage.testing.GraphAtWireMock.USERS;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.callrecord.DirectoryUnavailableException;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People not yet seen in a call are searched in the directory by the start of their name, UPN or mail. */
class GraphUserDirectoryTest {
    private static final Duration TTL = Duration.ofMinutes(5);

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock graph = new GraphAtWireMock(server);
    private final TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
    private GraphUserDirectory directory;

    @BeforeEach
    void entraIssuesATokenForAnHour() {
        graph.issuesTokens();
        directory = new GraphUserDirectory(graph.settings(Duration.ofSeconds(2)), TTL, 100, clock, clock);
    }

    @Test
    void theSearchAsksForNameUpnOrMailStartingWithTheTermAndTheFieldsItNeeds() {
        usersAnswer("""
                {"value": [{"id": "5d6e7f80-aaaa-4bbb-8ccc-1234567890ab", "displayName": "Newbie Nguyen",
                            "userPrincipalName": "newbie@contoso.com", "mail": "newbie.nguyen@contoso.com"}]}""");

        List<KnownUser> found = directory.search("newbie", 8);

        assertThat(found).containsExactly(new KnownUser("5d6e7f80-aaaa-4bbb-8ccc-1234567890ab", "Newbie Nguyen",
                "newbie@contoso.com", GraphAtWireMock.TENANT, null));
        LoggedRequest request = onlyRequest();
        assertThat(request.queryParameter("$filter").firstValue()).isEqualTo("startswith(displayName,'newbie') "
                + "or startswith(userPrincipalName,'newbie') or startswith(mail,'newbie')");
        assertThat(request.queryParameter("$select").firstValue()).isEqualTo("id,displayName,userPrincipalName,mail");
        assertThat(request.queryParameter("$top").firstValue()).isEqualTo("8");
        assertThat(request.getUrl()).startsWith(USERS + "?$filter=startswith%28displayName%2C%27newbie%27%29%20or");
    }

    @Test
    void aQuoteInTheTermIsDoubledSoTheTermStaysOneStringLiteral() {
        usersAnswer("{\"value\": []}");

        directory.search("o'brien') or true or startswith(mail,'x", 5);

        assertThat(onlyRequest().queryParameter("$filter").firstValue()).isEqualTo(
                "startswith(displayName,'o''brien'') or true or startswith(mail,''x') "
                        + "or startswith(userPrincipalName,'o''brien'') or true or startswith(mail,''x') "
                        + "or startswith(mail,'o''brien'') or true or startswith(mail,''x')");
    }

    @Test
    void neverAsksForMoreThanTenUsers() {
        usersAnswer("{\"value\": []}");

        directory.search("a", 50);

        assertThat(onlyRequest().queryParameter("$top").firstValue()).isEqualTo("10");
    }

    @Test
    void aUserWithoutUpnIsKnownByMail() {
        usersAnswer("{\"value\": [{\"id\": \"u-1\", \"displayName\": \"Room 4\", \"mail\": \"room4@contoso.com\"}]}");

        assertThat(directory.search("room", 5)).extracting(KnownUser::userPrincipalName)
                .containsExactly("room4@contoso.com");
    }

    @Test
    void theSameTermIsAnsweredFromTheCacheUntilItExpires() {
        usersAnswer("{\"value\": []}");

        directory.search("Newbie", 8);
        directory.search(" newbie ", 8);
        clock.advance(TTL.plusSeconds(1));
        directory.search("newbie", 8);

        server.verify(2, getRequestedFor(urlPathEqualTo(USERS)));
    }

    @Test
    void anObjectIdIsLookedUpAsAnId() {
        usersAnswer("{\"value\": []}");

        directory.search("5D6E7F80-aaaa-4bbb-8ccc-1234567890ab", 8);

        assertThat(onlyRequest().queryParameter("$filter").firstValue())
                .isEqualTo("id eq '5D6E7F80-aaaa-4bbb-8ccc-1234567890ab'");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({
        "429, throttling CallTriage right now (429)",
        "503, Microsoft Graph failed (HTTP 503)",
        "403, needs the User.Read.All application permission"
    })
    void aFailingDirectorySaysWhatHappenedInsteadOfAnsweringNobodyAndIsAskedAgainNextTime(int status, String said) {
        graph.usersAnswer(aResponse().withStatus(status).withHeader("Retry-After", "30"));

        assertThatThrownBy(() -> directory.search("newbie", 8)).isInstanceOfSatisfying(
                DirectoryUnavailableException.class, e -> assertThat(e.whatHappened()).contains(said));
        assertThatThrownBy(() -> directory.search("newbie", 8)).isInstanceOf(DirectoryUnavailableException.class);

        server.verify(2, getRequestedFor(urlPathEqualTo(USERS)));
    }

    @Test
    void aDirectoryThatCannotBeReachedSaysSo() {
        graph.usersAnswer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThatThrownBy(() -> directory.search("newbie", 8)).isInstanceOfSatisfying(
                DirectoryUnavailableException.class, e -> assertThat(e.whatHappened()).contains("did not answer"));
    }

    @Test
    void aBlankTermAsksNothing() {
        assertThat(directory.search("  ", 8)).isEmpty();

        server.verify(0, getRequestedFor(urlPathEqualTo(USERS)));
    }

    private void usersAnswer(String json) {
        graph.usersAnswer(GraphUserDirectory.SELECT, json);
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo(USERS)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
