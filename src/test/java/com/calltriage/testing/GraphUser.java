package com.calltriage.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A user as a Graph call record names one in an identity set ({@code identity.user}). The people here are a
 * small cast of their own, shaped for what Graph sends (a name unlike the alias, no UPN), in the demo's tenants.
 *
 * @param userPrincipalName null when Graph leaves it out, as it does for some users
 */
public record GraphUser(String id, String displayName, String tenantId, String userPrincipalName) {
    public static final String CONTOSO = DemoFixtures.HOME_TENANT;
    public static final String FABRIKAM = DemoFixtures.PARTNER_TENANT;

    public static GraphUser alice() {
        return new GraphUser("821809f5-0f6c-4f5a-9d0e-3b5136c0e777", "Alice Wong", CONTOSO, "alice.wong@contoso.com");
    }

    /** Goes by a name unlike his alias, so searches by alias and by name differ. */
    public static GraphUser bob() {
        return new GraphUser("0b7f3a11-6c2d-4e8a-8f1b-5a9e2d4c7b10", "Bob Smith", CONTOSO, "rsmith@contoso.com");
    }

    public static GraphUser carol() {
        return new GraphUser("c4a1d2e3-7b8c-4d9e-a0f1-2b3c4d5e6f70", "Carol Diaz", CONTOSO, "carol.diaz@contoso.com");
    }

    /** A partner's user: another tenant, and Graph sends no UPN for him. */
    public static GraphUser pierre() {
        return new GraphUser("f69e2c00-1a2b-4c3d-8e4f-185e5f5f5d8a", "Pierre Laurent", FABRIKAM, null);
    }

    public GraphUser named(String newDisplayName) {
        return new GraphUser(id, newDisplayName, tenantId, userPrincipalName);
    }

    public GraphUser withoutUpn() {
        return new GraphUser(id, displayName, tenantId, null);
    }

    /** The {@code identity} object of a {@code participants_v2} entry. */
    public ObjectNode identitySet() {
        ObjectNode user = JsonNodeFactory.instance.objectNode()
                .put("id", id)
                .put("displayName", displayName)
                .put("tenantId", tenantId);
        if (userPrincipalName != null) {
            user.put("userPrincipalName", userPrincipalName);
        }
        ObjectNode set = JsonNodeFactory.instance.objectNode();
        set.set("user", user);
        return set;
    }
}
