package com.calltriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientStateCheckTest {
    private static final String SECRET = "s3cr3t-client-state-0f1e2d";

    @ParameterizedTest(name = "received \"{0}\" matches: {1}")
    @CsvSource(value = {
        "s3cr3t-client-state-0f1e2d, true",
        "S3CR3T-CLIENT-STATE-0F1E2D, false",
        "s3cr3t-client-state-0f1e2, false",
        "s3cr3t-client-state-0f1e2dd, false",
        "' s3cr3t-client-state-0f1e2d', false",
        "'', false",
        "NULL, false"
    }, nullValues = "NULL")
    void onlyTheExactSecretMatches(String received, boolean matches) {
        assertThat(new ClientStateCheck(SECRET).matches(received)).isEqualTo(matches);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void withoutAConfiguredSecretNothingMatches(String configured) {
        ClientStateCheck check = new ClientStateCheck(configured);

        assertThat(check.isConfigured()).isFalse();
        assertThat(check.matches(configured)).isFalse();
        assertThat(check.matches("")).isFalse();
        assertThat(check.matches(null)).isFalse();
    }

    @Test
    void secretNeverShowsInItsDescription() {
        assertThat(new ClientStateCheck(SECRET).toString()).doesNotContain(SECRET).contains("configured");
    }
}
