package com.calltriage.command;

import com.calltriage.access.Role;
import com.calltriage.command.reply.HelpView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Every command the bot understands, as the features contributed them, plus {@code help}; and the parser that
 * reads a message against them. Checked when it is built: names are unique and each example reads as its own
 * command and no other, so a grammar that shadows another fails at start-up and in tests, not in a chat.
 */
public final class CommandCatalog {
    /** What help answers: a feature of every catalog, since it lists the others. */
    public static final CommandSyntax HELP = CommandSyntax.of("help", "What I can do for you",
            "help|\\?|what can you do|commands|hi|hello|hey", "help", List.of("help"), Set.of())
            .inSharedConversation(InSharedConversation.AS_IS);

    private final List<Command> commands;

    /** @param features the commands of every feature, in the order help lists them */
    public CommandCatalog(List<Command> features) {
        List<Command> all = new ArrayList<>(features);
        all.add(HELP.handledBy((command, asking) ->
                Answer.answered(help(null, null, asking.roles()))));
        this.commands = List.copyOf(all);
        checkDeclarations();
    }

    public List<CommandSyntax> syntaxes() {
        return commands.stream().map(Command::syntax).toList();
    }

    /** The command a message asks for, with its arguments; empty when no declaration matches. */
    public Optional<ParsedCommand> parse(String text) {
        String message = normalize(text);
        for (Command command : commands) {
            Optional<Matcher> match = command.syntax().read(message);
            if (match.isPresent()) {
                return Optional.of(new ParsedCommand(command, match.get()));
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
        for (CommandSyntax syntax : syntaxes()) {
            if (!syntax.allows(roles)) {
                continue;
            }
            for (String example : syntax.examples()) {
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

    /**
     * Help for these roles: the commands they may use, and how to name what those commands take, read from their
     * phrases (a person for {@code {user}}, a call for {@code {call}}, a window for {@code {range}}).
     *
     * @param notUnderstood what was typed and not understood; null for plain help
     * @param didYouMean    the closest command's example; may be null
     */
    HelpView help(String notUnderstood, String didYouMean, Set<Role> callerRoles) {
        List<CommandSyntax> allowed = syntaxes().stream().filter(syntax -> syntax.allows(callerRoles)).toList();
        Set<String> arguments = new HashSet<>();
        allowed.forEach(syntax -> arguments.addAll(syntax.writtenArguments()));
        List<String> tips = new ArrayList<>();
        if (arguments.contains("user")) {
            tips.add("A person: by alias, UPN, name or first name, after \"for\": for alice, for Alice Wood, "
                    + "for alice@contoso.com.");
        }
        if (arguments.contains("call")) {
            tips.add("A call: by its number on the last list in this chat, or by its call id: details 3, "
                    + "details <call id> for alice.");
        }
        if (arguments.contains("range")) {
            tips.add("A time window, after the rest: " + TimeWindow.EXAMPLES + ". Days are days in your Teams time "
                    + "zone.");
        }
        return new HelpView(notUnderstood, didYouMean, allowed.stream()
                .map(syntax -> new HelpView.Entry(syntax.name(), syntax.summary(), syntax.examples().get(0)))
                .toList(), tips);
    }

    /** The message as the grammars read it: spaces folded, closing punctuation dropped. */
    public static String normalize(String text) {
        String message = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return message.replaceAll("[?.!]+$", message.equals("?") ? "?" : "");
    }

    private void checkDeclarations() {
        Set<String> names = new HashSet<>();
        for (CommandSyntax syntax : syntaxes()) {
            if (!names.add(syntax.name())) {
                throw new IllegalStateException("Two commands are named '" + syntax.name() + "'");
            }
            for (String example : syntax.examples()) {
                List<String> readers = syntaxes().stream()
                        .filter(other -> other.read(normalize(example)).isPresent())
                        .map(CommandSyntax::name).toList();
                if (!readers.equals(List.of(syntax.name()))) {
                    throw new IllegalStateException("The example '" + example + "' of '" + syntax.name()
                            + "' is read as " + (readers.isEmpty() ? "nothing" : readers));
                }
            }
        }
    }

    private static String firstWords(String text, int count) {
        String[] words = text.split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(count, words.length)));
    }
}
