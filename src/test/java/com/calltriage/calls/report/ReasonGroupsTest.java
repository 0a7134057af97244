package com.calltriage.calls.report;

import static com.calltriage.calls.report.ReasonFixtures.ALICE;
import static com.calltriage.calls.report.ReasonFixtures.BOB;
import static com.calltriage.calls.report.ReasonFixtures.engineer;
import static com.calltriage.calls.report.ReasonFixtures.metric;
import static com.calltriage.calls.report.ReasonFixtures.poorAudioOverWifi;
import static com.calltriage.calls.report.ReasonFixtures.reason;
import static com.calltriage.calls.report.ReasonFixtures.specialist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.calltriage.quality.Reason;
import com.calltriage.quality.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reasons per person and media, a measure's average and peak in one line, the worst first. */
class ReasonGroupsTest {

    @Test
    void aWifiCallsNineReasonsBecomeTwoGroupsWithAverageAndPeakInOneLine() {
        List<ReasonGroup> groups = ReasonGroups.of(poorAudioOverWifi(), specialist());

        assertThat(groups).extracting(ReasonGroup::title)
                .containsExactly("Alice Wood · Wi-Fi · audio", "Alice Wood · Wi-Fi · network");
        assertThat(groups.get(0).lines()).extracting(ReasonGroup.Line::severity, ReasonGroup.Line::text)
                .containsExactly(
                        tuple(Severity.RED, "jitter 48 ms on average, 95 ms at peak on audio Alice Wood received"),
                        tuple(Severity.RED, "network MOS degradation 1.2 on audio Alice Wood received"),
                        tuple(Severity.YELLOW, "packet loss 3.3% on average on audio Alice Wood received"),
                        tuple(Severity.YELLOW,
                                "concealed samples 5% on average, 10% at peak on audio Alice Wood received"));
        assertThat(groups.get(1).lines()).extracting(ReasonGroup.Line::text).containsExactly(
                "on Wi-Fi during poor audio", "poor received-quality events for 18% of the call",
                "weak Wi-Fi signal");
    }

    @Test
    void theWifiSignalIsShownOnlyToThoseWhoMaySeeWifiDetails() {
        List<ReasonGroup> groups = ReasonGroups.of(poorAudioOverWifi(), engineer());
        assertThat(groups.get(1).lines()).extracting(ReasonGroup.Line::text).contains("Wi-Fi signal 30%");
    }

    @Test
    void aPeakAloneIsSaidAsAPeak() {
        assertThat(ReasonGroups.of(List.of(metric("audio.packet-loss.max.yellow", ALICE, "wired", 0.14)),
                specialist()).get(0).lines()).extracting(ReasonGroup.Line::text)
                .containsExactly("packet loss 14% at peak on audio Alice Wood received");
    }

    @Test
    void eachPersonAndMediaIsAGroupOfItsOwnAndTheWorstGroupComesFirst() {
        List<Reason> ranked = List.of(
                metric("video.frame-loss.red", BOB, "wired", 60),
                metric("audio.jitter.average.yellow", ALICE, "wifi", 20),
                metric("audio.jitter.average.yellow", BOB, "wired", 18),
                metric("device.capture-not-functioning.red", ALICE, "wifi", 0.06));

        List<ReasonGroup> groups = ReasonGroups.of(ranked, specialist());

        assertThat(groups).extracting(ReasonGroup::title).containsExactly("Internal User · Wired network · video",
                "Alice Wood · Wi-Fi · audio", "Internal User · Wired network · audio", "Alice Wood · device");
        assertThat(groups.get(0).lines()).extracting(ReasonGroup.Line::text)
                .containsExactly("lost video frames 60% on video Internal User received");
        assertThat(groups.get(3).lines()).extracting(ReasonGroup.Line::text)
                .containsExactly("microphone not working for 6% of the call");
    }

    @Test
    void theSameReasonOnSeveralMediaLinesOrSessionsIsSaidOnceWithItsWorstValue() {
        List<Reason> ranked = List.of(
                metric("network.delay.yellow", ALICE, "wired", 0.4),
                metric("network.delay.yellow", ALICE, "wired", 0.3),
                metric("audio.round-trip.average.yellow", ALICE, "wired", 180),
                metric("audio.round-trip.average.yellow", ALICE, "wired", 150));

        List<ReasonGroup> groups = ReasonGroups.of(ranked, specialist());

        assertThat(groups).flatExtracting(ReasonGroup::lines).extracting(ReasonGroup.Line::text).containsExactly(
                "network delay events for 40% of the call", "round trip 180 ms on average on audio Alice Wood received");
    }

    @Test
    void aFailedCallIsAboutTheCall() {
        List<ReasonGroup> groups = ReasonGroups.of(List.of(reason("failure.call-setup.red", ALICE, null)),
                specialist());
        assertThat(groups).extracting(ReasonGroup::title).containsExactly("The call");
        assertThat(groups.get(0).lines()).extracting(ReasonGroup.Line::text)
                .containsExactly("Alice Wood: the call could not be set up (Ms-diag 21: the network blocked the media "
                        + "connection)");
    }
}
