package com.calltriage.callrecord.json;

import static com.calltriage.callrecord.json.GraphJson.object;
import static com.calltriage.callrecord.json.GraphJson.text;

import com.calltriage.callrecord.Identity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Reads Graph's identity shapes: an identity set ({@code {"user": {...}}}) and a single identity. */
final class GraphJsonIdentity {
    private GraphJsonIdentity() {
    }

    /** The preferred identity of a set (a user before a phone before a guest ...), or null when the set is empty. */
    static Identity fromIdentitySet(JsonNode set) {
        if (set == null) {
            return null;
        }
        for (Identity.Kind kind : Identity.Kind.values()) {
            if (kind == Identity.Kind.UNKNOWN) {
                continue;
            }
            JsonNode entry = object(set, kind.graphName());
            if (entry != null && (text(entry, "id") != null || text(entry, "displayName") != null)) {
                return of(kind, entry);
            }
        }
        return null;
    }

    /** An {@code associatedIdentity}: one identity whose kind shows in its {@code @odata.type}, user by default. */
    static Identity fromIdentity(JsonNode json) {
        if (json == null || (text(json, "id") == null && text(json, "displayName") == null)) {
            return null;
        }
        return of(kindOf(text(json, "@odata.type")), json);
    }

    private static Identity.Kind kindOf(String odataType) {
        if (odataType == null) {
            return Identity.Kind.USER;
        }
        String type = odataType.toLowerCase(Locale.ROOT);
        if (type.contains("phone")) {
            return Identity.Kind.PHONE;
        }
        if (type.contains("guest")) {
            return Identity.Kind.GUEST;
        }
        if (type.contains("applicationinstance")) {
            return Identity.Kind.APPLICATION_INSTANCE;
        }
        if (type.contains("application")) {
            return Identity.Kind.APPLICATION;
        }
        if (type.contains("azurecommunicationservices")) {
            return Identity.Kind.AZURE_COMMUNICATION_SERVICES_USER;
        }
        return Identity.Kind.USER;
    }

    private static Identity of(Identity.Kind kind, JsonNode entry) {
        return new Identity(kind, text(entry, "id"), text(entry, "displayName"), text(entry, "tenantId"),
                text(entry, "userPrincipalName"));
    }
}
