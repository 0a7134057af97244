package com.calltriage.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditQuery;
import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.GraphAtWireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running bot with Graph configured: roles come from Entra directory roles (Graph and its token endpoint
 * are WireMock), the demo's static roles no longer apply, and a failed lookup refuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-graph-roles;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true",
    "calltriage.graph.client-id=calltriage-app",
    "calltriage.graph.client-secret=not-a-real-secret"
})
class BotGraphRolesTest {
    private static final String ERIN = DemoTenant.objectIdOf("erin");
    private static final String SAM = DemoTenant.objectIdOf("sam");
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void graphAtWireMock(DynamicPropertyRegistry registry) {
        GraphAtWireMock.register(registry, graph);
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void graphKnowsErinAsAnEngineerAndFailsForSam() {
        GraphAtWireMock directory = new GraphAtWireMock(graph);
        directory.issuesTokens();
        directory.userHolds(ERIN, GraphAtWireMock.ENGINEER);
        directory.directoryRolesAnswer(SAM, aResponse().withStatus(503));
    }

    @Test
    void anEngineerByDirectoryRoleSeesNamesAndMayDebug() throws Exception {
        BotClient bot = new BotClient(port);
        String list = bot.cardFor(BotActivities.message("show last calls for alice", ERIN, TENANT, "http://localhost:9/"))
                .toString();
        assertThat(list).contains("Calls of Alice Wood").doesNotContain("Access needed");
        String debug = bot.cardFor(BotActivities.message("debug 1", ERIN, TENANT, "http://localhost:9/")).toString();
        assertThat(debug).contains("Debug: Alice Wood's call", "IP address");
    }

    @Test
    void aGraphOutageRefusesEvenTheDemosSpecialistAndTheRefusalIsAudited() throws Exception {
        String card = new BotClient(port).cardFor(BotActivities.message("show last calls for alice", SAM, TENANT,
                "http://localhost:9/")).toString();
        assertThat(card).contains("Access needed", "could not check your access", "HTTP 503")
                .doesNotContain("Alice Wood");
        List<AuditEntry> entries = audit.find(new AuditQuery(SAM, null, null, null, null, 5));
        assertThat(entries).first().extracting(AuditEntry::outcome).isEqualTo(AuditEntry.Outcome.REFUSED);
    }
}
