package com.calltriage.testing;

import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.PageCursor;
import com.calltriage.callrecord.CallRecordStore.ReceivedRecord;
import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.callrecord.json.SameContent;
import com.calltriage.quality.CallDiagnoser;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.CallSummary;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.QualityRules;
import com.calltriage.quality.SummaryPage;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * An in-memory store for tests of the core, held to the same contract as the database one; diagnoses use the
 * standard rules. It keeps what the database keeps (each record as received, its participants, the users seen,
 * merged as the database merges them) and refuses, before changing anything, a record the database's columns
 * could not hold.
 */
public final class FakeCallRecordStore implements CallRecordStore, DiagnosisStore {
    /** The widths of the database's columns that a record from Graph could overrun. */
    private static final int CALL_ID_LENGTH = 128;
    private static final int IDENTITY_ID_LENGTH = 255;
    private static final int NAME_LENGTH = 512;
    private static final int TENANT_LENGTH = 64;

    private final CallDiagnoser diagnoser = new CallDiagnoser(QualityRules.standard());
    private final Map<String, CallRecord> calls = new LinkedHashMap<>();
    private final Map<String, String> rawJson = new HashMap<>();
    private final Map<String, List<Identity>> participants = new HashMap<>();
    private final Map<String, KnownUser> users = new LinkedHashMap<>();

    @Override
    public synchronized UpsertOutcome upsert(CallRecord record, String json) {
        requireStorable(record);
        CallRecord stored = calls.get(record.id());
        if (stored != null && stored.version() > record.version()) {
            return UpsertOutcome.STALE;
        }
        if (stored != null && stored.version() == record.version() && SameContent.of(rawJson.get(record.id()), json)) {
            return UpsertOutcome.UNCHANGED;
        }
        calls.put(record.id(), record);
        rawJson.put(record.id(), json);
        participants.put(record.id(), CallParticipants.of(record));
        for (Identity identity : CallParticipants.of(record)) {
            if (identity.kind() == Identity.Kind.USER) {
                remember(identity, record.start());
            }
        }
        return stored == null ? UpsertOutcome.INSERTED : UpsertOutcome.UPDATED;
    }

    /** Wholly or not at all, as the database stores a batch: what it could not hold fails before anything changes. */
    @Override
    public synchronized List<UpsertOutcome> upsertAll(List<ReceivedRecord> records) {
        records.forEach(r -> requireStorable(r.record()));
        return records.stream().map(r -> upsert(r.record(), r.rawJson())).toList();
    }

    /** A newer record brings the name it has; an older one only fills in what is missing. A UPN stays. */
    private void remember(Identity user, Instant seen) {
        KnownUser known = users.get(user.id());
        if (known == null) {
            users.put(user.id(), new KnownUser(user.id(), user.displayName(), user.userPrincipalName(),
                    user.tenantId(), seen));
        } else if (!known.lastSeen().isAfter(seen)) {
            users.put(user.id(), new KnownUser(user.id(), either(user.displayName(), known.displayName()),
                    either(user.userPrincipalName(), known.userPrincipalName()),
                    either(user.tenantId(), known.tenantId()), seen));
        } else {
            users.put(user.id(), new KnownUser(user.id(), known.displayName(),
                    either(known.userPrincipalName(), user.userPrincipalName()),
                    either(known.tenantId(), user.tenantId()), known.lastSeen()));
        }
    }

    @Override
    public synchronized Optional<CallRecord> findById(String callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    @Override
    public synchronized CallPage findCallsOfUser(String userId, Instant from, Instant to, int limit,
                                                 PageCursor after) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Comparator<CallRecord> newestFirst = Comparator.comparing(CallRecord::start).thenComparing(CallRecord::id)
                .reversed();
        List<CallRecord> inWindow = calls.values().stream()
                .filter(c -> participants.get(c.id()).stream()
                        .anyMatch(i -> i.kind() == Identity.Kind.USER && userId.equals(i.id())))
                .filter(c -> !c.start().isBefore(from) && c.start().isBefore(to))
                .toList();
        List<CallRecord> matching = inWindow.stream()
                .filter(c -> after == null || c.start().isBefore(after.start())
                        || (c.start().equals(after.start()) && c.id().compareTo(after.callId()) < 0))
                .sorted(newestFirst)
                .toList();
        if (matching.size() <= limit) {
            return new CallPage(matching, Optional.empty(), inWindow.size());
        }
        CallRecord last = matching.get(limit - 1);
        return new CallPage(matching.subList(0, limit), Optional.of(new PageCursor(last.start(), last.id())),
                inWindow.size());
    }

