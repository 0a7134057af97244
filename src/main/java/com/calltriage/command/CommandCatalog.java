package com.calltriage.command;

import com.calltriage.access.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The declarations of every command, and the parser that reads a message against them. */
public final class CommandCatalog {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Set<Role> CALL_READERS = Set.of(Role.SPECIALIST, Role.ENGINEER, Role.ADMIN);
    private static final Set<Role> ENGINEERS = Set.of(Role.ENGINEER, Role.ADMIN);
    private static final String CALL = "(?:call\\s+)?(?<call>[\\w.:-]+)(?:\\s+for\\s+(?<user>\\S+))?";
    private static final String WINDOW = "(?<range>(?:today|yesterday|last|past|since|from)\\b.*)";
    /** "for alice last 7 days", after the word calls. */
    private static final String OF_USER = "(?:\\s+(?:for|of|by))?\\s+(?<user>(?!(?:for|of|by)$)\\S.*?)"
            + "(?:\\s+" + WINDOW + ")?";

    private final List<CommandSpec> specs = List.of(
            new CommandSpec(CommandName.RECENT_CALLS, "A user's calls and meetings of the last 30 days",
                    List.of(Pattern.compile(
                            "(?:show\\s+)?(?:(?:the\\s+)?(?:last|recent)\\s+(?:(?<count>\\d{1,2})\\s+)?)?calls"
                                    + OF_USER, FLAGS)),
                    List.of("show last calls for alice", "last 5 calls for alice@contoso.com",
                            "show calls for Alice Wood", "calls for alice last 7 days",
                            "calls for alice from 2026-11-01 to 2026-11-05"),
                    CALL_READERS),
            new CommandSpec(CommandName.MORE, "The next, older page of the last list of calls",
                    List.of(Pattern.compile("more|(?:show\\s+)?older calls|next page", FLAGS)),
                    List.of("more"),
                    CALL_READERS),
            new CommandSpec(CommandName.DETAILS, "Why one call went wrong: every reason, with values and limits",
                    List.of(Pattern.compile("(?:show\\s+)?details\\s+(?:(?:of|for)\\s+)?" + CALL, FLAGS)),
                    List.of("details 1", "details 3"),
                    CALL_READERS),
            new CommandSpec(CommandName.DEBUG, "Everything about one call: machines, networks, buildings, Wi-Fi",
                    List.of(Pattern.compile("debug\\s+(?:(?:of|for)\\s+)?" + CALL, FLAGS)),
                    List.of("debug 1"),
                    ENGINEERS),
            new CommandSpec(CommandName.EXPORT, "A user's sessions as a CSV file, sent in personal chat",
                    List.of(Pattern.compile("export\\s+(?:(?:the\\s+)?(?:last|recent)\\s+)?calls" + OF_USER, FLAGS)),
                    List.of("export calls for alice", "export calls for alice last 7 days",
                            "export calls for alice from 2026-11-01 to 2026-11-05"),
                    CALL_READERS),
            new CommandSpec(CommandName.AUDIT, "Who asked what about whom, newest first",
                    List.of(Pattern.compile("audit(?:\\s+(?:for|about)\\s+(?<user>.+?))?(?:\\s+by\\s+(?<by>.+?))?"
                            + "(?:\\s+" + WINDOW + ")?", FLAGS)),
                    List.of("audit for alice", "audit by sam last 7 days", "audit from 2026-11-01 to 2026-11-05"),
                    Set.of(Role.ADMIN)),
            new CommandSpec(CommandName.HELP, "What I can do for you",
                    List.of(Pattern.compile("help|\\?|what can you do|commands|hi|hello|hey", FLAGS)),
                    List.of("help"),
                    Set.of()));

    public List<CommandSpec> specs() {
        return specs;
    }

    /** The command a message asks for, with its arguments; empty when no declaration matches. */
    public Optional<ParsedCommand> parse(String text) {
        String message = normalize(text);
        for (CommandSpec spec : specs) {
            for (Pattern pattern : spec.patterns()) {
                Matcher matcher = pattern.matcher(message);
                if (matcher.matches()) {
                    return Optional.of(new ParsedCommand(spec, matcher));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The example of the command closest to what was typed, judged by the edit distance between the
     * first words; empty when nothing is close enough to be a likely typo.
     */
    public Optional<String> closestExample(String text, Set<Role> roles) {
        String typed = firstWords(normalize(text).toLowerCase(), 2);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CommandSpec spec : specs) {
            if (!spec.allows(roles)) {
                continue;
            }
            for (String example : spec.examples()) {
                int words = Math.max(1, typed.split(" ").length);
                int distance = EditDistance.between(typed, firstWords(example.toLowerCase(), words));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = example;
                }
            }
        }
        return bestDistance <= Math.max(2, typed.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    static String normalize(String text) {
        String message = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return message.replaceAll("[?.!]+$", message.equals("?") ? "?" : "");
    }

    private static String firstWords(String text, int count) {
        String[] words = text.split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(count, words.length)));
    }
}
