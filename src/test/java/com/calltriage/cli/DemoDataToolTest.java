package com.calltriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.demo.DemoDataset;
import com.calltriage.demo.DemoTenant;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code demo-data DIR}: the demo tenant written as Graph JSON pages that import loads whole. */
class DemoDataToolTest extends SubCommandsFixture {

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

    @ParameterizedTest
    @ValueSource(strings = {"", "--people 120 --days 9", "--people=45 --days=3"})
    void sameClockAndOptionsWriteTheSameFiles(String options) throws IOException {
        subCommands.run(demoData(folder.resolve("first"), options));
        subCommands.run(demoData(folder.resolve("second"), options));

        assertSameFiles(folder.resolve("first"), folder.resolve("second"));
    }

    @Test
    void theDemosOwnSizeWrittenOutIsTheDemo() throws IOException {
        subCommands.run("demo-data", folder.resolve("plain").toString());
        subCommands.run(demoData(folder.resolve("sized"),
                "--people " + DemoTenant.DEMO_PEOPLE + " --days " + DemoCallGenerator.DAYS));

        assertSameFiles(folder.resolve("plain"), folder.resolve("sized"));
    }

    /** The demo's own days are under a page each, so its files are what they were before pages were bounded. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-21T16:00:00Z", "2026-11-21T03:10:00Z"})
    void theDemoIsOnePrettyPrintedPagePerDayOfItsCallsInStartOrder(String now) throws IOException {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        Path demo = folder.resolve("demo");
        List<DemoCall> calls = new DemoCallGenerator(new DemoTenant(), DemoCallGenerator.DEFAULT_SEED,
                clock.instant()).generate();
        Map<LocalDate, List<DemoCall>> days = calls.stream().collect(Collectors.groupingBy(
                call -> LocalDate.ofInstant(call.start(), ZoneOffset.UTC), TreeMap::new, Collectors.toList()));

        new SubCommands(null, null, null, DemoCallGenerator.DEFAULT_SEED, null, clock,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("demo-data", demo.toString());

        assertThat(pageFiles(demo)).containsExactlyElementsOf(
                days.keySet().stream().map(day -> "callRecords-" + day + ".json").toList());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (Map.Entry<LocalDate, List<DemoCall>> day : days.entrySet()) {
            ObjectNode page = json.createObjectNode()
                    .put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords");
            page.putArray("value").addAll(day.getValue().stream().map(DemoCall::json).toList());
            assertThat(demo.resolve("callRecords-" + day.getKey() + ".json")).hasContent(json.writeValueAsString(page));
        }
        assertThat(Files.readAllLines(demo.resolve(DemoDataset.TROUBLES_FILE)).stream().skip(1)
                .map(line -> line.split("\t")[0]).toList())
                .isEqualTo(calls.stream().map(DemoCall::id).toList());
    }

    @Test
    void aDayOfMoreThanAThousandCallsIsSplitIntoPagesThatImportLoadsWhole() throws IOException {
        Path grown = folder.resolve("grown");

        subCommands.run(demoData(grown, "--people 3000 --days 2"));
        int written = Integer.parseInt(printed().get(0).split(" ")[1]);
        int status = subCommands.run("import", grown.toString());

        assertThat(status).isZero();
        assertThat(pageFiles(grown)).contains("callRecords-2026-11-20.json", "callRecords-2026-11-20_0002.json");
        assertThat(written).isGreaterThan(DemoDataset.PAGE_SIZE);
        assertThat(printed()).last().isEqualTo(written + " stored, 0 updated, 0 unchanged, 0 rejected");
        assertThat(store.countCalls()).isEqualTo(written);
    }

    @Test
    void grownTenantHasTheNumberedPeopleAndTheDaysAsked() throws IOException {
        Path grown = folder.resolve("grown");
        int demoCalls = new DemoCallGenerator(new DemoTenant(), DemoCallGenerator.DEFAULT_SEED, CLOCK.instant(), 8)
                .generate().size();

        int status = subCommands.run(demoData(grown, "--people 100 --days 8"));
        subCommands.run("import", grown.toString());

        assertThat(status).isZero();
        assertThat(pageFiles(grown)).hasSizeBetween(7, 8);
        String pages = String.join("\n", pageFiles(grown).stream().map(name -> read(grown.resolve(name))).toList());
        assertThat(pages).contains(DemoTenant.objectIdOf("person0042"), DemoTenant.objectIdOf("person0100"),
                "person0100@" + DemoTenant.HOME_DOMAIN).doesNotContain(DemoTenant.objectIdOf("person0101"));
        assertThat(store.countCalls()).isGreaterThan(2L * demoCalls);
        assertThat(printed()).last().asString().endsWith(" 0 rejected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--people 40", "--people many", "--days 0", "--days=-3"})
    void sizeTheDemoCannotHaveExitsWithTwo(String options) {
        int status = subCommands.run(demoData(folder.resolve("demo"), options));

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains(options.split("[ =]")[0] + " takes a whole number from ");
        assertThat(folder.resolve("demo")).doesNotExist();
    }

    @Test
    void withoutAFolderExitsWithTwoAndSaysHowToUseIt() {
        int status = subCommands.run("demo-data");

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("demo-data DIR [--people N] [--days D]");
    }

    @Test
    void folderThatCannotBeMadeExitsWithOne() throws IOException {
        Path file = write("a-file.txt", "not a folder");

        int status = subCommands.run("demo-data", file.resolve("demo").toString());

        assertThat(status).isEqualTo(1);
        assertThat(errors()).contains("Could not write the demo data to " + file.resolve("demo"));
    }

    private static String[] demoData(Path demo, String options) {
        return Stream.concat(Stream.of("demo-data", demo.toString()),
                Stream.of(options.split(" ")).filter(word -> !word.isEmpty())).toArray(String[]::new);
    }

    private static void assertSameFiles(Path first, Path second) throws IOException {
        assertThat(pageFiles(second)).isEqualTo(pageFiles(first)).isNotEmpty();
        for (String name : pageFiles(first)) {
            assertThat(second.resolve(name)).hasSameTextualContentAs(first.resolve(name));
        }
        assertThat(second.resolve(DemoDataset.TROUBLES_FILE))
                .hasSameTextualContentAs(first.resolve(DemoDataset.TROUBLES_FILE));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> pageFiles(Path demo) throws IOException {
        try (Stream<Path> files = Files.list(demo)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted().toList();
        }
    }
}