    /** The order of the JDBC store's user searches. */
    private static final Comparator<KnownUser> MOST_RECENTLY_SEEN_FIRST =
            Comparator.comparing(KnownUser::lastSeen).reversed().thenComparing(KnownUser::id);

    @Override
    public synchronized List<KnownUser> findUsers(String term, int limit) {
        String wanted = term.strip().toLowerCase(Locale.ROOT);
        List<KnownUser> identified = users.values().stream()
                .filter(u -> u.id().equals(term.strip()) || u.id().equals(wanted)
                        || wanted.equals(u.userPrincipalName() == null ? null : u.userPrincipalName().toLowerCase(Locale.ROOT)))
                .sorted(MOST_RECENTLY_SEEN_FIRST)
                .limit(limit)
                .toList();
        if (!identified.isEmpty()) {
            return identified;
        }
        return users.values().stream()
                .filter(u -> u.id().equals(term.strip()) || u.id().equals(wanted) || contains(u.displayName(), wanted)
                        || contains(u.userPrincipalName(), wanted))
                .sorted(MOST_RECENTLY_SEEN_FIRST)
                .limit(limit)
                .toList();
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

    /** From the records and their diagnoses, as the summaries kept by the database are made. */
    @Override
    public synchronized SummaryPage summariesOfUser(String userId, Instant from, Instant to, int limit,
                                                    PageCursor after) {
        CallPage page = findCallsOfUser(userId, from, to, limit, after);
        Map<String, CallDiagnosis> diagnosed = diagnosesOf(page.calls().stream().map(CallRecord::id).toList());
        return new SummaryPage(page.calls().stream()
                .map(call -> CallSummary.of(call, diagnosed.get(call.id()), userId)).toList(),
                page.next(), page.total());
    }

    /** Diagnoses are made when asked for, so none is ever stale. */
    @Override
    public RefreshedBatch refreshStaleDiagnoses(String after, int limit) {
        return new RefreshedBatch(0, null);
    }

    @Override
    public synchronized long countCalls() {
        return calls.size();
    }

    @Override
    public synchronized int deleteCallsStartedBefore(Instant cutoff, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        List<String> old = calls.values().stream().filter(call -> call.start().isBefore(cutoff))
                .sorted(Comparator.comparing(CallRecord::start).thenComparing(CallRecord::id))
                .limit(limit).map(CallRecord::id).toList();
        old.forEach(id -> {
            calls.remove(id);
            rawJson.remove(id);
            participants.remove(id);
        });
        return old.size();
    }

    /** The stored record with this id exactly as it was handed to {@link #upsert}; null when none is stored. */
    public synchronized String rawJson(String callId) {
        return rawJson.get(callId);
    }

    /** The participants of every stored record, one entry per record and distinct participant. */
    public synchronized List<Identity> indexedParticipants() {
        return participants.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Everything kept, as text: the records with their versions and JSON, the participant index, the known users;
     * each in a fixed order, so two snapshots are equal exactly when nothing changed.
     */
    public synchronized List<List<String>> contents() {
        return List.of(
                calls.values().stream().map(c -> c.id() + " v" + c.version() + " " + rawJson.get(c.id())).sorted()
                        .toList(),
                participants.entrySet().stream().flatMap(call -> call.getValue().stream()
                        .map(i -> call.getKey() + " " + i.kind() + " " + i.id())).sorted().toList(),
                users.values().stream().map(KnownUser::toString).sorted().toList());
    }

    /** What the database's columns could not hold fails the whole record, as the database fails it. */
    private static void requireStorable(CallRecord record) {
        requireFits("call id", record.id(), CALL_ID_LENGTH);
        for (Identity identity : CallParticipants.of(record)) {
            requireFits("participant id", identity.id(), IDENTITY_ID_LENGTH);
            requireFits("display name", identity.displayName(), NAME_LENGTH);
            requireFits("UPN", identity.userPrincipalName(), NAME_LENGTH);
            requireFits("tenant id", identity.tenantId(), TENANT_LENGTH);
        }
    }

    private static void requireFits(String what, String value, int length) {
        if (value != null && value.length() > length) {
            throw new DataIntegrityViolationException("The " + what + " " + value.substring(0, 40) + "... is longer "
                    + "than the " + length + " characters the store keeps");
        }
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static String either(String preferred, String otherwise) {
        return preferred != null ? preferred : otherwise;
    }
}
