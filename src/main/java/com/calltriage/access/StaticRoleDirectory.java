package com.calltriage.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Roles from configuration: for each role, the Entra object ids that hold it. Serves local mode,
 * the demo and tenants without Graph access to directory roles.
 */
public final class StaticRoleDirectory implements RoleDirectory {
    private final Map<Role, Set<String>> holders;

    public StaticRoleDirectory(Map<Role, Set<String>> holders) {
        this.holders = new EnumMap<>(Role.class);
        holders.forEach((role, ids) -> this.holders.put(role,
                ids.stream().map(StaticRoleDirectory::normalize).collect(Collectors.toUnmodifiableSet())));
    }

    @Override
    public Set<Role> rolesOf(Caller caller) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (caller.objectId() == null || caller.objectId().isBlank()) {
            return roles;
        }
        String id = normalize(caller.objectId());
        holders.forEach((role, ids) -> {
            if (ids.contains(id)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** Object ids are GUIDs: configuration and channels may write them in either case, with spaces. */
    private static String normalize(String objectId) {
        return objectId.trim().toLowerCase(Locale.ROOT);
    }
}
