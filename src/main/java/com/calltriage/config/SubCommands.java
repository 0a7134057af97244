package com.calltriage.config;

import com.calltriage.building.BuildingFileError;
import com.calltriage.building.BuildingFileParser;
import com.calltriage.building.BuildingStore;
import com.calltriage.building.ParsedBuildingFile;
import com.calltriage.callrecord.GraphRetention;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.demo.DemoDataset;
import com.calltriage.demo.DemoTenant;
import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.BackfillReport;
import com.calltriage.ingest.BackfillStart;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.ImportReport;
import com.calltriage.quality.DiagnosisStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The command-line tools: {@code import PATH...}, {@code buildings FILE}, {@code demo-data DIR}, {@code rediagnose}
 * and {@code backfill --since DATE}. Options ({@code --name=value}) are Spring properties and are skipped here;
 * the remaining words are the sub-command and its arguments. Exit status: 0 when everything worked, 1 when some of
 * the work failed, 2 for a usage error.
 */
@Component
public class SubCommands {
    public static final List<String> NAMES = List.of("import", "buildings", "rediagnose", "demo-data", "backfill");
    private static final String SINCE = "--since";

    private final CallRecordImporter importer;
    private final BuildingStore buildings;
    private final DiagnosisStore diagnoses;
    private final CallTriageProperties properties;
    private final Backfill backfill;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    /** The backfill exists only when Graph is configured. */
    @Autowired
    SubCommands(CallRecordImporter importer, BuildingStore buildings, DiagnosisStore diagnoses,
                CallTriageProperties properties, ObjectProvider<Backfill> backfills, Clock clock) {
        this(importer, buildings, diagnoses, properties, backfills.getIfAvailable(), clock, System.out, System.err);
    }

    /** @param backfill null when Graph is not configured */
    SubCommands(CallRecordImporter importer, BuildingStore buildings, DiagnosisStore diagnoses,
                CallTriageProperties properties, Backfill backfill, Clock clock, PrintStream out, PrintStream err) {
        this.backfill = backfill;
        this.importer = importer;
        this.buildings = buildings;
        this.diagnoses = diagnoses;
        this.properties = properties;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /** Runs the sub-command the arguments name and returns the process exit status. */
    public int run(String... args) {
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (words.isEmpty()) {
            return usage("name a sub-command: " + String.join(", ", NAMES));
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "import" -> importFiles(rest);
            case "buildings" -> loadBuildings(rest);
            case "rediagnose" -> rediagnose(rest);
            case "demo-data" -> writeDemoData(rest);
            case "backfill" -> backfill(args);
            default -> usage("unknown sub-command " + words.get(0));
        };
    }

    /**
     * Fetches from Graph the calls that started since a day (UTC) or a time, which the store lacks, from where
     * {@link BackfillStart} says a backfill of that day or time begins.
     */
    private int backfill(String... args) {
        Optional<String> since = sinceOption(args);
        if (since.isEmpty()) {
            return usage("backfill needs a start: backfill --since YYYY-MM-DD");
        }
        if (backfill == null) {
            return usage("backfill needs Microsoft Graph: set calltriage.graph.client-id and "
                    + "calltriage.graph.client-secret");
        }
        Instant now = clock.instant();
        BackfillStart start;
        try {
            start = BackfillStart.ofDay(LocalDate.parse(since.get()), now);
        } catch (DateTimeParseException notADay) {
            try {
                start = BackfillStart.ofTime(Instant.parse(since.get()), now);
            } catch (DateTimeParseException notATime) {
                return usage("--since takes a day (2026-11-01) or a UTC time (2026-11-01T08:00:00Z), not '"
                        + since.get() + "'");
            }
        }
        long days = GraphRetention.PERIOD.toDays();
        switch (start.verdict()) {
            case NOT_IN_THE_PAST -> {
                return usage("--since " + since.get() + " is not in the past");
            }
            case BEYOND_RETENTION -> {
                return usage("--since " + since.get() + " is more than " + days + " days ago, and Graph keeps call "
                        + "records " + days + " days: the oldest start is " + start.oldest());
            }
            case AT_OLDEST_CALL -> out.println("Graph keeps call records " + days + " days: starting at " + start.at());
            case AS_ASKED -> { }
        }
        BackfillReport report = backfill.run(start.at(), now, out::println);
        out.println(report.summary());
        return report.succeeded() ? 0 : 1;
    }

    /** {@code --since VALUE} or {@code --since=VALUE}; Spring takes the first form for an option without value. */
    private static Optional<String> sinceOption(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith(SINCE + "=")) {
                return Optional.of(args[i].substring(SINCE.length() + 1).strip()).filter(v -> !v.isEmpty());
            }
            if (args[i].equals(SINCE) && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                return Optional.of(args[i + 1].strip());
            }
        }
        return Optional.empty();
    }

    private int importFiles(List<String> paths) {
        if (paths.isEmpty()) {
            return usage("import needs at least one file or folder: import PATH...");
        }
        ImportReport report = importer.importPaths(paths.stream().map(Path::of).toList(), out::println);
        out.println(report.summary());
        return report.rejected() > 0 ? 1 : 0;
    }

    /** Loads a CQD building file in place of the stored one; a file with any bad line changes nothing. */
    private int loadBuildings(List<String> args) {
        if (args.size() != 1) {
            return usage("buildings needs one building file: buildings FILE");
        }
        String file = args.get(0);
        ParsedBuildingFile parsed;
        try {
            parsed = new BuildingFileParser().parse(Path.of(file));
        } catch (IOException e) {
            err.println("Could not read the building file " + file + ": " + readProblem(e));
            return 1;
        }
        if (!parsed.isLoaded()) {
            parsed.errors().stream().map(BuildingFileError::toString).forEach(out::println);
            out.println("No buildings loaded: " + count(parsed.errors().size(), "error") + " in " + file);
            return 1;
        }
        buildings.replaceAll(parsed.buildings());
        out.println("Loaded " + count(parsed.buildings().size(), "network") + " in "
                + count(parsed.buildingCount(), "building") + " from " + file);
        return 0;
    }

    private static String readProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e instanceof CharacterCodingException ? "not UTF-8 text" : e.getMessage();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private int writeDemoData(List<String> args) {
        if (args.size() != 1) {
            return usage("demo-data needs one folder: demo-data DIR");
        }
        List<DemoCall> calls = new DemoCallGenerator(new DemoTenant(), properties.demo().seed(), clock.instant())
                .generate();
        try {
            int files = new DemoDataset().write(calls, Path.of(args.get(0)));
            out.println("Wrote " + calls.size() + " call records in " + files + " files to " + args.get(0));
            return 0;
        } catch (IOException e) {
            err.println("Could not write the demo data to " + args.get(0) + ": " + e.getMessage());
            return 1;
        }
    }

    /** Recomputes the diagnoses stored under an older rule set, as the server does at start-up. */
    private int rediagnose(List<String> args) {
        if (!args.isEmpty()) {
            return usage("rediagnose takes no arguments");
        }
        out.println("Recomputed " + diagnoses.refreshStaleDiagnoses() + " diagnoses made under an older rule set");
        return 0;
    }

    private int usage(String problem) {
        err.println(problem);
        return 2;
    }
}
