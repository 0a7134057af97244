package com.calltriage.callrecord;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where call records are kept: each record as Graph sent it, indexed by participant and start time.
 * Implementations must be safe for concurrent use and store a record wholly or not at all.
 */
public interface CallRecordStore {

    /**
     * Keeps the record unless a record with the same id and an equal or newer version is stored
     * already: an older version never overwrites a newer one.
     *
     * @param record  the parsed record, used for the index
     * @param rawJson the record exactly as received, kept as the source of truth
     */
    UpsertOutcome upsert(CallRecord record, String rawJson);

    /**
     * Stores each record as {@link #upsert} would, in this order, with the outcome of each in the same order. A store
     * may write them in one transaction: then, when one cannot be stored, none of them is, and the exception says
     * why; storing them one by one tells which.
     */
    default List<UpsertOutcome> upsertAll(List<ReceivedRecord> records) {
        return records.stream().map(r -> upsert(r.record(), r.rawJson())).toList();
    }

    /**
     * How many calls of {@link #upsertAll} this store takes at once, from as many threads, to good effect: a
     * database that runs transactions side by side takes more than one; a store whose writers queue, or time out
     * waiting for each other's locks, takes one.
     */
    default int writersAtOnce() {
        return 1;
    }

    Optional<CallRecord> findById(String callId);

    /**
     * The version of the stored record with this id, empty when none is stored: what backfill compares with
     * Graph's listing. Stores that can read it without the whole record should.
     */
    default OptionalLong storedVersion(String callId) {
        return findById(callId).map(record -> OptionalLong.of(record.version())).orElse(OptionalLong.empty());
    }

    /**
     * The calls a user took part in that started in {@code [from, to)}, newest first.
     *
     * @param userId the user's Entra object id
     * @param after  where the previous page ended; null for the first page
     */
    CallPage findCallsOfUser(String userId, Instant from, Instant to, int limit, PageCursor after);

    /**
     * Users seen in call records whose Entra object id equals the term, or whose alias, UPN or display
     * name equals or contains it (case-insensitive), the most recently seen first. A term that is someone's object
     * id or UPN identifies them: then only they are returned, not the others whose names contain it.
     */
    List<KnownUser> findUsers(String term, int limit);

    /** A user seen in call records, by Entra object id. */
    Optional<KnownUser> findUser(String userId);

    long countCalls();

    /**
     * Deletes up to {@code limit} calls that started before {@code cutoff}, with their participants and
     * diagnoses, oldest first: the store keeps what Graph keeps, or what the operator says.
     *
     * @return how many calls were deleted; fewer than {@code limit} means none older is left
     */
    int deleteCallsStartedBefore(Instant cutoff, int limit);

    /**
     * A call record as received, with its parsed form: what a store keeps.
     *
     * @param record  the parsed record, used for the index
     * @param rawJson the record exactly as received, kept as the source of truth
     */
    record ReceivedRecord(CallRecord record, String rawJson) {
    }
}
