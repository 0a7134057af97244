package com.calltriage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
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
 */
final class CopyFloor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String copyText;
    private final int records;

    private CopyFloor(String copyText, int records) {
        this.copyText = copyText;
        this.records = records;
    }

    /** The records of every {@code callRecords-*.json} page in the folder, as COPY text rows. */
    static CopyFloor of(Path folder) throws IOException {
        StringBuilder rows = new StringBuilder();
        int records = 0;
        for (Path page : pages(folder)) {
            for (JsonNode record : JSON.readTree(page.toFile()).get("value")) {
                rows.append(escaped(record.get("id").asText())).append('\t')
                        .append(escaped(JSON.writeValueAsString(record))).append('\n');
                records++;
            }
        }
        return new CopyFloor(rows.toString(), records);
    }

    int records() {
        return records;
    }

    int bytes() {
        return copyText.length();
    }

    /** Creates {@code schema.copy_floor} and copies every record into it; returns how long the COPY took. */
    long copyInto(Connection connection, String schema) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + schema + ".copy_floor (id VARCHAR(64) PRIMARY KEY, raw_json TEXT)");
        }
        long start = System.nanoTime();
        connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + schema + ".copy_floor FROM STDIN", new StringReader(copyText));
        return System.nanoTime() - start;
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
