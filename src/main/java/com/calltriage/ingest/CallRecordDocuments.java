package com.calltriage.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
 *
 * <p>The records of a page in a file come with their own text, cut from the file and compacted
 * ({@link CompactJson}): writing each tree out again as JSON was a tenth of an import's work.
 */
final class CallRecordDocuments {
    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ObjectMapper json = new ObjectMapper();

    /**
     * One record as read from a document, not parsed yet, with its text when it was cut from the document (else
     * null: the tree is its text); or why the document held none.
     */
    record Read(String source, JsonNode node, String text, String rejection) {
        Read(String source, JsonNode node) {
            this(source, node, null, null);
        }

        static Read rejected(String source, String reason) {
            return new Read(source, null, null, reason);
        }

        /** The record's JSON text, compact. */
        String json() {
            return text != null ? text : node.toString();
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

    private List<Read> read(String source, byte[] document) {
        // Editors on Windows start UTF-8 files with a byte-order mark, which is no JSON but no error either.
        int start = startsWithByteOrderMark(document) ? UTF8_BYTE_ORDER_MARK.length : 0;
        try {
            List<Read> page = pageWithTexts(source, document, start);
            if (page != null) {
                return page;
            }
            return records(source, json.readTree(new ByteArrayInputStream(document, start, document.length - start)));
        } catch (JsonProcessingException e) {
            return List.of(notJson(source, e));
        } catch (IOException e) {
            return List.of(Read.rejected(source, "could not read the file: " + e.getMessage()));
        }
    }

    /**
     * The records of a page, each with its text cut from the document; null when the document is not plainly a page
     * (no object, an {@code id} of its own, no list or two lists under {@code value}), for {@link #records} to tell.
     */
    private List<Read> pageWithTexts(String source, byte[] document, int start) throws IOException {
        try (JsonParser parser = json.createParser(document, start, document.length - start)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            List<Read> records = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                boolean anotherValue = field.equals("value") && (value != JsonToken.START_ARRAY || records != null);
                if (field.equals("id") || anotherValue) {
                    return null;
                }
                if (field.equals("value")) {
                    records = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        int from = start + (int) parser.currentTokenLocation().getByteOffset();
                        JsonNode node = json.readTree(parser);
                        int to = start + (int) parser.currentLocation().getByteOffset();
                        records.add(new Read(source + " [record " + (records.size() + 1) + "]", node,
                                node.isObject() ? CompactJson.of(document, from, to) : null, null));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return records;
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
                records.add(new Read(source + " [record " + (i + 1) + "]", value.get(i)));
            }
            return records;
        }
        return List.of(new Read(source, root));
    }
}
