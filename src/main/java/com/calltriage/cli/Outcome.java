package com.calltriage.cli;

/** How a tool's run went, each with the process exit status that says so. */
enum Outcome {
    /** Everything worked. */
    DONE(0),
    /** Some of the work failed; what could be done was. */
    SOME_FAILED(1),
    /** The command line did not say what to do; nothing was done. */
    USAGE_ERROR(2);

    private final int exitStatus;

    Outcome(int exitStatus) {
        this.exitStatus = exitStatus;
    }

    int exitStatus() {
        return exitStatus;
    }
}
