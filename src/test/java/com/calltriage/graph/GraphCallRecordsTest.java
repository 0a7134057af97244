package com.calltriage.graph;

import static com.calltriage.graph.CallRecordAnswers.participant;
import static com.calltriage.graph.CallRecordAnswers.record;
import static com.calltriage.graph.CallRecordAnswers.sessionId;
import static com.calltriage.graph.CallRecordAnswers.sessions;
import static com.calltriage.testing.GraphAtWireMock.CALL_RECORDS;
import static com.calltriage.testing.GraphAtWireMock.error;
import static com.calltriage.testing.GraphAtWireMock.page;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.ingest.ListedCallRecord;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** A call record comes back whole from Graph's pages, or not at all when Graph no longer has it. */
class GraphCallRecordsTest {
    private static final String ID = "2f1a3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private static final String RECORD = CALL_RECORDS + "/" + ID;
    private static final Instant START = Instant.parse("2026-11-18T09:00:00Z");

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock graph = new GraphAtWireMock(server);
    private final TestClock clock = new TestClock(START.plus(Duration.ofDays(2)));
    private final List<Duration> waits = new ArrayList<>();
    private final GraphRetry retry = new GraphRetry(3, GraphRetry.BASE, GraphRetry.CAP, waits::add,
            new SplittableRandom(7), clock);
    private GraphCallRecords callRecords;

    @BeforeEach
    void entraIssuesATokenForAnHour() {
        graph.issuesTokens();
        callRecords = new GraphCallRecords(graph.settings(Duration.ofSeconds(2)), retry, clock);
    }

    @Test
    void sessionsOnThreePagesComeBackAsOneRecordThatParses() throws IOException {
        recordAnswers(okJson(record(meeting(), sessions(0, 60, START), sessionsPage("p2"))));
        sessionsPageAnswers("p2", okJson(page(sessions(60, 60, START), sessionsPage("p3"))));
        sessionsPageAnswers("p3", okJson(page(sessions(120, 5, START), null)));

        JsonNode fetched = callRecords.fetch(ID).orElseThrow();

        assertThat(fetched.get("sessions")).hasSize(125);
        assertThat(fetched.has("sessions@odata.nextLink")).isFalse();
        CallRecord parsed = new CallRecordParser().parse(fetched);
        assertThat(parsed.sessions()).hasSize(125);
        assertThat(parsed.sessions().get(0).id()).isEqualTo(sessionId(0));
        assertThat(parsed.sessions().get(124).id()).isEqualTo(sessionId(124));
        assertThat(parsed.sessions().get(124).segments()).singleElement()
                .satisfies(segment -> assertThat(segment.media()).hasSize(1));
    }

    @Test
    void theRecordIsAskedForWithItsSessionsAndTheirSegmentsExpanded() throws IOException {
        recordAnswers(okJson(record(meeting(), sessions(0, 1, START), null)));

        callRecords.fetch(ID);

        assertThat(server.findAll(getRequestedFor(urlPathEqualTo(RECORD))).get(0).getUrl())
                .isEqualTo(RECORD + "?$expand=sessions($expand=segments)");
    }

    @Test
    void participantsTheRecordCameWithoutAreAskedForPageByPage() throws IOException {
        recordAnswers(okJson(record(meeting().without("participants_v2"), sessions(0, 2, START), null)));
        graph.answersInTwoPages(RECORD + "/participants_v2", "people-2",
                second -> page(List.of(participant(GraphUser.alice()), participant(GraphUser.bob())), second),
                page(List.of(participant(GraphUser.carol())), null));

        JsonNode fetched = callRecords.fetch(ID).orElseThrow();

        assertThat(new CallRecordParser().parse(fetched).participants())
                .extracting(participant -> participant.identity().displayName())
                .containsExactly("Alice Wong", "Bob Smith", "Carol Diaz");
    }

    @Test
    void participantsTheRecordBroughtAreNotAskedForAgain() throws IOException {
        recordAnswers(okJson(record(meeting(), sessions(0, 2, START), null)));

        JsonNode fetched = callRecords.fetch(ID).orElseThrow();

        assertThat(fetched.get("participants_v2")).hasSize(3);
        server.verify(0, getRequestedFor(urlPathEqualTo(RECORD + "/participants_v2")));
    }

