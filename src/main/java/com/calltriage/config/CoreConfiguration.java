package com.calltriage.config;

import com.calltriage.access.AccessControl;
import com.calltriage.access.AuditLog;
import com.calltriage.access.Role;
import com.calltriage.access.RoleDirectory;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.building.BuildingStore;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.UserDirectory;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.catalog.Catalog;
import com.calltriage.command.CallData;
import com.calltriage.command.CommandContext;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.Outbox;
import com.calltriage.demo.DemoTenant;
import com.calltriage.escalation.EscalationSetup;
import com.calltriage.escalation.Escalations;
import com.calltriage.escalation.PostedCards;
import com.calltriage.graph.GraphDirectoryRoles;
import com.calltriage.graph.GraphManagers;
import com.calltriage.graph.GraphSettings;
import com.calltriage.graph.GraphUserDirectory;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.quality.CallDiagnoser;
import com.calltriage.quality.QualityRules;
import com.calltriage.store.BatchedAuditLog;
import com.calltriage.store.CacheDrops;
import com.calltriage.store.CachingCallRecordStore;
import com.calltriage.store.JdbcAuditLog;
import com.calltriage.store.JdbcBuildingStore;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.store.JdbcEscalations;
import com.calltriage.store.JdbcQualityFacts;
import com.calltriage.store.JdbcRecentLists;
import com.calltriage.store.JdbcSummaryStore;
import com.calltriage.store.PostgresCacheDrops;
import com.calltriage.summary.ManagerDirectory;
import com.calltriage.summary.Summaries;
import com.calltriage.summary.SummaryStore;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Builds the core from configuration; the core itself knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CallTriageProperties.class)
public class CoreConfiguration {
    private static final Duration CACHE_DROPS_POLL = Duration.ofMillis(500);
    private static final Duration CACHE_DROPS_RECONNECT = Duration.ofSeconds(1);
    /** The Teams app manifest's id ({@code manifest/manifest.json}), as the tenant's app catalog knows the app. */
    static final String TEAMS_APP_ID = "ea24bf16-34e7-4fad-a595-e2a779a6a4b4";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The store's connection from {@code calltriage.store.*}, for Spring Boot's data source and Flyway. Spring still
     * binds {@code spring.datasource.*} onto it, so an explicit {@code spring.datasource.url} wins, as it always did.
     */
    @Bean
    @Primary
    DataSourceProperties storeDataSourceProperties(CallTriageProperties properties) {
        DataSourceProperties store = new DataSourceProperties();
        store.setUrl(properties.store().url());
        store.setUsername(properties.store().username());
        store.setPassword(properties.store().password());
        return store;
    }

    /** One rule set for the diagnoses and for the colours of the values engineers see on the debug card. */
    @Bean
    QualityRules qualityRules(CallTriageProperties properties) {
        return QualityRules.withYellowOverrides(properties.quality().yellow());
    }

    @Bean
    CallDiagnoser callDiagnoser(QualityRules rules) {
        return new CallDiagnoser(rules);
    }

    /**
     * One JDBC store serves both ports (records and their diagnoses live in the same rows), behind the cache of
     * recent lookups, whose hits and misses show under /actuator/metrics as cache.gets.
     */
    @Bean
    CachingCallRecordStore callRecordStore(DataSource dataSource, Clock clock, CallDiagnoser diagnoser,
                                           CallTriageProperties properties, CacheDrops drops,
                                           ObjectProvider<MeterRegistry> meters) {
        CachingCallRecordStore store = new CachingCallRecordStore(new JdbcCallRecordStore(dataSource, clock, diagnoser),
                properties.cache().ttl(), properties.cache().maxEntries(), Ticker.systemTicker(), drops);
        drops.listen(store::drop);
        meters.ifAvailable(registry -> store.caches().forEach((name, cache) ->
                CaffeineCacheMetrics.monitor(registry, cache, "calltriage." + name)));
        return store;
    }

