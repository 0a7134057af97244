package com.calltriage.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the endpoints of a session as Graph does: a participant endpoint for a person's Teams client,
 * with the feedback they gave, and a service endpoint for conferencing or the PSTN gateway.
 */
final class EndpointWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EndpointWriter() {
    }

    static ObjectNode participant(DemoPerson person, Symptoms symptoms) {
        ObjectNode endpoint = NODES.objectNode();
        endpoint.put("@odata.type", "#microsoft.graph.callRecords.participantEndpoint");
        endpoint.put("name", person.deviceName());
        ObjectNode identity = identity(person);
        endpoint.set("associatedIdentity", identity);
        ObjectNode agent = endpoint.putObject("userAgent");
        agent.put("@odata.type", "#microsoft.graph.callRecords.clientUserAgent");
        boolean mac = person.deviceName().hashCode() % 4 == 0;
        agent.put("platform", mac ? "macOS" : "windows");
        agent.put("productFamily", "teams");
        agent.put("applicationVersion", "25290.205.3964.1234");
        agent.put("headerValue", mac ? "RTCC/2026.11.01.1 Teams/25290 (macOS 15.1)"
                : "RTCC/2026.11.01.1 Teams/25290 (Windows 10.0.22631)");
        endpoint.put("cpuName", mac ? "Apple M3" : "Intel(R) Core(TM) i7-1265U");
        endpoint.put("cpuCoresCount", mac ? 8 : 12);
        endpoint.put("cpuProcessorSpeedInMhz", mac ? 4050 : 2700);
        symptoms.feedback().ifPresent(given -> {
            ObjectNode feedback = endpoint.putObject("feedback");
            feedback.put("rating", "poor");
            feedback.putObject("text").put("content", given.text());
            feedback.putObject("tokens").put(given.token(), true);
        });
        return endpoint;
    }

    static ObjectNode service(String header, String role) {
        ObjectNode endpoint = NODES.objectNode();
        endpoint.put("@odata.type", "#microsoft.graph.callRecords.serviceEndpoint");
        ObjectNode agent = endpoint.putObject("userAgent");
        agent.put("@odata.type", "#microsoft.graph.callRecords.serviceUserAgent");
        agent.put("role", role);
        agent.put("headerValue", header);
        return endpoint;
    }

    static ObjectNode identity(DemoPerson person) {
        ObjectNode user = NODES.objectNode();
        user.put("id", person.id());
        user.put("displayName", person.displayName());
        user.put("tenantId", person.tenantId());
        user.put("userPrincipalName", person.upn());
        return user;
    }
}
