package com.calltriage.config;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.CallRecordJson.page;
import static com.calltriage.testing.FakeCallRecordListing.listed;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.building.Building;
import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.demo.DemoDataset;
import com.calltriage.demo.DemoTenant;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.RequestBudget;
import com.calltriage.store.JdbcBuildingStore;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.testing.FakeCallRecordListing;
import com.calltriage.testing.FakeCallRecordSource;
import com.calltriage.testing.FakeSubscriptionState;
import com.calltriage.testing.H2Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T16:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final H2Database database = H2Database.migrated();
    private final JdbcCallRecordStore store = new JdbcCallRecordStore(database.dataSource(), CLOCK);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final JdbcBuildingStore buildings = new JdbcBuildingStore(database.dataSource());
    private final SubCommands subCommands = new SubCommands(new CallRecordImporter(store), buildings, store, properties(),
            null, CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Nested
    class Import {

        @Test
        void cleanFilesExitWithZeroAndASummary() throws IOException {
            Path file = write("calls.json", page(call("call-a").with(alice()), call("call-b").with(bob())));

            int status = subCommands.run("import", file.toString());

            assertThat(status).isZero();
            assertThat(printed()).containsExactly(
                    "stored    call-a v1 (" + file + " [record 1])",
                    "stored    call-b v1 (" + file + " [record 2])",
                    "2 stored, 0 updated, 0 unchanged, 0 rejected");
            assertThat(store.countCalls()).isEqualTo(2);
        }

        @Test
        void anyRejectionExitsWithOneAfterStoringTheRest() throws IOException {
            Path good = write("good.json", call("call-a").with(alice()).json());
            Path bad = write("bad.json", call("call-b").with(bob()).without("version").json());

            int status = subCommands.run("import", good.toString(), bad.toString());

            assertThat(status).isEqualTo(1);
            assertThat(printed()).contains("rejected  " + bad + ": callRecord call-b: no version",
                    "1 stored, 0 updated, 0 unchanged, 1 rejected");
            assertThat(store.findById("call-a")).isPresent();
        }

        @Test
        void missingPathExitsWithOne() {
            Path missing = folder.resolve("not-there.json");

            int status = subCommands.run("import", missing.toString());

            assertThat(status).isEqualTo(1);
            assertThat(printed()).containsExactly("rejected  " + missing + ": no such file or folder",
                    "0 stored, 0 updated, 0 unchanged, 1 rejected");
        }

        @Test
        void secondImportOfTheSameFilesExitsWithZeroAndChangesNothing() throws IOException {
            write("calls.json", page(call("call-a").with(alice()), call("call-b").with(bob())));
            subCommands.run("import", folder.toString());
            out.reset();

            int status = subCommands.run("import", folder.toString());

            assertThat(status).isZero();
            assertThat(printed()).last().isEqualTo("0 stored, 0 updated, 2 unchanged, 0 rejected");
            assertThat(store.countCalls()).isEqualTo(2);
        }

        @Test
        void withoutAPathExitsWithTwoAndSaysHowToUseIt() {
            int status = subCommands.run("import");

            assertThat(status).isEqualTo(2);
            assertThat(errors()).contains("import PATH...");
            assertThat(printed()).isEmpty();
        }

        @Test
        void optionsAreNotTakenForPaths() throws IOException {
            Path file = write("calls.json", call("call-a").with(alice()).json());

            int status = subCommands.run("--calltriage.store.url=jdbc:h2:mem:elsewhere", "import",
                    "--calltriage.tenant-id=dc368399-474c-4d40-900c-6265431fd81f", file.toString());

            assertThat(status).isZero();
            assertThat(printed()).containsExactly("stored    call-a v1 (" + file + ")",
                    "1 stored, 0 updated, 0 unchanged, 0 rejected");
        }

        @Test
        void onlyOptionsAfterImportIsStillAMissingPath() {
            int status = subCommands.run("import", "--calltriage.store.url=jdbc:h2:mem:elsewhere");

            assertThat(status).isEqualTo(2);
            assertThat(errors()).contains("import PATH...");
        }
    }

    @Nested
    class Buildings {
        private static final String REDMOND_B1 =
                "10.10.1.0\tRED-B1-LAN\t24\tRedmond B1\tContoso\tOffice\tHeadquarters\tRedmond\t98052\tUS\tWA\t"
                        + "North America\t1\t1\t0";
        private static final String REDMOND_B1_WIFI =
                "10.10.11.0\tRED-B1-WIFI\t24\tRedmond B1\tContoso\tOffice\tHeadquarters\tRedmond\t98052\tUS\tWA\t"
                        + "North America\t1\t1\t0";
        private static final String VPN =
                "10.99.0.0,VPN-POOL,16,VPN,Contoso,VPN,Remote access,Redmond,98052,US,WA,North America,1,0,1";

        @Test
        void goodFileReplacesTheStoredOneAndSaysWhatItLoaded() throws IOException {
            buildings.replaceAll(List.of(new Building("172.16.0.0", "OLD", 16, "Old HQ", "", "", "", "", "", "", "",
                    "", true, false, false)));
            Path file = write("buildings.tsv", String.join("\n", REDMOND_B1, "", REDMOND_B1_WIFI) + "\n");

            int status = subCommands.run("buildings", file.toString());

            assertThat(status).isZero();
            assertThat(printed()).containsExactly("Loaded 2 networks in 1 building from " + file);
            assertThat(buildings.findAll()).extracting(Building::cidr).containsExactly("10.10.1.0/24", "10.10.11.0/24");
        }

        @Test
        void commaSeparatedFileLoadsToo() throws IOException {
            Path file = write("buildings.csv", VPN + "\r\n");

            int status = subCommands.run("buildings", file.toString());

            assertThat(status).isZero();
            assertThat(printed()).containsExactly("Loaded 1 network in 1 building from " + file);
            assertThat(buildings.findAll()).extracting(Building::vpn).containsExactly(true);
        }

        @Test
        void fileWithBadLinesPrintsEachAndLoadsNothing() throws IOException {
            buildings.replaceAll(List.of(new Building("172.16.0.0", "OLD", 16, "Old HQ", "", "", "", "", "", "", "",
                    "", true, false, false)));
            Path file = write("buildings.tsv", String.join("\n", REDMOND_B1,
                    REDMOND_B1.replace("\t24\t", "\t30\t").replace("10.10.1.0", "10.10.2.0"),
                    REDMOND_B1_WIFI.replace("\t1\t1\t0", "\tyes\t1\t0"),
                    REDMOND_B1));

            int status = subCommands.run("buildings", file.toString());

            assertThat(status).isEqualTo(1);
            assertThat(printed()).containsExactly(
                    "line 2: NetworkRange 30 is outside 8-28 (only VPN rows may use 32)",
                    "line 3: InsideCorp 'yes' is not 0 or 1",
                    "line 4: network 10.10.1.0/24 is already on line 1",
                    "No buildings loaded: 3 errors in " + file);
            assertThat(buildings.findAll()).extracting(Building::buildingName).containsExactly("Old HQ");
        }

        @Test
        void missingFileExitsWithOne() {
            Path missing = folder.resolve("not-there.tsv");

            int status = subCommands.run("buildings", missing.toString());

            assertThat(status).isEqualTo(1);
            assertThat(errors()).contains("Could not read the building file " + missing + ": no such file");
        }

        @Test
        void withoutAFileExitsWithTwoAndSaysHowToUseIt() {
            int status = subCommands.run("buildings", "--calltriage.demo.enabled=false");

            assertThat(status).isEqualTo(2);
            assertThat(errors()).contains("buildings FILE");
            assertThat(buildings.findAll()).isEmpty();
        }

        @Test
        void demoDataWritesABuildingFileThatLoads() {
            Path demo = folder.resolve("demo");
            subCommands.run("demo-data", demo.toString());
            out.reset();

            int status = subCommands.run("buildings", demo.resolve(DemoDataset.BUILDINGS_FILE).toString());

            assertThat(status).isZero();
            assertThat(printed()).containsExactly("Loaded 5 networks in 5 buildings from "
                    + demo.resolve(DemoDataset.BUILDINGS_FILE));
            assertThat(buildings.findAll()).extracting(Building::networkIp)
                    .containsExactly("10.10.1.0", "10.10.2.0", "10.20.1.0", "10.30.1.0", "10.99.0.0");
        }
    }

    @Nested
    class Backfill {
        private final FakeCallRecordListing listing = new FakeCallRecordListing();
        private final FakeCallRecordSource graph = new FakeCallRecordSource();
        private final FakeSubscriptionState state = new FakeSubscriptionState();
        private final SubCommands withGraph = new SubCommands(new CallRecordImporter(store), buildings, store,
                properties(), new com.calltriage.ingest.Backfill(listing, graph, store, new CallRecordImporter(store),
                state, RequestBudget.listing(CLOCK, nanos -> { }), RequestBudget.fetching(CLOCK, nanos -> { }),
                CLOCK, 1), CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        @Test
        void fetchesWhatGraphListsSinceTheStartOfTheDayAndExitsWithZero() {
            graph.serve(call("call-a").with(alice()));
            listing.page(listed("call-a", 1));

            int status = withGraph.run("backfill", "--since", "2026-11-15");

            assertThat(status).isZero();
            assertThat(listing.windows()).singleElement().satisfies(window -> assertThat(window)
                    .containsExactly(Instant.parse("2026-11-15T00:00:00Z"), CLOCK.instant()));
            assertThat(printed()).containsExactly("backfill: 1 done, 0 to do, - records/s",
                    "Backfill of calls from 2026-11-15T00:00:00Z until 2026-11-21T16:00:00Z: 1 listed, "
                            + "0 already stored, 1 fetched (1 new or newer), 0 gone, 0 failed");
            assertThat(store.findById("call-a")).isPresent();
            assertThat(state.read().backfilledUntil()).isEqualTo(CLOCK.instant());
        }

        @Test
        void takesTheDayAfterAnEqualsSignAndATimeToo() {
            withGraph.run("backfill", "--since=2026-11-15");
            withGraph.run("--calltriage.demo.enabled=false", "backfill", "--since", "2026-11-21T08:30:00Z");

            assertThat(listing.windows()).extracting(window -> window[0]).containsExactly(
                    Instant.parse("2026-11-15T00:00:00Z"), Instant.parse("2026-11-21T08:30:00Z"));
        }

        @Test
        void aRecordThatFailedExitsWithOne() {
            graph.failingAlways("call-a");
            listing.page(listed("call-a", 1));

            int status = withGraph.run("backfill", "--since", "2026-11-20");

            assertThat(status).isEqualTo(1);
            assertThat(printed()).contains("failed    call-a: fetch failed: Graph answered 503 for call-a");
        }

        @Test
        void theOldestDayGraphStillHasStartsAtItsOldestCall() {
            int status = withGraph.run("backfill", "--since", "2026-10-22");

            assertThat(status).isZero();
            assertThat(printed()).first().isEqualTo(
                    "Graph keeps call records 30 days: starting at 2026-10-22T16:00:00Z");
            assertThat(listing.windows()).singleElement()
                    .satisfies(window -> assertThat(window[0]).isEqualTo(Instant.parse("2026-10-22T16:00:00Z")));
        }

        @ParameterizedTest(name = "--since {0}")
        @CsvSource(delimiter = '|', value = {
            "2026-10-21           | is more than 30 days ago",
            "2026-10-22T15:59:59Z | is more than 30 days ago",
            "2026-11-22           | is not in the past",
            "2026-11-21T16:00:00Z | is not in the past",
            "last tuesday         | takes a day (2026-11-01) or a UTC time"})
        void aStartGraphCannotServeExitsWithTwoAndListsNothing(String since, String problem) {
            int status = withGraph.run("backfill", "--since", since);

            assertThat(status).isEqualTo(2);
            assertThat(errors()).contains(problem);
            assertThat(listing.windows()).isEmpty();
        }

        @Test
        void withoutAStartExitsWithTwoAndSaysHowToUseIt() {
            assertThat(withGraph.run("backfill")).isEqualTo(2);
            assertThat(withGraph.run("backfill", "--since")).isEqualTo(2);

            assertThat(errors()).contains("backfill --since YYYY-MM-DD");
        }

        @Test
        void withoutGraphExitsWithTwoAndNamesTheSettings() {
            int status = subCommands.run("backfill", "--since", "2026-11-20");

            assertThat(status).isEqualTo(2);
            assertThat(errors()).contains("calltriage.graph.client-id");
        }
    }

    @Nested
    class DemoData {

        @Test
        void writesPagesThatImportLoadsWithoutRejections() throws IOException {
            Path demo = folder.resolve("demo");
            int expectedCalls = new DemoCallGenerator(new DemoTenant(), DemoCallGenerator.DEFAULT_SEED, CLOCK.instant())
                    .generate().size();

            // Spring has bound the options before a sub-command runs; here they only must not count as a folder.
            int written = subCommands.run("demo-data", demo.toString(), "--calltriage.demo.seed=1");
            int imported = subCommands.run("import", demo.toString());

            assertThat(written).isZero();
            assertThat(imported).isZero();
            assertThat(printed()).first().asString()
                    .startsWith("Wrote " + expectedCalls + " call records in ");
            assertThat(printed()).last().isEqualTo(expectedCalls + " stored, 0 updated, 0 unchanged, 0 rejected");
            assertThat(pageFiles(demo)).hasSizeGreaterThanOrEqualTo(DemoCallGenerator.DAYS - 1)
                    .allSatisfy(name -> assertThat(name).matches("callRecords-\\d{4}-\\d{2}-\\d{2}\\.json"));
            assertThat(store.countCalls()).isEqualTo(expectedCalls);
        }

        @Test
        void writesTheTroubleOfEveryCall() throws IOException {
            Path demo = folder.resolve("demo");
            subCommands.run("demo-data", demo.toString());
            subCommands.run("import", demo.toString());

            List<String> troubles = Files.readAllLines(demo.resolve(DemoDataset.TROUBLES_FILE));

            assertThat(troubles.get(0)).isEqualTo("call_id\tkind\ttrouble\ttroubled_user_id");
            assertThat(troubles).hasSize((int) store.countCalls() + 1);
            assertThat(troubles.subList(1, troubles.size()))
                    .allSatisfy(line -> assertThat(store.findById(line.split("\t")[0])).isPresent());
        }

        @Test
        void sameClockWritesTheSameFiles() throws IOException {
            subCommands.run("demo-data", folder.resolve("first").toString());
            subCommands.run("demo-data", folder.resolve("second").toString());

            assertThat(pageFiles(folder.resolve("second"))).isEqualTo(pageFiles(folder.resolve("first")));
            for (String name : pageFiles(folder.resolve("first"))) {
                assertThat(folder.resolve("second").resolve(name))
                        .hasSameTextualContentAs(folder.resolve("first").resolve(name));
            }
        }

        @Test
        void withoutAFolderExitsWithTwoAndSaysHowToUseIt() {
            int status = subCommands.run("demo-data");

            assertThat(status).isEqualTo(2);
            assertThat(errors()).contains("demo-data DIR");
        }

        @Test
        void folderThatCannotBeMadeExitsWithOne() throws IOException {
            Path file = write("a-file.txt", "not a folder");

            int status = subCommands.run("demo-data", file.resolve("demo").toString());

            assertThat(status).isEqualTo(1);
            assertThat(errors()).contains("Could not write the demo data to " + file.resolve("demo"));
        }
    }

    @Test
    void unknownSubCommandExitsWithTwo() {
        int status = subCommands.run("export", folder.toString());

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("unknown sub-command export");
    }

    @Test
    void rediagnoseRecomputesNothingWhenEveryDiagnosisIsCurrent() {
        int status = subCommands.run("rediagnose");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Recomputed 0 diagnoses made under an older rule set");
    }

    private static CallTriageProperties properties() {
        return new CallTriageProperties("dc368399-474c-4d40-900c-6265431fd81f",
                new CallTriageProperties.Store("jdbc:h2:mem:unused", "", ""),
                new CallTriageProperties.Demo(true, DemoCallGenerator.DEFAULT_SEED),
                new CallTriageProperties.Roles(List.of(), List.of(), List.of(), List.of(), "", Duration.ofMinutes(10)),
                new CallTriageProperties.Quality(java.util.Map.of()),
                new CallTriageProperties.Graph("", "", "", "https://graph.microsoft.com/v1.0",
                        "https://login.microsoftonline.com/{tenant-id}/oauth2/v2.0/token", "", "", Duration.ofSeconds(5),
                        Duration.ofMinutes(5)),
                new CallTriageProperties.Audit(Duration.ofDays(90)),
                new CallTriageProperties.Cache(Duration.ofMinutes(5), 10_000),
                new CallTriageProperties.Bot(Duration.ofSeconds(1), Duration.ofSeconds(20)),
                new CallTriageProperties.Notifications(Duration.ofSeconds(2), 10));
    }

    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> pageFiles(Path demo) throws IOException {
        try (Stream<Path> files = Files.list(demo)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted().toList();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
