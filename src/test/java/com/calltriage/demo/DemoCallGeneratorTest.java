package com.calltriage.demo;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.demoCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.FailureInfo;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Metric;
import com.calltriage.callrecord.Session;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.calls.report.SessionFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoCallGeneratorTest {
    private final CallRecordParser parser = new CallRecordParser();
    private final List<DemoCall> calls = demoCalls();

    @Test
    void sameSeedAndNowGiveTheSameCalls() {
        assertThat(demoCalls()).extracting(c -> c.json().toString())
                .containsExactlyElementsOf(calls.stream().map(c -> c.json().toString()).toList());
    }

    @ParameterizedTest
    @CsvSource({"2026-11-21T16:00:00Z, 30", "2026-11-21T03:10:00Z, 30", "2026-11-21T16:00:00Z, 3"})
    void handsOutTheListedCallsADayAtATimeOldestDayFirst(String now, int days) {
        List<DemoCall> listed = new DemoCallGenerator(new DemoTenant(), DemoCallGenerator.DEFAULT_SEED,
                Instant.parse(now), days).generate();
        List<List<DemoCall>> handedOut = new ArrayList<>();

        new DemoCallGenerator(new DemoTenant(), DemoCallGenerator.DEFAULT_SEED, Instant.parse(now), days)
                .generate(handedOut::add);

        assertThat(handedOut).allSatisfy(day -> assertThat(day).isNotEmpty()
                .extracting(DemoCallGeneratorTest::dayOf).containsOnly(dayOf(day.get(0))));
        assertThat(handedOut).extracting(day -> dayOf(day.get(0))).isSorted().doesNotHaveDuplicates();
        List<DemoCall> all = handedOut.stream().flatMap(List::stream).toList();
        assertThat(all).isSortedAccordingTo(Comparator.comparing(DemoCall::start).thenComparing(DemoCall::id))
                .extracting(c -> c.json().toString())
                .containsExactlyElementsOf(listed.stream().map(c -> c.json().toString()).toList());
    }

    @Test
    void everyCallGoesThroughTheGraphParser() {
        assertThat(calls).allSatisfy(call -> assertThat(parser.parse(call.json()).id()).isEqualTo(call.id()));
    }

    @Test
    void coversThirtyDaysBeforeNow() {
        assertThat(calls).allSatisfy(call -> assertThat(call.start())
                .isBefore(NOW).isAfter(NOW.minus(Duration.ofDays(DemoCallGenerator.DAYS))));
        assertThat(calls.get(0).start()).isBefore(NOW.minus(Duration.ofDays(25)));
        assertThat(calls.size()).isBetween(300, 800);
    }

    @Test
    void hasAboutFortyHomeUsersSomeExternalUsersAndPhoneNumbers() {
        DemoTenant tenant = new DemoTenant();
        assertThat(tenant.homeUsers()).hasSizeBetween(35, 45);
        Set<Identity> everyone = calls.stream().map(c -> parser.parse(c.json()))
                .flatMap(c -> CallParticipants.of(c).stream()).collect(Collectors.toSet());
        assertThat(everyone).anyMatch(i -> DemoTenant.PARTNER_TENANT_ID.equals(i.tenantId()));
        assertThat(everyone).anyMatch(Identity::isPhone);
        assertThat(everyone).extracting(Identity::userPrincipalName)
                .contains("alice@contoso.com", "bob@contoso.com", "sam@contoso.com", "erin@contoso.com");
    }

    @Test
    void newcomersHaveFirstDotLastUpnsAndCallOnlyEachOtherAndPhones() {
        DemoTenant tenant = new DemoTenant();
        assertThat(tenant.newcomers()).extracting(DemoPerson::upn)
                .containsExactly("quinn.harlow@contoso.com", "nora.whitfield@contoso.com");
        assertThat(tenant.newcomers()).allSatisfy(person -> assertThat(person.id())
                .isEqualTo(DemoTenant.objectIdOf(person.alias())));
        Set<String> newcomers = tenant.newcomers().stream().map(DemoPerson::id).collect(Collectors.toSet());
        List<List<Identity>> theirCalls = calls.stream().map(c -> CallParticipants.of(parser.parse(c.json())))
                .filter(people -> people.stream().anyMatch(i -> newcomers.contains(i.id()))).toList();

        assertThat(theirCalls).hasSizeGreaterThanOrEqualTo(5).allSatisfy(people -> assertThat(people)
                .allMatch(i -> i.isPhone() || newcomers.contains(i.id())));
    }

    @Test
    void hasEveryKindOfCallAndEveryTroubleAndMostlyGoodCalls() {
        assertThat(calls).extracting(DemoCall::kind).containsAll(EnumSet.allOf(CallKind.class));
        Map<DemoTrouble, Long> troubles = calls.stream()
                .collect(Collectors.groupingBy(DemoCall::trouble, Collectors.counting()));
        assertThat(troubles.keySet()).containsAll(EnumSet.allOf(DemoTrouble.class));
        assertThat(troubles.get(DemoTrouble.NONE)).isGreaterThan(calls.size() * 6L / 10);
        assertThat(calls).filteredOn(c -> c.kind() == CallKind.MEETING)
                .anyMatch(c -> c.json().path("joinWebUrl").asText().startsWith("https://teams.microsoft.com/"))
                .anyMatch(c -> c.json().path("modalities").toString().contains("videoBasedScreenSharing"));
    }

    @Test
    void alicesNewestCallsShowEveryTrouble() {
        String alice = DemoTenant.objectIdOf("alice");
        List<DemoCall> alices = calls.stream()
                .filter(c -> CallParticipants.of(parser.parse(c.json())).stream().anyMatch(i -> alice.equals(i.id())))
                .sorted((a, b) -> b.start().compareTo(a.start()))
                .limit(10)
                .toList();
        assertThat(alices).extracting(DemoCall::trouble).containsAll(EnumSet.allOf(DemoTrouble.class));
    }

    @Test
    void eachTroubleLeavesTheTraceItIsNamedFor() {
        Map<DemoTrouble, CallRecord> sample = calls.stream().filter(c -> c.trouble() != DemoTrouble.NONE)
                .collect(Collectors.toMap(DemoCall::trouble, c -> parser.parse(c.json()), (a, b) -> a));
        assertThat(failureStages(sample.get(DemoTrouble.CALL_SETUP_FAILURE))).contains(FailureInfo.Stage.CALL_SETUP);
        assertThat(failureStages(sample.get(DemoTrouble.DROPPED_CALL))).contains(FailureInfo.Stage.MIDCALL);
        assertThat(maxOf(sample.get(DemoTrouble.WIFI_JITTER), Metric.AVERAGE_JITTER)).isGreaterThan(30);
        assertThat(maxOf(sample.get(DemoTrouble.VPN_PACKET_LOSS), Metric.AVERAGE_PACKET_LOSS_RATE)).isGreaterThan(0.1);
        assertThat(maxOf(sample.get(DemoTrouble.HIGH_ROUND_TRIP), Metric.AVERAGE_ROUND_TRIP_TIME)).isGreaterThan(500);
        assertThat(sample.get(DemoTrouble.DEVICE_NOT_FUNCTIONING).sessions().stream()
                .flatMap(s -> s.segments().stream()).flatMap(g -> g.media().stream())
                .flatMap(m -> java.util.stream.Stream.of(m.callerDevice(), m.calleeDevice()))
                .filter(java.util.Objects::nonNull)
                .mapToDouble(d -> d.metrics().get(Metric.CAPTURE_NOT_FUNCTIONING_EVENT_RATIO).orElse(0)).max()
                .orElse(0)).isGreaterThanOrEqualTo(0.005);
        // In a meeting only the troubled person's client sent no report; the others' sessions have theirs.
        DemoCall noData = calls.stream().filter(c -> c.trouble() == DemoTrouble.NO_QUALITY_DATA).findFirst()
                .orElseThrow();
        assertThat(parser.parse(noData.json()).sessions().stream()
                .filter(s -> SessionFacts.involves(s, noData.troubledUser()))
                .flatMap(s -> s.segments().stream()).flatMap(g -> g.media().stream())
                .flatMap(m -> m.streams().stream()).toList()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.hasQualityData()).isFalse());
    }

    @Test
    void eachSideUsesOneNetworkOnEveryMediaLineOfASegment() {
        List<com.calltriage.callrecord.Segment> withVideo = calls.stream().map(c -> parser.parse(c.json()))
                .flatMap(c -> c.sessions().stream()).flatMap(s -> s.segments().stream())
                .filter(g -> g.media().size() > 1).toList();
        assertThat(withVideo).isNotEmpty().allSatisfy(segment -> {
            assertThat(segment.media()).extracting(m -> m.callerNetwork().connectionType(),
                    m -> m.callerNetwork().ipAddress()).containsOnly(tuple(
                            segment.media().get(0).callerNetwork().connectionType(),
                            segment.media().get(0).callerNetwork().ipAddress()));
            assertThat(segment.media()).extracting(m -> m.calleeNetwork().connectionType(),
                    m -> m.calleeNetwork().ipAddress()).containsOnly(tuple(
                            segment.media().get(0).calleeNetwork().connectionType(),
                            segment.media().get(0).calleeNetwork().ipAddress()));
        });
    }

    @Test
    void goodCallsStayWellInsideTheNormalRanges() {
        List<CallRecord> good = calls.stream().filter(c -> c.trouble() == DemoTrouble.NONE)
                .map(c -> parser.parse(c.json())).toList();
        assertThat(good).allSatisfy(call -> {
            assertThat(failureStages(call)).isEmpty();
            assertThat(maxOf(call, Metric.AVERAGE_JITTER)).isLessThan(15);
            assertThat(maxOf(call, Metric.AVERAGE_PACKET_LOSS_RATE)).isLessThan(0.01);
            assertThat(maxOf(call, Metric.AVERAGE_ROUND_TRIP_TIME)).isLessThan(100);
        });
    }

    private static LocalDate dayOf(DemoCall call) {
        return LocalDate.ofInstant(call.start(), ZoneOffset.UTC);
    }

    private static List<FailureInfo.Stage> failureStages(CallRecord call) {
        return call.sessions().stream().map(Session::failureInfo).filter(java.util.Objects::nonNull)
                .map(FailureInfo::stage).toList();
    }

    private static List<com.calltriage.callrecord.MediaStream> streams(CallRecord call) {
        return call.sessions().stream().flatMap(s -> s.segments().stream()).flatMap(g -> g.media().stream())
                .flatMap(m -> m.streams().stream()).toList();
    }

    private static double maxOf(CallRecord call, Metric metric) {
        return streams(call).stream().map(s -> s.metrics().get(metric))
                .filter(java.util.OptionalDouble::isPresent).mapToDouble(java.util.OptionalDouble::getAsDouble)
                .max().orElse(0);
    }

}
