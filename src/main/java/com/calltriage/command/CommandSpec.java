package com.calltriage.command;

import com.calltriage.access.Role;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One command, declared once: the parser matches its patterns, help lists its summary and examples,
 * and the access check reads its roles.
 *
 * @param name     the command's name, as help shows it
 * @param summary  what it does, in a few words
 * @param patterns phrasings understood, case-insensitive, matched against the whole message; named
 *                 groups carry the arguments
 * @param examples what help shows; the first is the canonical one
 * @param roles    who may use it; empty means everyone, even without a role
 */
public record CommandSpec(CommandName name, String summary, List<Pattern> patterns, List<String> examples,
                          Set<Role> roles) {
    public CommandSpec {
        patterns = List.copyOf(patterns);
        examples = List.copyOf(examples);
        roles = Set.copyOf(roles);
    }

    public boolean allows(Set<Role> callerRoles) {
        return roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains);
    }
}
