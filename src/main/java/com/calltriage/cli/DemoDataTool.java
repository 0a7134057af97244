package com.calltriage.cli;

import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.demo.DemoDataset;
import com.calltriage.demo.DemoTenant;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** {@code demo-data DIR}: writes the demo tenant's calls as Graph JSON pages, with their troubles and buildings. */
final class DemoDataTool implements Tool {
    static final String NAME = "demo-data";

    private final long seed;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    DemoDataTool(long seed, Clock clock, PrintStream out, PrintStream err) {
        this.seed = seed;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    @Override
    public Outcome run(List<String> args, List<String> commandLine) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException("demo-data needs one folder: demo-data DIR");
        }
        List<DemoCall> calls = new DemoCallGenerator(new DemoTenant(), seed, clock.instant()).generate();
        try {
            int files = new DemoDataset().write(calls, Path.of(args.get(0)));
            out.println("Wrote " + calls.size() + " call records in " + files + " files to " + args.get(0));
            return Outcome.DONE;
        } catch (IOException e) {
            err.println("Could not write the demo data to " + args.get(0) + ": " + e.getMessage());
            return Outcome.SOME_FAILED;
        }
    }
}
