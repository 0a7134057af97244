package com.calltriage.command.reply;

import java.util.List;

/**
 * The asker may not do what they asked.
 *
 * @param reason       what happened, in words
 * @param grantingRoles the Entra roles (or group) that grant access
 */
public record AccessRefusedView(String reason, List<String> grantingRoles) implements Reply {
    public AccessRefusedView {
        grantingRoles = List.copyOf(grantingRoles);
    }
}
