package com.calltriage.cli;

import com.calltriage.building.BuildingFileError;
import com.calltriage.building.BuildingFileParser;
import com.calltriage.building.BuildingStore;
import com.calltriage.building.ParsedBuildingFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code buildings FILE}: loads a CQD building file in place of the stored one; a file with any bad line changes
 * nothing.
 */
final class BuildingsTool implements Tool {
    static final String NAME = "buildings";

    private final BuildingStore buildings;
    private final PrintStream out;
    private final PrintStream err;

    BuildingsTool(BuildingStore buildings, PrintStream out, PrintStream err) {
        this.buildings = buildings;
        this.out = out;
        this.err = err;
    }

    @Override
    public Outcome run(List<String> args, List<String> commandLine) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException("buildings needs one building file: buildings FILE");
        }
        String file = args.get(0);
        ParsedBuildingFile parsed;
        try {
            parsed = new BuildingFileParser().parse(Path.of(file));
        } catch (IOException e) {
            err.println("Could not read the building file " + file + ": " + readProblem(e));
            return Outcome.SOME_FAILED;
        }
        if (!parsed.isLoaded()) {
            parsed.errors().stream().map(BuildingFileError::toString).forEach(out::println);
            out.println("No buildings loaded: " + count(parsed.errors().size(), "error") + " in " + file);
            return Outcome.SOME_FAILED;
        }
        buildings.replaceAll(parsed.buildings());
        out.println("Loaded " + count(parsed.buildings().size(), "network") + " in "
                + count(parsed.buildingCount(), "building") + " from " + file);
        return Outcome.DONE;
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
}
