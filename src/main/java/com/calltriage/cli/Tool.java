package com.calltriage.cli;

import java.util.List;

/** One command-line tool, run as {@code java -jar calltriage.jar NAME ARGUMENTS...}. */
interface Tool {

    /**
     * @param args        the words after the tool's name, options ({@code --name=value}) left out
     * @param commandLine the whole command line, for a tool that reads an option of its own
     * @return how the work went
     * @throws UsageException when the arguments do not say what to do; nothing was done
     */
    Outcome run(List<String> args, List<String> commandLine) throws UsageException;
}
