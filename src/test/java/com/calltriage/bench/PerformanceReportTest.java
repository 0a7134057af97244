package com.calltriage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report replaces docs/PERFORMANCE.md but keeps the block the summary benchmark writes there. */
class PerformanceReportTest {
    private static final String BLOCK = """
            <!-- BEGIN summary benchmark -->
            ## Summary

            | measure | figure |
            |---|---:|
            | summary last 30 days | 41.0 ms |
            <!-- END summary benchmark -->""";

    @TempDir
    Path folder;

    @Test
    void anEarlierReportIsReplacedButTheSummaryBenchmarksBlockIsKeptAsItWas() throws Exception {
        Path file = folder.resolve("PERFORMANCE.md");
        Files.writeString(file, "# Performance\n\nold figures\n\n" + BLOCK + "\n\nold tail\n");

        new PerformanceReport(figures()).write(file);

        String written = Files.readString(file);
        assertThat(written).startsWith("# Performance").contains("| help | 10.0 |").doesNotContain("old figures")
                .doesNotContain("old tail").contains(BLOCK);
    }

    @Test
    void theVacuumAfterTheImportIsReportedApartFromTheImportWithTheServersAutovacuumSetting() {
        String report = new PerformanceReport(figures()).markdown();

        assertThat(report).contains("this server's autovacuum is off")
                .contains("| `VACUUM (ANALYZE)` of the store's tables after the import | 3.00 s |")
                .contains("| `import DIR`, whole run | 5 records/s (2.00 s) |");
    }

    @Test
    void aStartUpQuickerThanOnAnEmptyStoreIsSaidToBeLessNotANegativeMore() {
        Figures figures = figures();
        figures.startupNanos = 5_590_000_000L;
        figures.emptyStartupNanos = 6_680_000_000L;

        assertThat(new PerformanceReport(figures).markdown())
                .contains("| start-up under 10 s | 5.59 s (1.09 s less than on an empty store) | met |");
    }

    @Test
    void aFileWithoutTheBlockGetsNone() throws Exception {
        Path file = folder.resolve("PERFORMANCE.md");
        Files.writeString(file, "# Performance\n\nold figures\n");

        new PerformanceReport(figures()).write(file);

        assertThat(Files.readString(file)).doesNotContain("BEGIN summary benchmark").doesNotContain("old figures");
    }

    private static Figures figures() {
        Figures figures = new Figures(3, 1, "--people 3 --days 1");
        Benchmark.MEASURES.forEach(measure -> figures.sample(measure, 10_000_000));
        figures.records = 10;
        figures.copyNanos = 1_000_000_000;
        figures.importNanos = 2_000_000_000;
        figures.emptyImportNanos = 1_000_000_000;
        figures.inProcessImportNanos = 500_000_000;
        figures.vacuumNanos = 3_000_000_000L;
        figures.autovacuum = "off";
        figures.heapLimit = "512m";
        figures.loadClients = 20;
        figures.loadSeconds = 60;
        figures.loadAnswers = new Samples("answer under load");
        figures.loadAnswers.add(20_000_000);
        return figures;
    }
}
