package com.calltriage.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code calltriage.*} setting. Each can be given on the command line ({@code --calltriage.tenant-id=...})
 * or in the environment ({@code CALLTRIAGE_TENANT_ID}), for the server and for every sub-command.
 *
 * @param tenantId      the home tenant: people of other tenants are External Users
 * @param store         where call records are kept
 * @param demo          the demo tenant
 * @param roles         Entra object ids per role, comma-separated
 * @param quality       the diagnosis settings
 * @param graph         the Microsoft Graph app registration; when set, roles come from Entra ID
 * @param audit         the audit log of every question
 * @param cache         the cache of recent lookups
 * @param bot           the bot's answers in Teams
 * @param notifications the queue of Graph's change notifications
 * @param localMode     how a server without a Bot Framework app id listens
 * @param lists         the last list shown in each conversation
 * @param outbox        the messages the bot sends on its own
 * @param summary       the managers' summaries and their morning card
 */
@ConfigurationProperties(prefix = CallTriageProperties.PREFIX)
public record CallTriageProperties(String tenantId, @DefaultValue Store store, @DefaultValue Demo demo,
                                   @DefaultValue Roles roles, @DefaultValue Quality quality,
                                   @DefaultValue Graph graph, @DefaultValue Audit audit,
                                   @DefaultValue Cache cache, @DefaultValue Bot bot,
                                   @DefaultValue Notifications notifications, @DefaultValue LocalMode localMode,
                                   @DefaultValue Outbox outbox, @DefaultValue Lists lists,
                                   @DefaultValue Summary summary) {
    /**
     * The name {@code @EnableConfigurationProperties} gives this bean (prefix, dash, class name), for SpEL where a
     * setting must be a string, such as a {@code @Scheduled} interval: {@code #{@'NAME'.graph().timeout()}}.
     */
    public static final String BEAN_NAME = "calltriage-com.calltriage.config.CallTriageProperties";
    /** Where every setting of ours lives. */
    public static final String PREFIX = "calltriage";

    /**
     * @param url       a JDBC URL: H2 (the default, a file under ./data/) or PostgreSQL
     * @param username  may be empty when the URL carries it
     * @param password  may be empty
     * @param retention how long call records are kept, by when they started; Graph itself keeps them 30 days
     */
    public record Store(@DefaultValue("jdbc:h2:file:./data/calltriage") String url, @DefaultValue("") String username,
                        @DefaultValue("") String password, @DefaultValue("30d") Duration retention) {
    }

    /**
     * @param enabled load the demo tenant into an empty store at start-up, and give its support staff their roles
     * @param seed    the demo generator's seed
     */
    public record Demo(@DefaultValue("true") boolean enabled, @DefaultValue("20261121") long seed) {
    }

    /**
     * @param yellow yellow thresholds that differ from the defaults, by rule id
     *               ({@code calltriage.quality.yellow.audio.jitter.average.yellow=20}); see docs/DIAGNOSIS.md
     */
    public record Quality(Map<String, Double> yellow) {
        public Quality {
            yellow = yellow == null ? Map.of() : Map.copyOf(yellow);
        }
    }

    /**
     * Who holds which role. With Graph configured, support roles come from Entra directory roles and managers
     * from the managers group; the lists of object ids ({@code from.aadObjectId}) serve local mode, the demo
     * and tenants without Graph.
     *
     * @param managerGroup the Entra group whose members are managers (Graph only)
     * @param cacheTtl     how long a role looked up in Graph is trusted before asking again
     */
    public record Roles(@DefaultValue List<String> specialist, @DefaultValue List<String> engineer,
                        @DefaultValue List<String> admin, @DefaultValue List<String> manager,
                        @DefaultValue("") String managerGroup, @DefaultValue("10m") Duration cacheTtl) {
    }

    /**
     * The app registration CallTriage uses to call Microsoft Graph with application permissions.
     *
     * @param tenantId                  the tenant the app signs in to; the home tenant when empty
     * @param clientId                  the app (client) id
     * @param clientSecret              the app's client secret
     * @param baseUrl                   Graph's address
     * @param tokenUrl                  the token endpoint; {@code {tenant-id}} is replaced
     * @param clientState               the secret Graph echoes in change notifications
     * @param notificationUrl           the public address of {@code /api/graph/notifications}
     * @param timeout                   how long one Graph request may take
     * @param subscriptionCheckInterval how often each replica checks whether the subscription needs renewing
     */
    public record Graph(@DefaultValue("") String tenantId, @DefaultValue("") String clientId,
                        @DefaultValue("") String clientSecret,
                        @DefaultValue("https://graph.microsoft.com/v1.0") String baseUrl,
                        @DefaultValue("https://login.microsoftonline.com/{tenant-id}/oauth2/v2.0/token") String tokenUrl,
                        @DefaultValue("") String clientState, @DefaultValue("") String notificationUrl,
                        @DefaultValue("5s") Duration timeout,
                        @DefaultValue("5m") Duration subscriptionCheckInterval) {
    }

    /**
     * @param ttl        how long a looked-up list, record, diagnosis or user search is kept; storing a record
     *                   drops what it changes at once
     * @param maxEntries how many entries each cache keeps at most
     */
    public record Cache(@DefaultValue("5m") Duration ttl, @DefaultValue("10000") long maxEntries) {
    }

    /**
     * @param ttl how long the last list shown in a conversation is kept for "details 3" and "more", on every replica
     */
    public record Lists(@DefaultValue("24h") Duration ttl) {
    }

    /**
     * @param retention     how long questions are kept in the audit log
     * @param flushInterval how often the questions answered meanwhile are written to the audit log, in one batch,
     *                      after their answers; at most what a crash loses
     * @param maxPending    how many questions are held while the audit log cannot be written; beyond that the
     *                      oldest are given up, each logged at error level
     */
    public record Audit(@DefaultValue("90d") Duration retention, @DefaultValue("200ms") Duration flushInterval,
                        @DefaultValue("10000") int maxPending) {
    }

    /**
     * @param typingDelay      how long an answer may take before Teams shows typing
     * @param uploadTimeout    how long uploading an export may take
     * @param uploadHosts      the host suffixes exports may be uploaded to: those of the OneDrive and SharePoint
     *                         hosts Teams gives upload URLs on, in each Microsoft cloud; only over https
     * @param connectorTimeout how long one call to the Bot Connector at an activity's serviceUrl may take, all told;
     *                         Teams waits for the answer to the activity meanwhile
     */
    public record Bot(@DefaultValue("1s") Duration typingDelay, @DefaultValue("20s") Duration uploadTimeout,
                      @DefaultValue({".sharepoint.com", ".sharepoint.us", ".sharepoint-mil.us", ".sharepoint.de",
                          ".sharepoint.cn"}) List<String> uploadHosts,
                      @DefaultValue("5s") Duration connectorTimeout) {
    }

    /**
     * @param pollInterval how often each replica fetches the records of queued notifications
     * @param batchSize    how many notifications are claimed at a time
     * @param lease        how long a claim hides notifications from other replicas: longer than a batch of slow
     *                     Graph fetches takes, and how long the claims of a replica that died wait
     */
    public record Notifications(@DefaultValue("2s") Duration pollInterval, @DefaultValue("10") int batchSize,
                                @DefaultValue("5m") Duration lease) {
    }

    /**
     * @param pollInterval how often each replica delivers the messages due in the outbox
     * @param batchSize    how many messages are claimed at a time
     */
    public record Outbox(@DefaultValue("1s") Duration pollInterval, @DefaultValue("20") int batchSize) {
    }

    /**
     * Local mode is a server without {@code MicrosoftAppId}: it trusts the object id each activity names, so it
     * listens on the loopback address only, unless the operator says otherwise here.
     *
     * @param allowRemote listen on every interface in local mode too, for a test client on another machine
     */
    public record LocalMode(@DefaultValue("false") boolean allowRemote) {
    }

    /**
     * @param sendAt             the local time (HH:mm) each manager gets yesterday's summary, in their Teams client's
     *                           time zone
     * @param timeZone           the zone of managers whose client named none
     * @param retention          how long the hourly totals are kept, long after the call records are gone
     * @param installForManagers install the app for managers the bot cannot reach yet, through Graph
     * @throws IllegalArgumentException when the time or the zone does not parse, naming it
     */
    public record Summary(@DefaultValue("08:00") String sendAt, @DefaultValue("UTC") String timeZone,
                          @DefaultValue("400d") Duration retention,
                          @DefaultValue("false") boolean installForManagers) {
        public Summary {
            try {
                java.time.LocalTime.parse(sendAt);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("calltriage.summary.send-at must be HH:mm, was " + sendAt, e);
            }
            try {
                java.time.ZoneId.of(timeZone);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("calltriage.summary.time-zone is not a time zone: " + timeZone, e);
            }
        }

        public java.time.LocalTime sendAtTime() {
            return java.time.LocalTime.parse(sendAt);
        }

        public java.time.ZoneId zone() {
            return java.time.ZoneId.of(timeZone);
        }
    }
}
