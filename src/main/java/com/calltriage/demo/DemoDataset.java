package com.calltriage.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo tenant's calls as files, written as they come: Graph pages ({@code {"value": [...]}}) of a day's calls,
 * the form the importer reads, {@code demo-troubles.tsv} saying which trouble each call was generated with, and
 * {@code buildings.tsv}, the CQD building file of the demo offices and VPN.
 *
 * <p>A page holds at most {@link #PAGE_SIZE} calls, as Graph's own listing pages are bounded. A day's first page is
 * {@code callRecords-2026-11-08.json}, its next ones {@code callRecords-2026-11-08_0002.json} and on: sorted by
 * name, the pages keep the order of days and of the calls within a day.
 */
public final class DemoDataset implements Closeable {
    public static final String TROUBLES_FILE = "demo-troubles.tsv";
    public static final String BUILDINGS_FILE = "buildings.tsv";
    public static final int PAGE_SIZE = 1000;
    private static final String BUILDINGS_RESOURCE = "/demo/" + BUILDINGS_FILE;
    /** Four digits keep the parts in name order; a day of ten million calls is beyond any benchmark. */
    private static final int MOST_PAGES_A_DAY = 9999;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path folder;
    private final Writer troubles;
    private final Map<LocalDate, Integer> pagesOfDay = new HashMap<>();
    private int calls;

    private DemoDataset(Path folder, Writer troubles) {
        this.folder = folder;
        this.troubles = troubles;
    }

    /** Creates the folder with its building file and the troubles file's header; the calls come by {@link #write}. */
    public static DemoDataset in(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(BUILDINGS_FILE), buildingFile());
        Writer troubles = Files.newBufferedWriter(folder.resolve(TROUBLES_FILE));
        troubles.write("call_id\tkind\ttrouble\ttroubled_user_id\n");
        return new DemoDataset(folder, troubles);
    }

    /**
     * Writes the calls, in the order given, as new pages of their days. A day given again gets more pages after the
     * ones it has, so no call is lost, though a day's calls are then in start order only within each part.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public void write(List<DemoCall> calls) {
        int from = 0;
        while (from < calls.size()) {
            LocalDate day = dayOf(calls.get(from));
            int to = from + 1;
            while (to < calls.size() && to - from < PAGE_SIZE && dayOf(calls.get(to)).equals(day)) {
                to++;
            }
            writePage(day, calls.subList(from, to));
            from = to;
        }
    }

    /** The calls written so far. */
    public int calls() {
        return calls;
    }

    /** The files written so far: the pages, the troubles file and the building file. */
    public int files() {
        return pagesOfDay.values().stream().mapToInt(Integer::intValue).sum() + 2;
    }

    /** Finishes the troubles file. */
    @Override
    public void close() throws IOException {
        troubles.close();
    }

    private void writePage(LocalDate day, List<DemoCall> page) {
        int part = pagesOfDay.merge(day, 1, Integer::sum);
        if (part > MOST_PAGES_A_DAY) {
            throw new IllegalStateException("More than " + MOST_PAGES_A_DAY + " pages of calls on " + day);
        }
        String name = part == 1 ? "callRecords-" + day + ".json" : String.format("callRecords-%s_%04d.json", day, part);
        ObjectNode document = json.createObjectNode();
        document.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords");
        document.putArray("value").addAll(page.stream().map(DemoCall::json).toList());
        try {
            json.writeValue(folder.resolve(name).toFile(), document);
            for (DemoCall call : page) {
                troubles.append(call.id()).append('\t').append(call.kind().toString()).append('\t')
                        .append(call.trouble().toString()).append('\t')
                        .append(call.troubledUser() == null ? "" : call.troubledUser()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        calls += page.size();
    }

    private static LocalDate dayOf(DemoCall call) {
        return LocalDate.ofInstant(call.start(), ZoneOffset.UTC);
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
