package com.calltriage.testing;

import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.PageCursor;
import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.quality.CallDiagnoser;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.QualityRules;
import java.util.Collection;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An in-memory store with the ports' contracts, for tests of the core; diagnoses use the standard rules. */
public final class FakeCallRecordStore implements CallRecordStore, DiagnosisStore {
    private final CallDiagnoser diagnoser = new CallDiagnoser(QualityRules.standard());
    private final Map<String, CallRecord> calls = new LinkedHashMap<>();
    private final Map<String, KnownUser> users = new LinkedHashMap<>();

    @Override
    public synchronized UpsertOutcome upsert(CallRecord record, String rawJson) {
        CallRecord stored = calls.get(record.id());
        if (stored != null && stored.version() >= record.version()) {
            return stored.version() == record.version() ? UpsertOutcome.UNCHANGED : UpsertOutcome.STALE;
        }
        calls.put(record.id(), record);
        for (Identity identity : CallParticipants.of(record)) {
            if (identity.kind() == Identity.Kind.USER) {
                users.merge(identity.id(), new KnownUser(identity.id(), identity.displayName(),
                        identity.userPrincipalName(), identity.tenantId(), record.start()),
                        (old, fresh) -> fresh.lastSeen().isAfter(old.lastSeen()) ? fresh : old);
            }
        }
        return stored == null ? UpsertOutcome.INSERTED : UpsertOutcome.UPDATED;
    }

    @Override
    public synchronized Optional<CallRecord> findById(String callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    @Override
    public synchronized CallPage findCallsOfUser(String userId, Instant from, Instant to, int limit,
                                                 PageCursor after) {
        Comparator<CallRecord> newestFirst = Comparator.comparing(CallRecord::start).thenComparing(CallRecord::id)
                .reversed();
        List<CallRecord> matching = calls.values().stream()
                .filter(c -> CallParticipants.of(c).stream().anyMatch(i -> userId.equals(i.id())))
                .filter(c -> !c.start().isBefore(from) && c.start().isBefore(to))
                .filter(c -> after == null || c.start().isBefore(after.start())
                        || (c.start().equals(after.start()) && c.id().compareTo(after.callId()) < 0))
                .sorted(newestFirst)
                .toList();
        if (matching.size() <= limit) {
            return new CallPage(matching, Optional.empty());
        }
        CallRecord last = matching.get(limit - 1);
        return new CallPage(matching.subList(0, limit), Optional.of(new PageCursor(last.start(), last.id())));
    }

    @Override
    public synchronized List<KnownUser> findUsers(String term, int limit) {
        String wanted = term.strip().toLowerCase(Locale.ROOT);
        return users.values().stream()
                .filter(u -> u.id().equals(term.strip()) || contains(u.displayName(), wanted)
                        || contains(u.userPrincipalName(), wanted))
                .sorted(Comparator.comparing(KnownUser::lastSeen).reversed())
                .limit(limit)
                .toList();
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }

    @Override
    public synchronized Optional<KnownUser> findUser(String userId) {
        return Optional.ofNullable(users.get(userId));
    }

    @Override
    public synchronized Map<String, CallDiagnosis> diagnosesOf(Collection<String> callIds) {
        Map<String, CallDiagnosis> result = new LinkedHashMap<>();
        callIds.stream().filter(calls::containsKey).forEach(id -> result.put(id, diagnoser.diagnose(calls.get(id))));
        return result;
    }

    @Override
    public int refreshStaleDiagnoses() {
        return 0;
    }

    @Override
    public synchronized long countCalls() {
        return calls.size();
    }
}
