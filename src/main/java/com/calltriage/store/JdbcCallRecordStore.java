package com.calltriage.store;

// Long because: the record, its index, its diagnosis and the summary's facts of it are written in one transaction.

import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.PageCursor;
import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.callrecord.json.SameContent;
import com.calltriage.quality.CallDiagnoser;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.DiagnosisJson;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.QualityRules;
import com.calltriage.summary.FactsBackfill;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The call record store on JDBC: H2 by default, PostgreSQL in production, one schema (Flyway) for both.
 * Each upsert runs in one transaction, so a record is stored with its index and its diagnosis wholly or
 * not at all.
 */
public class JdbcCallRecordStore implements CallRecordStore, DiagnosisStore, FactsBackfill {
    /** Two first inserts of one id can race; the loser sees a duplicate key and simply tries again. */
    private static final int UPSERT_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CallRecordParser parser = new CallRecordParser();
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final CallDiagnoser diagnoser;
    private final JdbcQualityFacts facts;

    public JdbcCallRecordStore(DataSource dataSource, Clock clock) {
        this(dataSource, clock, new CallDiagnoser(QualityRules.standard()));
    }

    public JdbcCallRecordStore(DataSource dataSource, Clock clock, CallDiagnoser diagnoser) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
        this.diagnoser = diagnoser;
        this.facts = new JdbcQualityFacts(dataSource, diagnoser.rules());
    }

    @Override
    public UpsertOutcome upsert(CallRecord record, String rawJson) {
        CallDiagnosis diagnosed = diagnoser.diagnose(record);
        String diagnosis = DiagnosisJson.write(diagnosed);
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    UpsertOutcome outcome = upsertInTransaction(record, rawJson, diagnosis);
                    if (outcome == UpsertOutcome.INSERTED || outcome == UpsertOutcome.UPDATED) {
                        facts.write(List.of(new JdbcQualityFacts.Diagnosed(record, diagnosed)));
                    }
                    return outcome;
                });
            } catch (DuplicateKeyException e) {
                if (attempt == UPSERT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private UpsertOutcome upsertInTransaction(CallRecord record, String rawJson, String diagnosis) {
        List<Long> stored = jdbc.queryForList(
                "SELECT version FROM call_record WHERE id = ? FOR UPDATE", Long.class, record.id());
        long now = clock.millis();
        Long end = record.end() == null ? null : record.end().toEpochMilli();
        UpsertOutcome outcome;
        if (stored.isEmpty()) {
            jdbc.update("INSERT INTO call_record (id, version, start_ms, end_ms, raw_json, stored_ms, "
                    + "rule_set_version, diagnosis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    record.id(), record.version(), record.start().toEpochMilli(), end, rawJson, now,
                    diagnoser.ruleSetVersion(), diagnosis);
            outcome = UpsertOutcome.INSERTED;
        } else if (stored.get(0) > record.version()) {
            return UpsertOutcome.STALE;
        } else if (stored.get(0) == record.version() && SameContent.of(jdbc.queryForObject(
                "SELECT raw_json FROM call_record WHERE id = ?", String.class, record.id()), rawJson)) {
            return UpsertOutcome.UNCHANGED;
        } else {
            jdbc.update("UPDATE call_record SET version = ?, start_ms = ?, end_ms = ?, raw_json = ?, stored_ms = ?, "
                    + "rule_set_version = ?, diagnosis = ? WHERE id = ?",
                    record.version(), record.start().toEpochMilli(), end, rawJson, now,
                    diagnoser.ruleSetVersion(), diagnosis, record.id());
            jdbc.update("DELETE FROM call_participant WHERE call_id = ?", record.id());
            outcome = UpsertOutcome.UPDATED;
        }
        for (Identity identity : CallParticipants.of(record)) {
            jdbc.update("INSERT INTO call_participant (call_id, identity_kind, identity_id, start_ms) VALUES (?, ?, ?, ?)",
                    record.id(), identity.kind().name(), identity.id(), record.start().toEpochMilli());
            if (identity.kind() == Identity.Kind.USER) {
                rememberUser(identity, record.start());
            }
        }
        return outcome;
    }

    /** Keeps the newest name seen for a user, and never forgets a UPN a newer record left out. */
    private void rememberUser(Identity user, Instant seen) {
        String upn = user.userPrincipalName();
        String alias = user.alias().orElse(null);
        int updated = jdbc.update("UPDATE known_user SET "
                + "display_name = COALESCE(?, display_name), display_name_lc = COALESCE(?, display_name_lc), "
                + "upn = COALESCE(?, upn), upn_lc = COALESCE(?, upn_lc), alias = COALESCE(?, alias), "
                + "tenant_id = COALESCE(?, tenant_id), last_seen_ms = ? WHERE id = ? AND last_seen_ms <= ?",
                user.displayName(), lower(user.displayName()), upn, lower(upn), alias, user.tenantId(),
                seen.toEpochMilli(), user.id(), seen.toEpochMilli());
        if (updated > 0) {
            return;
        }
        int older = jdbc.update("UPDATE known_user SET upn = COALESCE(upn, ?), upn_lc = COALESCE(upn_lc, ?), "
                + "alias = COALESCE(alias, ?), tenant_id = COALESCE(tenant_id, ?) WHERE id = ?",
                upn, lower(upn), alias, user.tenantId(), user.id());
        if (older == 0) {
            jdbc.update("INSERT INTO known_user (id, display_name, display_name_lc, upn, upn_lc, alias, tenant_id, "
                    + "last_seen_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    user.id(), user.displayName(), lower(user.displayName()), upn, lower(upn), alias,
                    user.tenantId(), seen.toEpochMilli());
        }
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
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        StringBuilder sql = new StringBuilder("SELECT p.call_id, p.start_ms, r.raw_json FROM call_participant p "
                + "JOIN call_record r ON r.id = p.call_id "
                + "WHERE p.identity_kind = 'USER' AND p.identity_id = ? AND p.start_ms >= ? AND p.start_ms < ? ");
        List<Object> args = new ArrayList<>(List.of(userId, from.toEpochMilli(), to.toEpochMilli()));
        if (after != null) {
            sql.append("AND (p.start_ms < ? OR (p.start_ms = ? AND p.call_id < ?)) ");
            args.addAll(List.of(after.start().toEpochMilli(), after.start().toEpochMilli(), after.callId()));
        }
        sql.append("ORDER BY p.start_ms DESC, p.call_id DESC LIMIT ?");
        args.add(limit + 1);
        List<CallRecord> rows = jdbc.query(sql.toString(), (rs, n) -> parse(rs.getString(3)), args.toArray());
        // The same index range as the page, counted: cheap next to reading the records themselves.
        Integer total = jdbc.queryForObject("SELECT COUNT(*) FROM call_participant WHERE identity_kind = 'USER' "
                + "AND identity_id = ? AND start_ms >= ? AND start_ms < ?", Integer.class, userId,
                from.toEpochMilli(), to.toEpochMilli());
        if (rows.size() <= limit) {
            return new CallPage(rows, Optional.empty(), total == null ? rows.size() : total);
        }
        List<CallRecord> page = rows.subList(0, limit);
        CallRecord last = page.get(limit - 1);
        return new CallPage(page, Optional.of(new PageCursor(last.start(), last.id())), total == null ? 0 : total);
    }

    @Override
    public List<KnownUser> findUsers(String term, int limit) {
        String exact = lower(term.trim());
        String like = "%" + exact.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("SELECT id, display_name, upn, tenant_id, last_seen_ms FROM known_user "
                + "WHERE id = ? OR id = ? OR alias = ? OR upn_lc = ? OR display_name_lc = ? "
                + "OR display_name_lc LIKE ? ESCAPE '\\' OR upn_lc LIKE ? ESCAPE '\\' "
                + "ORDER BY last_seen_ms DESC, id LIMIT ?",
                JdbcCallRecordStore::knownUser, term.trim(), exact, exact, exact, exact, like, like, limit);
    }

    @Override
    public Optional<KnownUser> findUser(String userId) {
        return jdbc.query("SELECT id, display_name, upn, tenant_id, last_seen_ms FROM known_user WHERE id = ?",
                JdbcCallRecordStore::knownUser, userId).stream().findFirst();
    }

    @Override
    public Map<String, CallDiagnosis> diagnosesOf(Collection<String> callIds) {
        Map<String, CallDiagnosis> result = new HashMap<>();
        if (callIds.isEmpty()) {
            return result;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(callIds.size(), "?"));
        List<String> stale = new ArrayList<>();
        jdbc.query("SELECT id, rule_set_version, diagnosis FROM call_record WHERE id IN (" + marks + ")", rs -> {
            if (diagnoser.ruleSetVersion().equals(rs.getString(2)) && rs.getString(3) != null) {
                result.put(rs.getString(1), DiagnosisJson.read(rs.getString(3)));
            } else {
                stale.add(rs.getString(1));
            }
        }, callIds.toArray());
        stale.forEach(id -> rediagnose(id).ifPresent(d -> result.put(id, d)));
        return result;
    }

    @Override
    public int refreshStaleDiagnoses() {
        List<String> stale = jdbc.queryForList("SELECT id FROM call_record WHERE rule_set_version IS NULL "
                + "OR rule_set_version <> ? OR diagnosis IS NULL", String.class, diagnoser.ruleSetVersion());
        stale.forEach(this::rediagnose);
        return stale.size();
    }

    /** Recomputes one call's diagnosis from the record as received; the record itself is not touched. */
    private Optional<CallDiagnosis> rediagnose(String callId) {
        return findById(callId).map(record -> {
            CallDiagnosis diagnosis = diagnoser.diagnose(record);
            // Only if no newer version arrived meanwhile: that one brought its own diagnosis, and its facts.
            transactions.executeWithoutResult(status -> {
                int updated = jdbc.update("UPDATE call_record SET rule_set_version = ?, diagnosis = ? "
                        + "WHERE id = ? AND version = ?",
                        diagnoser.ruleSetVersion(), DiagnosisJson.write(diagnosis), callId, record.version());
                if (updated > 0) {
                    facts.write(List.of(new JdbcQualityFacts.Diagnosed(record, diagnosis)));
                }
            });
            return diagnosis;
        });
    }

    /**
     * Writes the summary's facts of stored calls that have none yet (a store from before the facts existed), at
     * most {@code limit} calls in one transaction, oldest first; returns how many. The diagnosis is the stored one
     * when current, so the facts say what details says.
     */
    @Override
    public int fillMissingFacts(int limit) {
        List<String> ids = jdbc.queryForList("SELECT r.id FROM call_record r LEFT JOIN call_quality q "
                + "ON q.call_id = r.id WHERE q.call_id IS NULL ORDER BY r.start_ms, r.id LIMIT ?", String.class, limit);
        if (ids.isEmpty()) {
            return 0;
        }
        Map<String, CallDiagnosis> diagnosed = diagnosesOf(ids);
        List<JdbcQualityFacts.Diagnosed> batch = new ArrayList<>();
        for (String id : ids) {
            findById(id).filter(r -> diagnosed.containsKey(id))
                    .ifPresent(r -> batch.add(new JdbcQualityFacts.Diagnosed(r, diagnosed.get(id))));
        }
        transactions.executeWithoutResult(status -> facts.write(batch));
        return ids.size();
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
            List<String> ids = jdbc.queryForList("SELECT id FROM call_record WHERE start_ms < ? ORDER BY start_ms, id "
                    + "LIMIT ?", String.class, cutoff.toEpochMilli(), limit);
            for (String id : ids) {
                jdbc.update("DELETE FROM call_participant WHERE call_id = ?", id);
                jdbc.update("DELETE FROM call_record WHERE id = ?", id);
            }
            return ids.size();
        });
    }
}
