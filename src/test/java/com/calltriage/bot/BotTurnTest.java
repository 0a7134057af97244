package com.calltriage.bot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.calltriage.building.Building;
import com.calltriage.building.BuildingStore;
import com.calltriage.demo.DemoTenant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * How a turn looks from Teams: typing while the answer is worked out, and a short apology with a reference
 * when something breaks, the same reference the log carries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-turn;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true",
    "calltriage.bot.typing-delay=0ms"
})
class BotTurnTest {
    private static final String ERIN = DemoTenant.objectIdOf("erin");
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    @LocalServerPort
    int port;

    /** The building file cannot be read: an engineer's details need it, a list does not. */
    @TestConfiguration
    static class BrokenBuildings {
        @Bean
        @Primary
        BuildingStore brokenBuildingStore() {
            return new BuildingStore() {
                @Override
                public void replaceAll(List<Building> buildings) {
                }

                @Override
                public List<Building> findAll() {
                    throw new IllegalStateException("building table unreadable");
                }
            };
        }
    }

    @BeforeEach
    void connectorAcceptsReplies() {
        BotConnectorStandIn.acceptsReplies(connector);
    }

    @Test
    void teamsShowsTypingWhileTheAnswerIsWorkedOut() throws Exception {
        new BotClient(port).send(BotActivities.message("show last calls for alice", ERIN, TENANT, connector.baseUrl()));
        List<String> types = sentTypes();
        assertThat(types).contains("typing", "message");
        assertThat(types.indexOf("typing")).isLessThan(types.lastIndexOf("message"));
    }

    @Test
    void aFailureIsAnsweredWithAnApologyCarryingTheReferenceInTheLog() throws Exception {
        Logger adapterLog = (Logger) LoggerFactory.getLogger(TurnFailures.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        adapterLog.addAppender(log);
        BotClient bot = new BotClient(port);
        bot.cardFor(BotActivities.message("show last calls for alice", ERIN, TENANT, "http://localhost:9/"));
        try {
            bot.send(BotActivities.message("details 1", ERIN, TENANT, connector.baseUrl()));
        } finally {
            adapterLog.detachAppender(log);
        }
        String apology = sentMessages().stream().map(m -> m.path("text").asText())
                .filter(t -> t.startsWith("Sorry")).findFirst().orElseThrow();
        Matcher reference = Pattern.compile("reference: (\\w+)").matcher(apology);
        assertThat(reference.find()).isTrue();
        assertThat(log.list).filteredOn(e -> e.getFormattedMessage().contains(reference.group(1))).hasSize(1);
        assertThat(apology).doesNotContain("building table unreadable");
    }

    private List<String> sentTypes() throws Exception {
        List<String> types = new ArrayList<>();
        for (JsonNode sent : sentActivities()) {
            types.add(sent.path("type").asText());
        }
        return types;
    }

    private List<JsonNode> sentMessages() throws Exception {
        return sentActivities().stream().filter(a -> a.path("type").asText().equals("message")).toList();
    }

    private List<JsonNode> sentActivities() throws Exception {
        return BotConnectorStandIn.sentActivities(connector);
    }
}
