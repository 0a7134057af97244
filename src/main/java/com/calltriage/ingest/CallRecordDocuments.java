package com.calltriage.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads call record JSON documents into the records they hold, not parsed yet: one callRecord per document, or a
 * page ({@code {"value": [...]}}, told apart by having no {@code id}). A document that cannot be read, is not JSON or
 * is a page whose {@code value} is not a list is one rejection with the reason, named by its source; it never throws.
 */
final class CallRecordDocuments {
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ObjectMapper json = new ObjectMapper();

    /** One record as read from a document, not parsed yet; or why the document held none. */
    record Read(String source, JsonNode node, String rejection) {
        static Read rejected(String source, String reason) {
            return new Read(source, null, reason);
        }
    }

    /** The records of a file, named by the file. */
    List<Read> file(Path file) {
        try {
            // As bytes: Jackson reads UTF-8 itself, faster than decoding the file into a string first.
            return read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return List.of(Read.rejected(file.toString(), "could not read the file: " + e.getMessage()));
        }
    }

    /** The records of a document already in memory, named by the source given. */
    List<Read> read(String source, String document) {
        try {
            // Editors on Windows start UTF-8 files with a byte-order mark, which is no JSON but no error either.
            return records(source, json.readTree(document.startsWith(BYTE_ORDER_MARK) ? document.substring(1)
                    : document));
        } catch (JsonProcessingException e) {
            return List.of(notJson(source, e));
        }
    }

    private List<Read> read(String source, byte[] document) {
        int start = startsWithByteOrderMark(document) ? UTF8_BYTE_ORDER_MARK.length : 0;
        try {
            return records(source, json.readTree(new ByteArrayInputStream(document, start, document.length - start)));
        } catch (JsonProcessingException e) {
            return List.of(notJson(source, e));
        } catch (IOException e) {
            return List.of(Read.rejected(source, "could not read the file: " + e.getMessage()));
        }
    }

    private static boolean startsWithByteOrderMark(byte[] document) {
        return document.length >= UTF8_BYTE_ORDER_MARK.length
                && Arrays.equals(document, 0, UTF8_BYTE_ORDER_MARK.length, UTF8_BYTE_ORDER_MARK, 0,
                UTF8_BYTE_ORDER_MARK.length);
    }

    private static Read notJson(String source, JsonProcessingException e) {
        // Jackson's own limits (nesting over 1,000 deep, say) know no location.
        return Read.rejected(source, "not JSON: " + e.getOriginalMessage()
                + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
    }

    /** The records of a document: each of a page's, or the document itself. */
    private static List<Read> records(String source, JsonNode root) {
        if (root != null && root.isObject() && root.has("value") && !root.has("id")) {
            JsonNode value = root.get("value");
            if (!value.isArray()) {
                return List.of(Read.rejected(source, "not a page of call records: \"value\" is not a list"));
            }
            List<Read> records = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                records.add(new Read(source + " [record " + (i + 1) + "]", value.get(i), null));
            }
            return records;
        }
        return List.of(new Read(source, root, null));
    }
}
