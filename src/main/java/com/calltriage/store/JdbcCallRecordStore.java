// Long because: one store keeps a record, its index, its diagnosis, its list summaries and the summary's facts of it
// in step, in one transaction, for single records, batches and recomputed diagnoses alike.
package com.calltriage.store;

import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.PageCursor;
import com.calltriage.callrecord.CallRecordStore.ReceivedRecord;
import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.callrecord.json.SameContent;
import com.calltriage.quality.CallDiagnoser;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.CallSummary;
import com.calltriage.quality.DiagnosisJson;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.QualityRules;
import com.calltriage.quality.SummaryPage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The call record store on JDBC: H2 by default, PostgreSQL in production, one schema (Flyway) for both.
 * Each upsert runs in one transaction, so a record is stored with its index and its diagnosis wholly or
 * not at all. The database numbers each record as it is first stored ({@code seq}); the rows derived from it are
 * keyed by that number, which grows, rather than by Graph's random call id (V17).
 */
public class JdbcCallRecordStore implements CallRecordStore, DiagnosisStore {
    /** Two first inserts of one id can race; the loser sees a duplicate key and simply tries again. */
    private static final int UPSERT_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CallRecordParser parser = new CallRecordParser();
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final CallDiagnoser diagnoser;
    private final JdbcQualityFacts facts;
    private final DerivedRows derived;
    private final SummaryRows summaries;
    private final BulkInsert bulk;

    public JdbcCallRecordStore(DataSource dataSource, Clock clock) {
        this(dataSource, clock, new CallDiagnoser(QualityRules.standard()));
    }

