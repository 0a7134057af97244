package com.calltriage.command;

import java.util.Optional;
import java.util.regex.Matcher;

/** A message matched against a command declaration, with its arguments. */
public final class ParsedCommand {
    private final CommandSpec spec;
    private final Matcher matcher;

    ParsedCommand(CommandSpec spec, Matcher matcher) {
        this.spec = spec;
        this.matcher = matcher;
    }

    public CommandSpec spec() {
        return spec;
    }

    /** A named argument, trimmed; empty when the phrasing did not include it. */
    public Optional<String> argument(String name) {
        if (!matcher.pattern().pattern().contains("(?<" + name + ">")) {
            return Optional.empty();
        }
        String value = matcher.group(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
