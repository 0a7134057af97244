package com.calltriage.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The running server keeps each activity's conversation before it answers, and answers even when it cannot. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-capture;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true"
})
class BotConversationCaptureTest {
    private static final String SAM = DemoTenant.objectIdOf("sam");
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;

    @LocalServerPort
    int port;

    @Autowired
    SwitchableReferences references;

    /** References in memory that an outage can be switched on for. */
    @TestConfiguration
    static class References {
        @Bean
        @Primary
        SwitchableReferences switchableReferences() {
            return new SwitchableReferences();
        }
    }

    @Test
    void aQuestionLeavesTheWayBackToItsAskerBeforeItIsAnswered() throws Exception {
        new BotClient(port).cardFor(BotActivities.message("help", SAM, TENANT, "https://smba.trafficmanager.net/emea/"));

        assertThat(references.personalChatOf(TENANT, SAM)).hasValueSatisfying(chat -> {
            assertThat(chat.conversationId()).isEqualTo("a:personal-chat-1");
            assertThat(chat.serviceUrl()).isEqualTo("https://smba.trafficmanager.net/emea/");
            assertThat(chat.userTeamsId()).isEqualTo("29:" + SAM);
        });
    }

    @Test
    void aStoreThatCannotKeepTheReferenceCostsTheQuestionNothing() throws Exception {
        references.down(true);
        try (CapturedLog log = new CapturedLog()) {
            new BotClient(port).cardFor(BotActivities.message("help", SAM, TENANT, "https://smba.example/"));

            assertThat(log.warnings()).filteredOn(e -> e.getLoggerName().equals(ConversationCapture.class.getName()))
                    .hasSize(1);
        } finally {
            references.down(false);
        }
    }
}
