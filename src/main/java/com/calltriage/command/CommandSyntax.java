package com.calltriage.command;

import com.calltriage.access.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one command is written, read and explained, declared once by the feature that owns it: the parser matches
 * its grammar, help lists its summary and examples, the dispatcher checks its roles, and every command text the
 * bot writes itself (buttons, hints) goes through {@link #write}.
 *
 * @param name     the command's name, as help and the Teams app manifest show it
 * @param summary  what it does, in a few words
 * @param grammar  phrasings understood, case-insensitive, matched against the whole message; named groups carry
 *                 the arguments
 * @param phrase   how the bot writes it, see {@link Phrase}
 * @param examples what help shows; the first is the canonical one
 * @param roles    who may use it; empty means everyone, even without a role
 * @param inSharedConversation what it answers where everyone in a conversation reads the answer
 */
public record CommandSyntax(String name, String summary, List<Pattern> grammar, String phrase, List<String> examples,
                            Set<Role> roles, InSharedConversation inSharedConversation) {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    public CommandSyntax {
        grammar = List.copyOf(grammar);
        examples = List.copyOf(examples);
        roles = Set.copyOf(roles);
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' needs an example for help");
        }
    }

    /** A command read by one regular expression, answered in shared conversations as a specialist sees it. */
    public static CommandSyntax of(String name, String summary, String grammar, String phrase, List<String> examples,
                                   Set<Role> roles) {
        return new CommandSyntax(name, summary, List.of(Pattern.compile(grammar, FLAGS)), phrase, examples, roles,
                InSharedConversation.MASKED);
    }

    /** This command, answered in shared conversations as given. */
    public CommandSyntax inSharedConversation(InSharedConversation answered) {
        return new CommandSyntax(name, summary, grammar, phrase, examples, roles, answered);
    }

    public boolean allows(Set<Role> callerRoles) {
        return roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains);
    }

    /** Binds the handler that answers this command. */
    public Command handledBy(Command.Handler handler) {
        return new Command(this, handler);
    }

    /**
     * The command text for these arguments, as a person could type it.
     *
     * @param namesAndValues argument names each followed by its value; a null value leaves an optional part out
     */
    public String write(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> arguments = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Phrase(phrase).write(arguments);
    }

    /** The arguments {@link #write} puts into the text, in the order the phrase names them. */
    public List<String> writtenArguments() {
        return new Phrase(phrase).arguments();
    }

    /** The match of a normalised message against this grammar; empty when it is not this command. */
    Optional<Matcher> read(String message) {
        for (Pattern pattern : grammar) {
            Matcher matcher = pattern.matcher(message);
            if (matcher.matches()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }
}
