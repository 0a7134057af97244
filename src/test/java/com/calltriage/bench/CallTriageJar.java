package com.calltriage.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The built {@code calltriage.jar}, run as a sub-command or as the server, with this JVM's {@code java}. */
final class CallTriageJar {
    private static final Duration SUB_COMMAND_LIMIT = Duration.ofMinutes(30);

    private final Path jar;
    private final Path logs;

    /** @param logs the folder each run's output is written to */
    CallTriageJar(Path jar, Path logs) {
        this.jar = jar;
        this.logs = logs;
    }

    /**
     * Runs a sub-command to its end; returns how long it took.
     *
     * @throws IllegalStateException when it exits other than 0 or outlasts its limit; its log names why
     */
    long run(String logName, List<String> args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(logName, args);
        if (!process.waitFor(SUB_COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(logName + " took over " + SUB_COMMAND_LIMIT + ": see " + log(logName));
        }
        long elapsed = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(logName + " exited with " + process.exitValue() + ": see " + log(logName));
        }
        return elapsed;
    }

    /** Starts the jar with these arguments and leaves it running; the caller stops it. */
    Process start(String logName, List<String> args) throws IOException {
        return start(logName, List.of(), args);
    }

    /** The same, with options for its JVM, such as its heap limit. */
    Process start(String logName, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaCommand()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(logName).toFile()).start();
    }

    Path log(String logName) {
        return logs.resolve(logName + ".log");
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
