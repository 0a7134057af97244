package com.calltriage.bench;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one benchmark run measured, filled in as it goes. */
final class Figures {
    final int people;
    final int days;
    final String options;
    final ZonedDateTime date = ZonedDateTime.now();
    final Map<String, Samples> samples = new LinkedHashMap<>();
    String postgresVersion;
    int records;
    long jsonBytes;
    long copyNanos;
    long importNanos;
    /** An import of nothing: the JVM, Spring and the store's checks, paid once by every import. */
    long emptyImportNanos;
    /** The importer and the store alone, in the benchmark's own process. */
    long inProcessImportNanos;
    /** VACUUM (ANALYZE) of the store's tables after the import, before the server starts. */
    long vacuumNanos;
    /** The server's autovacuum setting: off, nothing would have vacuumed the store but the benchmark. */
    String autovacuum;
    long startupNanos;
    /** From readiness until the background refresh had recomputed every stale rating, or its time was up. */
    long refreshNanos;
    /** How many stale ratings the refresh recomputed in that time. */
    long refreshedRecords;
    /** Whether that was all of them. */
    boolean refreshComplete;
    /** The same server started on an empty store: what start-up costs on this machine before any data. */
    long emptyStartupNanos;
    double heapUsedMegabytes;
    double heapAfterCollectionMegabytes;
    /** The server's heap limit for the whole run, as given to its JVM. */
    String heapLimit;
    int loadClients;
    long loadSeconds;
    Samples loadAnswers;
    int loadFailures;
    double loadHeapMaxMegabytes;

    Figures(int people, int days, String options) {
        this.people = people;
        this.days = days;
        this.options = options;
        Benchmark.MEASURES.forEach(name -> samples.put(name, new Samples(name)));
    }

    void sample(String measure, long elapsedNanos) {
        Samples of = samples.get(measure);
        if (of == null) {
            throw new IllegalArgumentException("Not a measure of the benchmark: " + measure);
        }
        of.add(elapsedNanos);
    }

    Samples of(String measure) {
        return samples.get(measure);
    }

    double copyRecordsPerSecond() {
        return records / (copyNanos / 1e9);
    }

    double importRecordsPerSecond() {
        return records / (importNanos / 1e9);
    }

    double inProcessImportRecordsPerSecond() {
        return records / (inProcessImportNanos / 1e9);
    }

    double importRecordsPerSecondAfterStart() {
        return records / ((importNanos - emptyImportNanos) / 1e9);
    }
}
