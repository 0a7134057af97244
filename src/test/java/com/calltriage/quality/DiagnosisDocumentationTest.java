package com.calltriage.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/DIAGNOSIS.md lists every rule with the id people configure it by. */
class DiagnosisDocumentationTest {
    @Test
    void everyRuleIsDocumentedWithItsMetric() throws Exception {
        String doc = Files.readString(Path.of("docs/DIAGNOSIS.md"));
        assertThat(QualityRules.standard().all()).allSatisfy(rule -> {
            assertThat(doc).contains("`" + rule.id() + "`");
            assertThat(doc).contains("`" + rule.metric().graphName() + "`");
        });
        assertThat(doc).contains("now `" + QualityRules.BASE_VERSION + "`");
    }
}
