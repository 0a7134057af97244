package com.calltriage.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditEntry.Outcome;
import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditLogContract;
import com.calltriage.access.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake answers as the database does, so tests of the core that use it see what production would. */
class FakeAuditLogTest extends AuditLogContract {
    private FakeAuditLog fake;

    @Override
    protected AuditLog emptyLog() {
        fake = new FakeAuditLog();
        return fake;
    }

    @Test
    void entriesShowWhatWasRecordedInRecordingOrderAsStored() {
        Instant nine = Instant.parse("2026-03-02T09:00:00Z");
        fake.record(new AuditEntry(nine.plusSeconds(5), "AB-CD", "Alice", Role.ADMIN, "help", null, null,
                Outcome.ANSWERED, null));
        fake.record(new AuditEntry(nine, null, null, null, "hello?", null, null, Outcome.NOT_UNDERSTOOD, null));

        assertThat(fake.entries()).extracting(AuditEntry::callerId, AuditEntry::command)
                .containsExactly(tuple("ab-cd", "help"),
                        tuple(null, "hello?"));
    }
}
