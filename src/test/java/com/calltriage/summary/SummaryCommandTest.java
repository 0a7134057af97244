package com.calltriage.summary;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.demoCalls;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.building.BuildingFileParser;
import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.Segment;
import com.calltriage.callrecord.Session;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.ChatRequest;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoDataset;
import com.calltriage.demo.DemoTenant;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Cause;
import com.calltriage.quality.Verdict;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.DemoSummaries;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code summary} over the demo tenant as the server stores it: numbers, windows, buildings, roles and the card. */
class SummaryCommandTest {
    private static final Instant WINDOW_START = Instant.parse("2026-10-23T00:00:00Z");
    private final DemoSummaries demo = DemoSummaries.shared();
    private final CommandDispatcher dispatcher = ChatFixture.demo().summaries(demo.summaries()).dispatcher();

    private Reply ask(String alias, String text) {
        return dispatcher.answer(new ChatRequest(text, ChatFixture.caller(alias, alias), alias + "-chat"));
    }

    private Reply ask(String alias, String text, ZoneId zone) {
        return dispatcher.answer(new ChatRequest(text, ChatFixture.caller(alias, alias), alias + "-chat",
                com.calltriage.conversation.Audience.ASKER, null, zone));
    }

    private static long number(SummaryView view, String label) {
        return view.table().stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow().number();
    }

    /** The demo calls that started in [from, to), with the diagnosis the store keeps of each (the one details shows). */
    private Map<CallRecord, CallDiagnosis> callsBetween(Instant from, Instant to) {
        CallRecordParser parser = new CallRecordParser();
        List<CallRecord> records = demoCalls().stream().filter(c -> !c.start().isBefore(from) && c.start().isBefore(to))
                .map(c -> parser.parse(c.json())).toList();
        Map<String, CallDiagnosis> diagnoses = demo.calls().diagnosesOf(records.stream().map(CallRecord::id).toList());
        Map<CallRecord, CallDiagnosis> both = new java.util.LinkedHashMap<>();
        records.forEach(r -> both.put(r, diagnoses.get(r.id())));
        return both;
    }

    @Nested
    class TheNumbers {
        @Test
        void countsAgreeWithTheDiagnosisDetailsShowsOfEachCall() {
            SummaryView view = (SummaryView) ask("maria", "summary from 2026-10-23 to 2026-11-20");
            Map<CallRecord, CallDiagnosis> calls = callsBetween(WINDOW_START, Instant.parse("2026-11-21T00:00:00Z"));

            assertThat(calls).hasSizeGreaterThan(100);
            assertThat(number(view, "Calls")).isEqualTo(calls.size());
            assertThat(number(view, "Poor calls")).isEqualTo(count(calls, d -> d.call().verdict() == Verdict.POOR));
            assertThat(number(view, "Unrated calls"))
                    .isEqualTo(count(calls, d -> d.call().verdict() == Verdict.UNAVAILABLE));
            assertThat(number(view, "Call setup failures")).isPositive().isEqualTo(count(calls,
                    d -> d.call().reasons().stream().anyMatch(r -> r.cause() == Cause.CALL_SETUP)));
            assertThat(number(view, "Dropped calls")).isPositive().isEqualTo(count(calls,
                    d -> d.call().reasons().stream().anyMatch(r -> r.cause() == Cause.DROPPED)));
            assertThat(number(view, "Poor audio streams")).isPositive();
        }

        @Test
        void topCausesAddUpToThePoorCallsInPlainWords() {
            SummaryView view = (SummaryView) ask("maria", "summary from 2026-10-23 to 2026-11-20");

            assertThat(view.causes()).extracting(SummaryView.Line::name)
                    .contains(SummaryWords.cause(Cause.NETWORK), SummaryWords.cause(Cause.CALL_SETUP));
            long poor = number(view, "Poor calls");
            assertThat(view.causes()).allSatisfy(line -> assertThat(line.figures()).endsWith(" of " + poor
                    + " poor calls"));
        }

