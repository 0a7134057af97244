package com.calltriage.access;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do with CallTriage, from least to most. */
public enum Role {
    /** Aggregates only: the daily summary, no per-user call data. */
    MANAGER("Member of the CallTriage managers group (daily summaries only)"),
    /** Tier 1: a user's calls, masked as Microsoft's Teams Communications Support Specialist sees them. */
    SPECIALIST("Teams Communications Support Specialist"),
    /** Tier 2: everything, including Advanced and Debug details. */
    ENGINEER("Teams Communications Support Engineer"),
    /** Teams Administrator or Teams Communications Administrator: what an engineer sees. */
    ADMIN("Teams Administrator or Teams Communications Administrator");

    /** The roles that may look at a user's individual calls: the three support roles. */
    public static final Set<Role> CALL_READERS = Set.of(SPECIALIST, ENGINEER, ADMIN);
    /** The roles that see Advanced and Debug details. */
    public static final Set<Role> ENGINEERS = Set.of(ENGINEER, ADMIN);

    private final String grantedBy;

    Role(String grantedBy) {
        this.grantedBy = grantedBy;
    }

    /**
     * The roles whose view everyone in a shared conversation may read, for an asker holding {@code held}: whoever
     * may read calls reads them there as a specialist does, since anyone in the conversation reads the answer.
     */
    public static Set<Role> inSharedConversation(Set<Role> held) {
        EnumSet<Role> shared = EnumSet.noneOf(Role.class);
        held.stream().filter(role -> !ENGINEERS.contains(role)).forEach(shared::add);
        if (held.stream().anyMatch(CALL_READERS::contains)) {
            shared.add(SPECIALIST);
        }
        return Set.copyOf(shared);
    }

    /** The Entra role or group that grants this role, as people in the tenant know it. */
    public String grantedBy() {
        return grantedBy;
    }

    /** True for the roles that may look at a user's individual calls. */
    public boolean seesUserCalls() {
        return CALL_READERS.contains(this);
    }
}
