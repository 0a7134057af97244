package com.calltriage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * A server without a Bot Framework app id believes every activity, so it stays on this machine unless told
 * otherwise; and operators' endpoints are never served on the bot's port.
 */
class LocalModeAndManagementTest {

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "calltriage.store.url=jdbc:h2:mem:local-mode;DB_CLOSE_DELAY=-1", "calltriage.demo.enabled=false",
        "server.address=0.0.0.0"
    })
    class InLocalMode {
        @Autowired
        Environment environment;

        @LocalServerPort
        int port;

        @LocalManagementPort
        int managementPort;

        @Test
        void theBotListensOnTheLoopbackAddressOnlyEvenWhenAskedForEveryInterface(CapturedOutput output) {
            assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
            assertThat(output.getOut()).contains("LOCAL MODE: no MicrosoftAppId is set")
                    .contains("(server.address=0.0.0.0 is ignored)");
        }

        @Test
        void metricsAreNotServedOnTheBotsPortButOnTheManagementPortOfThisMachine() throws Exception {
            assertThat(get(port, "/actuator/metrics").statusCode()).isEqualTo(404);
            assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
            assertThat(get(managementPort, "/actuator/metrics").statusCode()).isEqualTo(200);
            assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
        }
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "calltriage.store.url=jdbc:h2:mem:local-mode-remote;DB_CLOSE_DELAY=-1", "calltriage.demo.enabled=false",
        "calltriage.local-mode.allow-remote=true"
    })
    class AllowedOnTheNetwork {
        @Autowired
        Environment environment;

        @Test
        void theOperatorCanOpenItUpAndIsWarned(CapturedOutput output) {
            assertThat(environment.getProperty("server.address")).isNull();
            assertThat(output.getOut()).contains("LOCAL MODE ON THE NETWORK");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "calltriage.store.url=jdbc:h2:mem:with-app-id;DB_CLOSE_DELAY=-1", "calltriage.demo.enabled=false",
        "MicrosoftAppId=6b3f0c2e-0000-4000-8000-000000000001", "MicrosoftAppPassword=secret"
    })
    class WithAnAppId {
        @Autowired
        Environment environment;

        @Test
        void tokensAreCheckedSoTheAddressIsTheOperatorsChoice() {
            assertThat(environment.getProperty("server.address")).isNull();
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