        @Test
        void aBuildingsSummaryCountsTheCallsSomeoneThereTookPartIn() {
            BuildingMap map = BuildingMap.of(new BuildingFileParser().parse(DemoDataset.buildingFile()).buildings());
            Map<CallRecord, CallDiagnosis> calls = callsBetween(WINDOW_START, Instant.parse("2026-11-21T00:00:00Z"));
            long inRedmond = calls.keySet().stream().filter(call -> hasSideIn(call, map, "Redmond B1")).count();

            SummaryView view = (SummaryView) ask("erin", "summary for redmond b1 from 2026-10-23 to 2026-11-20");

            assertThat(view.scope()).isEqualTo("Redmond B1");
            assertThat(inRedmond).isPositive();
            assertThat(number(view, "Calls")).isEqualTo(inRedmond);
            assertThat(view.placesTitle()).isEqualTo("Worst networks");
        }

        @Test
        void worstBuildingsNeedTheMinimumVolumeAndComeWorstFirst() {
            SummaryView view = (SummaryView) ask("maria", "summary from 2026-10-23 to 2026-11-20");

            assertThat(view.placesTitle()).isEqualTo("Worst buildings");
            assertThat(view.places()).isNotEmpty().allSatisfy(line -> assertThat(
                    Long.parseLong(line.figures().replaceAll(".* of (\\d+) calls.*", "$1")))
                    .isGreaterThanOrEqualTo(SummaryReport.MINIMUM_CALLS));
            List<Double> rates = view.places().stream()
                    .map(line -> Double.parseDouble(line.figures().substring(0, line.figures().indexOf('%')))).toList();
            assertThat(rates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }

        @Test
        void wiredWifiBandsAndVpnAreToldApart() {
            SummaryView view = (SummaryView) ask("maria", "summary from 2026-10-23 to 2026-11-20");

            assertThat(view.connections()).extracting(SummaryView.Line::name)
                    .contains("Wired", "Wi-Fi 5 GHz", "VPN");
            assertThat(view.corporate()).extracting(SummaryView.Line::name)
                    .contains("Inside corporate network", "Outside corporate network");
            assertThat(view.versions()).isNotEmpty();
        }

        private static long count(Map<CallRecord, CallDiagnosis> calls,
                                  java.util.function.Predicate<CallDiagnosis> test) {
            return calls.values().stream().filter(test).count();
        }
    }

