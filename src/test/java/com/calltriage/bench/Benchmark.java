package com.calltriage.bench;

import com.calltriage.demo.DemoPerson;
import com.calltriage.demo.DemoTenant;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds a tenant with {@code demo-data --people N --days D}, imports it into a fresh PostgreSQL schema, times the
 * import against a {@code COPY} of the same JSON, starts the server on that store with every rating stale, and
 * times its answers against {@code help}, the lightest one, interleaved round by round. Writes the figures to
 * {@code docs/PERFORMANCE.md}. Everything runs on 127.0.0.1; the server and the schema are gone when it ends.
 *
 * <p>Options: {@code --people N} (300), {@code --days D} (30), {@code --rounds R} (100, at most one per generated
 * person with calls), {@code --jar PATH} ({@code target/calltriage.jar}), {@code --database JDBC_URL} (the local
 * {@code test} database as {@code postgres}), {@code --report PATH} ({@code docs/PERFORMANCE.md}), {@code --clients C}
 * (20) and {@code --load-seconds S} (60) for the clients asking at once at the end, {@code --tenant DIR} to use a
 * tenant {@code demo-data} wrote before with the same {@code --people} and {@code --days} instead of writing one.
 */
public final class Benchmark {
    /**
     * The most records imported a second and third time in this process; past it the import's whole run is long
     * enough to be its own measure, and the copies would take the disk and the time of two more.
     */
    static final int IN_PROCESS_IMPORT_MOST = 100_000;
    static final List<String> MEASURES = List.of("help", "list cold", "list warm", "list SQL (JDBC)", "details 1",
            "debug 1", "export", "summary last 30 days");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int people = Integer.parseInt(options.getOrDefault("--people", "300"));
        int days = Integer.parseInt(options.getOrDefault("--days", "30"));
        String database = options.getOrDefault("--database", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        Path work = Files.createTempDirectory("calltriage-bench");
        CallTriageJar jar = new CallTriageJar(Path.of(options.getOrDefault("--jar", "target/calltriage.jar")), work);
        String schema = "bench_" + Instant.now().getEpochSecond();
        // The tenant's folder is this machine's own: the report names it DIR, as demo-data's usage does.
        Figures figures = new Figures(people, days, String.join(" ", args).replaceAll("--tenant \\S+",
                "--tenant DIR"));

        Path tenant;
        if (options.containsKey("--tenant")) {
            tenant = Path.of(options.get("--tenant"));
            System.out.println("Using the tenant in " + tenant + ", written by demo-data --people " + people
                    + " --days " + days);
        } else {
            tenant = work.resolve("tenant");
            System.out.println("Writing a tenant of " + people + " people and " + days + " days to " + tenant);
            jar.run("demo-data", List.of("demo-data", tenant.toString(), "--people", "" + people, "--days", "" + days,
                    "--calltriage.store.url=jdbc:h2:mem:bench"));
        }
        try (Connection connection = DriverManager.getConnection(database)) {
            figures.postgresVersion = Floors.setting(connection, "server_version");
            // The COPY floor has a schema of its own: the store's must be empty for its migrations.
            exec(connection, "CREATE SCHEMA " + schema);
            exec(connection, "CREATE SCHEMA " + schema + "_floor");
            try {
                Floors.copyAndImport(connection, schema, tenant, jar, storeUrl(database, schema), figures);
                if (figures.records <= IN_PROCESS_IMPORT_MOST) {
                    exec(connection, "CREATE SCHEMA " + schema + "_warm");
                    exec(connection, "CREATE SCHEMA " + schema + "_again");
                    Floors.importInProcess(storeUrl(database, schema + "_warm"), schema + "_warm",
                            storeUrl(database, schema + "_again"), schema + "_again", tenant, figures);
                    exec(connection, "DROP SCHEMA " + schema + "_warm CASCADE");
                    exec(connection, "DROP SCHEMA " + schema + "_again CASCADE");
                }
                figures.autovacuum = Floors.setting(connection, "autovacuum");
                System.out.println("Vacuuming and analyzing the store (autovacuum is " + figures.autovacuum + ")");
                figures.vacuumNanos = Floors.vacuumAnalyze(connection, schema);
                Set<String> withCalls = Floors.usersWithCalls(connection, schema);
                List<DemoPerson> asked = new DemoTenant(people).homeUsers().stream()
                        .filter(p -> p.alias().startsWith("person") && withCalls.contains(p.id())).toList();
                int rounds = Math.min(Integer.parseInt(options.getOrDefault("--rounds", "100")), asked.size());
                ServerRun server = new ServerRun(jar, storeUrl(database, schema), freePort(), freePort(),
                        Integer.parseInt(options.getOrDefault("--clients", "20")),
                        Duration.ofSeconds(Long.parseLong(options.getOrDefault("--load-seconds", "60"))));
                exec(connection, "CREATE SCHEMA " + schema + "_empty");
                figures.emptyStartupNanos = server.startOnAnEmptyStore(storeUrl(database, schema + "_empty"));
                server.measure(connection, asked.subList(0, rounds), figures);
            } finally {
                exec(connection, "DROP SCHEMA " + schema + " CASCADE");
                exec(connection, "DROP SCHEMA " + schema + "_floor CASCADE");
                exec(connection, "DROP SCHEMA IF EXISTS " + schema + "_empty CASCADE");
                exec(connection, "DROP SCHEMA IF EXISTS " + schema + "_again CASCADE");
                exec(connection, "DROP SCHEMA IF EXISTS " + schema + "_warm CASCADE");
            }
        }
        Path report = Path.of(options.getOrDefault("--report", "docs/PERFORMANCE.md"));
        new PerformanceReport(figures).print(System.out).write(report);
        System.out.println("Wrote " + report + "; logs in " + work);
    }

    private static String storeUrl(String database, String schema) {
        return database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** {@code --name value} pairs. */
    private static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("Options come as --name value pairs: " + String.join(" ", args));
        }
        return IntStream.range(0, args.length / 2).boxed()
                .collect(Collectors.toMap(i -> args[2 * i], i -> args[2 * i + 1]));
    }
}
