package com.calltriage.graph;

import com.calltriage.callrecord.DirectoryUnavailableException;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People in the tenant's directory, for names the store has not seen in a call:
 * {@code GET /users?$filter=startswith(displayName,'x') or startswith(userPrincipalName,'x') or
 * startswith(mail,'x')}, or {@code id eq 'x'} for an object id. Needs the application permission User.Read.All.
 *
 * <p>Answers are cached per term for the configured time, an empty one too, so a name typed again costs no
 * Graph call. Someone is waiting in a chat, so there are no retries; a failure is logged, is not cached, and
 * is thrown as a {@link DirectoryUnavailableException} saying what happened.
 */
public final class GraphUserDirectory implements UserDirectory {
    /** The most users one search asks Graph for. */
    static final int MAX_RESULTS = 10;
    static final String SELECT = "id,displayName,userPrincipalName,mail";
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Logger LOG = LoggerFactory.getLogger(GraphUserDirectory.class);

    private final GraphClient graph;
    private final String tenantId;
    private final Cache<String, List<KnownUser>> answers;

    /**
     * @param settings   a configured tenant and app registration, see {@link GraphSettings#isConfigured()}
     * @param cacheTtl   how long an answer is reused
     * @param maxEntries how many terms are remembered at most
     * @param clock      the time that token expiry is measured by
     * @param ticker     the time that cached answers expire by
     * @throws IllegalArgumentException when the settings are not configured
     */
    public GraphUserDirectory(GraphSettings settings, Duration cacheTtl, long maxEntries, Clock clock,
                              Ticker ticker) {
        this(GraphClient.signedIn(settings, GraphRetry.disabled(), clock), settings.tenantId(), cacheTtl, maxEntries,
                ticker);
    }

    GraphUserDirectory(GraphClient graph, String tenantId, Duration cacheTtl, long maxEntries, Ticker ticker) {
        this.graph = graph;
        this.tenantId = tenantId;
        this.answers = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(maxEntries).ticker(ticker)
                .build();
    }

    @Override
    public List<KnownUser> search(String term, int limit) {
        String wanted = term == null ? "" : term.strip();
        if (wanted.isEmpty() || limit < 1) {
            return List.of();
        }
        int top = Math.min(limit, MAX_RESULTS);
        String key = top + ":" + wanted.toLowerCase(Locale.ROOT);
        List<KnownUser> users = answers.getIfPresent(key);
        if (users == null) {
            try {
                users = lookUp(wanted, top);
            } catch (IOException e) {
                LOG.warn("Searching the directory for '{}' failed: {}", wanted, e.toString());
                throw new DirectoryUnavailableException(whatHappened(e), e);
            }
            answers.put(key, users);
        }
        return users;
    }

    /**
     * The OData filter for the term, its single quotes doubled so the term stays one string literal: an object id
     * is looked up as such, anything else by the start of a name, UPN or mail.
     */
    static String filter(String term) {
        String literal = "'" + term.replace("'", "''") + "'";
        if (OBJECT_ID.matcher(term).matches()) {
            return "id eq " + literal;
        }
        return "startswith(displayName," + literal + ") or startswith(userPrincipalName," + literal + ")"
                + " or startswith(mail," + literal + ")";
    }

    /** What the person asking reads: passing trouble says so; a refusal says whom to ask. */
    static String whatHappened(IOException failure) {
        if (failure instanceof GraphStatusException refusal) {
            int status = refusal.status();
            if (status == 429) {
                return "Microsoft Graph is throttling CallTriage right now (429)";
            }
            if (status == 401 || status == 403) {
                return "Microsoft Graph refused the search (HTTP " + status + "): CallTriage needs the User.Read.All "
                        + "application permission, which your Teams administrator can grant";
            }
            return "Microsoft Graph failed (HTTP " + status + ")";
        }
        if (failure instanceof TokenRequestException) {
            return "CallTriage could not sign in to Microsoft Graph";
        }
        if (failure instanceof UnreadableGraphAnswerException) {
            return "Microsoft Graph sent an answer CallTriage could not read";
        }
        return "Microsoft Graph did not answer in time";
    }

    private List<KnownUser> lookUp(String term, int top) throws IOException {
        HttpUrl url = graph.url().addPathSegment("users")
                .addEncodedQueryParameter("$filter", encoded(filter(term)))
                .addEncodedQueryParameter("$select", SELECT)
                .addEncodedQueryParameter("$top", Integer.toString(top))
                .build();
        List<KnownUser> users = new ArrayList<>();
        for (JsonNode user : GraphClient.values(graph.get(url))) {
            String id = user.path("id").asText("");
            if (id.isBlank()) {
                continue;
            }
            String upn = user.path("userPrincipalName").asText(null);
            users.add(new KnownUser(id, user.path("displayName").asText(null),
                    upn != null ? upn : user.path("mail").asText(null), tenantId, null));
        }
        return List.copyOf(users);
    }

    /**
     * Percent-encodes a query value. The names ({@code $filter}) are added as written, so OkHttp's encoding of a
     * name and value together is not used.
     */
    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