    /**
     * How the caches of replicas sharing a PostgreSQL store drop each other's stale entries: LISTEN/NOTIFY on the
     * store itself. H2 is opened by one process only, whose cache drops its own entries.
     */
    @Bean(destroyMethod = "close")
    CacheDrops cacheDrops(DataSource dataSource, DataSourceProperties store) {
        String url = store.determineUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return CacheDrops.IN_PROCESS;
        }
        return new PostgresCacheDrops(dataSource, url, store.determineUsername(), store.determinePassword(),
                CACHE_DROPS_POLL, CACHE_DROPS_RECONNECT);
    }

    @Bean
    HealthIndicator cacheDropsHealthIndicator(CacheDrops drops) {
        return new CacheDropsHealth(drops);
    }

    @Bean
    BuildingStore buildingStore(DataSource dataSource) {
        return new JdbcBuildingStore(dataSource);
    }

    @Bean
    CallRecordImporter callRecordImporter(CallRecordStore store) {
        return new CallRecordImporter(store);
    }

    /**
     * Roles from Entra ID through Graph when the app registration is configured; otherwise the static lists of
     * {@code calltriage.roles.*}, plus the demo tenant's support staff while demo data is on.
     */
    @Bean
    RoleDirectory roleDirectory(CallTriageProperties properties, Clock clock) {
        GraphSettings settings = graphSettings(properties);
        if (settings.isConfigured()) {
            return new GraphDirectoryRoles(settings, properties.roles().managerGroup(), properties.roles().cacheTtl(),
                    clock, Ticker.systemTicker());
        }
        CallTriageProperties.Roles roles = properties.roles();
        Map<Role, Set<String>> holders = new EnumMap<>(Role.class);
        holders.put(Role.SPECIALIST, new HashSet<>(roles.specialist()));
        holders.put(Role.ENGINEER, new HashSet<>(roles.engineer()));
        holders.put(Role.ADMIN, new HashSet<>(roles.admin()));
        holders.put(Role.MANAGER, new HashSet<>(roles.manager()));
        if (properties.demo().enabled()) {
            DemoTenant.SUPPORT_ROLES.forEach((alias, role) -> holders.get(Role.valueOf(role.toUpperCase()))
                    .add(DemoTenant.objectIdOf(alias)));
        }
        holders.values().forEach(ids -> ids.removeIf(String::isBlank));
        return new StaticRoleDirectory(holders);
    }

    /** Written after the answers, in batches; closed, so written whole, when the application stops. */
    @Bean
    BatchedAuditLog auditLog(DataSource dataSource, CallTriageProperties properties) {
        return new BatchedAuditLog(new JdbcAuditLog(dataSource), properties.audit().maxPending())
                .start(properties.audit().flushInterval());
    }

    @Bean
    AccessControl accessControl(RoleDirectory roles, CallTriageProperties properties) {
        return new AccessControl(homeTenant(properties), roles);
    }

    /**
     * The tenant's directory through Graph when the app registration is configured, for people not yet seen in a
     * call; answers are kept as long as the store's cached searches.
     */
    @Bean
    UserDirectory userDirectory(CallTriageProperties properties, Clock clock) {
        GraphSettings settings = graphSettings(properties);
        if (!settings.isConfigured()) {
            return UserDirectory.NONE;
        }
        return new GraphUserDirectory(settings, properties.cache().ttl(), properties.cache().maxEntries(), clock,
                Ticker.systemTicker());
    }

    /** Tickets in the store, their messages queued in the outbox's table in the same transaction. */
    @Bean
    Escalations escalations(DataSource dataSource, Outbox outbox) {
        return new JdbcEscalations(dataSource, outbox);
    }

    /** Keeps the ids of each ticket's card once the outbox delivered it; run after each round of delivery. */
    @Bean
    PostedCards postedCards(Escalations escalations, Outbox outbox, AdaptiveCardRenderer cards, Clock clock) {
        return new PostedCards(escalations, outbox, cards, clock);
    }

    /**
     * The managers who get the morning summary: those {@code calltriage.roles.manager} names (and the demo's while
     * demo data is on), and with Graph the members of {@code calltriage.roles.manager-group}.
     */
    @Bean
    ManagerDirectory managerDirectory(CallTriageProperties properties, Clock clock) {
        Set<String> listed = new HashSet<>();
        properties.roles().manager().stream().filter(id -> !id.isBlank()).map(String::strip).forEach(listed::add);
        if (properties.demo().enabled()) {
            DemoTenant.SUPPORT_ROLES.forEach((alias, role) -> {
                if (Role.valueOf(role.toUpperCase()) == Role.MANAGER) {
                    listed.add(DemoTenant.objectIdOf(alias));
                }
            });
        }
        GraphSettings settings = graphSettings(properties);
        return settings.isConfigured() ? new GraphManagers(settings, properties.roles().managerGroup(), listed,
                TEAMS_APP_ID, clock) : ManagerDirectory.of(listed);
    }

    @Bean
    SummaryStore summaryStore(DataSource dataSource, QualityRules rules) {
        return new JdbcSummaryStore(dataSource, new JdbcQualityFacts(dataSource, rules));
    }

    @Bean
    CommandDispatcher commandDispatcher(AccessControl access, CachingCallRecordStore store, BuildingStore buildings,
                                        UserDirectory directory, QualityRules rules, AuditLog audit,
                                        CallTriageProperties properties, Clock clock, DataSource dataSource,
                                        Escalations escalations, ConversationReferences references,
                                        AdaptiveCardRenderer cards, SummaryStore summaries) {
        // The lists shown live in the store, so the next turn may land on any replica.
        CommandContext context = new CommandContext(new CallData(store, store, buildings, directory, rules), access,
                audit, new JdbcRecentLists(dataSource, clock, properties.lists().ttl()), clock,
                properties.audit().retention());
        return new CommandDispatcher(Catalog.of(context, new EscalationSetup(escalations, references, cards),
                new Summaries(summaries, properties.summary().sendAtTime())), context);
    }

    @Bean
    AdaptiveCardRenderer adaptiveCardRenderer() {
        return new AdaptiveCardRenderer();
    }

    /** The Graph app registration from {@code calltriage.graph.*}; its tenant is the home tenant unless given. */
    static GraphSettings graphSettings(CallTriageProperties properties) {
        CallTriageProperties.Graph graph = properties.graph();
        return new GraphSettings(graph.tenantId().isBlank() ? homeTenant(properties) : graph.tenantId(),
                graph.clientId(), graph.clientSecret(), graph.baseUrl(), graph.tokenUrl(), graph.timeout());
    }

    static String homeTenant(CallTriageProperties properties) {
        String tenant = properties.tenantId();
        return tenant == null || tenant.isBlank() ? DemoTenant.HOME_TENANT_ID : tenant;
    }

}
