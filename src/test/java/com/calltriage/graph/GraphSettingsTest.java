package com.calltriage.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.testing.DemoFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphSettingsTest {
    private static final String TENANT = DemoFixtures.HOME_TENANT;

    @Test
    void withoutUrlsItTalksToThePublicCloudTokenEndpointOfItsTenant() {
        GraphSettings settings = GraphSettings.of(TENANT, "client", "secret");

        assertThat(settings.baseUrl()).isEqualTo("https://graph.microsoft.com/v1.0");
        assertThat(settings.tokenUrl())
                .isEqualTo("https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aConfiguredTokenUrlGetsTheTenantAndTheBaseUrlLosesItsTrailingSlash() {
        GraphSettings settings = new GraphSettings(TENANT, "client", "secret", "http://localhost:8080/v1.0/",
                "http://localhost:8080/{tenant-id}/token", Duration.ofMillis(200));

        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080/v1.0");
        assertThat(settings.tokenUrl()).isEqualTo("http://localhost:8080/" + TENANT + "/token");
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(200));
    }

    @ParameterizedTest(name = "tenant={0} client={1} secret={2} -> {3}")
    @CsvSource(nullValues = "null", value = {
        "tenant, client, secret, true",
        "null,   client, secret, false",
        "tenant, ' ',    secret, false",
        "tenant, client, '',     false",
    })
    void isConfiguredOnlyWithTenantClientIdAndSecret(String tenant, String client, String secret, boolean configured) {
        assertThat(GraphSettings.of(tenant, client, secret).isConfigured()).isEqualTo(configured);
    }

    @Test
    void theSecretNeverShowsInToString() {
        assertThat(GraphSettings.of(TENANT, "client", "s3cr3t-value").toString())
                .contains(TENANT, "client").doesNotContain("s3cr3t-value");
    }

    @Test
    void aZeroTimeoutIsRefusedBecauseOkHttpWouldWaitForever() {
        assertThatThrownBy(() -> new GraphSettings(TENANT, "c", "s", null, null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://graph.example.com/v1.0", "ftp://graph.example.com", "http://10.0.0.5/v1.0",
                            "http://graph.microsoft.com.evil.example/v1.0"})
    void aGraphAddressThatIsNotHttpsIsRefusedBecauseTokensTravelThere(String url) {
        assertThatThrownBy(() -> new GraphSettings("t", "c", "s", url, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calltriage.graph.base-url")
                .hasMessageContaining("https");
        assertThatThrownBy(() -> new GraphSettings("t", "c", "s", null, url, null))
                .hasMessageContaining("calltriage.graph.token-url");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://localhost:8089/v1.0", "http://127.0.0.1:9/v1.0", "https://graph.microsoft.us/v1.0"})
    void httpsOrALocalStandInIsAccepted(String url) {
        assertThat(new GraphSettings("t", "c", "s", url, url + "/token", null).baseUrl()).isEqualTo(url);
    }
}
