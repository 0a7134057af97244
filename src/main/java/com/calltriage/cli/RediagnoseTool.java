package com.calltriage.cli;

import com.calltriage.quality.DiagnosisStore;
import java.io.PrintStream;
import java.util.List;

/** {@code rediagnose}: recomputes the diagnoses stored under an older rule set, as the server does at start-up. */
final class RediagnoseTool implements Tool {
    static final String NAME = "rediagnose";

    private final DiagnosisStore diagnoses;
    private final PrintStream out;

    RediagnoseTool(DiagnosisStore diagnoses, PrintStream out) {
        this.diagnoses = diagnoses;
        this.out = out;
    }

    @Override
    public Outcome run(List<String> args, List<String> commandLine) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("rediagnose takes no arguments");
        }
        out.println("Recomputed " + diagnoses.refreshStaleDiagnoses() + " diagnoses made under an older rule set");
        return Outcome.DONE;
    }
}
