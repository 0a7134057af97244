package com.calltriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code rediagnose}: diagnoses made under an older rule set are made again. */
class RediagnoseToolTest extends SubCommandsFixture {

    @Test
    void rediagnoseRecomputesNothingWhenEveryDiagnosisIsCurrent() {
        int status = subCommands.run("rediagnose");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Recomputed 0 diagnoses made under an older rule set");
    }
}
