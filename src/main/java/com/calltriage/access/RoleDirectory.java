package com.calltriage.access;

import java.util.Set;

/** Tells which roles a caller holds. An empty set means no access; implementations fail closed. */
public interface RoleDirectory {

    /**
     * @return the roles the caller holds; empty when none
     * @throws RoleLookupException when the roles could not be established; the caller must then be refused
     */
    Set<Role> rolesOf(Caller caller);
}
