package com.calltriage.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a command is written back by the bot itself, for card buttons and "ask again" hints: a template such as
 * {@code details {call}[ for {user}]}, where {@code {name}} is an argument and a part in brackets is written only
 * when every argument in it has a value. The command's grammar must read every text written this way back to
 * the same arguments; a test checks that for each declaration.
 */
final class Phrase {
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\w+)}");

    private final String template;

    Phrase(String template) {
        this.template = template;
    }

    /**
     * @param arguments values by argument name; a null or blank value counts as absent
     * @throws IllegalArgumentException when an argument outside brackets has no value, naming it
     */
    String write(Map<String, String> arguments) {
        String required = replace(OPTIONAL.matcher(template), part -> hasAll(part, arguments) ? part : "");
        return replace(ARGUMENT.matcher(required), name -> {
            String value = arguments.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("'" + template + "' needs a value for " + name);
            }
            return value.strip();
        });
    }

    /** Every argument the template names, in order. */
    List<String> arguments() {
        List<String> names = new ArrayList<>();
        Matcher matcher = ARGUMENT.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static boolean hasAll(String part, Map<String, String> arguments) {
        Matcher names = ARGUMENT.matcher(part);
        while (names.find()) {
            String value = arguments.get(names.group(1));
            if (value == null || value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String replace(Matcher matcher, UnaryOperator<String> byGroup) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(byGroup.apply(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
