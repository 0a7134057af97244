package com.calltriage.access;

import java.util.List;
import java.util.Set;

/** Whether a caller may use CallTriage at all, before any command is looked at. */
public sealed interface Admission {

    /** The caller is from the home tenant and holds at least one role. */
    record Admitted(Set<Role> roles) implements Admission {
        public Admitted {
            roles = Set.copyOf(roles);
        }

        /** The most privileged role held: it decides the masking. */
        public Role highestRole() {
            return roles.stream().max(Enum::compareTo).orElseThrow();
        }
    }

    /**
     * The caller is refused.
     *
     * @param why           what happened, in a sentence for the caller
     * @param grantingRoles the roles that would grant access; empty when no role would help (another tenant)
     */
    record Refused(String why, List<Role> grantingRoles) implements Admission {
        public Refused {
            grantingRoles = List.copyOf(grantingRoles);
        }
    }
}
