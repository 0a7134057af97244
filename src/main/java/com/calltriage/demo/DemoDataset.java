package com.calltriage.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo tenant's calls as files: one Graph page ({@code {"value": [...]}}) per day, the form the
 * importer reads, {@code demo-troubles.tsv} saying which trouble each call was generated with, and
 * {@code buildings.tsv}, the CQD building file of the demo offices and VPN.
 */
public final class DemoDataset {
    public static final String TROUBLES_FILE = "demo-troubles.tsv";
    public static final String BUILDINGS_FILE = "buildings.tsv";
    private static final String BUILDINGS_RESOURCE = "/demo/" + BUILDINGS_FILE;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the calls into the folder, creating it; returns the number of files written. */
    public int write(List<DemoCall> calls, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<LocalDate, ArrayNode> days = new TreeMap<>();
        StringBuilder troubles = new StringBuilder("call_id\tkind\ttrouble\ttroubled_user_id\n");
        for (DemoCall call : calls) {
            days.computeIfAbsent(LocalDate.ofInstant(call.start(), ZoneOffset.UTC), d -> json.createArrayNode())
                    .add(call.json());
            troubles.append(call.id()).append('\t').append(call.kind()).append('\t').append(call.trouble())
                    .append('\t').append(call.troubledUser() == null ? "" : call.troubledUser()).append('\n');
        }
        for (Map.Entry<LocalDate, ArrayNode> day : days.entrySet()) {
            ObjectNode page = json.createObjectNode();
            page.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords");
            page.set("value", day.getValue());
            json.writeValue(folder.resolve("callRecords-" + day.getKey() + ".json").toFile(), page);
        }
        Files.writeString(folder.resolve(TROUBLES_FILE), troubles);
        Files.writeString(folder.resolve(BUILDINGS_FILE), buildingFile());
        return days.size() + 2;
    }

    /** The demo's CQD building file: every office subnet and the VPN pool; home networks are in none. */
    public static String buildingFile() {
        try (InputStream in = DemoDataset.class.getResourceAsStream(BUILDINGS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo building file is missing: " + BUILDINGS_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + BUILDINGS_RESOURCE, e);
        }
    }
}
