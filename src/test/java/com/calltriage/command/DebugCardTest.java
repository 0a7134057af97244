package com.calltriage.command;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.demoCalls;
import static com.calltriage.testing.DemoFixtures.loadDemo;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.calls.DebugView;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.reply.Reply;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.FakeBuildingStore;
import com.calltriage.testing.FakeCallRecordStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebugCardTest {
    private static final FakeCallRecordStore STORE = loadDemo(new FakeCallRecordStore());
    private static final Caller ERIN = new Caller(objectId("erin"), "Erin Cole", DemoTenant.HOME_TENANT_ID);

    private final CommandDispatcher dispatcher = ChatFixture.demo().dispatcher();

    @Test
    void everyMeetingWithoutAUserNamedStaysUnderTeamsLimitAndSaysHowManySessionsAreLeftOff() {
        List<CallRecord> meetings = STORE.findCallsOfUser(objectId("alice"), NOW.minus(Duration.ofDays(30)), NOW,
                200, null).calls().stream().filter(c -> c.kind() == CallKind.MEETING).toList();
        assertThat(meetings).isNotEmpty();
        for (CallRecord meeting : meetings) {
            DebugView view = (DebugView) ask("debug " + meeting.id());
            ObjectNode card = new AdaptiveCardRenderer().render(view);
            int buttons = 0;
            for (JsonNode element : card.path("body")) {
                buttons += element.path("actions").size();
            }

            assertThat(view.sessions()).hasSize(Math.min(DebugView.MAX_SESSIONS, meeting.sessions().size()));
            assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).as(meeting.id())
                    .isLessThan(28 * 1024);
            assertThat(buttons).as(meeting.id()).isPositive();
            int leftOff = meeting.sessions().size() - buttons;
            if (leftOff > 0) {
                assertThat(card.toString()).as(meeting.id()).contains(leftOff
                        + (leftOff == 1 ? " more session is not shown" : " more sessions are not shown"));
            } else {
                assertThat(card.toString()).as(meeting.id()).doesNotContain("not shown");
            }
        }
    }

    @Test
    void theLargestDemoMeetingStaysUnderTeamsLimitAndSaysHowManySessionsAreLeftOff() {
        CallRecord largest = demoCalls().stream().filter(call -> call.kind() == CallKind.MEETING)
                .map(call -> STORE.findById(call.id()).orElseThrow())
                .max(Comparator.comparingInt((CallRecord call) -> call.sessions().size())
                        .thenComparing(CallRecord::id))
                .orElseThrow();
        String card = new AdaptiveCardRenderer().render(ask("debug " + largest.id())).toString();

        assertThat(largest.sessions()).hasSizeGreaterThan(DebugView.MAX_SESSIONS);
        assertThat(card.getBytes(StandardCharsets.UTF_8).length).isLessThan(28 * 1024);
        assertThat(card).containsPattern("\\d+ more sessions are not shown\\. Ask for one participant's: debug "
                + largest.id());
    }

    @Test
    void everyDemoCallsDebugCardStaysUnderTeamsLimit() {
        for (DemoCall call : demoCalls()) {
            String card = new AdaptiveCardRenderer().render(ask("debug " + call.id())).toString();
            assertThat(card.getBytes(StandardCharsets.UTF_8).length).as(call.id()).isLessThan(28 * 1024);
        }
    }

    @Test
    void eachSessionButtonFoldsOpenItsOwnSection() {
        CallRecord meeting = STORE.findCallsOfUser(objectId("alice"), NOW.minus(Duration.ofDays(30)), NOW, 200, null)
                .calls().stream().filter(c -> c.kind() == CallKind.MEETING && c.sessions().size() > 1)
                .findFirst().orElseThrow();
        ObjectNode card = new AdaptiveCardRenderer().render(ask("debug " + meeting.id()));
        List<String> targets = new ArrayList<>();
        List<String> hiddenIds = new ArrayList<>();
        for (JsonNode element : card.path("body")) {
            element.path("actions").forEach(a -> a.path("targetElements").forEach(t -> targets.add(t.asText())));
            if (element.has("id") && !element.path("isVisible").asBoolean(true)) {
                hiddenIds.add(element.path("id").asText());
            }
        }
        assertThat(targets).isNotEmpty().isEqualTo(hiddenIds);
    }

    private Reply ask(String text) {
        return dispatcher.answer(new ChatRequest(text, ERIN, "debug-chat"));
    }
}
