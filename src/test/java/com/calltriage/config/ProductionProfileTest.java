package com.calltriage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.CallTriageApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code SPRING_PROFILES_ACTIVE=prod} starts only a real deployment: the bot's app registration and a store named on
 * purpose, no demo, logs as JSON; and says in one line what is missing otherwise.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {
    private static final String APP_ID = "MicrosoftAppId=6b3f0c2e-0000-4000-8000-000000000002";
    private static final String PASSWORD = "MicrosoftAppPassword=n0t-a-real~password";

    @Test
    void withoutAnAppIdOrAStoreTheServerRefusesToStartNamingBoth(CapturedOutput output) {
        assertThatThrownBy(() -> start(WebApplicationType.SERVLET, PASSWORD))
                .isInstanceOf(MissingProductionSettingsException.class)
                .hasMessage("The prod profile needs MicrosoftAppId, calltriage.store.url (CALLTRIAGE_STORE_URL), "
                        + "which are not set");
        assertThat(output.getOut() + output.getErr())
                .contains("The prod profile needs MicrosoftAppId, calltriage.store.url (CALLTRIAGE_STORE_URL)")
                .doesNotContain("at com.calltriage.config.ProductionSettingsCheck");
    }

    @Test
    void withoutThePasswordTheServerRefusesToStartNamingIt() {
        assertThatThrownBy(() -> start(WebApplicationType.SERVLET, APP_ID, store("no-password")))
                .isInstanceOf(MissingProductionSettingsException.class)
                .extracting(e -> ((MissingProductionSettingsException) e).missing())
                .isEqualTo(List.of("MicrosoftAppPassword"));
    }

    @Test
    void aSubCommandNeedsOnlyTheStore() {
        assertThatThrownBy(() -> start(WebApplicationType.NONE))
                .isInstanceOf(MissingProductionSettingsException.class)
                .extracting(e -> ((MissingProductionSettingsException) e).missing())
                .isEqualTo(List.of("calltriage.store.url (CALLTRIAGE_STORE_URL)"));
    }

    @Test
    void withAllThreeTheServerStartsWithoutTheDemoAndLogsJson(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = start(WebApplicationType.SERVLET, APP_ID, PASSWORD,
                store("prod-starts"))) {
            assertThat(context.getBean(CallTriageProperties.class).demo().enabled()).isFalse();
        }
        List<JsonNode> events = new ArrayList<>();
        for (String line : output.getOut().lines().filter(l -> l.startsWith("{")).toList()) {
            events.add(new ObjectMapper().readTree(line));
        }
        assertThat(events).anySatisfy(event -> assertThat(event.path("message").asText()).startsWith("Started"));
        assertThat(events).allSatisfy(event -> assertThat(event.path("log.level").isTextual()
                || event.path("log").path("level").isTextual()).isTrue());
    }

    private static ConfigurableApplicationContext start(WebApplicationType type, String... properties) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0"));
        for (String property : properties) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(CallTriageApplication.class).web(type).profiles("prod")
                .run(arguments.toArray(String[]::new));
    }

    private static String store(String name) {
        return "calltriage.store.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }
}
