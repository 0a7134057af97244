package com.calltriage.store;

import com.calltriage.callrecord.Identity;
import com.calltriage.quality.CallSummary;
import com.calltriage.quality.DiagnosisJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row derived from a call record that is stored beside it, written in one place for a whole batch of records:
 * the participant index with each user's list summary (verdict and main cause), and the users seen. Whatever else
 * comes to be derived per record at store time belongs here too, so single upserts, batched imports and
 * recomputed diagnoses all write it. Runs inside the caller's transaction; the records' participant rows must be
 * gone already.
 */
final class DerivedRows {
    private final JdbcTemplate jdbc;

    DerivedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<PreparedCall> calls) {
        List<Object[]> participants = new ArrayList<>();
        for (PreparedCall call : calls) {
            for (Identity identity : call.participants()) {
                String verdict = null;
                String mainCause = null;
                if (identity.kind() == Identity.Kind.USER) {
                    CallSummary summary = call.summaryFor(identity.id());
                    verdict = summary.verdict().name();
                    mainCause = DiagnosisJson.writeReason(summary.mainCause());
                }
                participants.add(new Object[] {call.record().id(), identity.kind().name(), identity.id(),
                        call.startMs(), verdict, mainCause});
            }
        }
        jdbc.batchUpdate("INSERT INTO call_participant (call_id, identity_kind, identity_id, start_ms, verdict, "
                + "main_cause) VALUES (?, ?, ?, ?, ?, ?)", participants);
        for (PreparedCall call : calls) {
            for (Identity identity : call.participants()) {
                if (identity.kind() == Identity.Kind.USER) {
                    rememberUser(identity, call.record().start());
                }
            }
        }
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

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