    @Test
    void aRecordGraphNoLongerHasIsDroppedWithOneLineAtInfo() throws IOException {
        recordAnswers(error(404, "NotFound"));
        Logger log = (Logger) LoggerFactory.getLogger(GraphCallRecords.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            assertThat(callRecords.fetch(ID)).isEmpty();

            assertThat(lines.list).singleElement().satisfies(line -> {
                assertThat(line.getLevel()).isEqualTo(Level.INFO);
                assertThat(line.getFormattedMessage()).isEqualTo("call record " + ID
                        + " is gone (older than 30 days or deleted); dropped");
            });
        } finally {
            log.detachAppender(lines);
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void anOutageThatOutlastsTheRetriesIsAnIOExceptionNamingTheStatus() {
        recordAnswers(aResponse().withStatus(503).withBody("Service Unavailable"));

        assertThatThrownBy(() -> callRecords.fetch(ID)).isInstanceOf(IOException.class)
                .hasMessageContainingAll(RECORD, "answered 503");

        assertThat(waits).hasSize(2);
        server.verify(3, getRequestedFor(urlPathEqualTo(RECORD)));
    }

    @Test
    void aServerErrorIsAnIOExceptionNamingTheStatusAndItsCode() {
        recordAnswers(error(500, "generalException"));

        assertThatThrownBy(() -> callRecords.fetch(ID)).isInstanceOf(IOException.class)
                .hasMessageContaining("answered 500 generalException");
    }

    @Test
    void aThrottledSessionPageIsAskedAgainAfterTheWaitGraphAsks() throws IOException {
        recordAnswers(okJson(record(meeting(), sessions(0, 60, START), sessionsPage("p2"))));
        graph.answersInTurn("GET", RECORD + "/sessions",
                error(429, "TooManyRequests").withHeader("Retry-After", "2"),
                okJson(page(sessions(60, 1, START), null)));

        assertThat(callRecords.fetch(ID).orElseThrow().get("sessions")).hasSize(61);

        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void theIdIsOneEncodedPathSegment() throws IOException {
        assertThat(callRecords.fetch("a/b c?d#e")).isEmpty();

        assertThat(server.findAll(anyRequestedFor(urlPathEqualTo(CALL_RECORDS + "/a%2Fb%20c%3Fd%23e"))))
                .singleElement().satisfies(request -> assertThat(request.getUrl())
                        .startsWith(CALL_RECORDS + "/a%2Fb%20c%3Fd%23e?$expand="));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", ".", ".."})
    void anIdThatIsNoPathSegmentIsRefusedBeforeAsking(String id) {
        assertThatThrownBy(() -> callRecords.fetch(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + id + "'");

        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theListAsksForTheWindowByStartTimeAndFollowsTheNextLink() throws IOException {
        graph.answersInTwoPages(CALL_RECORDS, "records-2", second -> page(List.of(
                CallRecordJson.call("first").version(4).node(), CallRecordJson.call("second").node()), second),
                page(List.of(CallRecordJson.call("third").without("version").node()), null));

        CallRecordPages pages = callRecords.listCallRecords(START, START.plus(Duration.ofDays(1)).plusMillis(250));
        List<List<ListedCallRecord>> read = new ArrayList<>();
        while (pages.hasNext()) {
            read.add(pages.next());
        }

        assertThat(read).hasSize(2);
        assertThat(read.get(0)).containsExactly(
                new ListedCallRecord("first", 4L, Instant.parse("2026-11-18T09:21:00Z")),
                new ListedCallRecord("second", 1L, Instant.parse("2026-11-18T09:21:00Z")));
        assertThat(read.get(1)).containsExactly(new ListedCallRecord("third", null,
                Instant.parse("2026-11-18T09:21:00Z")));
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo(CALL_RECORDS))).get(0).getUrl())
                .isEqualTo(CALL_RECORDS + "?$filter=startDateTime%20ge%202026-11-18T09:00:00Z"
                + "%20and%20startDateTime%20lt%202026-11-19T09:00:00Z");
        assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aListPageThatFailedIsAskedForAgainByTheNextCall() throws IOException {
        graph.answersInTurn("GET", CALL_RECORDS, error(500, "generalException"),
                okJson(page(List.of(CallRecordJson.call("first").node()), null)));
        CallRecordPages pages = callRecords.listCallRecords(START, START.plus(Duration.ofHours(1)));

        assertThatThrownBy(pages::next).isInstanceOf(IOException.class).hasMessageContaining("500");

        assertThat(pages.hasNext()).isTrue();
        assertThat(pages.next()).extracting(ListedCallRecord::id).containsExactly("first");
        assertThat(pages.hasNext()).isFalse();
    }

    @Test
    void aWindowMustStartBeforeItEnds() {
        assertThatThrownBy(() -> callRecords.listCallRecords(START, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(START.toString());
    }

    private static CallRecordJson meeting() {
        return CallRecordJson.call(ID).startingAt(START).lasting(Duration.ofHours(2)).version(3)
                .with(GraphUser.alice(), GraphUser.bob(), GraphUser.carol());
    }

    private String sessionsPage(String token) {
        return server.baseUrl() + RECORD + "/sessions?$expand=segments&$skiptoken=" + token;
    }

    private void recordAnswers(ResponseDefinitionBuilder answer) {
        graph.callRecordAnswers(ID, answer);
    }

    private void sessionsPageAnswers(String token, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(RECORD + "/sessions")).withQueryParam("$skiptoken", equalTo(token))
                .willReturn(answer));
    }
}
