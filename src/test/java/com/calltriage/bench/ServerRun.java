package com.calltriage.bench;

import com.calltriage.demo.DemoPerson;
import com.calltriage.demo.DemoTenant;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server on the benchmark's store, its heap limited to {@link #HEAP_LIMIT}: first started with a yellow threshold
 * of its own, so every stored rating is stale, for start-up and the background refresh; then with the ratings' own
 * rules for the answers, timed round by round, the heap they leave, and many clients asking at once for a while.
 */
final class ServerRun {
    /** Not the default of 15 ms (docs/DIAGNOSIS.md): a rule set of another version. */
    private static final String STALE_RULES = "--calltriage.quality.yellow[audio.jitter.average.yellow]=16";
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Duration REFRESH_LIMIT = Duration.ofMinutes(60);
    /** How long the refresh of every stale rating is timed for; at the default size it is done well within. */
    private static final Duration REFRESH_WINDOW = Duration.ofSeconds(60);
    private static final int WARM_UP_QUESTIONS = 5;
    /** The target's limit, given to the server's JVM for the whole run, so a heap that needs more fails the run. */
    static final String HEAP_LIMIT = "512m";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallTriageJar jar;
    private final String storeUrl;
    private final int port;
    private final int managementPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int loadClients;
    private final Duration loadLength;

    ServerRun(CallTriageJar jar, String storeUrl, int port, int managementPort, int loadClients, Duration loadLength) {
        this.loadClients = loadClients;
        this.loadLength = loadLength;
        this.jar = jar;
        this.storeUrl = storeUrl;
        this.port = port;
        this.managementPort = managementPort;
    }

