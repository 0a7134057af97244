package com.calltriage.graph;

import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.access.RoleDirectory;
import com.calltriage.access.RoleLookupException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A caller's roles from Microsoft Graph: the Teams directory roles they hold (directly or through groups, as
 * {@code transitiveMemberOf} lists them, see {@link DirectoryRoleTemplate}) and, when a managers group is
 * configured, {@link Role#MANAGER} for its members. Needs the application permissions
 * RoleManagement.Read.Directory and GroupMember.Read.All.
 *
 * <p>Answers are cached per object id for the configured time, an empty one too: someone without a role who asks
 * again should not cost a Graph call each time. Failures are not cached, so the next question asks Graph again.
 * {@link #rolesOf} throws {@link RoleLookupException} with a sentence for the person refused when Graph or its
 * token endpoint refuses, throttles, fails or does not answer in time; each failure is logged once at warn.
 */
public final class GraphDirectoryRoles implements RoleDirectory {
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(10);
    private static final long MAX_CACHED_CALLERS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(GraphDirectoryRoles.class);

    private final GraphClient graph;
    private final String managerGroupId;
    private final Cache<String, EnumSet<Role>> answers;

    /**
     * @param settings       a configured tenant and app registration, see {@link GraphSettings#isConfigured()}
     * @param managerGroupId object id of the group whose members are managers; null or blank when there is none
     * @param cacheTtl       how long an answer is reused, usually {@link #DEFAULT_CACHE_TTL}
     * @param clock          the time that token expiry is measured by
     * @param ticker         the time that cached answers expire by
     * @throws IllegalArgumentException when the settings are not configured
     */
    public GraphDirectoryRoles(GraphSettings settings, String managerGroupId, Duration cacheTtl, Clock clock,
                               Ticker ticker) {
        // No retries: someone is waiting in a chat, and a refusal saying "try again in a minute" beats silence.
        this(GraphClient.signedIn(settings, GraphRetry.disabled(), clock), managerGroupId, cacheTtl, ticker);
    }

    GraphDirectoryRoles(GraphClient graph, String managerGroupId, Duration cacheTtl, Ticker ticker) {
        this.graph = graph;
        this.managerGroupId = managerGroupId == null || managerGroupId.isBlank() ? null : normalize(managerGroupId);
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(Objects.requireNonNull(cacheTtl, "cacheTtl"))
                .maximumSize(MAX_CACHED_CALLERS)
                .ticker(ticker)
                .build();
    }

    @Override
    public Set<Role> rolesOf(Caller caller) {
        if (caller.objectId() == null || caller.objectId().isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        String objectId = normalize(caller.objectId());
        // Not answers.get(id, loader): that would hold a lock inside the cache for the length of a Graph call.
        EnumSet<Role> roles = answers.getIfPresent(objectId);
        if (roles == null) {
            roles = lookUp(objectId);
            answers.put(objectId, roles);
        }
        return EnumSet.copyOf(roles);
    }

    private EnumSet<Role> lookUp(String objectId) {
        try {
            EnumSet<Role> roles = directoryRolesOf(objectId);
            if (managerGroupId != null && isMemberOfManagers(objectId)) {
                roles.add(Role.MANAGER);
            }
            return roles;
        } catch (IOException e) {
            log.warn("Looking up the roles of {} in Microsoft Graph failed: {}", objectId, e.toString());
            throw new RoleLookupException(RoleLookupFailures.sentenceFor(e), e);
        }
    }

    private EnumSet<Role> directoryRolesOf(String objectId) throws IOException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        HttpUrl page = user(objectId).addPathSegment("transitiveMemberOf")
                .addPathSegment("microsoft.graph.directoryRole")
                .addEncodedQueryParameter("$select", "id,displayName,roleTemplateId")
                .build();
        while (page != null) {
            JsonNode answer = graph.get(page);
            for (JsonNode directoryRole : GraphClient.values(answer)) {
                DirectoryRoleTemplate.roleGrantedBy(directoryRole.path("roleTemplateId").asText())
                        .ifPresent(roles::add);
            }
            page = GraphClient.nextLink(answer);
        }
        return roles;
    }

    private boolean isMemberOfManagers(String objectId) throws IOException {
        ObjectNode question = JsonNodeFactory.instance.objectNode();
        question.putArray("groupIds").add(managerGroupId);
        JsonNode answer = graph.post(user(objectId).addPathSegment("checkMemberGroups").build(), question);
        for (JsonNode groupId : GraphClient.values(answer)) {
            if (managerGroupId.equals(normalize(groupId.asText()))) {
                return true;
            }
        }
        return false;
    }

    private HttpUrl.Builder user(String objectId) {
        return graph.url().addPathSegment("users").addPathSegment(objectId);
    }

    /** Object ids are GUIDs: channels and configuration may write them in either case, with spaces. */
    private static String normalize(String objectId) {
        return objectId.trim().toLowerCase(Locale.ROOT);
    }
}
