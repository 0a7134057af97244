package com.calltriage.command;

import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, as far as handlers need to know: the roles that decide the masking, the conversation whose last
 * list numbers refer to, whether it is a personal chat, where files go, and the time zone whose days the question's
 * dates are and the answer names; and who they are, for commands that act in the asker's name (an escalation) or set
 * something for themselves (turning their morning summary off).
 *
 * @param caller the person asking, as Teams named them; null where no one in particular asks
 */
public record Asking(Set<Role> roles, String conversationId, boolean personalChat, ZoneId timeZone, Caller caller) {
    public Asking {
        roles = Set.copyOf(roles);
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** A question whose handler needs nobody's name. */
    public Asking(Set<Role> roles, String conversationId, boolean personalChat, ZoneId timeZone) {
        this(roles, conversationId, personalChat, timeZone, null);
    }

    /** Whether the asker may run the command; the same check the dispatcher makes before a handler runs. */
    public boolean may(CommandSyntax command) {
        return command.allows(roles);
    }
}
