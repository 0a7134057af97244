package com.calltriage.callrecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everyone who took part in a call, de-duplicated by identity: the participant list where Graph sent
 * one, plus the identities found on session endpoints (older records may carry only those).
 */
public final class CallParticipants {
    private CallParticipants() {
    }

    public static List<Identity> of(CallRecord record) {
        Map<String, Identity> byKey = new LinkedHashMap<>();
        Stream<Identity> listed = record.participants().stream().map(Participant::identity);
        Stream<Identity> endpoints = record.sessions().stream()
                .flatMap(s -> Stream.of(s.caller(), s.callee()))
                .filter(Objects::nonNull)
                .filter(Endpoint::participant)
                .map(Endpoint::identity);
        Stream.concat(listed, endpoints)
                .filter(Objects::nonNull)
                .filter(i -> i.id() != null)
                .forEach(identity -> byKey.merge(identity.kind() + ":" + identity.id(), identity,
                        CallParticipants::richer));
        return new ArrayList<>(byKey.values());
    }

    /** Two sightings of one identity: keep the one that says more, so a UPN or tenant is not lost. */
    private static Identity richer(Identity a, Identity b) {
        return new Identity(a.kind(), a.id(),
                a.displayName() != null ? a.displayName() : b.displayName(),
                a.tenantId() != null ? a.tenantId() : b.tenantId(),
                a.userPrincipalName() != null ? a.userPrincipalName() : b.userPrincipalName());
    }
}