    /**
     * The floor of start-up on this machine at this moment: the same server on an empty store (no demo), started
     * and stopped; returns how long it took to readiness.
     */
    long startOnAnEmptyStore(String emptyStoreUrl) throws IOException, InterruptedException {
        System.out.println("Starting the server on an empty store");
        long start = System.nanoTime();
        Process server = jar.start("server-empty", List.of("-Xmx" + HEAP_LIMIT), List.of("--server.port=" + port,
                "--management.server.port=" + managementPort, "--management.endpoint.health.probes.enabled=true",
                "--calltriage.store.url=" + emptyStoreUrl, "--calltriage.demo.enabled=false"));
        try {
            awaitReady(server, "server-empty");
            return System.nanoTime() - start;
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /**
     * Times start-up with every rating stale, and the background refresh for at most {@link #REFRESH_WINDOW}; then
     * starts the server again with the rules the ratings were made with, waits for the ratings the first server
     * recomputed to be made current again, asks about each person in turn, reads the heap, and stops the server. A
     * store of a million calls takes the refresh the better part of an hour, which the rounds need not wait for.
     */
    void measure(Connection connection, List<DemoPerson> asked, Figures figures)
            throws Exception {
        String schema = storeUrl.substring(storeUrl.indexOf("currentSchema=") + "currentSchema=".length());
        List<String> current = ratingVersions(connection, schema);
        System.out.println("Starting the server with every rating stale");
        long start = System.nanoTime();
        figures.heapLimit = HEAP_LIMIT;
        Process stale = start("server-stale", STALE_RULES);
        try {
            awaitReady(stale, "server-stale");
            figures.startupNanos = System.nanoTime() - start;
            figures.refreshComplete = awaitRatingsRecomputed(connection, schema, current, REFRESH_WINDOW);
            figures.refreshNanos = System.nanoTime() - start - figures.startupNanos;
            figures.refreshedRecords = countNotOf(connection, schema, current);
        } finally {
            stop(stale);
        }
        List<String> recomputedUnderStaleRules = ratingVersions(connection, schema).stream()
                .filter(version -> !current.contains(version)).toList();
        System.out.println("Starting the server with the ratings' own rules");
        Process server = start("server");
        try {
            awaitReady(server, "server");
            if (!awaitRatingsRecomputed(connection, schema, recomputedUnderStaleRules, REFRESH_LIMIT)) {
                throw new IllegalStateException("The ratings were not made current within " + REFRESH_LIMIT);
            }
            BotTraffic bot = new BotTraffic(port, DemoTenant.objectIdOf("erin"), DemoTenant.HOME_TENANT_ID);
            for (int i = 0; i < WARM_UP_QUESTIONS; i++) {
                bot.ask("help");
            }
            System.out.println("Asking about " + asked.size() + " people");
            for (DemoPerson person : asked) {
                String list = "show last calls for " + person.upn();
                figures.sample("help", bot.ask("help"));
                figures.sample("list cold", bot.ask(list));
                figures.sample("list warm", bot.ask(list));
                figures.sample("list SQL (JDBC)", Floors.listSql(connection, schema, person.id()));
                figures.sample("details 1", bot.ask("details 1"));
                figures.sample("debug 1", bot.ask("debug 1"));
                figures.sample("export", bot.ask("export calls for " + person.upn()));
                figures.sample("summary last 30 days", bot.ask("summary last 30 days"));
            }
            figures.heapUsedMegabytes = heapMegabytes();
            collectGarbage(server);
            figures.heapAfterCollectionMegabytes = heapMegabytes();
            System.out.println(loadClients + " clients asking for " + loadLength.toSeconds() + " s");
            new LoadMinute(port, DemoTenant.objectIdOf("erin"), DemoTenant.HOME_TENANT_ID).run(loadClients,
                    loadLength, asked, this::heapMegabytesOrZero, figures);
        } finally {
            stop(server);
        }
    }

    private Process start(String name, String... options) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--management.server.port="
                + managementPort, "--management.endpoint.health.probes.enabled=true", "--calltriage.store.url="
                + storeUrl));
        arguments.addAll(List.of(options));
        return jar.start(name, List.of("-Xmx" + HEAP_LIMIT), arguments);
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    /** How many calls have a rating made under none of the versions given. */
    private static long countNotOf(Connection connection, String schema, List<String> versions) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT rule_set_version, COUNT(*) FROM " + schema
                     + ".call_record WHERE rule_set_version IS NOT NULL GROUP BY rule_set_version")) {
            long count = 0;
            while (rows.next()) {
                count += versions.contains(rows.getString(1)) ? 0 : rows.getLong(2);
            }
            return count;
        }
    }

    /** The rule-set versions the stored ratings were made with. */
    private static List<String> ratingVersions(Connection connection, String schema) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT rule_set_version FROM " + schema
                     + ".call_record WHERE rule_set_version IS NOT NULL")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /**
     * Until the background refresh has recomputed every rating made under the versions given, or the time is up;
     * returns whether it had. Asked once a second, and for one such call only: counting a million calls that often
     * would take the database from the refresh it is waiting for.
     */
    private static boolean awaitRatingsRecomputed(Connection connection, String schema, List<String> staleVersions,
                                                  Duration limit) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (staleVersions.isEmpty() || !anyRatedUnder(connection, schema, staleVersions)) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static boolean anyRatedUnder(Connection connection, String schema, List<String> versions)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + schema + ".call_record "
                + "WHERE rule_set_version = ANY (?) LIMIT 1")) {
            query.setArray(1, connection.createArrayOf("varchar", versions.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Until readiness says UP; stale ratings are recomputed in the background, not before. */
    private void awaitReady(Process server, String name) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server stopped while starting: see " + jar.log(name));
            }
            try {
                if (get("/actuator/health/readiness").contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The server was not ready within " + START_LIMIT);
    }

    private double heapMegabytesOrZero() {
        try {
            return heapMegabytes();
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private double heapMegabytes() throws IOException, InterruptedException {
        String metric = get("/actuator/metrics/jvm.memory.used?tag=area:heap");
        return JSON.readTree(metric).path("measurements").path(0).path("value").asDouble() / (1024 * 1024);
    }

    private static void collectGarbage(Process server) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process gc = new ProcessBuilder(jcmd, "" + server.pid(), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!gc.waitFor(60, TimeUnit.SECONDS)) {
            gc.destroyForcibly();
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
