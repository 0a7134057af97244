// Long because: one scenario read top to bottom, each step printing what it measured, and the replica it drives.
package com.calltriage.bench;

import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.GraphNotificationJson;
import com.calltriage.testing.GraphUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Two replicas of the packaged jar on one PostgreSQL schema, with Graph played by WireMock, run by
 * {@code tools/replicas/run.sh}. It shows, and exits non-zero unless: a list asked on one replica is what
 * {@code details 3} and {@code more} mean on the other; a record imported while both run appears in both's answers
 * within two seconds; a replica killed with SIGKILL under load loses no question (the asker retries on the other
 * replica, as a load balancer does) and no queued notification; and the Graph subscription is renewed once.
 */
public final class ReplicasProof {
    static final Duration WITHIN = Duration.ofSeconds(2);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Pattern DETAILS = Pattern.compile("\"command\":\"(details ([^\" ]+) for [^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> failures = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();

    private ReplicasProof() {
    }

    public static void main(String[] args) throws Exception {
        String database = option(args, "--database", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        int[] ports = List.of(option(args, "--ports", "3978,3979,3988,3989").split(",")).stream()
                .mapToInt(Integer::parseInt).toArray();
        int notifications = Integer.parseInt(option(args, "--notifications", "120"));
        System.exit(new ReplicasProof().run(database, ports, notifications) ? 0 : 1);
    }

    private boolean run(String database, int[] ports, int notifications) throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "replicas"));
        CallTriageJar jar = new CallTriageJar(Path.of("target", "calltriage.jar"), logs);
        String schema = "calltriage_replicas_" + UUID.randomUUID().toString().substring(0, 8);
        execute(database, "CREATE SCHEMA " + schema);
        String store = database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Replica a = new Replica(jar, "replica-a", ports[0], ports[1]);
        Replica b = new Replica(jar, "replica-b", ports[2], ports[3]);
        try (GraphStandIn graph = new GraphStandIn(Instant.now())) {
            List<String> settings = new ArrayList<>(graph.settings());
            settings.add("--calltriage.store.url=" + store);
            settings.add("--calltriage.notifications.lease=" + LEASE.toSeconds() + "s");
            say("Starting replica A on " + ports[0] + ", then B on " + ports[2] + ", on schema " + schema);
            a.start(settings);
            a.awaitReady();
            b.start(settings);
            b.awaitReady();
            lists(a, b);
            imported(jar, store, logs, a, b);
            stoppedMidLoad(false, store, graph, notifications, a, b);
            say("Starting replica B again");
            b.start(settings);
            b.awaitReady();
            stoppedMidLoad(true, store, graph, notifications, a, b);
            int renewals = graph.renewals();
            figure("subscription: renewed " + renewals + " time(s) by two replicas, created " + graph.creations()
                    + " time(s)");
            check(renewals == 1 && graph.creations() == 0, "the subscription was renewed " + renewals
                    + " times and created " + graph.creations() + " times, not renewed once");
        } finally {
            a.stop();
            b.stop();
            execute(database, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        say("");
        figures.forEach(line -> say("  " + line));
        failures.forEach(line -> say("FAILED: " + line));
        say(failures.isEmpty() ? "All checks passed." : failures.size() + " check(s) failed; logs in " + logs);
        return failures.isEmpty();
    }

    /** A list on A; "details 3" and "more" on B, in the same conversation. */
    private void lists(Replica a, Replica b) throws IOException, InterruptedException {
        say("A list on A, 'details 3' and 'more' on B");
        List<String[]> rows = rows(a.bot.answer("show last calls for alice"));
        JsonNode thirdOnB = card(b.bot.answer("details 3"));
        JsonNode thirdOnA = card(a.bot.answer(rows.get(2)[0]));
        List<String[]> next = rows(b.bot.answer("more"));
        String nextText = next.isEmpty() ? "" : String.join(" ", next.get(0));
        boolean sameCall = thirdOnB.equals(thirdOnA);
        boolean nextPage = next.size() > 0 && next.stream().noneMatch(row -> rows.stream()
                .anyMatch(shown -> shown[1].equals(row[1])));
        figure("lists: 'details 3' on B shows row 3 of A's list (" + rows.get(2)[1] + "): " + sameCall
                + "; 'more' on B shows " + next.size() + " further calls, none of A's first " + rows.size() + ": "
                + nextPage);
        check(sameCall, "'details 3' on B is not the third call of the list A showed");
        check(nextPage, "'more' on B did not show the calls after A's first page: " + nextText);
    }

    /** A record imported by a third process while both run, looked for in both replicas' answers. */
    private void imported(CallTriageJar jar, String store, Path logs, Replica a, Replica b) throws Exception {
        say("Importing a call of Alice while both replicas hold her list in their caches");
        a.bot.answer("show last calls for alice");
        b.bot.answer("show last calls for alice");
        String id = UUID.randomUUID().toString();
        GraphUser alice = new GraphUser(DemoTenant.objectIdOf("alice"), "Alice Wood", DemoTenant.HOME_TENANT_ID,
                "alice@" + DemoTenant.HOME_DOMAIN);
        Path file = logs.resolve("imported-call.json");
        Files.writeString(file, CallRecordJson.call(id).with(alice, GraphUser.bob())
                .startingAt(Instant.now().minusSeconds(120)).lasting(Duration.ofMinutes(1)).json());
        jar.run("import", List.of("import", file.toString(), "--calltriage.store.url=" + store,
                "--calltriage.demo.enabled=false"));
        long stored = System.nanoTime();
        long onA = -1;
        long onB = -1;
        while ((onA < 0 || onB < 0) && System.nanoTime() - stored < Duration.ofSeconds(10).toNanos()) {
            if (onA < 0 && firstRow(a).equals(id)) {
                onA = System.nanoTime() - stored;
            }
            if (onB < 0 && firstRow(b).equals(id)) {
                onB = System.nanoTime() - stored;
            }
        }
        figure("import: the new call was in A's list " + millis(onA) + " and in B's " + millis(onB)
                + " after the import ended (bound " + WITHIN.toMillis() + " ms)");
        check(onA >= 0 && onA <= WITHIN.toNanos() && onB >= 0 && onB <= WITHIN.toNanos(),
                "the imported call did not appear on both replicas within " + WITHIN);
    }

    /**
     * Questions and notifications to both; B stopped in the middle, with SIGKILL or, {@code graceful}, with SIGTERM.
     * Killed, B's claims wait for their lease; stopped, it hands them back at once, so all is stored within the lease.
     */
    private void stoppedMidLoad(boolean graceful, String store, GraphStandIn graph, int count, Replica a, Replica b)
            throws Exception {
        String how = graceful ? "SIGTERM" : "SIGKILL";
        say("Load on both replicas, " + count + " notifications queued, then B stopped with " + how);
        GraphUser alice = GraphUser.alice();
        List<CallRecordJson> calls = IntStream.range(0, count).mapToObj(i -> CallRecordJson.call(
                UUID.randomUUID().toString()).with(alice, GraphUser.bob())).toList();
        graph.serves(calls, 100);
        try (Connection connection = DriverManager.getConnection(store);
             QuestionLoad load = new QuestionLoad(List.of(a.bot, b.bot), 3)) {
            for (int i = 0; i < calls.size(); i += 10) {
                List<CallRecordJson> batch = calls.subList(i, Math.min(i + 10, calls.size()));
                notify(i / 10 % 2 == 0 ? a : b, i / 10 % 2 == 0 ? b : a, batch);
            }
            Thread.sleep(2_000);
            long claimed = count(connection, "SELECT COUNT(*) FROM notification_queue WHERE claimed_until > "
                    + System.currentTimeMillis());
            long stoppedAt = System.nanoTime();
            if (graceful) {
                b.terminate();
            } else {
                b.kill();
            }
            String ids = String.join("','", calls.stream().map(CallRecordJson::id).toList());
            long stored = 0;
            long waiting = -1;
            while (System.nanoTime() - stoppedAt < LEASE.plusSeconds(60).toNanos()) {
                stored = count(connection, "SELECT COUNT(*) FROM call_record WHERE id IN ('" + ids + "')");
                waiting = count(connection, "SELECT COUNT(*) FROM notification_queue");
                if (stored == count && waiting == 0) {
                    break;
                }
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - stoppedAt) / 1e9;
            load.stop();
            String label = graceful ? "SIGTERM" : "kill";
            figure(String.format("%s: %d of %d notified records stored, %d notifications left queued, %.1f s after "
                    + "the signal (lease %d s); %d notifications were claimed by the two replicas at the signal%s",
                    label, stored, count, waiting, seconds, LEASE.toSeconds(), claimed,
                    graceful ? "; B's log: " + b.handedBack() : ""));
            figure(label + ": " + load.asked() + " questions asked, " + load.answered() + " answered, "
                    + load.retried() + " of them retried on A after B failed or was gone, " + load.lost() + " lost");
            check(stored == count && waiting == 0, how + ": notifications were lost: " + stored + " of " + count
                    + " records stored, " + waiting + " left queued");
            check(load.lost() == 0 && load.asked() == load.answered(), how + ": " + load.lost()
                    + " questions were lost");
            check(!graceful || seconds < LEASE.toSeconds(), "SIGTERM: B's notifications waited for their lease");
        }
    }

    /** Posts the notifications to one replica as Graph does, or to the other when the first cannot take them. */
    private static void notify(Replica first, Replica other, List<CallRecordJson> calls)
            throws IOException, InterruptedException {
        String body = GraphNotificationJson.batch(calls.stream().map(call -> GraphNotificationJson.changed(
                call.id(), "created", GraphStandIn.CLIENT_STATE)).toArray(ObjectNode[]::new));
        if (first.postNotifications(body) != 202) {
            check202(other.postNotifications(body));
        }
    }

    private static void check202(int status) {
        if (status != 202) {
            throw new IllegalStateException("Neither replica took the notifications: " + status);
        }
    }

    private String firstRow(Replica replica) throws IOException, InterruptedException {
        List<String[]> rows = rows(replica.bot.answer("show last calls for alice"));
        return rows.isEmpty() ? "" : rows.get(0)[1];
    }

    /** The rows of a list answer: each row's details command and call id, in order. */
    private static List<String[]> rows(String answer) {
        List<String[]> rows = new ArrayList<>();
        Matcher matcher = DETAILS.matcher(answer.replace("\": \"", "\":\""));
        while (matcher.find()) {
            rows.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return rows;
    }

    private static JsonNode card(String answer) throws IOException {
        return JSON.readTree(answer).path("activities").path(0).path("attachments");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void check(boolean held, String failure) {
        if (!held) {
            failures.add(failure);
        }
    }

    private void figure(String line) {
        figures.add(line);
        say(line);
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "never" : nanos / 1_000_000 + " ms";
    }

    private static void say(String line) {
        System.out.println(line);
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    /** One replica: the jar as a server on its two ports, asked by Sam, the demo specialist. */
    static final class Replica {
        private static final Duration START_LIMIT = Duration.ofMinutes(3);
        private final CallTriageJar jar;
        private final String name;
        private final int port;
        private final int managementPort;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        final BotTraffic bot;
        private Process process;

        Replica(CallTriageJar jar, String name, int port, int managementPort) {
            this.jar = jar;
            this.name = name;
            this.port = port;
            this.managementPort = managementPort;
            this.bot = new BotTraffic(port, DemoTenant.objectIdOf("sam"), DemoTenant.HOME_TENANT_ID);
        }

        void start(List<String> settings) throws IOException {
            List<String> args = new ArrayList<>(List.of("--server.port=" + port,
                    "--management.server.port=" + managementPort));
            args.addAll(settings);
            process = jar.start(name, args);
        }

        void awaitReady() throws InterruptedException {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped while starting: see " + jar.log(name));
                }
                try {
                    if (get("http://127.0.0.1:" + port + "/readyz").contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException(name + " was not ready within " + START_LIMIT);
        }

        /** The webhook's status for these notifications; 0 when the replica cannot be reached. */
        int postNotifications(String body) throws InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/graph/notifications")).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return 0;
            }
        }

        /** SIGKILL: no shutdown hook, no graceful anything. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** SIGTERM, as Kubernetes stops a pod: the replica shuts down gracefully. */
        void terminate() {
            process.destroy();
        }

        /** What the replica's log says it handed back when it stopped. */
        String handedBack() throws IOException, InterruptedException {
            process.waitFor(90, TimeUnit.SECONDS);
            List<String> lines = Files.readAllLines(jar.log(name)).stream()
                    .filter(line -> line.contains("handed") && line.contains("back to the other replicas"))
                    .map(line -> line.substring(line.indexOf("Stopping:"))).toList();
            return lines.isEmpty() ? "nothing handed back" : String.join("; ", lines);
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }

        private String get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
