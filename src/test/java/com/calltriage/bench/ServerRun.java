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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server on the benchmark's store, its heap limited to {@link #HEAP_LIMIT}, started with a yellow threshold of its
 * own so every stored rating is stale; then the answers, timed round by round, the heap they leave, and many clients
 * asking at once for a while.
 */
final class ServerRun {
    /** Not the default of 15 ms (docs/DIAGNOSIS.md): a rule set of another version. */
    private static final String STALE_RULES = "--calltriage.quality.yellow[audio.jitter.average.yellow]=16";
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Duration REFRESH_LIMIT = Duration.ofMinutes(60);
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
            awaitReady(server);
            return System.nanoTime() - start;
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Starts the server, asks about each person in turn, reads the heap and stops the server. */
    void measure(Connection connection, List<DemoPerson> asked, Figures figures)
            throws Exception {
        String schemaName = storeUrl.substring(storeUrl.indexOf("currentSchema=") + "currentSchema=".length());
        List<String> staleVersions = ratingVersions(connection, schemaName);
        System.out.println("Starting the server with every rating stale");
        long start = System.nanoTime();
        figures.heapLimit = HEAP_LIMIT;
        Process server = jar.start("server", List.of("-Xmx" + HEAP_LIMIT), List.of("--server.port=" + port,
                "--management.server.port=" + managementPort, "--management.endpoint.health.probes.enabled=true",
                "--calltriage.store.url=" + storeUrl, STALE_RULES));
        try {
            awaitReady(server);
            figures.startupNanos = System.nanoTime() - start;
            awaitRatingsRecomputed(connection, staleVersions);
            figures.refreshNanos = System.nanoTime() - start - figures.startupNanos;
            BotTraffic bot = new BotTraffic(port, DemoTenant.objectIdOf("erin"), DemoTenant.HOME_TENANT_ID);
            for (int i = 0; i < WARM_UP_QUESTIONS; i++) {
                bot.ask("help");
            }
            System.out.println("Asking about " + asked.size() + " people");
            String schema = storeUrl.substring(storeUrl.indexOf("currentSchema=") + "currentSchema=".length());
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
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
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
     * Until the background refresh has recomputed every rating made under the versions given, so the rounds time
     * answers on a store whose ratings are current, as they are between rule changes.
     */
    private void awaitRatingsRecomputed(Connection connection, List<String> staleVersions)
            throws SQLException, InterruptedException {
        String schema = storeUrl.substring(storeUrl.indexOf("currentSchema=") + "currentSchema=".length());
        long deadline = System.nanoTime() + REFRESH_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> now = ratingVersions(connection, schema);
            if (now.stream().noneMatch(staleVersions::contains)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The stale ratings were not recomputed within " + REFRESH_LIMIT);
    }

    /** Until readiness says UP; stale ratings are recomputed in the background, not before. */
    private void awaitReady(Process server) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server stopped while starting: see " + jar.log("server"));
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
