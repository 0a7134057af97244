package com.calltriage.ingest;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.json.InvalidCallRecordException;
import com.calltriage.callrecord.UpsertOutcome;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads Graph call record JSON into the store: one callRecord per document, or a page
 * ({@code {"value": [...]}}). Each record is parsed whole before anything is stored, and stored in one
 * transaction, so a bad record is rejected with its reason and never half-stored; the others in the
 * same file are still stored.
 */
public final class CallRecordImporter {
    private final CallRecordStore store;
    private final CallRecordParser parser = new CallRecordParser();
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final ObjectMapper json = new ObjectMapper();

    public CallRecordImporter(CallRecordStore store) {
        this.store = store;
    }

    /** Imports every {@code .json} file under the given files and folders, in name order. */
    public ImportReport importPaths(List<Path> paths, Consumer<String> out) {
        ImportReport report = new ImportReport();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                report.rejected(path.toString(), "no such file or folder", out);
                continue;
            }
            for (Path file : jsonFiles(path, report, out)) {
                try {
                    importDocument(file.toString(), Files.readString(file), report, out);
                } catch (IOException e) {
                    report.rejected(file.toString(), "could not read the file: " + e.getMessage(), out);
                }
            }
        }
        return report;
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

    /** Imports one JSON document from the named source (a file name, or "demo" for generated data). */
    public void importDocument(String source, String document, ImportReport report, Consumer<String> out) {
        JsonNode root;
        try {
            // Editors on Windows start UTF-8 files with a byte-order mark, which is no JSON but no error either.
            root = json.readTree(document.startsWith(BYTE_ORDER_MARK) ? document.substring(1) : document);
        } catch (JsonProcessingException e) {
            // Jackson's own limits (nesting over 1,000 deep, say) know no location.
            report.rejected(source, "not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), out);
            return;
        }
        if (root != null && root.isObject() && root.has("value") && !root.has("id")) {
            JsonNode value = root.get("value");
            if (!value.isArray()) {
                report.rejected(source, "not a page of call records: \"value\" is not a list", out);
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                importRecord(source + " [record " + (i + 1) + "]", value.get(i), report, out);
            }
        } else {
            importRecord(source, root, report, out);
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
