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

    /**
     * Writes the report over the file, keeping the block another benchmark writes into it (from
     * {@link #KEPT_BEGIN} to {@link #KEPT_END}) as it was, after this report.
     */
    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String kept = Files.exists(file) ? keptBlock(Files.readString(file)) : "";
        Files.writeString(file, markdown() + (kept.isEmpty() ? "" : "\n" + kept + "\n"));
    }

    static final String KEPT_BEGIN = "<!-- BEGIN summary benchmark -->";
    static final String KEPT_END = "<!-- END summary benchmark -->";

    /** The block between the markers, the markers included; empty when the file has none. */
    static String keptBlock(String existing) {
        int begin = existing.indexOf(KEPT_BEGIN);
        int end = begin < 0 ? -1 : existing.indexOf(KEPT_END, begin);
        return end < 0 ? "" : existing.substring(begin, end + KEPT_END.length());
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
                .append("not asked before (a new one each round) after ").append("5 `help`s to warm up\n")
                .append("- Store: vacuumed and analyzed after the import, before the server starts, as autovacuum ")
                .append("keeps a store that grew to this size over the days it holds (this server's autovacuum is ")
                .append(figures.autovacuum).append("); the time it took is below, apart from the import's\n\n");
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
                .append(figures.inProcessImportNanos == 0 ? "| the importer and the store alone | not measured "
                        + "at this size: the whole run is the measure |\n"
                        : format("| the importer and the store alone, in the benchmark's process, after importing "
                        + "the same records once to compile the code (a third, empty schema) | %.0f records/s "
                        + "(%.2f s) |%n", figures.inProcessImportRecordsPerSecond(), figures.inProcessImportNanos / 1e9))
                .append(format("| `VACUUM (ANALYZE)` of the store's tables after the import | %.2f s |%n",
                        figures.vacuumNanos / 1e9))
                .append(format("| start-up with every rating stale, to readiness UP | %.2f s |%n",
                        figures.startupNanos / 1e9))
                .append(format("| start-up of the same server on an empty store (floor) | %.2f s |%n",
                        figures.emptyStartupNanos / 1e9))
                .append(format("| then stale ratings recomputed in the background, %s | %d in %.2f s "
                        + "(%.0f records/s) |%n", figures.refreshComplete ? "every one" : "in the time it was given",
                        figures.refreshedRecords, figures.refreshNanos / 1e9,
                        figures.refreshedRecords / Math.max(figures.refreshNanos / 1e9, 1e-3)))
                .append(format("| heap used after the rounds | %.0f MB |%n", figures.heapUsedMegabytes))
                .append(format("| heap used after a full collection | %.0f MB |%n",
                        figures.heapAfterCollectionMegabytes));
        Samples load = figures.loadAnswers;
        md.append(format("%n## %d clients at once for %d s%n%nEach client in a chat of its own asks in turn for a "
                + "person's list, `details 1` and `help`, as fast as the answers come; the server's heap limit "
                + "is `-Xmx%s` for the whole run, and its used heap is read every second.%n%n"
                + "| measure | figure |%n|---|---:|%n", figures.loadClients, figures.loadSeconds, figures.heapLimit))
                .append(format("| answers | %d (%.1f per second) |%n", load.count(),
                        load.count() / (double) figures.loadSeconds))
                .append(format("| failed answers | %d |%n", figures.loadFailures))
                .append(format("| answer median / p99 | %.1f ms / %.1f ms |%n", load.medianMillis(),
                        load.p99Millis()))
                .append(format("| most heap used | %.0f MB |%n", figures.loadHeapMaxMegabytes));
        md.append("\n## Targets at this size\n\n| target | this run | |\n|---|---:|---|\n")
                .append(target("list cold median within 1.5x of `help`'s",
                        figures.of("list cold").medianMillis() / help.medianMillis(), 1.5))
                .append(target("list cold p99 within 2x of `help`'s",
                        figures.of("list cold").p99Millis() / help.p99Millis(), 2))
                .append(target("cached list (warm) median within 1.2x of `help`'s",
                        figures.of("list warm").medianMillis() / help.medianMillis(), 1.2))
                .append(importTarget())
                .append(format("| start-up under 10 s | %.2f s (%s) | %s |%n", figures.startupNanos / 1e9,
                        againstEmptyStore(), figures.startupNanos < 10e9 ? "met" : "missed"))
                .append(format("| heap under 512 MB during a 20-client minute | %d clients for %d s: %.0f MB at "
                        + "most, under -Xmx%s, %d failed answers | %s |%n", figures.loadClients, figures.loadSeconds,
                        figures.loadHeapMaxMegabytes, figures.heapLimit, figures.loadFailures,
                        figures.loadClients >= 20 && figures.loadSeconds >= 60 && figures.loadFailures == 0
                                && figures.loadHeapMaxMegabytes < 512 ? "met" : "missed"))
                .append(format("| `summary last 30 days` under 1 s (the target is at 1,000,000 calls: see the summary "
                        + "benchmark below) | %.0f ms median, %.0f ms p99 at this size, card and chart included | %s |%n",
                        figures.of("summary last 30 days").medianMillis(),
                        figures.of("summary last 30 days").p99Millis(),
                        figures.of("summary last 30 days").p99Millis() < 1000 ? "met at this size" : "missed"));
        return md.toString();
    }

    /**
     * The whole run against the floor decides. When the importer was also timed alone (a run short enough for the
     * JVM's start to weigh), its rate is shown beside it, as what a long import runs at.
     */
    private String importTarget() {
        double floor = figures.copyRecordsPerSecond();
        double whole = figures.importRecordsPerSecond() / floor;
        String alone = figures.inProcessImportNanos == 0 ? "" : format("; %.0f%% for the importer and store alone, "
                + "compiled", 100 * figures.inProcessImportRecordsPerSecond() / floor);
        return format("| import at 50%% or more of the `COPY` floor's records/s | %.0f%% whole run (%.0f%% less "
                + "start-up)%s | %s |%n", 100 * whole, 100 * figures.importRecordsPerSecondAfterStart() / floor, alone,
                whole >= 0.5 ? "met" : "missed");
    }

    /** Start-up with data against start-up without: either can be the quicker, by the noise of one start each. */
    private String againstEmptyStore() {
        double more = (figures.startupNanos - figures.emptyStartupNanos) / 1e9;
        return format("%.2f s %s than on an empty store", Math.abs(more), more < 0 ? "less" : "more");
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
