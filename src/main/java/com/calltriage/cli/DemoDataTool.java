package com.calltriage.cli;

import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.demo.DemoDataset;
import com.calltriage.demo.DemoTenant;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code demo-data DIR [--people N] [--days D]}: writes the demo tenant's calls as Graph JSON pages, with their
 * troubles and buildings, a day at a time as they are generated. The options grow the tenant for benchmarks;
 * without them it is the demo itself.
 */
final class DemoDataTool implements Tool {
    static final String NAME = "demo-data";
    private static final ToolOption PEOPLE = new ToolOption("--people");
    private static final ToolOption DAYS = new ToolOption("--days");
    private static final String USAGE = "demo-data DIR [--people N] [--days D]";

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
        List<String> folders = ToolOption.argumentsOf(commandLine, PEOPLE, DAYS);
        if (folders.size() != 1) {
            throw new UsageException("demo-data needs one folder: " + USAGE);
        }
        int people = number(PEOPLE, commandLine, DemoTenant.DEMO_PEOPLE, DemoTenant.DEMO_PEOPLE);
        int days = number(DAYS, commandLine, DemoCallGenerator.DAYS, 1);
        DemoCallGenerator generator = new DemoCallGenerator(new DemoTenant(people), seed, clock.instant(), days);
        try (DemoDataset dataset = DemoDataset.in(Path.of(folders.get(0)))) {
            generator.generate(dataset::write);
            out.println("Wrote " + dataset.calls() + " call records in " + dataset.files() + " files to "
                    + folders.get(0));
            return Outcome.DONE;
        } catch (IOException e) {
            return couldNotWrite(folders.get(0), e);
        } catch (UncheckedIOException e) {
            return couldNotWrite(folders.get(0), e.getCause());
        }
    }

    private Outcome couldNotWrite(String folder, IOException e) {
        err.println("Could not write the demo data to " + folder + ": " + e.getMessage());
        return Outcome.SOME_FAILED;
    }

    /** The option's whole number, at least {@code least}; {@code otherwise} without the option. */
    private static int number(ToolOption option, List<String> commandLine, int otherwise, int least)
            throws UsageException {
        String value = option.valueIn(commandLine).orElse(null);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as a number too small is
        }
        throw new UsageException(option.name() + " takes a whole number from " + least + " up, not '" + value
                + "': " + USAGE);
    }
}
