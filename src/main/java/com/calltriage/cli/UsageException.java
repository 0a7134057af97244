package com.calltriage.cli;

/** A command line that does not say what to do; the message tells the person typing it what is wrong. */
final class UsageException extends Exception {
    UsageException(String problem) {
        super(problem);
    }
}
