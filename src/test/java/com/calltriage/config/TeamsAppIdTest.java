package com.calltriage.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Installing the app for managers finds it in the tenant's catalog by the manifest's id, so the two must agree. */
class TeamsAppIdTest {
    @Test
    void theAppIdInstalledForManagersIsTheManifestsId() throws IOException {
        String manifestId = new ObjectMapper().readTree(Path.of("manifest", "manifest.json").toFile()).path("id")
                .asText();

        assertThat(CoreConfiguration.TEAMS_APP_ID).isEqualTo(manifestId);
    }
}
