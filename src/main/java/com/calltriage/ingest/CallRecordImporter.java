package com.calltriage.ingest;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.CallRecordStore.ReceivedRecord;
import com.calltriage.callrecord.json.InvalidCallRecordException;
import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.ingest.CallRecordDocuments.Read;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads Graph call record JSON into the store: one callRecord per document, or a page
 * ({@code {"value": [...]}}). Each record is parsed whole before anything is stored; records are stored in batches,
 * each in one transaction, so a kill loses at most the batches under way and never half a record, and a second run
 * stores the rest (what is stored already comes back unchanged). A bad record is rejected with its reason and never
 * half-stored; the others in the same file and batch are still stored.
 */
public final class CallRecordImporter {
    /** Records parsed and stored together: enough to keep the cores and the database busy, few enough to hold. */
    static final int BATCH = 250;

    private final CallRecordStore store;
    private final CallRecordParser parser = new CallRecordParser();
    private final CallRecordDocuments documents = new CallRecordDocuments();

    public CallRecordImporter(CallRecordStore store) {
        this.store = store;
    }

    /**
     * Imports every {@code .json} file under the given files and folders, in name order. Records are gathered from
     * the files a batch at a time, parsed in parallel on the available cores and stored together; the report still
     * says what became of each, in order. As many batches as the store takes at once
     * ({@link CallRecordStore#writersAtOnce}) are stored side by side, each in its own transaction, while the next is
     * read and parsed: on PostgreSQL the database works on one while the other's rows are made and sent. At most that
     * many batches, one more being parsed, and one file are held at once, whatever the folder holds; a kill loses at
     * most the batches being stored.
     */
    public ImportReport importPaths(List<Path> paths, Consumer<String> out) {
        ImportReport report = new ImportReport();
        int writers = Math.max(1, store.writersAtOnce());
        ExecutorService storers = Executors.newFixedThreadPool(writers, runnable -> {
            Thread thread = new Thread(runnable, "import-store");
            thread.setDaemon(true);
            return thread;
        });
        Deque<StoringBatch> storing = new ArrayDeque<>();
        try {
            for (Path path : paths) {
                // The report says what became of each path in order, and only this thread writes it.
                finishAll(storing, 0, report, out);
                if (!Files.exists(path)) {
                    report.rejected(path.toString(), "no such file or folder", out);
                    continue;
                }
                List<Read> pending = new ArrayList<>();
                for (Path file : jsonFiles(path, report, out)) {
                    pending.addAll(documents.file(file));
                    if (pending.size() >= BATCH) {
                        store(parse(pending), writers, storing, storers, report, out);
                        pending = new ArrayList<>();
                    }
                }
                store(parse(pending), writers, storing, storers, report, out);
            }
            finishAll(storing, 0, report, out);
        } finally {
            storers.shutdownNow();
        }
        return report;
    }

    /** A batch handed to a storing thread, and what became of each of its records once stored. */
    private record StoringBatch(List<Received> received, Future<Map<Received, Object>> results) {
    }

    /** Starts storing the batch once fewer than {@code writers} are being stored; returns at once. */
    private void store(List<Received> received, int writers, Deque<StoringBatch> storing, ExecutorService storers,
                       ImportReport report, Consumer<String> out) {
        finishAll(storing, writers - 1, report, out);
        storing.addLast(new StoringBatch(received, storers.submit(() -> storeAll(received))));
    }

