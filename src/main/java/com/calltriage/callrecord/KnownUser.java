package com.calltriage.callrecord;

import java.time.Instant;
import java.util.Optional;

/**
 * A user the store has seen in call records.
 *
 * @param id                Entra object id
 * @param displayName       the latest display name seen; may be null
 * @param userPrincipalName may be null when Graph did not send it
 * @param tenantId          may be null
 * @param lastSeen          start of the newest call the user was in
 */
public record KnownUser(String id, String displayName, String userPrincipalName, String tenantId, Instant lastSeen) {

    public Optional<String> alias() {
        return new Identity(Identity.Kind.USER, id, displayName, tenantId, userPrincipalName).alias();
    }

    /** The best name to show: display name, else UPN, else id. */
    public String label() {
        return displayName != null ? displayName : userPrincipalName != null ? userPrincipalName : id;
    }

    /**
     * Who exactly this is, as an answer names the person a question was matched to: "Quinn Harlow,
     * quinn.harlow@contoso.com"; the object id stands in for a UPN Graph did not send.
     */
    public String nameAndUpn() {
        String unique = userPrincipalName != null ? userPrincipalName : id;
        return label().equals(unique) ? unique : label() + ", " + unique;
    }
}
