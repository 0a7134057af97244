package com.calltriage.command;

import com.calltriage.access.Role;
import java.util.Set;

/**
 * Who is asking, as far as handlers need to know: the roles that decide the masking, the
 * conversation whose last list numbers refer to, and whether it is a personal chat, where files go.
 */
public record Asking(Set<Role> roles, String conversationId, boolean personalChat) {
    public Asking {
        roles = Set.copyOf(roles);
    }

    /** Whether the asker may run the command; the same check the dispatcher makes before a handler runs. */
    public boolean may(CommandSyntax command) {
        return command.allows(roles);
    }
}
