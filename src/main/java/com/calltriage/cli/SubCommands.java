package com.calltriage.cli;

import com.calltriage.building.BuildingStore;
import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.quality.DiagnosisStore;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The command-line tools: {@code import PATH...}, {@code buildings FILE}, {@code demo-data DIR}, {@code rediagnose}
 * and {@code backfill --since DATE}. Options ({@code --name=value}) are Spring properties and are skipped here;
 * the remaining words are the sub-command and its arguments. Exit status: 0 when everything worked, 1 when some of
 * the work failed, 2 for a usage error.
 */
public final class SubCommands {
    public static final List<String> NAMES = List.of(ImportTool.NAME, BuildingsTool.NAME, RediagnoseTool.NAME,
            DemoDataTool.NAME, BackfillTool.NAME);

    private final Map<String, Tool> tools;
    private final PrintStream err;

    /**
     * @param demoSeed the demo generator's seed, for {@code demo-data}
     * @param backfill null when Graph is not configured
     */
    public SubCommands(CallRecordImporter importer, BuildingStore buildings, DiagnosisStore diagnoses, long demoSeed,
                       Backfill backfill, Clock clock) {
        this(importer, buildings, diagnoses, demoSeed, backfill, clock, System.out, System.err);
    }

    SubCommands(CallRecordImporter importer, BuildingStore buildings, DiagnosisStore diagnoses, long demoSeed,
                Backfill backfill, Clock clock, PrintStream out, PrintStream err) {
        this.tools = Map.of(ImportTool.NAME, new ImportTool(importer, out),
                BuildingsTool.NAME, new BuildingsTool(buildings, out, err),
                RediagnoseTool.NAME, new RediagnoseTool(diagnoses, out),
                DemoDataTool.NAME, new DemoDataTool(demoSeed, clock, out, err),
                BackfillTool.NAME, new BackfillTool(backfill, clock, out));
        this.err = err;
    }

    /** Runs the sub-command the arguments name and returns the process exit status. */
    public int run(String... args) {
        List<String> commandLine = List.of(args);
        List<String> words = commandLine.stream().filter(a -> !a.startsWith("--")).toList();
        try {
            if (words.isEmpty()) {
                throw new UsageException("name a sub-command: " + String.join(", ", NAMES));
            }
            Tool tool = tools.get(words.get(0));
            if (tool == null) {
                throw new UsageException("unknown sub-command " + words.get(0));
            }
            return tool.run(words.subList(1, words.size()), commandLine).exitStatus();
        } catch (UsageException e) {
            err.println(e.getMessage());
            return Outcome.USAGE_ERROR.exitStatus();
        }
    }
}
