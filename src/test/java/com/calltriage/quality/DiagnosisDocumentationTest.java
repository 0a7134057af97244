package com.calltriage.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/DIAGNOSIS.md lists every rule with the id people configure it by, and its words with their source. */
class DiagnosisDocumentationTest {
    private static final String PLAIN_WORDS = "## In plain words";

    @Test
    void everyRuleIsDocumentedWithItsMetric() throws Exception {
        String doc = Files.readString(Path.of("docs/DIAGNOSIS.md"));
        assertThat(QualityRules.standard().all()).allSatisfy(rule -> {
            assertThat(doc).contains("`" + rule.id() + "`");
            assertThat(doc).contains("`" + rule.metric().graphName() + "`");
        });
        assertThat(doc).contains("now `" + QualityRules.BASE_VERSION + "`");
    }

    /** A rule without a headline and a next step, in the data and in the docs, fails here. */
    @Test
    void everyRuleHasAHeadlineAndWhatToTryInTheDataAndBesideItInTheDocs() throws Exception {
        Map<String, String> rows = plainWordsRows(Files.readString(Path.of("docs/DIAGNOSIS.md")));
        assertThat(everyRuleId()).allSatisfy(id -> {
            Advice advice = Advice.of(id).orElseThrow(() -> new AssertionError(id + " has no headline and What to try"));
            assertThat(advice.headline()).as(id).startsWith(Advice.WHOSE).doesNotEndWith(".");
            assertThat(advice.whatToTry()).as(id).isNotBlank().endsWith(".");
            assertThat(advice.source()).as(id).isNotBlank();
            assertThat(rows).as("a row for %s in the plain words of docs/DIAGNOSIS.md", id).containsKey(id);
            assertThat(rows.get(id)).as(id).contains(" " + advice.headline() + " ", " " + advice.whatToTry() + " ");
        });
    }

    @Test
    void everyHeadlineAndWhatToTryBelongsToARule() {
        assertThat(Advice.all()).extracting(Advice::ruleId).containsExactlyInAnyOrderElementsOf(everyRuleId());
    }

    /** The rule ids a diagnosis can give, red and yellow: the metric rules and those the diagnoser applies itself. */
    static List<String> everyRuleId() {
        return Stream.concat(QualityRules.standard().all().stream().map(MetricRule::id),
                Stream.of(CallDiagnoser.SETUP_RULE, CallDiagnoser.DROP_RULE, CallDiagnoser.WIFI_ON_RED_RULE)).toList();
    }

    /** The rows of the plain words section's tables, by the rule id in their first cell. */
    private static Map<String, String> plainWordsRows(String doc) {
        assertThat(doc).contains(PLAIN_WORDS);
        return doc.substring(doc.indexOf(PLAIN_WORDS)).lines().filter(line -> line.startsWith("| `"))
                .collect(Collectors.toMap(line -> line.substring(3, line.indexOf('`', 3)), Function.identity()));
    }
}
