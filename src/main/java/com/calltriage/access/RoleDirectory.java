package com.calltriage.access;

import java.util.Set;

/** Tells which roles a caller holds. An empty set means no access; implementations fail closed. */
public interface RoleDirectory {
    Set<Role> rolesOf(Caller caller);
}
