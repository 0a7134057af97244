package com.calltriage.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.access.AuditEntry.Outcome;
import com.calltriage.testing.DemoFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link AuditLog} of the project must do, the database ones and the fake alike. A subclass
 * hands out an empty log before each test; the class lives per subclass so it can keep a database open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AuditLogContract {
    private static final String ALICE = DemoFixtures.objectId("alice");
    private static final String BOB = DemoFixtures.objectId("bob");
    private static final String CAROL = DemoFixtures.objectId("carol");
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    private AuditLog log;

    /** A log with no entries, backed by whatever this subclass tests. */
    protected abstract AuditLog emptyLog() throws Exception;

    @BeforeEach
    void startWithAnEmptyLog() throws Exception {
        log = emptyLog();
    }

    @Test
    void recordsAndReadsBackEveryField() {
        AuditEntry refused = new AuditEntry(NINE, ALICE, "Alice Zoë Ng", Role.SPECIALIST, "show calls of bob",
                BOB, "2f1a4b6c-call", Outcome.REFUSED, "Specialists may not see this call");

        log.record(refused);

        assertThat(log.find(everything())).containsExactly(refused);
    }

    @Test
    void entryWithoutRoleAndOptionalFieldsReadsBackWithNulls() {
        AuditEntry anonymous = new AuditEntry(NINE, null, null, null, null, null, null, Outcome.NOT_UNDERSTOOD, null);

        log.record(anonymous);

        assertThat(log.find(everything())).containsExactly(anonymous);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleIsKept(Role role) {
        log.record(new AuditEntry(NINE, ALICE, "Alice", role, "help", null, null, Outcome.ANSWERED, null));

        assertThat(log.find(everything())).extracting(AuditEntry::role).containsExactly(role);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void everyOutcomeIsKept(Outcome outcome) {
        log.record(new AuditEntry(NINE, ALICE, "Alice", Role.ADMIN, "help", null, null, outcome, null));

        assertThat(log.find(everything())).extracting(AuditEntry::outcome).containsExactly(outcome);
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        log.record(asked(Instant.parse("2026-03-02T09:00:00.123456789Z"), ALICE, "Alice", BOB));

        assertThat(log.find(everything())).extracting(AuditEntry::at)
                .containsExactly(Instant.parse("2026-03-02T09:00:00.123Z"));
    }

    @Test
    void objectIdsComeBackLowerCaseAndAreFoundInAnyCase() {
        log.record(asked(NINE, " " + ALICE.toUpperCase() + " ", "Alice", BOB.toUpperCase()));
        log.record(asked(NINE, CAROL, "Carol", ALICE));

        assertThat(log.find(query(ALICE.toUpperCase(), null, null))).singleElement()
                .satisfies(e -> assertThat(e.callerId()).isEqualTo(ALICE))
                .satisfies(e -> assertThat(e.subjectUserId()).isEqualTo(BOB));
    }

    @Test
    void findsByCallerNameFragmentIgnoringCase() {
        log.record(asked(NINE, ALICE, "Zoë Ångström", BOB));
        log.record(asked(NINE.plusSeconds(1), CAROL, "Carol Zoellner", BOB));
        log.record(asked(NINE.plusSeconds(2), BOB, null, CAROL));

        assertThat(log.find(query(null, "ZOË Å", null))).extracting(AuditEntry::callerId).containsExactly(ALICE);
        assertThat(log.find(query(null, "zoe", null))).extracting(AuditEntry::callerId).containsExactly(CAROL);
    }

    @Test
    void findsBySubjectIgnoringCase() {
        log.record(asked(NINE, ALICE, "Alice", BOB));
        log.record(asked(NINE.plusSeconds(1), ALICE, "Alice", CAROL));
        log.record(asked(NINE.plusSeconds(2), BOB, "Bob", null));

        assertThat(log.find(query(null, null, CAROL.toUpperCase()))).extracting(AuditEntry::subjectUserId)
                .containsExactly(CAROL);
    }

    @Test
    void timeWindowIncludesItsStartAndExcludesItsEnd() {
        Instant ten = NINE.plusSeconds(3600);
        for (Instant at : List.of(NINE.minusMillis(1), NINE, ten.minusMillis(1), ten)) {
            log.record(asked(at, ALICE, "Alice", BOB));
        }

        assertThat(log.find(new AuditQuery(null, null, null, NINE, ten, 10))).extracting(AuditEntry::at)
                .containsExactly(ten.minusMillis(1), NINE);
    }

    @Test
    void everyGivenCriterionMustMatch() {
        log.record(asked(NINE, ALICE, "Alice", BOB));
        log.record(asked(NINE.plusSeconds(1), ALICE, "Alice", CAROL));
        log.record(asked(NINE.plusSeconds(2), CAROL, "Carol", BOB));
        log.record(asked(NINE.minusSeconds(1), ALICE, "Alice", BOB));

        assertThat(log.find(new AuditQuery(ALICE, "ali", BOB, NINE, null, 10))).extracting(AuditEntry::at)
                .containsExactly(NINE);
    }

    @Test
    void newestComeFirstAndTheLimitKeepsTheNewest() {
        log.record(asked(NINE.plusSeconds(1), ALICE, "Alice", BOB));
        log.record(asked(NINE.plusSeconds(3), ALICE, "Alice", BOB));
        log.record(asked(NINE, ALICE, "Alice", BOB));
        log.record(asked(NINE.plusSeconds(2), ALICE, "Alice", BOB));

        assertThat(log.find(new AuditQuery(null, null, null, null, null, 3))).extracting(AuditEntry::at)
                .containsExactly(NINE.plusSeconds(3), NINE.plusSeconds(2), NINE.plusSeconds(1));
    }

    @Test
    void questionsInTheSameMillisecondComeBackLatestRecordedFirst() {
        log.record(asked(NINE, ALICE, "Alice", BOB));
        log.record(asked(NINE, CAROL, "Carol", BOB));

        assertThat(log.find(everything())).extracting(AuditEntry::callerId).containsExactly(CAROL, ALICE);
    }

    @Test
    void percentUnderscoreAndBackslashInANameFragmentMatchLiterally() {
        log.record(asked(NINE, ALICE, "Ops 100% on call", BOB));
        log.record(asked(NINE, BOB, "Ops 1000 on call", BOB));
        log.record(asked(NINE, CAROL, "Jo_Ann \\ Lab", BOB));
        log.record(asked(NINE, "d0d0", "JoXAnn Lab", BOB));

        assertThat(log.find(query(null, "0%", null))).extracting(AuditEntry::callerId).containsExactly(ALICE);
        assertThat(log.find(query(null, "o_a", null))).extracting(AuditEntry::callerId).containsExactly(CAROL);
        assertThat(log.find(query(null, "\\ l", null))).extracting(AuditEntry::callerId).containsExactly(CAROL);
    }

    @Test
    void overLongCommandIsCutAndStillStored() {
        String pasted = "show calls of bob " + "x".repeat(5000);

        log.record(new AuditEntry(NINE, ALICE, "Alice", Role.ENGINEER, pasted, null, null, Outcome.NOT_UNDERSTOOD,
                null));

        assertThat(log.find(everything())).extracting(AuditEntry::command).containsExactly(pasted.substring(0, 2000));
    }

    @Test
    void everyOverLongTextIsCutToItsColumn() {
        String id = "a".repeat(300);
        log.record(new AuditEntry(NINE, id, "N".repeat(600), null, "c", id, "k".repeat(300), Outcome.FAILED,
                "d".repeat(3000)));

        assertThat(log.find(everything())).containsExactly(new AuditEntry(NINE, "a".repeat(255), "N".repeat(512),
                null, "c", "a".repeat(255), "k".repeat(255), Outcome.FAILED, "d".repeat(2000)));
        assertThat(log.find(query(id, null, id))).hasSize(1);
    }

    @Test
    void cutNeverSplitsACharacterInTwo() {
        log.record(new AuditEntry(NINE, ALICE, "Alice", null, "x".repeat(1999) + "\uD83D\uDE00 thanks", null, null,
                Outcome.NOT_UNDERSTOOD, null));

        assertThat(log.find(everything())).extracting(AuditEntry::command).containsExactly("x".repeat(1999));
    }

    @Test
    void entryWithoutTimeOrOutcomeIsRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> log.record(new AuditEntry(null, ALICE, null, null, "help", null, null,
                Outcome.ANSWERED, null))).isInstanceOf(NullPointerException.class).hasMessageContaining("time");
        assertThatThrownBy(() -> log.record(new AuditEntry(NINE, ALICE, null, null, "help", null, null, null,
                null))).isInstanceOf(NullPointerException.class).hasMessageContaining("outcome");
        assertThat(log.find(everything())).isEmpty();
    }

    @Test
    void deleteBeforeRemovesOnlyOlderEntriesAndCountsThem() {
        for (Instant at : List.of(NINE.minusSeconds(86_400), NINE.minusMillis(1), NINE, NINE.plusMillis(1))) {
            log.record(asked(at, ALICE, "Alice", BOB));
        }

        assertThat(log.deleteBefore(NINE)).isEqualTo(2);
        assertThat(log.deleteBefore(NINE)).isZero();
        assertThat(log.find(everything())).extracting(AuditEntry::at).containsExactly(NINE.plusMillis(1), NINE);
    }

    private static AuditEntry asked(Instant at, String callerId, String callerName, String subjectUserId) {
        return new AuditEntry(at, callerId, callerName, Role.SPECIALIST, "show last calls", subjectUserId, null,
                Outcome.ANSWERED, null);
    }

    private static AuditQuery query(String callerId, String callerNameContains, String subjectUserId) {
        return new AuditQuery(callerId, callerNameContains, subjectUserId, null, null, 100);
    }

    private static AuditQuery everything() {
        return query(null, null, null);
    }
}
