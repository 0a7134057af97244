package com.calltriage.access;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides who may ask anything, and fails closed: a message from another tenant, a caller without a
 * role, and a role lookup that failed are all refused. Never a default role.
 */
public final class AccessControl {
    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

    private final String homeTenantId;
    private final RoleDirectory directory;
    private final MaskingPolicy masking;

    public AccessControl(String homeTenantId, RoleDirectory directory) {
        this.homeTenantId = homeTenantId;
        this.directory = directory;
        this.masking = new MaskingPolicy(homeTenantId);
    }

    public Admission admit(Caller caller) {
        if (caller.tenantId() == null || !caller.tenantId().equalsIgnoreCase(homeTenantId)) {
            LOG.warn("Refused a message from tenant {} (object id {}): CallTriage serves tenant {} only",
                    caller.tenantId(), caller.objectId(), homeTenantId);
            return new Admission.Refused("This CallTriage serves one organization only, and your message came "
                    + "from another tenant (" + (caller.tenantId() == null ? "none given" : caller.tenantId())
                    + ").", List.of());
        }
        Set<Role> roles;
        try {
            roles = directory.rolesOf(caller);
        } catch (RoleLookupException e) {
            return new Admission.Refused("I could not check your access, so I can't look up calls for you. "
                    + e.whatHappened(),
                    Arrays.asList(Role.values()));
        }
        if (roles.isEmpty()) {
            return new Admission.Refused("You do not have a CallTriage role, so I can't look up calls for you.",
                    Arrays.asList(Role.values()));
        }
        return new Admission.Admitted(roles);
    }

    /** The masking for one answer: the asker's roles and the user the question is about. */
    public Masking maskFor(Set<Role> askerRoles, String searchedUserId) {
        return masking.maskFor(askerRoles, searchedUserId);
    }

    public String homeTenantId() {
        return homeTenantId;
    }
}