    public JdbcCallRecordStore(DataSource dataSource, Clock clock, CallDiagnoser diagnoser) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
        this.diagnoser = diagnoser;
        this.bulk = new BulkInsert(jdbc);
        this.facts = new JdbcQualityFacts(dataSource, diagnoser.rules(), bulk);
        this.derived = new DerivedRows(jdbc, facts, bulk);
        this.summaries = new SummaryRows(diagnoser.ruleSetVersion());
    }

    /**
     * Two on PostgreSQL, whose transactions run side by side and wait for each other's rows rather than fail; one on
     * H2, where writers of the same totals time out waiting for each other's locks.
     */
    @Override
    public int writersAtOnce() {
        return bulk.onPostgres() ? 2 : 1;
    }

    @Override
    public UpsertOutcome upsert(CallRecord record, String rawJson) {
        return upsertAll(List.of(new ReceivedRecord(record, rawJson))).get(0);
    }

    /**
     * Diagnoses the records in parallel on the available cores, then stores them in one transaction with a few
     * batched statements: the records are stored wholly or not at all.
     */
    @Override
    public List<UpsertOutcome> upsertAll(List<ReceivedRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<PreparedCall> calls = records.parallelStream()
                .map(r -> PreparedCall.of(r.record(), r.rawJson(), diagnoser)).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    List<UpsertOutcome> outcomes = new ArrayList<>();
                    for (List<PreparedCall> run : distinctRuns(calls)) {
                        outcomes.addAll(upsertInTransaction(run));
                    }
                    return outcomes;
                });
            } catch (DuplicateKeyException e) {
                if (attempt == UPSERT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The calls cut into runs without a repeated id, in order, so a later version of a call meets the earlier. */
    private static List<List<PreparedCall>> distinctRuns(List<PreparedCall> calls) {
        List<List<PreparedCall>> runs = new ArrayList<>();
        List<PreparedCall> run = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (PreparedCall call : calls) {
            if (!ids.add(call.record().id())) {
                runs.add(run);
                run = new ArrayList<>();
                ids.clear();
                ids.add(call.record().id());
            }
            run.add(call);
        }
        runs.add(run);
        return runs;
    }

    /** Calls with distinct ids: each compared with its stored version, then all written by a few batches. */
    private List<UpsertOutcome> upsertInTransaction(List<PreparedCall> calls) {
        List<String> ids = calls.stream().map(call -> call.record().id()).toList();
        Map<String, Long> storedVersions = new HashMap<>();
        Map<String, Long> numbers = new HashMap<>();
        jdbc.query("SELECT id, version, seq FROM call_record WHERE id IN (" + Marks.of(ids.size())
                + ") ORDER BY id FOR UPDATE",
                rs -> {
                    storedVersions.put(rs.getString(1), rs.getLong(2));
                    numbers.put(rs.getString(1), rs.getLong(3));
                }, ids.toArray());
        List<String> sameVersion = calls.stream().map(PreparedCall::record)
                .filter(r -> Long.valueOf(r.version()).equals(storedVersions.get(r.id()))).map(CallRecord::id).toList();
        Map<String, String> storedJson = new HashMap<>();
        if (!sameVersion.isEmpty()) {
            jdbc.query("SELECT id, raw_json FROM call_record WHERE id IN (" + Marks.of(sameVersion.size()) + ")",
                    rs -> {
                        storedJson.put(rs.getString(1), rs.getString(2));
                    }, sameVersion.toArray());
        }
        long now = clock.millis();
        List<UpsertOutcome> outcomes = new ArrayList<>();
        List<PreparedCall> inserted = new ArrayList<>();
        List<PreparedCall> updated = new ArrayList<>();
        for (PreparedCall call : calls) {
            Long stored = storedVersions.get(call.record().id());
            if (stored == null) {
                inserted.add(call);
                outcomes.add(UpsertOutcome.INSERTED);
            } else if (stored > call.record().version()) {
                outcomes.add(UpsertOutcome.STALE);
            } else if (stored == call.record().version()
                    && SameContent.of(storedJson.get(call.record().id()), call.rawJson())) {
                outcomes.add(UpsertOutcome.UNCHANGED);
            } else {
                updated.add(call);
                outcomes.add(UpsertOutcome.UPDATED);
            }
        }
        // Written in id order, as every writer locks call records, so two batches of the same calls never deadlock.
        inserted.sort(Comparator.comparing(call -> call.record().id()));
        updated.sort(Comparator.comparing(call -> call.record().id()));
        // Not by COPY: escaping each record's JSON for it cost this thread what the database saved.
        bulk.batchInto("call_record", RECORD_COLUMNS, inserted.stream().map(call -> recordRow(call, now)).toList());
        numbers.putAll(numbersOf(inserted));
        jdbc.batchUpdate("UPDATE call_record SET version = ?, start_ms = ?, end_ms = ?, raw_json = ?, stored_ms = ?, "
                + "rule_set_version = ?, diagnosis = ?, kind = ?, modalities = ?, parties = ?, party_count = ? "
                + "WHERE id = ?", updated.stream().map(call -> recordRow(call, now)).toList());
        jdbc.batchUpdate("DELETE FROM call_participant WHERE call_seq = ?",
                updated.stream().map(call -> new Object[] {numbers.get(call.record().id())}).toList());
        List<StoredCall> changed = new ArrayList<>();
        inserted.forEach(call -> changed.add(new StoredCall(call, numbers.get(call.record().id()), true)));
        updated.forEach(call -> changed.add(new StoredCall(call, numbers.get(call.record().id()), false)));
        derived.write(changed);
        return outcomes;
    }

    /** The numbers the database gave the records just inserted, by call id. */
    private Map<String, Long> numbersOf(List<PreparedCall> inserted) {
        Map<String, Long> numbers = new HashMap<>();
        for (List<String> some : Marks.chunks(inserted.stream().map(call -> call.record().id()).toList())) {
            jdbc.query("SELECT id, seq FROM call_record WHERE id IN (" + Marks.of(some.size()) + ")",
                    rs -> {
                        numbers.put(rs.getString(1), rs.getLong(2));
                    }, some.toArray());
        }
        return numbers;
    }

    /** The start of every query of users, whose rows {@link #knownUser} reads. */
    private static final String KNOWN_USERS = "SELECT id, display_name, upn, tenant_id, last_seen_ms FROM known_user ";

    /** The columns of {@link #recordRow}, in its order. */
    private static final List<String> RECORD_COLUMNS = List.of("version", "start_ms", "end_ms", "raw_json", "stored_ms",
            "rule_set_version", "diagnosis", "kind", "modalities", "parties", "party_count", "id");

    /** The values of a call_record row, its id last. */
    private Object[] recordRow(PreparedCall call, long now) {
        CallRecord record = call.record();
        return new Object[] {record.version(), call.startMs(), call.endMs(), call.rawJson(), now,
                diagnoser.ruleSetVersion(), call.diagnosisJson(), record.kind().name(), call.modalities(),
                call.partiesJson(), call.participants().size(), record.id()};
    }

    @Override
    public Optional<CallRecord> findById(String callId) {
        return jdbc.query("SELECT raw_json FROM call_record WHERE id = ?", (rs, n) -> parse(rs.getString(1)), callId)
                .stream().findFirst();
    }

    @Override
    public OptionalLong storedVersion(String callId) {
        return jdbc.queryForList("SELECT version FROM call_record WHERE id = ?", Long.class, callId).stream()
                .mapToLong(Long::longValue).findFirst();
    }

    @Override
    public CallPage findCallsOfUser(String userId, Instant from, Instant to, int limit, PageCursor after) {
        UserPage<CallRecord> rows = pageOfUser("p.call_id, p.start_ms, r.raw_json", (rs, n) -> parse(rs.getString(3)),
                userId, from, to, limit, after);
        if (rows.rows().size() <= limit) {
            return new CallPage(rows.rows(), Optional.empty(), rows.total());
        }
        List<CallRecord> page = rows.rows().subList(0, limit);
        CallRecord last = page.get(limit - 1);
        return new CallPage(page, Optional.of(new PageCursor(last.start(), last.id(), rows.total())), rows.total());
    }

    /**
     * From the summary columns alone; a stale row (made under another rule set, or stored before the columns
     * existed) is worked out again from its record, and stored, before it is shown.
     */
    @Override
    public SummaryPage summariesOfUser(String userId, Instant from, Instant to, int limit, PageCursor after) {
        UserPage<SummaryRows.Listed> page = pageOfUser(SummaryRows.COLUMNS, summaries::read, userId, from, to, limit,
                after);
        List<SummaryRows.Listed> rows = page.rows();
        List<SummaryRows.Listed> shown = rows.subList(0, Math.min(limit, rows.size()));
        Map<String, PreparedCall> recomputed = new HashMap<>();
        rediagnose(shown.stream().filter(row -> row.summary().isEmpty()).map(SummaryRows.Listed::callId).toList())
                .forEach(call -> recomputed.put(call.record().id(), call));
        List<CallSummary> listed = new ArrayList<>();
        for (SummaryRows.Listed row : shown) {
            row.summary().or(() -> Optional.ofNullable(recomputed.get(row.callId())).map(c -> c.summaryFor(userId)))
                    .ifPresent(listed::add);
        }
        if (rows.size() <= limit) {
            return new SummaryPage(listed, Optional.empty(), page.total());
        }
        SummaryRows.Listed last = rows.get(limit - 1);
        return new SummaryPage(listed, Optional.of(new PageCursor(last.start(), last.callId(), page.total())),
                page.total());
    }

    /** A page of a user's calls, one row more than asked when another page follows, and the window's total. */
    private record UserPage<T>(List<T> rows, int total) {
    }

    /** The calls of a user in the window, as counted by {@link #pageOfUser}: the same index range as the page. */
    private static final String CALLS_IN_WINDOW = "(SELECT COUNT(*) FROM call_participant c "
            + "WHERE c.identity_kind = 'USER' AND c.identity_id = ? AND c.start_ms >= ? AND c.start_ms < ?)";

    /**
     * One page of a user's calls, one row more than the limit to tell whether another page follows, and how many
     * calls the window holds: what the previous page's cursor says, else counted by the same statement, in a column
     * after the given ones (one round trip, not two, for every first page).
     */
    private <T> UserPage<T> pageOfUser(String columns, RowMapper<T> row, String userId, Instant from, Instant to,
                                       int limit, PageCursor after) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        boolean counted = after == null || !after.knowsTotal();
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + columns);
        if (counted) {
            sql.append(", ").append(CALLS_IN_WINDOW);
            args.addAll(List.of(userId, from.toEpochMilli(), to.toEpochMilli()));
        }
        sql.append(" FROM call_participant p JOIN call_record r ON r.seq = p.call_seq "
                + "WHERE p.identity_kind = 'USER' AND p.identity_id = ? AND p.start_ms >= ? AND p.start_ms < ? ");
        args.addAll(List.of(userId, from.toEpochMilli(), to.toEpochMilli()));
        if (after != null) {
            sql.append("AND (p.start_ms < ? OR (p.start_ms = ? AND p.call_id < ?)) ");
            args.addAll(List.of(after.start().toEpochMilli(), after.start().toEpochMilli(), after.callId()));
        }
        sql.append("ORDER BY p.start_ms DESC, p.call_id DESC LIMIT ?");
        args.add(limit + 1);
        int totalColumn = columns.split(",").length + 1;
        int[] total = {counted ? 0 : after.total()};
        List<T> rows = jdbc.query(sql.toString(), (rs, n) -> {
            if (counted) {
                total[0] = rs.getInt(totalColumn);
            }
            return row.mapRow(rs, n);
        }, args.toArray());
        if (counted && rows.isEmpty() && after != null) {
            // A later page of a cursor that does not know the total: nothing is left to count it with.
            total[0] = countInWindow(userId, from, to);
        }
        return new UserPage<>(rows, total[0]);
    }

    private int countInWindow(String userId, Instant from, Instant to) {
        Integer total = jdbc.queryForObject("SELECT " + CALLS_IN_WINDOW, Integer.class, userId,
                from.toEpochMilli(), to.toEpochMilli());
        return total == null ? 0 : total;
    }

    /**
     * An object id or UPN is looked up in its index first: it names one person, and the search of every user's name
     * and UPN (which reads the whole table, slow in a tenant of many thousands) is left for the terms that are not.
     */
    @Override
    public List<KnownUser> findUsers(String term, int limit) {
        String exact = lower(term.trim());
        List<KnownUser> identified = jdbc.query(KNOWN_USERS
                + "WHERE id = ? OR id = ? OR upn_lc = ? ORDER BY last_seen_ms DESC, id LIMIT ?",
                JdbcCallRecordStore::knownUser, term.trim(), exact, exact, limit);
        if (!identified.isEmpty()) {
            return identified;
        }
        String like = "%" + exact.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query(KNOWN_USERS
                + "WHERE id = ? OR id = ? OR alias = ? OR upn_lc = ? OR display_name_lc = ? "
                + "OR display_name_lc LIKE ? ESCAPE '\\' OR upn_lc LIKE ? ESCAPE '\\' "
                + "ORDER BY last_seen_ms DESC, id LIMIT ?",
                JdbcCallRecordStore::knownUser, term.trim(), exact, exact, exact, exact, like, like, limit);
    }

    @Override
    public Optional<KnownUser> findUser(String userId) {
        return jdbc.query(KNOWN_USERS + "WHERE id = ?",
                JdbcCallRecordStore::knownUser, userId).stream().findFirst();
    }

    @Override
    public Map<String, CallDiagnosis> diagnosesOf(Collection<String> callIds) {
        Map<String, CallDiagnosis> result = new HashMap<>();
        if (callIds.isEmpty()) {
            return result;
        }
        List<String> stale = new ArrayList<>();
        String sql = "SELECT id, rule_set_version, diagnosis FROM call_record WHERE id IN (" + Marks.of(callIds.size())
                + ")";
        jdbc.query(sql, rs -> {
            if (diagnoser.ruleSetVersion().equals(rs.getString(2)) && rs.getString(3) != null) {
                result.put(rs.getString(1), DiagnosisJson.read(rs.getString(3)));
            } else {
                stale.add(rs.getString(1));
            }
        }, callIds.toArray());
        rediagnose(stale).forEach(call -> result.put(call.record().id(), call.diagnosis()));
        return result;
    }

    /**
     * Along the primary key, so a long refresh reads the table once, not once per batch. A call is stale when its
     * rating was made under other rules, or a row derived from it is missing: its list columns (a store from before
     * them) or its summary facts (a store from before the summaries), which recomputing writes.
     */
    @Override
    public RefreshedBatch refreshStaleDiagnoses(String after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        List<String> stale = jdbc.queryForList("SELECT id FROM call_record WHERE id > ? AND (rule_set_version IS NULL "
                + "OR rule_set_version <> ? OR diagnosis IS NULL OR kind IS NULL OR NOT EXISTS (SELECT 1 FROM call_quality q "
                + "WHERE q.call_seq = call_record.seq)) ORDER BY id LIMIT ?", String.class,
                after, diagnoser.ruleSetVersion(), limit);
        int recomputed = rediagnose(stale).size();
        return new RefreshedBatch(recomputed, stale.size() < limit ? null : stale.get(stale.size() - 1));
    }

    /**
     * Recomputes the calls' diagnoses and list summaries from the records as received, in one transaction; the
     * records themselves are not touched. Only where no newer version arrived meanwhile: that one brought its own.
     *
     * @return the calls still stored, recomputed
     */
    private List<PreparedCall> rediagnose(List<String> callIds) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        Map<String, Long> numbers = new HashMap<>();
        List<String> stored = jdbc.query("SELECT id, raw_json, seq FROM call_record WHERE id IN ("
                + Marks.of(callIds.size()) + ")", (rs, n) -> {
                    numbers.put(rs.getString(1), rs.getLong(3));
                    return rs.getString(2);
                }, callIds.toArray());
        // In id order, as every writer locks call records, so two recomputing the same calls wait rather than deadlock.
        List<PreparedCall> calls = stored.parallelStream().map(raw -> PreparedCall.of(parse(raw), raw, diagnoser))
                .sorted(Comparator.comparing(call -> call.record().id())).toList();
        transactions.executeWithoutResult(status -> {
            int[] updated = jdbc.batchUpdate("UPDATE call_record SET rule_set_version = ?, diagnosis = ?, kind = ?, "
                    + "modalities = ?, parties = ?, party_count = ? WHERE id = ? AND version = ?", calls.stream()
                    .map(call -> new Object[] {diagnoser.ruleSetVersion(), call.diagnosisJson(),
                            call.record().kind().name(), call.modalities(), call.partiesJson(),
                            call.participants().size(), call.record().id(), call.record().version()}).toList());
            List<StoredCall> kept = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                if (updated[i] != 0) {
                    kept.add(new StoredCall(calls.get(i), numbers.get(calls.get(i).record().id()), false));
                }
            }
            jdbc.batchUpdate("DELETE FROM call_participant WHERE call_seq = ?",
                    kept.stream().map(call -> new Object[] {call.seq()}).toList());
            derived.writeRecomputed(kept);
        });
        return calls;
    }

    @Override
    public long countCalls() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM call_record", Long.class);
        return count == null ? 0 : count;
    }

    private static KnownUser knownUser(ResultSet rs, int row) throws SQLException {
        return new KnownUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)));
    }

    private CallRecord parse(String rawJson) {
        try {
            return parser.parse(json.readTree(rawJson));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored call record is not JSON any more", e);
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** One transaction per batch: a batch is deleted wholly or not at all, and a long purge holds no lock for long. */
    @Override
    public int deleteCallsStartedBefore(Instant cutoff, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return transactions.execute(status -> {
            List<Long> numbers = jdbc.queryForList("SELECT seq FROM call_record WHERE start_ms < ? "
                    + "ORDER BY start_ms, id LIMIT ?", Long.class, cutoff.toEpochMilli(), limit);
            for (Long seq : numbers) {
                jdbc.update("DELETE FROM call_participant WHERE call_seq = ?", seq);
                jdbc.update("DELETE FROM call_record WHERE seq = ?", seq);
            }
            return numbers.size();
        });
    }
}
