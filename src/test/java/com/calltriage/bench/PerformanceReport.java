package com.calltriage.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The figures of a run as docs/PERFORMANCE.md: the command, the machine, the date, the figures and the targets. */
final class PerformanceReport {
    private final Figures figures;

    PerformanceReport(Figures figures) {
        this.figures = figures;
    }

    PerformanceReport print(PrintStream out) {
        out.println(markdown());
        return this;
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown());
    }

    String markdown() {
        Samples help = figures.of("help");
        StringBuilder md = new StringBuilder("# Performance\n\n");
        md.append("Measured with `tools/bench/run.sh").append(figures.options.isEmpty() ? "" : " " + figures.options)
                .append("` on ").append(figures.date.format(DateTimeFormatter.ISO_LOCAL_DATE)).append(".\n\n")
                .append("- Machine: ").append(machine()).append('\n')
                .append("- Tenant: `demo-data --people ").append(figures.people).append(" --days ").append(figures.days)
                .append("`, ").append(figures.records).append(" call records, ")
                .append(format("%.1f", figures.jsonBytes / 1e6)).append(" MB of compact JSON\n")
                .append("- Asking: one engineer, `expectReplies` over HTTP on 127.0.0.1, ")
                .append(help.count()).append(" rounds, each asking in turn every question below about a person ")
                .append("not asked before (a new one each round) after ").append("5 `help`s to warm up\n\n");
        md.append("## Answers\n\n| measure | median ms | p99 ms | samples | median / help | p99 / help |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (Samples samples : figures.samples.values()) {
            md.append(format("| %s | %.1f | %.1f | %d | %.2f | %.2f |%n", samples.name(), samples.medianMillis(),
                    samples.p99Millis(), samples.count(), samples.medianMillis() / help.medianMillis(),
                    samples.p99Millis() / help.p99Millis()));
        }
        md.append("\n## Import, start-up, heap\n\n| measure | figure |\n|---|---:|\n")
                .append(format("| `COPY` of the same JSON (floor) | %.0f records/s (%.2f s) |%n",
                        figures.copyRecordsPerSecond(), figures.copyNanos / 1e9))
                .append(format("| `import DIR`, whole run | %.0f records/s (%.2f s) |%n",
                        figures.importRecordsPerSecond(), figures.importNanos / 1e9))
                .append(format("| `import DIR` less an import of nothing (%.2f s: JVM, Spring, store checks) "
                        + "| %.0f records/s |%n", figures.emptyImportNanos / 1e9,
                        figures.importRecordsPerSecondAfterStart()))
                .append(format("| start-up with every rating stale, to readiness UP | %.2f s |%n",
                        figures.startupNanos / 1e9))
                .append(format("| heap used after the rounds | %.0f MB |%n", figures.heapUsedMegabytes))
                .append(format("| heap used after a full collection | %.0f MB |%n",
                        figures.heapAfterCollectionMegabytes));
        md.append("\n## Targets at this size\n\n| target | this run | |\n|---|---:|---|\n")
                .append(target("list cold median within 1.5x of `help`'s",
                        figures.of("list cold").medianMillis() / help.medianMillis(), 1.5))
                .append(target("list cold p99 within 2x of `help`'s",
                        figures.of("list cold").p99Millis() / help.p99Millis(), 2))
                .append(target("cached list (warm) median within 1.2x of `help`'s",
                        figures.of("list warm").medianMillis() / help.medianMillis(), 1.2))
                .append(format("| import at 50%% or more of the `COPY` floor's records/s | %.0f%% (%.0f%% less "
                        + "start-up) | %s |%n", 100 * figures.importRecordsPerSecond() / figures.copyRecordsPerSecond(),
                        100 * figures.importRecordsPerSecondAfterStart() / figures.copyRecordsPerSecond(),
                        figures.importRecordsPerSecond() >= figures.copyRecordsPerSecond() / 2 ? "met" : "missed"))
                .append(format("| start-up under 10 s | %.2f s | %s |%n", figures.startupNanos / 1e9,
                        figures.startupNanos < 10e9 ? "met" : "missed"))
                .append("| heap under 512 MB during a 20-client minute | not measured: one client here "
                        + "(heap after the rounds above) | not measured |\n")
                .append("| `summary` | not measured: the command does not exist yet | not measured |\n");
        return md.toString();
    }

    private static String target(String name, double ratio, double limit) {
        return format("| %s | %.2fx | %s |%n", name, ratio, ratio <= limit ? "met" : "missed");
    }

    private String machine() {
        Runtime.Version jdk = Runtime.version();
        return format("%d cores, %s memory, %s %s, JDK %s (%s), PostgreSQL %s on the same machine",
                Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("os.name"),
                System.getProperty("os.arch"), jdk, System.getProperty("java.vendor"), figures.postgresVersion);
    }

    /** The machine's memory from /proc/meminfo, where there is one. */
    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> format("%.1f GB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
