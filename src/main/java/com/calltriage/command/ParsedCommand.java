package com.calltriage.command;

import java.util.Optional;
import java.util.regex.Matcher;

/** A message matched against a command declaration, with its arguments. */
public final class ParsedCommand {
    private final Command command;
    private final Matcher matcher;

    ParsedCommand(Command command, Matcher matcher) {
        this.command = command;
        this.matcher = matcher;
    }

    public CommandSyntax syntax() {
        return command.syntax();
    }

    Command command() {
        return command;
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
