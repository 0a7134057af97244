package com.calltriage.graph;

import com.calltriage.access.Role;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Entra built-in directory roles that grant a CallTriage role. A built-in role's template id is the same in
 * every tenant, unlike its object id and its (translated) display name, so it is what we match on.
 */
enum DirectoryRoleTemplate {
    TEAMS_COMMUNICATIONS_SUPPORT_SPECIALIST("fcf91098-03e3-41a9-b5ba-6f0ec8188a12", Role.SPECIALIST),
    TEAMS_COMMUNICATIONS_SUPPORT_ENGINEER("f70938a0-fc10-4177-9e90-2178f8765737", Role.ENGINEER),
    TEAMS_ADMINISTRATOR("69091246-20e8-4a56-aa4d-066075b2a7a8", Role.ADMIN),
    TEAMS_COMMUNICATIONS_ADMINISTRATOR("baf37b3a-610e-45da-9e62-d9d1e5e8914b", Role.ADMIN);

    private final String templateId;
    private final Role grants;

    DirectoryRoleTemplate(String templateId, Role grants) {
        this.templateId = templateId;
        this.grants = grants;
    }

    /** The CallTriage role a directory role grants; empty for every role that is not one of ours. */
    static Optional<Role> roleGrantedBy(String templateId) {
        return Arrays.stream(values())
                .filter(template -> template.templateId.equalsIgnoreCase(templateId.trim()))
                .map(template -> template.grants)
                .findFirst();
    }
}
