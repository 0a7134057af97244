package com.calltriage.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An option of a tool's own, written {@code --name VALUE} or {@code --name=VALUE}. Spring takes the first form for
 * an option without value, so the value is then a word of its own, which is not one of the tool's arguments.
 */
record ToolOption(String name) {

    ToolOption {
        if (!name.startsWith("--")) {
            throw new IllegalArgumentException("An option starts with --: " + name);
        }
    }

    /** The option's value on the command line, if it is there with one. */
    Optional<String> valueIn(List<String> commandLine) {
        for (int i = 0; i < commandLine.size(); i++) {
            String arg = commandLine.get(i);
            if (arg.startsWith(name + "=")) {
                return Optional.of(arg.substring(name.length() + 1).strip()).filter(v -> !v.isEmpty());
            }
            if (isFollowedByItsValue(commandLine, i)) {
                return Optional.of(commandLine.get(i + 1).strip());
            }
        }
        return Optional.empty();
    }

    /** The words of the command line after the sub-command's name, without options and these options' values. */
    static List<String> argumentsOf(List<String> commandLine, ToolOption... options) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < commandLine.size(); i++) {
            String arg = commandLine.get(i);
            if (arg.startsWith("--")) {
                for (ToolOption option : options) {
                    if (option.isFollowedByItsValue(commandLine, i)) {
                        i++;
                        break;
                    }
                }
            } else {
                words.add(arg);
            }
        }
        return words.isEmpty() ? words : words.subList(1, words.size());
    }

    private boolean isFollowedByItsValue(List<String> commandLine, int i) {
        return commandLine.get(i).equals(name) && i + 1 < commandLine.size()
                && !commandLine.get(i + 1).startsWith("--");
    }
}
