package com.calltriage.store;

import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.PageCursor;
import com.calltriage.callrecord.CallRecordStore.ReceivedRecord;
import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.SummaryPage;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recent lookups kept in memory in front of the store: users' call lists, records, diagnoses and user
 * searches. It holds domain data only, never a view: masking runs on every answer for the role asking.
 *
 * <p>Storing a new or newer record drops at once every entry it could change: the record, its diagnosis,
 * the call lists of every user in it, and the user searches. A list window that ends "now" is keyed to the
 * minute, so repeated questions within a minute share it; a call that starts in that minute is a new record
 * and drops the entry anyway. The same drops go to the other replicas through {@link CacheDrops}, and theirs come
 * in through {@link #drop(CacheDrop)}; should a drop be lost, entries still expire after the time to live.
 */
public final class CachingCallRecordStore implements CallRecordStore, DiagnosisStore {
    private final CallRecordStore records;
    private final DiagnosisStore diagnoses;
    /** Pages of records and pages of list summaries alike, told apart by their key. */
    private final Cache<ListKey, Object> lists;
    private final Cache<String, Optional<CallRecord>> byId;
    private final Cache<String, CallDiagnosis> diagnosisById;
    private final Cache<String, List<KnownUser>> userSearches;
    private final Cache<String, Optional<KnownUser>> usersById;
    private final CacheDrops others;

    /** A user's page of calls, by user, window (to the minute), size and position, as records or as summaries. */
    private record ListKey(String userId, Instant from, Instant to, int limit, String after, boolean summaries) {
        static ListKey of(String userId, Instant from, Instant to, int limit, PageCursor after, boolean summaries) {
            return new ListKey(key(userId), from.truncatedTo(ChronoUnit.MINUTES), to.truncatedTo(ChronoUnit.MINUTES),
                    limit, after == null ? null : after.encode(), summaries);
        }
    }

    public <S extends CallRecordStore & DiagnosisStore> CachingCallRecordStore(S store, Duration timeToLive,
                                                                              long maxEntries, Ticker ticker) {
        this(store, timeToLive, maxEntries, ticker, CacheDrops.IN_PROCESS);
    }

    /**
     * @param others where this cache's drops go to other replicas; call {@code others.listen(this::drop)} to hear
     *               theirs
     */
    public <S extends CallRecordStore & DiagnosisStore> CachingCallRecordStore(S store, Duration timeToLive,
                                                                              long maxEntries, Ticker ticker,
                                                                              CacheDrops others) {
        this.others = others;
        this.records = store;
        this.diagnoses = store;
        this.lists = build(timeToLive, maxEntries, ticker);
        this.byId = build(timeToLive, maxEntries, ticker);
        this.diagnosisById = build(timeToLive, maxEntries, ticker);
        this.userSearches = build(timeToLive, maxEntries, ticker);
        this.usersById = build(timeToLive, maxEntries, ticker);
    }

    private static <K, V> Cache<K, V> build(Duration timeToLive, long maxEntries, Ticker ticker) {
        return Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maxEntries).ticker(ticker)
                .recordStats().build();
    }

    /** The caches by name, for hit and miss metrics. */
    public Map<String, Cache<?, ?>> caches() {
        return Map.of("calls.lists", lists, "calls.records", byId, "calls.diagnoses", diagnosisById,
                "users.searches", userSearches, "users.byid", usersById);
    }

    @Override
    public UpsertOutcome upsert(CallRecord record, String rawJson) {
        UpsertOutcome outcome = records.upsert(record, rawJson);
        forget(record, outcome);
        return outcome;
    }

    @Override
    public List<UpsertOutcome> upsertAll(List<ReceivedRecord> received) {
        List<UpsertOutcome> outcomes = records.upsertAll(received);
        for (int i = 0; i < outcomes.size(); i++) {
            forget(received.get(i).record(), outcomes.get(i));
        }
        return outcomes;
    }

    @Override
    public int writersAtOnce() {
        return records.writersAtOnce();
    }

    /** Drops every entry a stored record could change. */
    private void forget(CallRecord record, UpsertOutcome outcome) {
        if (outcome.changedStore()) {
            Set<String> users = CallParticipants.of(record).stream().map(Identity::id)
                    .filter(id -> id != null).map(CachingCallRecordStore::key).collect(Collectors.toSet());
            CacheDrop drop = CacheDrop.ofRecord(record.id(), users);
            drop(drop);
            others.publish(drop);
        }
    }

    /** Drops what a change made stale, here or on another replica. */
    public void drop(CacheDrop drop) {
        if (drop.all()) {
            caches().values().forEach(Cache::invalidateAll);
            return;
        }
        byId.invalidate(drop.callId());
        diagnosisById.invalidate(drop.callId());
        lists.asMap().keySet().removeIf(key -> drop.users().contains(key.userId()));
        drop.users().forEach(usersById::invalidate);
        userSearches.invalidateAll();
    }

    @Override
    public Optional<CallRecord> findById(String callId) {
        return byId.get(callId, records::findById);
    }

    /** Not cached: backfill asks about every listed record once, which would only push useful entries out. */
    @Override
    public OptionalLong storedVersion(String callId) {
        return records.storedVersion(callId);
    }

    @Override
    public CallPage findCallsOfUser(String userId, Instant from, Instant to, int limit, PageCursor after) {
        return (CallPage) lists.get(ListKey.of(userId, from, to, limit, after, false),
                k -> records.findCallsOfUser(userId, from, to, limit, after));
    }

    @Override
    public List<KnownUser> findUsers(String term, int limit) {
        return userSearches.get(key(term) + "|" + limit, k -> records.findUsers(term, limit));
    }

    @Override
    public Optional<KnownUser> findUser(String userId) {
        return usersById.get(key(userId), k -> records.findUser(userId));
    }

    /** Deleted calls may sit in any cached list or record, so every cache starts over. */
    @Override
    public int deleteCallsStartedBefore(Instant cutoff, int limit) {
        int deleted = records.deleteCallsStartedBefore(cutoff, limit);
        if (deleted > 0) {
            drop(CacheDrop.everything());
            others.publish(CacheDrop.everything());
        }
        return deleted;
    }

    @Override
    public long countCalls() {
        return records.countCalls();
    }

    @Override
    public Map<String, CallDiagnosis> diagnosesOf(Collection<String> callIds) {
        return diagnosisById.getAll(callIds, missing -> diagnoses.diagnosesOf(Set.copyOf(missing)));
    }

    @Override
    public SummaryPage summariesOfUser(String userId, Instant from, Instant to, int limit, PageCursor after) {
        return (SummaryPage) lists.get(ListKey.of(userId, from, to, limit, after, true),
                k -> diagnoses.summariesOfUser(userId, from, to, limit, after));
    }

    @Override
    public RefreshedBatch refreshStaleDiagnoses(String after, int limit) {
        RefreshedBatch batch = diagnoses.refreshStaleDiagnoses(after, limit);
        if (batch.recomputed() > 0) {
            diagnosisById.invalidateAll();
            lists.asMap().keySet().removeIf(ListKey::summaries);
            others.publish(CacheDrop.everything());
        }
        return batch;
    }

    private static String key(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }
}
