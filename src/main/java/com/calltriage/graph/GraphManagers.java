package com.calltriage.graph;

import com.calltriage.summary.ManagerDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managers from Microsoft Graph: the users among the members of the managers group, directly or through nested
 * groups ({@code GET /groups/{id}/transitiveMembers/microsoft.graph.user}, page by page), plus those a fixed list
 * names; and the app installed for one of them in personal scope
 * ({@code POST /users/{id}/teamwork/installedApps}), which makes Teams open the bot's personal chat with them.
 * The app is found in the tenant's app catalog by the manifest's id ({@code externalId}) once.
 * Needs the application permissions GroupMember.Read.All and, for installing,
 * TeamsAppInstallation.ReadWriteSelfForUser.All and AppCatalog.Read.All.
 */
public final class GraphManagers implements ManagerDirectory {
    private static final Logger log = LoggerFactory.getLogger(GraphManagers.class);

    private final GraphClient graph;
    private final String groupId;
    private final Set<String> listed;
    private final String manifestId;
    private volatile String catalogId;

    /**
     * @param groupId    the managers group's object id; null or blank for none
     * @param listed     managers named in configuration besides the group's members
     * @param manifestId the Teams app manifest's id, which the app catalog knows as externalId
     */
    public GraphManagers(GraphSettings settings, String groupId, Set<String> listed, String manifestId, Clock clock) {
        this(GraphClient.signedIn(settings, GraphRetry.upTo(GraphRetry.DEFAULT_MAX_ATTEMPTS, clock), clock), groupId, listed, manifestId);
    }

    GraphManagers(GraphClient graph, String groupId, Set<String> listed, String manifestId) {
        this.graph = graph;
        this.groupId = groupId == null || groupId.isBlank() ? null : groupId.strip();
        this.listed = Set.copyOf(listed);
        this.manifestId = manifestId;
    }

    @Override
    public Set<String> managerIds() {
        Set<String> ids = new LinkedHashSet<>();
        listed.forEach(id -> ids.add(id.toLowerCase(Locale.ROOT)));
        if (groupId == null) {
            return ids;
        }
        try {
            HttpUrl page = graph.url().addPathSegment("groups").addPathSegment(groupId)
                    .addPathSegment("transitiveMembers").addPathSegment("microsoft.graph.user")
                    .addQueryParameter("$select", "id").build();
            while (page != null) {
                JsonNode answer = graph.get(page);
                for (JsonNode user : GraphClient.values(answer)) {
                    if (user.hasNonNull("id")) {
                        ids.add(user.get("id").asText().toLowerCase(Locale.ROOT));
                    }
                }
                page = GraphClient.nextLink(answer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the managers group " + groupId, e);
        }
        return ids;
    }

    @Override
    public boolean installFor(String userObjectId) {
        try {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("teamsApp@odata.bind", graph.url().addPathSegment("appCatalogs").addPathSegment("teamsApps")
                    .addPathSegment(catalogId()).build().toString());
            graph.post(graph.url().addPathSegment("users").addPathSegment(userObjectId).addPathSegment("teamwork")
                    .addPathSegment("installedApps").build(), body);
            log.info("Installed the app for manager {}, so the bot can send them the morning summary", userObjectId);
            return true;
        } catch (GraphStatusException e) {
            if (e.status() == 409) {
                return true;
            }
            log.warn("Could not install the app for manager {}: {}", userObjectId, e.getMessage());
            return false;
        } catch (IOException e) {
            log.warn("Could not install the app for manager {}: {}", userObjectId, e.toString());
            return false;
        }
    }

    /** The app's id in the tenant's catalog, looked up by the manifest's id once. */
    private String catalogId() throws IOException {
        if (catalogId == null) {
            JsonNode apps = GraphClient.values(graph.get(graph.url().addPathSegment("appCatalogs")
                    .addPathSegment("teamsApps").addQueryParameter("$filter", "externalId eq '" + manifestId + "'")
                    .build()));
            if (apps.isEmpty() || !apps.get(0).hasNonNull("id")) {
                throw new IOException("The app (manifest id " + manifestId + ") is not in the tenant's app catalog");
            }
            catalogId = apps.get(0).get("id").asText();
        }
        return catalogId;
    }
}
