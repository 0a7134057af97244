package com.calltriage.store;

import com.calltriage.callrecord.Identity;
import com.calltriage.quality.CallSummary;
import com.calltriage.quality.DiagnosisJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row derived from a call record that is stored beside it, written in one place for a whole batch of records:
 * the participant index with each user's list summary (verdict and main cause), the summary's quality facts with
 * their totals, and the users seen. Whatever else
 * comes to be derived per record (or per session) at store time belongs in {@link #writeRows}, so single
 * upserts, batched imports and recomputed diagnoses all write it. Runs inside the caller's transaction; the
 * records' participant rows must be gone already.
 */
final class DerivedRows {
    private final JdbcTemplate jdbc;
    private static final List<String> PARTICIPANT_COLUMNS = List.of("call_seq", "call_id", "identity_kind",
            "identity_id", "start_ms", "verdict", "main_cause");

    private final JdbcQualityFacts facts;
    private final BulkInsert bulk;

    DerivedRows(JdbcTemplate jdbc, JdbcQualityFacts facts, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.bulk = bulk;
    }

    /** For records stored new or in a new version: every derived row, and the users they name. */
    void write(List<StoredCall> calls) {
        writeRows(calls);
        rememberUsers(calls.stream().map(StoredCall::call).toList());
    }

    /**
     * For records whose diagnosis was recomputed: every row derived from a record and its diagnosis, but not the
     * users, who were remembered when the record was stored (recomputing must not lock their rows).
     */
    void writeRecomputed(List<StoredCall> calls) {
        writeRows(calls);
    }

    /** Every row derived from a record and its diagnosis. */
    private void writeRows(List<StoredCall> stored) {
        List<Object[]> participants = new ArrayList<>();
        for (StoredCall row : stored) {
            PreparedCall call = row.call();
            for (Identity identity : call.participants()) {
                String verdict = null;
                String mainCause = null;
                if (identity.kind() == Identity.Kind.USER) {
                    CallSummary summary = call.summaryFor(identity.id());
                    verdict = summary.verdict().name();
                    mainCause = DiagnosisJson.writeReason(summary.mainCause());
                }
                participants.add(new Object[] {row.seq(), call.record().id(), identity.kind().name(), identity.id(),
                        call.startMs(), verdict, mainCause});
            }
        }
        bulk.into("call_participant", PARTICIPANT_COLUMNS, participants);
        facts.write(stored.stream().map(row -> new JdbcQualityFacts.Diagnosed(row.call().record(),
                row.call().diagnosis(), row.seq(), row.firstStored())).toList());
    }

    /** A row of known_user. */
    private record KnownUserRow(String id, String displayName, String upn, String alias, String tenantId,
                                long lastSeen) {

        static KnownUserRow of(Identity user, long seen) {
            return new KnownUserRow(user.id(), user.displayName(), user.userPrincipalName(), user.alias().orElse(null),
                    user.tenantId(), seen);
        }

        /**
         * After one more sighting: a newer one brings the name it has, an older one only fills in what is missing,
         * and a UPN is never forgotten.
         */
        KnownUserRow seenAgain(KnownUserRow sighting) {
            if (lastSeen <= sighting.lastSeen) {
                return new KnownUserRow(id, either(sighting.displayName, displayName), either(sighting.upn, upn),
                        either(sighting.alias, alias), either(sighting.tenantId, tenantId), sighting.lastSeen);
            }
            return new KnownUserRow(id, displayName, either(upn, sighting.upn), either(alias, sighting.alias),
                    either(tenantId, sighting.tenantId), lastSeen);
        }

        Object[] values() {
            return new Object[] {displayName, lower(displayName), upn, lower(upn), alias, tenantId, lastSeen, id};
        }
    }

    /**
     * Every user sighting of the calls merged, in order, into the users' rows as stored, then written back with one
     * batch of updates and one of inserts. The rows read are locked, in id order, until the transaction ends.
     */
    private void rememberUsers(List<PreparedCall> calls) {
        Map<String, KnownUserRow> sightings = new TreeMap<>();
        List<KnownUserRow> inOrder = new ArrayList<>();
        for (PreparedCall call : calls) {
            for (Identity identity : call.participants()) {
                if (identity.kind() == Identity.Kind.USER) {
                    KnownUserRow sighting = KnownUserRow.of(identity, call.startMs());
                    inOrder.add(sighting);
                    sightings.putIfAbsent(sighting.id(), sighting);
                }
            }
        }
        if (inOrder.isEmpty()) {
            return;
        }
        Map<String, KnownUserRow> stored = new HashMap<>();
        List<String> ids = new ArrayList<>(sightings.keySet());
        for (List<String> some : Marks.chunks(ids)) {
            jdbc.query("SELECT id, display_name, upn, alias, tenant_id, last_seen_ms FROM known_user WHERE id IN ("
                    + Marks.of(some.size()) + ") ORDER BY id FOR UPDATE", rs -> {
                        stored.put(rs.getString(1), new KnownUserRow(rs.getString(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)));
                    }, some.toArray());
        }
        Map<String, KnownUserRow> merged = new TreeMap<>(stored);
        for (KnownUserRow sighting : inOrder) {
            merged.merge(sighting.id(), sighting, KnownUserRow::seenAgain);
        }
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        merged.forEach((id, row) -> {
            if (!stored.containsKey(id)) {
                inserts.add(row.values());
            } else if (!stored.get(id).equals(row)) {
                updates.add(row.values());
            }
        });
        jdbc.batchUpdate("UPDATE known_user SET display_name = ?, display_name_lc = ?, upn = ?, upn_lc = ?, alias = ?, "
                + "tenant_id = ?, last_seen_ms = ? WHERE id = ?", updates);
        jdbc.batchUpdate("INSERT INTO known_user (display_name, display_name_lc, upn, upn_lc, alias, tenant_id, "
                + "last_seen_ms, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", inserts);
    }

    private static String either(String preferred, String otherwise) {
        return preferred != null ? preferred : otherwise;
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
