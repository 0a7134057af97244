package com.calltriage.building;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a CQD building file: no header; tab- or comma-separated (decided by the first non-blank line);
 * 14 columns, or 15 with VPN last; booleans 0 or 1; NetworkIP the network address of a NetworkRange of
 * 8 to 28 bits, or 32 on VPN rows; each network once. Blank lines are skipped.
 *
 * <p>Every bad line is reported, with its number and every reason, so one run finds all the mistakes in
 * a file; a file with any error yields no buildings at all, as CQD would not load it either.
 */
public final class BuildingFileParser {

    /** Reads a UTF-8 file (a leading byte order mark is ignored). */
    public ParsedBuildingFile parse(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    public ParsedBuildingFile parse(String text) {
        try {
            return parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("A string cannot fail to read", e);
        }
    }

    public ParsedBuildingFile parse(Reader text) throws IOException {
        BufferedReader lines = text instanceof BufferedReader buffered ? buffered : new BufferedReader(text);
        List<Building> buildings = new ArrayList<>();
        List<BuildingFileError> errors = new ArrayList<>();
        Map<String, Integer> lineOfNetwork = new HashMap<>();
        Separator separator = null;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            boolean first = separator == null;
            if (first) {
                separator = Separator.of(line);
            }
            List<String> problems = new ArrayList<>();
            Optional<Building> building = read(line, separator, first, problems);
            for (String problem : problems) {
                errors.add(new BuildingFileError(number, problem));
            }
            if (building.isPresent()) {
                Integer earlier = lineOfNetwork.putIfAbsent(building.get().cidr(), number);
                if (earlier != null) {
                    errors.add(new BuildingFileError(number,
                            "network " + building.get().cidr() + " is already on line " + earlier));
                } else {
                    buildings.add(building.get());
                }
            }
        }
        if (separator == null) {
            errors.add(new BuildingFileError(BuildingFileError.WHOLE_FILE,
                    "the file has no networks (loading it would empty the building map)"));
        }
        return errors.isEmpty() ? ParsedBuildingFile.loaded(buildings) : ParsedBuildingFile.rejected(errors);
    }

    private static Optional<Building> read(String line, Separator separator, boolean first, List<String> problems) {
        List<String> fields;
        try {
            fields = separator.split(line);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
        if (first && Column.NETWORK_IP.header().equalsIgnoreCase(fields.get(0))) {
            problems.add("looks like a header row; the building file has none, its columns are fixed");
            return Optional.empty();
        }
        return BuildingLine.read(fields, problems);
    }
}
