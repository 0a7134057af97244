package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditEntry.Outcome;
import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditQuery;
import com.calltriage.access.Role;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.H2Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** Audit entries are written after the answers, in batches, and none is lost on a normal shutdown. */
class BatchedAuditLogTest {
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");

    private final BehindTheBatches behind = new BehindTheBatches();
    private final ListAppender<ILoggingEvent> logLines = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(BatchedAuditLog.class);

    @BeforeEach
    void listenToTheLog() {
        logLines.start();
        logger.addAppender(logLines);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logLines);
    }

    @Test
    void recordingOnlyQueuesTheEntryAndAFlushWritesEveryQueuedOneInOneBatch() {
        BatchedAuditLog log = new BatchedAuditLog(behind, 100);
        log.record(asked("help"));
        log.record(asked("show last calls for alice"));

        assertThat(behind.fake.entries()).as("nothing written on the answer's path").isEmpty();
        log.flush();

        assertThat(behind.fake.entries()).extracting(AuditEntry::command)
                .containsExactly("help", "show last calls for alice");
        assertThat(behind.batches).containsExactly(2);
    }

    @Test
    void closingWritesWhatIsStillQueued() {
        BatchedAuditLog log = new BatchedAuditLog(behind, 100);
        log.record(asked("help"));

        log.close();

        assertThat(behind.fake.entries()).extracting(AuditEntry::command).containsExactly("help");
    }

    @Test
    void closingAStartedLogStopsItsFlushesAndWritesTheRest() {
        H2Database database = H2Database.migrated();
        try {
            BatchedAuditLog log = new BatchedAuditLog(new JdbcAuditLog(database.dataSource()), 100)
                    .start(Duration.ofHours(1));
            log.record(asked("help"));
            log.record(asked("debug 1"));

            log.close();

            assertThat(new JdbcTemplate(database.dataSource()).queryForList(
                    "SELECT command FROM audit_entry ORDER BY id", String.class)).containsExactly("help", "debug 1");
        } finally {
            database.close();
        }
    }

    @Test
    void readingTheLogFindsEveryEntryRecordedBefore() {
        BatchedAuditLog log = new BatchedAuditLog(behind, 100);
        log.record(asked("help"));

        assertThat(log.find(new AuditQuery(null, null, null, null, null, 10))).extracting(AuditEntry::command)
                .containsExactly("help");
    }

    @Test
    void entriesTheLogCouldNotTakeAreKeptInOrderForTheNextFlush() {
        BatchedAuditLog log = new BatchedAuditLog(behind, 100);
        log.record(asked("help"));
        behind.failing = true;

        assertThatThrownBy(log::flush).isInstanceOf(IllegalStateException.class);
        log.record(asked("debug 1"));
        behind.failing = false;
        log.flush();

        assertThat(behind.fake.entries()).extracting(AuditEntry::command).containsExactly("help", "debug 1");
        assertThat(logLines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("1 entries are held"));
    }

    @Test
    void beyondTheMostItHoldsTheOldestEntryIsGivenUpAndLoggedWhole() {
        BatchedAuditLog log = new BatchedAuditLog(behind, 2);
        log.record(asked("first"));
        log.record(asked("second"));
        log.record(asked("third"));
        log.flush();

        assertThat(behind.fake.entries()).extracting(AuditEntry::command).containsExactly("second", "third");
        assertThat(logLines.list).filteredOn(line -> line.getLevel() == Level.ERROR)
                .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                .contains("given up").contains("command=first").contains("callerId=alice");
    }

    @Test
    void anEntryWithoutItsTimeIsRefusedWhenRecordedNotWhenWritten() {
        BatchedAuditLog log = new BatchedAuditLog(behind, 10);

        assertThatThrownBy(() -> log.record(new AuditEntry(null, "alice", "Alice", Role.ADMIN, "help", null, null,
                Outcome.ANSWERED, null))).isInstanceOf(NullPointerException.class).hasMessageContaining("time");
        assertThat(log.pending()).isZero();
    }

    private static AuditEntry asked(String command) {
        return new AuditEntry(NINE, "alice", "Alice", Role.ADMIN, command, null, null, Outcome.ANSWERED, null);
    }

    /** The fake log, counting the entries of each batch written to it, and failing on demand. */
    private static final class BehindTheBatches implements AuditLog {
        private final FakeAuditLog fake = new FakeAuditLog();
        private final List<Integer> batches = new ArrayList<>();
        private boolean failing;

        @Override
        public void record(AuditEntry entry) {
            recordAll(List.of(entry));
        }

        @Override
        public void recordAll(List<AuditEntry> entries) {
            if (failing) {
                throw new IllegalStateException("the database is down");
            }
            batches.add(entries.size());
            entries.forEach(fake::record);
        }

        @Override
        public List<AuditEntry> find(AuditQuery query) {
            return fake.find(query);
        }

        @Override
        public int deleteBefore(Instant cutoff) {
            return fake.deleteBefore(cutoff);
        }
    }
}
