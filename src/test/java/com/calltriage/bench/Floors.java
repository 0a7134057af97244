package com.calltriage.bench;

import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.ImportReport;
import com.calltriage.store.JdbcCallRecordStore;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.flywaydb.core.Flyway;
import java.util.Set;
import java.util.stream.Stream;

/** The floors the app is measured against in the database: {@code COPY} for the import, the list's bare SQL. */
final class Floors {
    private static final Duration LIST_WINDOW = Duration.ofDays(30);
    private static final int LIST_PAGE = 10;

    private Floors() {
    }

    /** Copies the tenant's records into {@code schema_floor}, then imports them with the jar into the store. */
    static void copyAndImport(Connection connection, String schema, Path tenant, CallTriageJar jar, String storeUrl,
                              Figures figures) throws IOException, SQLException, InterruptedException {
        CopyFloor floor = CopyFloor.of(tenant);
        figures.records = floor.records();
        figures.jsonBytes = floor.bytes();
        System.out.println("COPY of " + floor.records() + " records");
        figures.copyNanos = floor.copyInto(connection, schema + "_floor");
        // Its time taken, the copy is only disk: a million records' copy is the size of the store.
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + schema + "_floor.copy_floor");
        }
        System.out.println("Importing them");
        List<String> store = List.of("--calltriage.store.url=" + storeUrl, "--calltriage.demo.enabled=false");
        figures.importNanos = jar.run("import", concat(List.of("import", tenant.toString()), store));
        Path nothing = Files.createDirectories(tenant.resolveSibling("nothing"));
        figures.emptyImportNanos = jar.run("import-nothing", concat(List.of("import", nothing.toString()), store));
    }

    /**
     * The import's own work, timed in this process: the importer and the store of the jar's classes on an empty
     * schema, with no JVM or Spring start to pay, after an import of the same records into another schema so the
     * code is compiled, as it is for most of a long import. The schemas' tables are made before the clock starts.
     */
    static void importInProcess(String warmUpUrl, String warmUpSchema, String storeUrl, String schema, Path tenant,
                                Figures figures) {
        System.out.println("Importing them again, in this process, twice");
        importInto(warmUpUrl, warmUpSchema, tenant, figures);
        figures.inProcessImportNanos = importInto(storeUrl, schema, tenant, figures);
    }

    private static long importInto(String storeUrl, String schema, Path tenant, Figures figures) {
        // Pooled, as the app's store is: without a pool every statement outside a transaction opens a connection.
        long elapsed;
        ImportReport report;
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(storeUrl);
            Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
            long start = System.nanoTime();
            report = new CallRecordImporter(new JdbcCallRecordStore(dataSource, Clock.systemUTC()))
                    .importPaths(List.of(tenant), line -> { });
            elapsed = System.nanoTime() - start;
        }
        if (report.count(UpsertOutcome.INSERTED) != figures.records) {
            throw new IllegalStateException("The import in this process stored " + report.summary());
        }
        return elapsed;
    }

    /**
     * Vacuums and analyzes every table of the schema, as autovacuum does in the background to a store that grew to
     * this size over the days it holds: its pages' hints and visibility set, its statistics current. Freshly
     * imported, the first reads of each page would set them instead, dirtying pages an answer only reads. Returns
     * how long it took.
     */
    static long vacuumAnalyze(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement list = connection.prepareStatement("SELECT tablename FROM pg_tables "
                + "WHERE schemaname = ? ORDER BY tablename")) {
            list.setString(1, schema);
            try (ResultSet rows = list.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("VACUUM (ANALYZE) " + schema + "." + table);
            }
        }
        return System.nanoTime() - start;
    }

    /** A setting of the PostgreSQL server, as {@code SHOW} gives it ({@code server_version}, {@code autovacuum}). */
    static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("SHOW " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    /** The people the store holds calls of, by object id. */
    static Set<String> usersWithCalls(Connection connection, String schema) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet users = statement.executeQuery("SELECT DISTINCT identity_id FROM " + schema
                     + ".call_participant WHERE identity_kind = 'USER'")) {
            while (users.next()) {
                ids.add(users.getString(1));
            }
        }
        return ids;
    }

    /**
     * The statement {@code JdbcCallRecordStore.summariesOfUser} runs for a first page of the last 30 days (the
     * summary columns and the window's count), the rows fetched but not read further; returns how long it took.
     */
    static long listSql(Connection connection, String schema, String userId) throws SQLException {
        long to = Instant.now().toEpochMilli();
        long from = to - LIST_WINDOW.toMillis();
        long start = System.nanoTime();
        try (PreparedStatement page = connection.prepareStatement("SELECT p.call_id, p.start_ms, r.end_ms, r.kind, "
                + "r.modalities, r.parties, r.party_count, p.verdict, p.main_cause, r.rule_set_version, "
                + "(SELECT COUNT(*) FROM " + schema + ".call_participant c WHERE c.identity_kind = 'USER' "
                + "AND c.identity_id = ? AND c.start_ms >= ? AND c.start_ms < ?) FROM "
                + schema + ".call_participant p JOIN " + schema + ".call_record r ON r.seq = p.call_seq "
                + "WHERE p.identity_kind = 'USER' AND p.identity_id = ? AND p.start_ms >= ? AND p.start_ms < ? "
                + "ORDER BY p.start_ms DESC, p.call_id DESC LIMIT ?")) {
            for (int window : new int[] {0, 3}) {
                page.setString(window + 1, userId);
                page.setLong(window + 2, from);
                page.setLong(window + 3, to);
            }
            page.setInt(7, LIST_PAGE + 1);
            int listed = 0;
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    listed += rows.getString(4) == null ? 0 : 1;
                }
            }
            if (listed == 0) {
                throw new IllegalStateException("No calls of " + userId + " in the last 30 days");
            }
        }
        return System.nanoTime() - start;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
