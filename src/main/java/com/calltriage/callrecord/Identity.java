package com.calltriage.callrecord;

import java.util.Locale;
import java.util.Optional;

/**
 * Who a participant or endpoint is: one entry of a Graph {@code communicationsIdentitySet}, or an
 * endpoint's {@code associatedIdentity}. For a phone identity the {@code id} is the number.
 *
 * @param kind              which kind of identity Graph sent
 * @param id                Entra object id, phone number, guest or application id; may be null
 * @param displayName       as Graph sent it; may be null
 * @param tenantId          the identity's home tenant; null when Graph did not say
 * @param userPrincipalName sent by Graph for some users only; may be null
 */
public record Identity(Kind kind, String id, String displayName, String tenantId, String userPrincipalName) {

    /** The identity kinds of a Graph identity set, in the order we prefer them when several are present. */
    public enum Kind {
        USER("user"),
        PHONE("phone"),
        GUEST("guest"),
        ON_PREMISES("onPremises"),
        AZURE_COMMUNICATION_SERVICES_USER("azureCommunicationServicesUser"),
        APPLICATION_INSTANCE("applicationInstance"),
        APPLICATION("application"),
        ENCRYPTED("encrypted"),
        UNKNOWN("");

        private final String graphName;

        Kind(String graphName) {
            this.graphName = graphName;
        }

        public String graphName() {
            return graphName;
        }

        /** A person rather than a service or bot. */
        public boolean isPerson() {
            return this == USER || this == PHONE || this == GUEST || this == ON_PREMISES
                    || this == AZURE_COMMUNICATION_SERVICES_USER;
        }
    }

    public boolean isPhone() {
        return kind == Kind.PHONE;
    }

    /** True when this is the person with the given Entra object id (GUIDs compare in any case). */
    public boolean hasId(String objectId) {
        return id != null && id.equalsIgnoreCase(objectId);
    }

    /** True when the identity belongs to the given tenant; an identity with no tenant is never internal. */
    public boolean belongsTo(String homeTenantId) {
        return tenantId != null && homeTenantId != null && tenantId.equalsIgnoreCase(homeTenantId);
    }

    /** The part of the UPN before the {@code @}, lower case: what helpdesk staff call the alias. */
    public Optional<String> alias() {
        if (userPrincipalName == null || userPrincipalName.isBlank()) {
            return Optional.empty();
        }
        int at = userPrincipalName.indexOf('@');
        String local = at > 0 ? userPrincipalName.substring(0, at) : userPrincipalName;
        return Optional.of(local.toLowerCase(Locale.ROOT));
    }
}
