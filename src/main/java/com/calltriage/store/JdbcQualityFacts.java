package com.calltriage.store;

import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Cause;
import com.calltriage.quality.MediaKind;
import com.calltriage.quality.QualityRules;
import com.calltriage.quality.RuleBreaches;
import com.calltriage.quality.Verdict;
import com.calltriage.summary.CallQualityFacts;
import com.calltriage.summary.QualityCounts;
import com.calltriage.summary.SideFacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the summary's facts of calls (tables {@code call_quality} and {@code session_quality}) and keeps their
 * hourly totals ({@code quality_hourly}) in step: the old facts of a call are taken out of the totals and the new
 * ones added, so storing a call again or re-diagnosing it never counts it twice. Runs in the caller's transaction
 * (the one that stores the record); {@link #write} takes any number of calls and writes them with batched
 * statements, so a bulk import writes a batch's facts in a few round trips.
 *
 * <p>Totals are updated in a fixed order of their keys, so two writers never wait for each other in a circle. On
 * PostgreSQL a total that two first writers insert at once is inserted by one and added to by the other; elsewhere it
 * fails one of them with a duplicate key, and the caller retries.
 */
public class JdbcQualityFacts {
    private static final long HOUR = Duration.ofHours(1).toMillis();
    static final String SIDE_COLUMNS = "call_id, session_id, side, start_ms, media, verdict, cause, poor, setup_failed, "
            + "dropped, audio_good, audio_poor, connection_type, wifi_band, vpn, building, subnet, inside_corp, "
            + "client_version";

    /** The columns written of a side: the number of the record they derive from, then {@link #SIDE_COLUMNS}. */
    private static final List<String> SIDE_COLUMN_LIST = List.of(("call_seq, " + SIDE_COLUMNS).split(", "));
    private static final List<String> CALL_COLUMNS = List.of("call_seq", "call_id", "start_ms", "verdict", "cause",
            "setup_failed", "dropped", "audio_good", "audio_poor");

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final RuleBreaches breaches;
    private final JdbcBuildingStore buildings;

    public JdbcQualityFacts(DataSource dataSource, QualityRules rules) {
        this(dataSource, rules, new BulkInsert(new JdbcTemplate(dataSource)));
    }

    /** With the bulk insert of the store the facts are written for, which knows its database already. */
    JdbcQualityFacts(DataSource dataSource, QualityRules rules, BulkInsert bulk) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.bulk = bulk;
        this.breaches = new RuleBreaches(rules);
        this.buildings = new JdbcBuildingStore(dataSource);
    }

    /**
     * A call record with the diagnosis just made of it.
     *
     * @param seq         the record's number in the store, which keys its facts
     * @param firstStored the record was inserted in the caller's transaction: it has no facts yet (they reference
     *                    the record), so there are none to read and take out of the totals
     */
    public record Diagnosed(CallRecord record, CallDiagnosis diagnosis, long seq, boolean firstStored) {
    }

    /** Replaces the facts of these calls with facts of their current diagnoses, and moves the totals with them. */
    public void write(List<Diagnosed> calls) {
        if (calls.isEmpty()) {
            return;
        }
        BuildingMap map = BuildingMap.of(buildings.findAll());
        List<Long> numbers = calls.stream().filter(c -> !c.firstStored()).map(Diagnosed::seq).distinct().toList();
        Map<HourKey, QualityCounts> delta = new TreeMap<>();
        for (CallQualityFacts old : read(numbers)) {
            add(delta, old, true);
        }
        for (List<Long> chunk : Marks.chunks(numbers)) {
            String marks = Marks.of(chunk.size());
            jdbc.update("DELETE FROM session_quality WHERE call_seq IN (" + marks + ")", chunk.toArray());
            jdbc.update("DELETE FROM call_quality WHERE call_seq IN (" + marks + ")", chunk.toArray());
        }
        Map<Long, Diagnosed> newest = new LinkedHashMap<>();
        calls.forEach(c -> newest.put(c.seq(), c));
        List<Object[]> callRows = new ArrayList<>();
        List<Object[]> sideRows = new ArrayList<>();
        for (Diagnosed call : newest.values()) {
            CallQualityFacts f = CallQualityFacts.of(call.record(), call.diagnosis(), map, breaches);
            add(delta, f, false);
            callRows.add(new Object[] {call.seq(), f.callId(), f.start().toEpochMilli(), f.verdict().name(),
                f.cause() == null ? null : f.cause().name(), f.setupFailed(), f.dropped(), f.audioGood(),
                f.audioPoor()});
            for (SideFacts s : f.sides()) {
                sideRows.add(new Object[] {call.seq(), f.callId(), s.sessionId(), s.side(), f.start().toEpochMilli(),
                    s.media() == null ? null : s.media().name(), s.verdict().name(),
                    s.cause() == null ? null : s.cause().name(), s.poor(), s.setupFailed(), s.dropped(), s.audioGood(),
                    s.audioPoor(), cut(s.connection(), 32), cut(s.wifiBand(), 32), s.vpn(), cut(s.building(), 255),
                    cut(s.subnet(), 64), s.insideCorp(), cut(s.clientVersion(), 128)});
            }
        }
        bulk.into("call_quality", CALL_COLUMNS, callRows);
        bulk.into("session_quality", SIDE_COLUMN_LIST, sideRows);
        addToTotals(delta);
    }

    /** The facts stored of the calls with these numbers; calls without facts are left out. */
    List<CallQualityFacts> read(List<Long> numbers) {
        Map<String, List<SideFacts>> sides = new HashMap<>();
        List<CallQualityFacts> calls = new ArrayList<>();
        for (List<Long> chunk : Marks.chunks(numbers)) {
            String marks = Marks.of(chunk.size());
            jdbc.query("SELECT " + SIDE_COLUMNS + " FROM session_quality WHERE call_seq IN (" + marks + ")",
                    rs -> {
                        sides.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(side(rs));
                    }, chunk.toArray());
            jdbc.query("SELECT call_id, start_ms, verdict, cause, setup_failed, dropped, audio_good, audio_poor "
                    + "FROM call_quality WHERE call_seq IN (" + marks + ")", rs -> {
                        calls.add(new CallQualityFacts(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                                Verdict.valueOf(rs.getString(3)), cause(rs.getString(4)), rs.getBoolean(5),
                                rs.getBoolean(6), rs.getInt(7), rs.getInt(8), List.of()));
                    }, chunk.toArray());
        }
        return calls.stream().map(c -> new CallQualityFacts(c.callId(), c.start(), c.verdict(), c.cause(),
                c.setupFailed(), c.dropped(), c.audioGood(), c.audioPoor(), sides.getOrDefault(c.callId(), List.of())))
                .toList();
    }

    /** One side's facts from a row of {@link #SIDE_COLUMNS}. */
    static SideFacts side(ResultSet rs) throws SQLException {
        String media = rs.getString(5);
        Object inside = rs.getObject(18);
        return new SideFacts(rs.getString(2), rs.getString(3), media == null ? null : MediaKind.valueOf(media),
                Verdict.valueOf(rs.getString(6)), cause(rs.getString(7)), rs.getBoolean(8), rs.getBoolean(9),
                rs.getBoolean(10), rs.getInt(11), rs.getInt(12), rs.getString(13), rs.getString(14), rs.getBoolean(15),
                rs.getString(16), rs.getString(17), inside == null ? null : rs.getBoolean(18), rs.getString(19));
    }

    private static Cause cause(String name) {
        return name == null ? null : Cause.valueOf(name);
    }

    private static void add(Map<HourKey, QualityCounts> delta, CallQualityFacts facts, boolean takeOut) {
        long hour = Math.floorDiv(facts.start().toEpochMilli(), HOUR) * HOUR;
        facts.contributions().forEach((key, counts) -> delta.merge(
                new HourKey(cut(key.scope(), 255), hour, key.dimension().key(), cut(key.value(), 255)),
                takeOut ? counts.negated() : counts, QualityCounts::plus));
    }

    /**
     * Adds each hour's change to its total, in the keys' order. On PostgreSQL one upsert per total: a total another
     * transaction is inserting at the same moment is waited for and then added to, so two imports (or an import and
     * the notification worker) storing calls of the same hour both count. Elsewhere an update, then an insert of the
     * totals that were not there.
     */
    private void addToTotals(Map<HourKey, QualityCounts> delta) {
        List<Object[]> changes = new ArrayList<>();
        delta.forEach((key, c) -> {
            if (!c.equals(QualityCounts.NONE)) {
                changes.add(new Object[] {key.building(), key.hour(), key.dimension(), key.value(), c.calls(), c.poor(),
                    c.unrated(), c.setupFailed(), c.dropped(), c.audioGood(), c.audioPoor()});
            }
        });
        if (changes.isEmpty()) {
            return;
        }
        String insert = "INSERT INTO quality_hourly (building, hour_ms, dimension, dim_value, calls, poor, unrated, "
                + "setup_failed, dropped, audio_good, audio_poor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        if (bulk.onPostgres()) {
            jdbc.batchUpdate(insert + " ON CONFLICT (building, hour_ms, dimension, dim_value) DO UPDATE SET "
                    + "calls = quality_hourly.calls + EXCLUDED.calls, poor = quality_hourly.poor + EXCLUDED.poor, "
                    + "unrated = quality_hourly.unrated + EXCLUDED.unrated, "
                    + "setup_failed = quality_hourly.setup_failed + EXCLUDED.setup_failed, "
                    + "dropped = quality_hourly.dropped + EXCLUDED.dropped, "
                    + "audio_good = quality_hourly.audio_good + EXCLUDED.audio_good, "
                    + "audio_poor = quality_hourly.audio_poor + EXCLUDED.audio_poor", changes);
            return;
        }
        int[] updated = jdbc.batchUpdate("UPDATE quality_hourly SET calls = calls + ?, poor = poor + ?, "
                + "unrated = unrated + ?, setup_failed = setup_failed + ?, dropped = dropped + ?, "
                + "audio_good = audio_good + ?, audio_poor = audio_poor + ? "
                + "WHERE building = ? AND hour_ms = ? AND dimension = ? AND dim_value = ?",
                changes.stream().map(c -> new Object[] {c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[0], c[1], c[2],
                    c[3]}).toList());
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                inserts.add(changes.get(i));
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(insert, inserts);
        }
    }

    /** Deletes the totals of hours before the cutoff; the facts go with their records. Returns how many rows. */
    public int deleteTotalsBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM quality_hourly WHERE hour_ms < ?", cutoff.toEpochMilli());
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    /** A total's key; ordered, so totals are always locked in the same order. */
    private record HourKey(String building, long hour, String dimension, String value)
            implements Comparable<HourKey> {
        private static final Comparator<HourKey> ORDER = Comparator.comparing(HourKey::building)
                .thenComparingLong(HourKey::hour).thenComparing(HourKey::dimension).thenComparing(HourKey::value);

        @Override
        public int compareTo(HourKey other) {
            return ORDER.compare(this, other);
        }
    }
}
