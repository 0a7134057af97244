package com.calltriage.command;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.loadDemo;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.calls.DetailsView;
import com.calltriage.calls.report.Fact;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.Reply;
import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.FakeBuildingStore;
import com.calltriage.testing.FakeCallRecordStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A button's data comes back from the client and may have been replayed or edited: it is checked like text. */
class ActionPayloadTest {
    private static final FakeCallRecordStore STORE = loadDemo(new FakeCallRecordStore());
    private static final Caller SAM = new Caller(objectId("sam"), "Sam Rivera", DemoTenant.HOME_TENANT_ID);
    private static final Caller ERIN = new Caller(objectId("erin"), "Erin Cole", DemoTenant.HOME_TENANT_ID);

    private final CommandDispatcher dispatcher = ChatFixture.demo().dispatcher();

    @Test
    void aSpecialistReplayingAnEngineersDebugButtonIsRefused() {
        dispatcher.answer(new ChatRequest("show last calls for alice", ERIN, "engineers-chat"));
        DetailsView details = (DetailsView) dispatcher.answer(new ChatRequest("details 2", ERIN, "engineers-chat"));
        assertThat(details.debugCommand()).startsWith("debug ");

        Reply replayed = dispatcher.answer(new ChatRequest(details.debugCommand(), SAM, "sams-chat"));
        assertThat(replayed).isInstanceOf(AccessRefusedView.class);
        assertThat(((AccessRefusedView) replayed).reason()).contains("'debug' is not available to your role");
    }

    @Test
    void aSpecialistsDetailsCardOffersNoDebugButton() {
        dispatcher.answer(new ChatRequest("show last calls for alice", SAM, "sams-chat"));
        DetailsView details = (DetailsView) dispatcher.answer(new ChatRequest("details 2", SAM, "sams-chat"));
        assertThat(details.debugCommand()).isNull();
        assertThat(labels(details)).contains("Session id", "Client").doesNotContain("Machine", "IP address");
    }

    @Test
    void anEditedDetailsButtonStillGetsTheSpecialistsMasking() {
        dispatcher.answer(new ChatRequest("show last calls for alice", ERIN, "engineers-chat"));
        DetailsView asEngineer = (DetailsView) dispatcher.answer(new ChatRequest("details 2", ERIN, "engineers-chat"));
        DetailsView asSpecialist = (DetailsView) dispatcher.answer(new ChatRequest(
                "details " + asEngineer.callId() + " for " + objectId("alice"), SAM, "sams-chat"));
        assertThat(labels(asEngineer)).contains("Machine", "IP address");
        assertThat(labels(asSpecialist)).doesNotContain("Machine", "IP address", "Microphone", "Subnet");
        assertThat(asSpecialist.with()).isIn("Internal User", "External User");
    }

    private static java.util.List<String> labels(DetailsView details) {
        return details.sessions().stream()
                .flatMap(session -> java.util.stream.Stream.concat(session.facts().stream(),
                        session.sides().stream().flatMap(side -> side.facts().stream())))
                .map(Fact::label).toList();
    }
}
