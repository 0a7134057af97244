package com.calltriage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.postgresql.PGConnection;

/**
 * The import's floor: the same call records, one compact JSON row each, sent by {@code COPY} into a table keyed by
 * the call id. Nothing is parsed, checked or rated, so no import can be faster on the same database.
 *
 * <p>The COPY text is written to a file beside the tenant's folder first, page by page, and streamed from there, so
 * a tenant of any size fits in memory; the file is deleted once copied.
 */
final class CopyFloor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COPY_BUFFER = 1 << 16;

    private final Path copyText;
    private final int records;
    private final long bytes;

    private CopyFloor(Path copyText, int records, long bytes) {
        this.copyText = copyText;
        this.records = records;
        this.bytes = bytes;
    }

    /** The records of every {@code callRecords-*.json} page in the folder, as COPY text rows in a file. */
    static CopyFloor of(Path folder) throws IOException {
        Path beside = folder.toAbsolutePath().getParent();
        Path copyText = Files.createTempFile(beside, "copy-floor-", ".txt");
        copyText.toFile().deleteOnExit();
        int records = 0;
        try (Writer rows = Files.newBufferedWriter(copyText)) {
            for (Path page : pages(folder)) {
                for (JsonNode record : JSON.readTree(page.toFile()).get("value")) {
                    rows.append(escaped(record.get("id").asText())).append('\t')
                            .append(escaped(JSON.writeValueAsString(record))).append('\n');
                    records++;
                }
            }
        }
        return new CopyFloor(copyText, records, Files.size(copyText));
    }

    int records() {
        return records;
    }

    /** The size of the COPY text in UTF-8. */
    long bytes() {
        return bytes;
    }

    /**
     * Creates {@code schema.copy_floor} and copies every record into it; returns how long the COPY took, reading its
     * text from the file included.
     */
    long copyInto(Connection connection, String schema) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + schema + ".copy_floor (id VARCHAR(64) PRIMARY KEY, raw_json TEXT)");
        }
        try (InputStream text = Files.newInputStream(copyText)) {
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + schema + ".copy_floor FROM STDIN", text, COPY_BUFFER);
            return System.nanoTime() - start;
        } finally {
            Files.deleteIfExists(copyText);
        }
    }

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("callRecords-.*\\.json")).sorted().toList();
        }
    }

    /** COPY's text format: backslash, tab and line breaks escaped. */
    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
