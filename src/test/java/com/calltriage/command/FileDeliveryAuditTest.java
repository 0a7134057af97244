package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AuditEntry.Outcome;
import com.calltriage.access.AuditEntry;
import com.calltriage.access.Caller;
import com.calltriage.command.reply.FileReply;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.FakeAuditLog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file the user accepted is audited once, after it was sent: with where it went, and whether it got there. */
class FileDeliveryAuditTest {
    private static final Caller SAM = ChatFixture.caller("sam", "Sam Rivera");
    private static final Caller BOB = ChatFixture.caller("bob", "Bob Stone");
    private static final String EXPORT = "export calls for alice";

    private final FakeAuditLog audit = new FakeAuditLog();
    private final CommandDispatcher dispatcher = ChatFixture.demo().audit(audit).dispatcher();

    @Test
    void aDeliveredFileIsAuditedOnceAsAnsweredWithWhereItWent() {
        RecordingDelivery delivery = new RecordingDelivery(null);

        Reply reply = dispatcher.answer(new ChatRequest(EXPORT, SAM, "chat-1"), delivery);

        assertThat(reply).isInstanceOf(FileReply.class);
        assertThat(delivery.delivered).containsExactly((FileReply) reply);
        AuditEntry entry = onlyEntry();
        assertThat(entry.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(entry.detail()).matches("\\d+ sessions, uploaded to contoso-my.sharepoint.com");
    }

    @Test
    void aFileThatDidNotArriveIsAuditedOnceAsFailedAndTheAskerIsToldToAskAgain() {
        Reply reply = dispatcher.answer(new ChatRequest(EXPORT, SAM, "chat-1"),
                new RecordingDelivery(new IOException("answered 307, a redirect, which is not followed")));

        assertThat(reply).isInstanceOfSatisfying(NoticeView.class, notice -> {
            assertThat(notice.title()).isEqualTo("The file was not uploaded");
            assertThat(notice.text()).endsWith("Ask for the export again.");
        });
        AuditEntry entry = onlyEntry();
        assertThat(entry.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(entry.detail())
                .isEqualTo("upload to contoso-my.sharepoint.com failed: answered 307, a redirect, which is not followed");
    }

    @Test
    void nothingIsDeliveredToSomeoneTheCoreRefuses() {
        RecordingDelivery delivery = new RecordingDelivery(null);

        dispatcher.answer(new ChatRequest(EXPORT, BOB, "chat-1"), delivery);

        assertThat(delivery.delivered).isEmpty();
        assertThat(onlyEntry().outcome()).isEqualTo(Outcome.REFUSED);
    }

    private AuditEntry onlyEntry() {
        assertThat(audit.entries()).hasSize(1);
        return audit.entries().get(0);
    }

    /** Delivers to a OneDrive host, or fails with the given reason. */
    private static final class RecordingDelivery implements FileDelivery {
        private final IOException failure;
        private final List<FileReply> delivered = new ArrayList<>();

        RecordingDelivery(IOException failure) {
            this.failure = failure;
        }

        @Override
        public String destination() {
            return "contoso-my.sharepoint.com";
        }

        @Override
        public void deliver(FileReply file) throws IOException {
            if (failure != null) {
                throw failure;
            }
            delivered.add(file);
        }
    }
}
