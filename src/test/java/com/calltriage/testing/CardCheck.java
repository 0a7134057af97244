package com.calltriage.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node.js checks in {@code tools/cardcheck} (Microsoft's Adaptive Card renderer, the Teams
 * manifest schema) and in other folders of {@code tools/} (the Kubernetes manifests) from a test, installing
 * their pinned npm packages first when they are missing or not the versions the folder's package.json names,
 * so {@code mvn test} alone works on a machine with Node.js.
 */
public final class CardCheck {
    /** The checks' folder, relative to the project root where Maven runs the tests. */
    public static final Path FOLDER = Path.of("tools", "cardcheck");
    private static final long TIMEOUT_MINUTES = 5;

    /** What a script printed, and how it ended. */
    public record Run(int exitCode, String output) {
    }

    private CardCheck() {
    }

    /** Runs {@code node tools/cardcheck/SCRIPT ARGS...} from the project root. */
    public static Run node(String script, String... arguments) {
        return node(FOLDER, script, arguments);
    }

    /** Runs {@code node FOLDER/SCRIPT ARGS...} from the project root, FOLDER being relative to it. */
    public static Run node(Path folder, String script, String... arguments) {
        installIfNeeded(folder);
        List<String> command = new ArrayList<>(List.of("node", folder.resolve(script).toString()));
        command.addAll(List.of(arguments));
        return run(command, Path.of("."));
    }

    private static synchronized void installIfNeeded(Path folder) {
        List<String> stale = staleDependencies(folder);
        if (stale.isEmpty()) {
            return;
        }
        Run install = run(List.of("npm", "install", "--no-audit", "--no-fund"), folder);
        if (install.exitCode() != 0 || !staleDependencies(folder).isEmpty()) {
            throw new AssertionError("npm install in " + folder + " failed (" + String.join(", ", stale)
                    + " needed):\n" + install.output());
        }
    }

    /** The dependencies of package.json that node_modules lacks, or holds in another version. */
    private static List<String> staleDependencies(Path folder) {
        ObjectMapper json = new ObjectMapper();
        List<String> stale = new ArrayList<>();
        try {
            JsonNode dependencies = json.readTree(folder.resolve("package.json").toFile()).path("dependencies");
            for (Iterator<Map.Entry<String, JsonNode>> it = dependencies.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> dependency = it.next();
                Path installed = folder.resolve("node_modules").resolve(dependency.getKey()).resolve("package.json");
                String version = Files.exists(installed) ? json.readTree(installed.toFile()).path("version").asText()
                        : null;
                if (!dependency.getValue().asText().equals(version)) {
                    stale.add(dependency.getKey() + "@" + dependency.getValue().asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stale;
    }

    /** Output goes to a file rather than a pipe, so a script that hangs cannot block the test past its timeout. */
    private static Run run(List<String> command, Path directory) {
        File log = temporaryLog();
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                        .redirectOutput(log).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            } catch (IOException e) {
                throw new AssertionError("Could not run " + command.get(0) + ": the card, manifest and deployment checks need "
                        + "Node.js 20 and npm on the PATH (" + e.getMessage() + ")", e);
            }
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took over " + TIMEOUT_MINUTES + " minutes");
            }
            return new Run(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + String.join(" ", command), e);
        } finally {
            log.delete();
        }
    }

    private static File temporaryLog() {
        try {
            return Files.createTempFile("cardcheck", ".log").toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
