package com.calltriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.demo.DemoDataset;
import com.calltriage.demo.DemoTenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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

    private static List<String> pageFiles(Path demo) throws IOException {
        try (Stream<Path> files = Files.list(demo)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted().toList();
        }
    }
}