    /**
     * Waits for the oldest batches until at most {@code left} are being stored, and reports theirs in order; fails
     * as storing one failed (a kill stays a kill).
     */
    private static void finishAll(Deque<StoringBatch> storing, int left, ImportReport report, Consumer<String> out) {
        while (storing.size() > left) {
            StoringBatch oldest = storing.removeFirst();
            try {
                report(oldest.received(), oldest.results().get(), report, out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while storing a batch", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static List<Path> jsonFiles(Path path, ImportReport report, Consumer<String> out) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            report.rejected(path.toString(), "could not list the folder: " + e.getMessage(), out);
            return List.of();
        }
    }

    /** Imports call records that are already JSON trees, such as generated demo calls, in batches. */
    public void importRecords(String source, List<? extends JsonNode> nodes, ImportReport report,
                              Consumer<String> out) {
        for (int from = 0; from < nodes.size(); from += BATCH) {
            List<Received> batch = parse(nodes.subList(from, Math.min(nodes.size(), from + BATCH)).stream()
                    .map(node -> new Read(source, node)).toList());
            report(batch, storeAll(batch), report, out);
        }
    }

    /** The records read, parsed in parallel on the available cores, in their order. */
    private List<Received> parse(List<Read> read) {
        return read.parallelStream().map(one -> one.rejection() != null
                ? Received.rejected(one.source(), one.rejection()) : parse(one)).toList();
    }

    /** One record read: parsed, or rejected with the reason. */
    private record Received(String source, ReceivedRecord record, String rejection) {
        static Received rejected(String source, String reason) {
            return new Received(source, null, reason);
        }
    }

    private Received parse(Read one) {
        String source = one.source();
        try {
            return new Received(source, new ReceivedRecord(parser.parse(one.node()), one.json()), null);
        } catch (InvalidCallRecordException e) {
            return Received.rejected(source, e.getMessage());
        } catch (RuntimeException e) {
            // A document the parser's contract did not foresee is still one bad record, not the end of the import.
            return Received.rejected(source, "could not be read: " + reason(e));
        }
    }

    /**
     * Stores the records read, {@link #BATCH} at a time, each batch in one go; when a batch fails, its records are
     * stored one by one, so only the bad one is rejected, with its reason. Returns what became of each: its
     * {@link UpsertOutcome}, or why it could not be stored.
     */
    private Map<Received, Object> storeAll(List<Received> received) {
        List<Received> readable = received.stream().filter(r -> r.record() != null).toList();
        Map<Received, Object> results = new IdentityHashMap<>();
        for (int from = 0; from < readable.size(); from += BATCH) {
            List<Received> batch = readable.subList(from, Math.min(readable.size(), from + BATCH));
            try {
                List<UpsertOutcome> outcomes = store.upsertAll(batch.stream().map(Received::record).toList());
                for (int i = 0; i < batch.size(); i++) {
                    results.put(batch.get(i), outcomes.get(i));
                }
            } catch (RuntimeException batchFailed) {
                for (Received one : batch) {
                    try {
                        results.put(one, store.upsert(one.record().record(), one.record().rawJson()));
                    } catch (RuntimeException e) {
                        // The store keeps a record wholly or not at all, so the rest of the import can go on.
                        results.put(one, "could not be stored: " + reason(e));
                    }
                }
            }
        }
        return results;
    }

    /** Reports each record read, in order: stored with its outcome, or rejected with the reason. */
    private static void report(List<Received> received, Map<Received, Object> results, ImportReport report,
                               Consumer<String> out) {
        for (Received one : received) {
            Object result = one.record() == null ? one.rejection() : results.get(one);
            if (result instanceof UpsertOutcome outcome) {
                report.stored(one.source(), one.record().record(), outcome, out);
            } else {
                report.rejected(one.source(), (String) result, out);
            }
        }
    }

    /**
     * Imports one call record that is already a JSON tree, such as a generated demo call or one fetched for
     * a notification.
     *
     * @return the record and what storing it did; empty when it was rejected, and then the report and
     *         {@code out} say why
     */
    public Optional<ImportedRecord> importRecord(String source, JsonNode node, ImportReport report,
                                                 Consumer<String> out) {
        CallRecord record;
        try {
            record = parser.parse(node);
        } catch (InvalidCallRecordException e) {
            report.rejected(source, e.getMessage(), out);
            return Optional.empty();
        } catch (RuntimeException e) {
            // A document the parser's contract did not foresee is still one bad record, not the end of the import.
            report.rejected(source, "could not be read: " + reason(e), out);
            return Optional.empty();
        }
        UpsertOutcome outcome;
        try {
            outcome = store.upsert(record, node.toString());
        } catch (RuntimeException e) {
            // The store keeps a record wholly or not at all, so the rest of the import can go on.
            report.rejected(source, "could not be stored: " + reason(e), out);
            return Optional.empty();
        }
        report.stored(source, record, outcome, out);
        return Optional.of(new ImportedRecord(record, outcome));
    }

    /** The first line of the innermost message: what the database said, without the statement it quotes. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
