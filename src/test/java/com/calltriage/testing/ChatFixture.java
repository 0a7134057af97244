package com.calltriage.testing;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.loadDemo;
import static com.calltriage.testing.DemoFixtures.objectId;

import com.calltriage.access.AccessControl;
import com.calltriage.access.AuditLog;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.building.BuildingStore;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.callrecord.UserDirectory;
import com.calltriage.catalog.Catalog;
import com.calltriage.command.CallData;
import com.calltriage.command.ChatRequest;
import com.calltriage.command.CommandCatalog;
import com.calltriage.command.CommandContext;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.command.MemoryRecentLists;
import com.calltriage.command.RecentLists;
import com.calltriage.command.reply.Reply;
import com.calltriage.demo.DemoTenant;
import com.calltriage.escalation.EscalationSetup;
import com.calltriage.summary.Summaries;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/**
 * The whole command pipeline over the demo tenant, as the server wires it but with fakes: the demo calls in a
 * {@link FakeCallRecordStore}, the demo buildings, the demo support staff in their roles, an audit log in
 * memory and the clock at {@link DemoFixtures#NOW}. Each setter returns a new fixture, so tests say only what
 * differs.
 */
public final class ChatFixture {
    /** Sam the specialist, Erin the engineer, Adam the admin and Maria the manager. */
    public static final Map<Role, Set<String>> DEMO_STAFF = Map.of(
            Role.SPECIALIST, Set.of(objectId("sam")), Role.ENGINEER, Set.of(objectId("erin")),
            Role.ADMIN, Set.of(objectId("adam")), Role.MANAGER, Set.of(objectId("maria")));

    private static FakeCallRecordStore demoStore;

    private final FakeCallRecordStore store;
    private final BuildingStore buildings;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<Role, Set<String>> roles;
    private final Summaries summaries;

    private ChatFixture(FakeCallRecordStore store, BuildingStore buildings, UserDirectory directory, AuditLog audit,
                        Clock clock, Map<Role, Set<String>> roles) {
        this(store, buildings, directory, audit, clock, roles, Summaries.NONE);
    }

    private ChatFixture(FakeCallRecordStore store, BuildingStore buildings, UserDirectory directory, AuditLog audit,
                        Clock clock, Map<Role, Set<String>> roles, Summaries summaries) {
        this.summaries = summaries;
        this.store = store;
        this.buildings = buildings;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.roles = roles;
    }

    /** The demo tenant's calls, loaded once for every test that does not change them. */
    public static ChatFixture demo() {
        return new ChatFixture(sharedDemoStore(), FakeBuildingStore.withDemoBuildings(), UserDirectory.NONE,
                new FakeAuditLog(), Clock.fixed(NOW, ZoneOffset.UTC), DEMO_STAFF);
    }

    public static synchronized FakeCallRecordStore sharedDemoStore() {
        if (demoStore == null) {
            demoStore = loadDemo(new FakeCallRecordStore());
        }
        return demoStore;
    }

    public ChatFixture store(FakeCallRecordStore calls) {
        return new ChatFixture(calls, buildings, directory, audit, clock, roles, summaries);
    }

    /** With these totals behind the summary commands, such as {@link DemoSummaries}'; none otherwise. */
    public ChatFixture summaries(Summaries totals) {
        return new ChatFixture(store, buildings, directory, audit, clock, roles, totals);
    }

    public ChatFixture buildings(BuildingStore networks) {
        return new ChatFixture(store, networks, directory, audit, clock, roles, summaries);
    }

    public ChatFixture directory(UserDirectory people) {
        return new ChatFixture(store, buildings, people, audit, clock, roles, summaries);
    }

    public ChatFixture audit(AuditLog log) {
        return new ChatFixture(store, buildings, directory, log, clock, roles, summaries);
    }

    public ChatFixture clock(Clock time) {
        return new ChatFixture(store, buildings, directory, audit, time, roles, summaries);
    }

    /** Only these people hold roles; everyone else is refused. */
    public ChatFixture roles(Map<Role, Set<String>> holders) {
        return new ChatFixture(store, buildings, directory, audit, clock, holders, summaries);
    }

    public CommandContext context() {
        return context(new MemoryRecentLists());
    }

    /** With the lists shown kept where the test says, such as a store several replicas share. */
    public CommandContext context(RecentLists lists) {
        return new CommandContext(new CallData(store, store, buildings, directory),
                new AccessControl(DemoTenant.HOME_TENANT_ID, new StaticRoleDirectory(roles)), audit, lists, clock,
                Duration.ofDays(90));
    }

    public CommandCatalog catalog() {
        return Catalog.of(context(), escalations(), summaries);
    }

    /** Escalations kept in memory, their messages in an outbox of their own, with no channel set. */
    public static EscalationSetup escalations() {
        FakeOutbox outbox = new FakeOutbox();
        return escalations(new FakeEscalations(outbox), new FakeConversationReferences());
    }

    public static EscalationSetup escalations(FakeEscalations tickets, FakeConversationReferences references) {
        return new EscalationSetup(tickets, references, new AdaptiveCardRenderer());
    }

    public CommandDispatcher dispatcher() {
        return dispatcher(new MemoryRecentLists());
    }

    /** A replica of the pipeline whose lists shown are kept in {@code lists}. */
    public CommandDispatcher dispatcher(RecentLists lists) {
        return dispatcher(lists, escalations());
    }

    /** A replica of the pipeline over these escalations. */
    public CommandDispatcher dispatcher(RecentLists lists, EscalationSetup escalations) {
        CommandContext context = context(lists);
        return new CommandDispatcher(Catalog.of(context, escalations, summaries), context);
    }

    /** A demo person of the home tenant, as Teams names them. */
    public static Caller caller(String alias, String name) {
        return new Caller(objectId(alias), name, DemoTenant.HOME_TENANT_ID);
    }

    /** Asks once in a personal chat of its own. */
    public Reply ask(Caller caller, String text) {
        return dispatcher().answer(new ChatRequest(text, caller, "conversation-1"));
    }
}
