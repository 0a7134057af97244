// Long because: making a million calls' facts, writing them with COPY and timing the summary are one run's steps.
package com.calltriage.bench;

import com.calltriage.command.TimeWindow;
import com.calltriage.quality.Cause;
import com.calltriage.quality.MediaKind;
import com.calltriage.quality.QualityRules;
import com.calltriage.quality.Verdict;
import com.calltriage.store.JdbcQualityFacts;
import com.calltriage.store.JdbcSummaryStore;
import com.calltriage.summary.CallQualityFacts;
import com.calltriage.summary.QualityCounts;
import com.calltriage.summary.SideFacts;
import com.calltriage.summary.SummaryReport;
import com.calltriage.summary.SummaryView;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Times a 30-day summary over a store of N calls (1,000,000 by default) on PostgreSQL, against a floor measured in
 * the same run: a plain {@code SELECT count(*)} over the calls' facts. The facts are made up by a seeded generator
 * (volumes, verdicts, causes, buildings, networks, Wi-Fi bands, VPN and client versions in fixed proportions), not
 * diagnosed from call record JSON, and written with {@code COPY}; their hourly totals are what the product's own
 * {@link CallQualityFacts#contributions()} adds up; each call also has a {@code call_record} row whose JSON is a
 * stand-in ({@code {}}), which the summary never reads. Writes its section of docs/PERFORMANCE.md between
 * {@code <!-- BEGIN summary benchmark -->} and {@code <!-- END summary benchmark -->}, leaving the rest as it is.
 *
 * <p>Options: {@code --calls N} (1000000), {@code --days D} (30), {@code --rounds R} (20), {@code --database URL}
 * (the local {@code test} database as {@code postgres}), {@code --report PATH} ({@code docs/PERFORMANCE.md}).
 */
public final class SummaryBenchmark {
    static final String BEGIN = "<!-- BEGIN summary benchmark -->";
    static final String END = "<!-- END summary benchmark -->";
    private static final String[] BUILDINGS = {"Redmond B1", "Redmond B2", "London Thames House",
        "Berlin Spree Campus", "Sydney Harbour", "Tokyo Marunouchi", "Toronto King St", "VPN"};
    private static final String[] VERSIONS = {"windows 25290.205.3964.1234", "windows 25250.101.3700.1000",
        "macOS 25290.205.3964.1234", "android 1416/1.0.0.2025", "iOS 7.12.1"};
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private SummaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int calls = Integer.parseInt(options.getOrDefault("--calls", "1000000"));
        int days = Integer.parseInt(options.getOrDefault("--days", "30"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "20"));
        String database = options.getOrDefault("--database", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        Path report = Path.of(options.getOrDefault("--report", "docs/PERFORMANCE.md"));
        String schema = "bench_summary_" + Instant.now().getEpochSecond();
        try (Connection admin = DriverManager.getConnection(database)) {
            exec(admin, "CREATE SCHEMA " + schema);
            try {
                run(database, schema, calls, days, rounds, String.join(" ", args), report, Floors.setting(admin, "server_version"));
            } finally {
                exec(admin, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(String database, String schema, int calls, int days, int rounds, String command,
                            Path report, String postgres) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setMaximumPoolSize(2);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
            long started = System.nanoTime();
            TimeWindow month = TimeWindow.parse("last " + days + " days", NOW, ZoneOffset.UTC);
            long sides = fill(dataSource, calls, month.from());
            double fillSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "Wrote %,d calls with %,d sides in %.1f s%n", calls, sides, fillSeconds);
            try (Connection connection = dataSource.getConnection()) {
                exec(connection, "VACUUM ANALYZE call_quality");
                exec(connection, "VACUUM ANALYZE session_quality");
                exec(connection, "VACUUM ANALYZE quality_hourly");
            }
            long hourlyRows = count(dataSource, "SELECT count(*) FROM quality_hourly");
            SummaryReport summaries = new SummaryReport(new JdbcSummaryStore(dataSource,
                    new JdbcQualityFacts(dataSource, QualityRules.standard())));
            TimeWindow day = TimeWindow.parse("yesterday", NOW, ZoneOffset.UTC);
            Map<String, Samples> samples = new LinkedHashMap<>();
            for (String name : List.of("SELECT count(*) FROM call_quality (floor)", "summary last " + days + " days",
                    "summary (yesterday)", "summary last " + days + " days, America/Los_Angeles",
                    "summary for one building, last " + days + " days")) {
                samples.put(name, new Samples(name));
            }
            List<Samples> measures = new ArrayList<>(samples.values());
            long checked = 0;
            for (int round = -2; round < rounds; round++) {
                long t0 = System.nanoTime();
                long counted = count(dataSource, "SELECT count(*) FROM call_quality");
                long t1 = System.nanoTime();
                SummaryView view = summaries.of(month, ZoneOffset.UTC, null, null, List.of());
                long t2 = System.nanoTime();
                summaries.of(day, ZoneOffset.UTC, null, null, List.of());
                long t3 = System.nanoTime();
                ZoneId la = ZoneId.of("America/Los_Angeles");
                summaries.of(TimeWindow.parse("last " + days + " days", NOW, la), la, null, null, List.of());
                long t4 = System.nanoTime();
                summaries.of(month, ZoneOffset.UTC, BUILDINGS[round & 3], null, List.of());
                long t5 = System.nanoTime();
                if (round >= 0) {
                    measures.get(0).add(t1 - t0);
                    measures.get(1).add(t2 - t1);
                    measures.get(2).add(t3 - t2);
                    measures.get(3).add(t4 - t3);
                    measures.get(4).add(t5 - t4);
                }
                checked = view.table().get(0).number();
                if (counted != calls) {
                    throw new IllegalStateException("The floor counted " + counted + " calls, not " + calls);
                }
            }
            if (checked != calls) {
                throw new IllegalStateException("The summary counted " + checked + " calls, not " + calls);
            }
            String section = section(command, calls, sides, days, rounds, fillSeconds, hourlyRows, postgres, measures);
            System.out.println(section);
            write(report, section);
        }
    }

    /** Writes the facts and hourly totals of {@code calls} made-up calls from {@code from} to now; returns sides. */
    private static long fill(HikariDataSource dataSource, int calls, Instant from) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(20261201L);
        Map<String, QualityCounts> totals = new HashMap<>();
        long sides = 0;
        long span = Duration.between(from, NOW).toMillis();
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int batch = 50_000;
            for (int first = 0; first < calls; first += batch) {
                StringBuilder records = new StringBuilder();
                StringBuilder callRows = new StringBuilder();
                StringBuilder sideRows = new StringBuilder();
                for (int i = first; i < Math.min(calls, first + batch); i++) {
                    CallQualityFacts call = call(random, "bench-" + i, NOW.minusMillis(1 + random.nextLong(span)));
                    sides += call.sides().size();
                    long start = call.start().toEpochMilli();
                    // The record's number is given, as the store's sequence would: the facts are keyed by it.
                    long seq = i + 1L;
                    records.append(call.callId()).append('\t').append(seq).append("\t1\t").append(start)
                            .append("\t\\N\t{}\t").append(start).append('\n');
                    callRows.append(seq).append('\t').append(call.callId()).append('\t').append(start).append('\t')
                            .append(call.verdict()).append('\t').append(call.cause() == null ? "\\N" : call.cause().name()).append('\t')
                            .append(call.setupFailed()).append('\t').append(call.dropped()).append('\t')
                            .append(call.audioGood()).append('\t').append(call.audioPoor()).append('\n');
                    for (SideFacts s : call.sides()) {
                        sideRows.append(String.join("\t", "" + seq, call.callId(), s.sessionId(), s.side(), "" + start,
                                s.media().name(), s.verdict().name(), s.cause() == null ? "\\N" : s.cause().name(),
                                "" + s.poor(), "" + s.setupFailed(), "" + s.dropped(), "" + s.audioGood(),
                                "" + s.audioPoor(), nul(s.connection()), nul(s.wifiBand()), "" + s.vpn(),
                                nul(s.building()), nul(s.subnet()), s.insideCorp() == null ? "\\N" : "" + s.insideCorp(),
                                nul(s.clientVersion()))).append('\n');
                    }
                    long hour = Math.floorDiv(start, 3_600_000L) * 3_600_000L;
                    call.contributions().forEach((key, counts) -> totals.merge(key.scope() + "\t" + hour + "\t"
                            + key.dimension().key() + "\t" + key.value(), counts, QualityCounts::plus));
                }
                copy.copyIn("COPY call_record (id, seq, version, start_ms, end_ms, raw_json, stored_ms) FROM STDIN",
                        new StringReader(records.toString()));
                copy.copyIn("COPY call_quality (call_seq, call_id, start_ms, verdict, cause, setup_failed, dropped, audio_good, "
                        + "audio_poor) FROM STDIN", new StringReader(callRows.toString()));
                copy.copyIn("COPY session_quality (call_seq, call_id, session_id, side, start_ms, media, verdict, cause, "
                        + "poor, setup_failed, dropped, audio_good, audio_poor, connection_type, wifi_band, vpn, "
                        + "building, subnet, inside_corp, client_version) FROM STDIN",
                        new StringReader(sideRows.toString()));
            }
            StringBuilder hourly = new StringBuilder();
            totals.forEach((key, c) -> hourly.append(key).append('\t').append(c.calls()).append('\t').append(c.poor())
                    .append('\t').append(c.unrated()).append('\t').append(c.setupFailed()).append('\t')
                    .append(c.dropped()).append('\t').append(c.audioGood()).append('\t').append(c.audioPoor())
                    .append('\n'));
            copy.copyIn("COPY quality_hourly (building, hour_ms, dimension, dim_value, calls, poor, unrated, "
                    + "setup_failed, dropped, audio_good, audio_poor) FROM STDIN", new StringReader(hourly.toString()));
        }
        return sides;
    }

    /** One made-up call: two people (a tenth are meetings of three to six), as the demo's proportions go. */
    private static CallQualityFacts call(SplittableRandom random, String id, Instant start) {
        int people = random.nextInt(10) == 0 ? 3 + random.nextInt(4) : 2;
        List<SideFacts> sides = new ArrayList<>();
        boolean setup = random.nextInt(100) < 2;
        boolean dropped = !setup && random.nextInt(100) < 2;
        Cause callCause = setup ? Cause.CALL_SETUP : dropped ? Cause.DROPPED : null;
        for (int p = 0; p < people; p++) {
            int building = random.nextInt(BUILDINGS.length + 2);
            boolean home = building >= BUILDINGS.length;
            boolean vpn = !home && BUILDINGS[building].equals("VPN");
            int connection = random.nextInt(10);
            String type = vpn ? "tunnel" : connection < 5 ? "wired" : connection < 9 ? "wifi" : "mobile";
            String band = "wifi".equals(type) ? (random.nextInt(3) == 0 ? "frequency24GHz" : "frequency50GHz") : null;
            int poorOdds = ("wifi".equals(type) && band.contains("24") ? 12 : 4) + (vpn ? 10 : 0);
            boolean poor = callCause != null && p == 0 || random.nextInt(100) < poorOdds;
            Cause cause = callCause != null && p == 0 ? callCause : poor ? (random.nextInt(5) == 0 ? Cause.DEVICE
                    : Cause.NETWORK) : null;
            int streams = 2;
            int poorStreams = poor && cause == Cause.NETWORK ? 1 : 0;
            boolean unrated = !poor && random.nextInt(100) < 2;
            sides.add(new SideFacts("s" + p, p % 2 == 0 ? "caller" : "callee", MediaKind.AUDIO,
                    poor ? Verdict.POOR : unrated ? Verdict.UNAVAILABLE : Verdict.GOOD, cause, poor,
                    setup && p == 0, dropped && p == 0, unrated ? 0 : streams - poorStreams, unrated ? 0 : poorStreams,
                    type, band, vpn, home ? null : BUILDINGS[building],
                    home ? "192.168." + random.nextInt(256) + ".0" : "10." + building + "." + random.nextInt(8) + ".0",
                    !home, VERSIONS[random.nextInt(VERSIONS.length)]));
        }
        boolean anyPoor = sides.stream().anyMatch(SideFacts::poor);
        boolean allUnrated = sides.stream().allMatch(s -> s.verdict() == Verdict.UNAVAILABLE);
        Cause cause = anyPoor ? sides.stream().filter(SideFacts::poor).map(SideFacts::cause).findFirst().orElse(null)
                : null;
        return new CallQualityFacts(id, start, anyPoor ? Verdict.POOR : allUnrated ? Verdict.UNAVAILABLE : Verdict.GOOD,
                cause, setup, dropped, sides.stream().mapToInt(SideFacts::audioGood).sum(),
                sides.stream().mapToInt(SideFacts::audioPoor).sum(), sides);
    }

    private static String nul(String value) {
        return value == null ? "\\N" : value;
    }

    private static String section(String command, int calls, long sides, int days, int rounds, double fillSeconds,
                                  long hourlyRows, String postgres, List<Samples> measures) {
        Samples floor = measures.get(0);
        StringBuilder md = new StringBuilder(BEGIN).append("\n## Summary\n\n");
        md.append("Measured with `tools/bench/summary.sh").append(command.isEmpty() ? "" : " " + command)
                .append("` on ").append(LocalDate.now(ZoneOffset.UTC)).append(".\n\n")
                .append(String.format(Locale.ROOT, "- Machine: %d cores, JDK %s, PostgreSQL %s on the same machine%n",
                        Runtime.getRuntime().availableProcessors(), Runtime.version(), postgres))
                .append(String.format(Locale.ROOT, "- Store: %,d calls over %d days (%,d people's sides of sessions, "
                        + "%,d hourly totals), written in bulk with `COPY` in %.0f s. The facts are made up by a seeded "
                        + "generator, not diagnosed from call record JSON; their hourly totals are added up by the "
                        + "product's own code; each call's `call_record` row holds a stand-in JSON the summary never "
                        + "reads.%n", calls, days, sides, hourlyRows, fillSeconds))
                .append(String.format(Locale.ROOT, "- Asking: the summary's own code (`SummaryReport` over "
                        + "`JdbcSummaryStore`: every query and the adding up, not the card), %d rounds after 2 to "
                        + "warm up, each measure in turn; the floor is `SELECT count(*)` over the calls' facts.%n%n",
                        rounds));
        md.append("| measure | median ms | p99 ms | median / floor |\n|---|---:|---:|---:|\n");
        for (Samples s : measures) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", s.name(), s.medianMillis(),
                    s.p99Millis(), s.medianMillis() / floor.medianMillis()));
        }
        md.append("\nTarget: a ").append(days).append("-day summary over 1,000,000 calls in under 1 s.\n")
                .append(END).append('\n');
        return md.toString();
    }

    /** Replaces the section between the markers, or adds it at the end; the rest of the file stays as it is. */
    static void write(Path file, String section) throws IOException {
        String old = Files.exists(file) ? Files.readString(file) : "";
        int begin = old.indexOf(BEGIN);
        int end = old.indexOf(END);
        String updated = begin >= 0 && end > begin
                ? old.substring(0, begin) + section + old.substring(end + END.length()).replaceFirst("^\n", "")
                : old + (old.isEmpty() || old.endsWith("\n\n") ? "" : old.endsWith("\n") ? "\n" : "\n\n") + section;
        Files.writeString(file, updated);
    }

    private static long count(HikariDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