    @Nested
    class Windows {
        @Test
        void summaryAloneIsYesterdayInTheAskersTimeZone() {
            SummaryView utc = (SummaryView) ask("maria", "summary");
            SummaryView seattle = (SummaryView) ask("maria", "summary", ZoneId.of("America/Los_Angeles"));

            assertThat(utc.from()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
            assertThat(utc.to()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
            assertThat(seattle.from()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
            assertThat(seattle.to()).isEqualTo(Instant.parse("2026-11-21T08:00:00Z").isAfter(NOW) ? NOW
                    : Instant.parse("2026-11-21T08:00:00Z"));
            assertThat(seattle.trend()).last().extracting(SummaryView.Day::day)
                    .isEqualTo(java.time.LocalDate.parse("2026-11-20"));
        }

        @Test
        void theCallsOfASevenDayWindowAreTheSumOfItsDays() {
            SummaryView week = (SummaryView) ask("maria", "summary from 2026-11-14 to 2026-11-20");

            long daily = week.trend().stream().filter(d -> !d.day().isBefore(java.time.LocalDate.parse("2026-11-14")))
                    .mapToLong(SummaryView.Day::calls).sum();
            assertThat(number(week, "Calls")).isEqualTo(daily)
                    .isEqualTo(callsBetween(Instant.parse("2026-11-14T00:00:00Z"),
                            Instant.parse("2026-11-21T00:00:00Z")).size());
        }
    }

    @Nested
    class WhoMayAsk {
        @Test
        void managersEngineersAndAdminsGetTheSummary() {
            assertThat(ask("maria", "summary")).isInstanceOf(SummaryView.class);
            assertThat(ask("erin", "summary last 7 days")).isInstanceOf(SummaryView.class);
            assertThat(ask("adam", "summary today")).isInstanceOf(SummaryView.class);
        }

        @Test
        void aSpecialistIsRefusedWithTheRolesThatGrantIt() {
            AccessRefusedView refused = (AccessRefusedView) ask("sam", "summary");

            assertThat(refused.reason()).contains("summary");
            assertThat(refused.grantingRoles()).containsExactlyInAnyOrder(Role.MANAGER.grantedBy(),
                    Role.ENGINEER.grantedBy(), Role.ADMIN.grantedBy());
        }

        @Test
        void someoneWithoutARoleIsRefusedWithTheRolesThatGrantAccess() {
            Reply refused = ask("alice", "summary for Redmond B1");

            assertThat(refused).isInstanceOf(AccessRefusedView.class);
            assertThat(((AccessRefusedView) refused).grantingRoles()).contains(Role.MANAGER.grantedBy());
        }

        @Test
        void aManagerTurnsTheMorningCardOffAndOnAgain() {
            String maria = objectId("maria");

            NoticeView off = (NoticeView) ask("maria", "summary off");
            assertThat(off.title()).isEqualTo("Morning summary off");
            assertThat(demo.store().paused(DemoTenant.HOME_TENANT_ID, maria)).isTrue();

            NoticeView on = (NoticeView) ask("maria", "summary on");
            assertThat(on.text()).contains("08:00");
            assertThat(demo.store().paused(DemoTenant.HOME_TENANT_ID, maria)).isFalse();
        }

        @Test
        void onlyManagersHaveAMorningCardToTurnOff() {
            assertThat(ask("erin", "summary off")).isInstanceOf(AccessRefusedView.class);
            assertThat(demo.store().paused(DemoTenant.HOME_TENANT_ID, objectId("erin"))).isFalse();
        }

        @Test
        void theCardNamesNoPersonAndNoCall() {
            ObjectNode card = new AdaptiveCardRenderer().render(ask("maria", "summary last 30 days"));
            String text = card.toString();

            for (DemoCall call : demoCalls()) {
                assertThat(text).doesNotContain(call.id());
            }
            for (String alias : List.of("alice", "bob", "sam", "erin", "maria", "quinn", "nora")) {
                assertThat(text.toLowerCase()).doesNotContain(alias + "@contoso.com");
            }
            assertThat(text).doesNotContain("Alice Wood", "Quinn Harlow", "Nora Whitfield", objectId("alice"));
        }
    }

    @Nested
    class TheCard {
        @Test
        void itsTableCarriesEachLabelFollowedByItsNumber() {
            SummaryView view = (SummaryView) ask("maria", "summary last 30 days");
            JsonNode table = new AdaptiveCardRenderer().render(view).get("body").findParent("firstRowAsHeaders");

            List<String> labels = new ArrayList<>();
            for (JsonNode row : table.get("rows")) {
                String label = row.get("cells").get(0).findValue("text").asText();
                if (!label.isEmpty()) {
                    labels.add(label);
                    assertThat(row.get("cells").get(1).findValue("text").asText())
                            .isEqualTo(Long.toString(number(view, label)));
                }
            }
            assertThat(labels).containsExactly("Calls", "Poor calls", "Unrated calls", "Call setup failures",
                    "Dropped calls", "Poor audio streams");
        }

        @Test
        void theTrendIsAPngPictureWithItsNumbersAsTextToo() {
            ObjectNode card = new AdaptiveCardRenderer().render(ask("maria", "summary last 30 days"));
            JsonNode image = card.get("body").findParent("altText");

            String uri = image.get("url").asText();
            assertThat(uri).startsWith("data:image/png;base64,");
            byte[] png = java.util.Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
            assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
            assertThat(card.toString()).contains("Nov 20: ").contains("poor audio streams");
        }

        @Test
        void anUnknownBuildingIsAnsweredWithTheBuildingsThereAre() {
            NoticeView notice = (NoticeView) ask("maria", "summary for Atlantis");

            assertThat(notice.title()).contains("Atlantis");
            assertThat(notice.text()).contains("Redmond B1", "London Thames House");
        }
    }

    private static boolean hasSideIn(CallRecord call, BuildingMap map, String building) {
        for (Session session : call.sessions()) {
            for (boolean caller : new boolean[] {true, false}) {
                Endpoint endpoint = caller ? session.caller() : session.callee();
                if (endpoint == null || !endpoint.participant()) {
                    continue;
                }
                Optional<String> there = session.segments().stream().flatMap(s -> s.media().stream())
                        .map(m -> caller ? m.callerNetwork() : m.calleeNetwork()).filter(Objects::nonNull)
                        .findFirst().flatMap(map::buildingOf).map(b -> b.buildingName());
                if (there.filter(building::equals).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }
}
