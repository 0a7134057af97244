package com.calltriage.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.calls.CallListView;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.FileReply;
import com.calltriage.command.reply.Reply;
import com.calltriage.command.reply.UnknownUserView;
import com.calltriage.quality.Verdict;
import com.calltriage.testing.CardJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AdaptiveCardRendererTest {
    private static final Instant START = Instant.parse("2026-11-20T09:15:30.250Z");
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    @Test
    void everyReplyTypeInTheCodeHasACardOrIsAFile() {
        List<Class<?>> replies = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.calltriage").stream()
                .filter(type -> type.isAssignableTo(Reply.class) && !type.isInterface())
                .filter(type -> !type.isAssignableTo(FileReply.class))
                .<Class<?>>map(JavaClass::reflect).toList();

        assertThat(replies).hasSizeGreaterThan(5);
        assertThat(List.<Class<?>>copyOf(AdaptiveCardRenderer.rendered())).containsExactlyInAnyOrderElementsOf(replies);
    }

    @Test
    void callListIsAnAdaptiveCardOneFiveWithARowPerCall() {
        ObjectNode card = renderer.render(list("Alice Wood", 3));
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(texts(card)).contains("Calls of Alice Wood", "Alice Wood, user-1@contoso.com", "Internal User 1",
                "Internal User 3");
        assertThat(card.toString()).contains("{{DATE(2026-11-20T09:15:30Z, SHORT)}}, {{TIME(2026-11-20T09:15:30Z)}}")
                .contains("12m 30s");
    }

    @Test
    void namesFromGraphAreShownAsTypedAndCannotBreakTheCard() throws Exception {
        String name = "O'Brien \"Bob\" *admin* [x](https://evil.example)";
        ObjectNode card = renderer.render(list(name, 1));
        JsonNode reparsed = new ObjectMapper().readTree(card.toString());
        assertThat(texts(reparsed)).contains("Calls of " + name);
        assertThat(runsOnly(reparsed)).contains("Calls of " + name, name + ", user-1@contoso.com");
    }

    @Test
    void theLongestListStaysUnderTeamsTwentyEightKilobyteLimit() {
        ObjectNode card = renderer.render(list("Alexandra Montgomery-Fitzgerald", 25));
        assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(28 * 1024);
    }

    @Test
    void anEmptyListSaysThereWereNoCalls() {
        assertThat(texts(renderer.render(list("Alice Wood", 0)))).anyMatch(t -> t.startsWith("No calls or meetings from"));
    }

    @Test
    void choosingAUserOffersOneButtonPerCandidateCarryingItsCommand() {
        ObjectNode card = renderer.render(new ChooseUserView("Jordan Smith", List.of(
                new ChooseUserView.Candidate("Jordan Smith", "jordan@contoso.com", "show last calls for jordan@contoso.com"),
                new ChooseUserView.Candidate("Jordan Smith", "jordan.smith@contoso.com",
                        "show last calls for jordan.smith@contoso.com"))));
        assertThat(card.path("actions")).hasSize(2);
        assertThat(card.path("actions").get(1).path("type").asText()).isEqualTo("Action.Submit");
        assertThat(card.path("actions").get(1).path("data").path("command").asText())
                .isEqualTo("show last calls for jordan.smith@contoso.com");
    }

    @Test
    void anUnknownUserWithoutSuggestionsGetsAHint() {
        ObjectNode card = renderer.render(new UnknownUserView("zed", List.of()));
        assertThat(texts(card)).contains("I can't find zed")
                .anyMatch(t -> t.contains("Check the spelling"));
        assertThat(card.has("actions")).isFalse();
    }

    @Test
    void aRefusalNamesEachRoleThatGrantsAccess() {
        ObjectNode card = renderer.render(new AccessRefusedView("No role.", List.of("Teams Administrator")));
        assertThat(texts(card)).contains("Access needed", "No role.", "• Teams Administrator");
    }

    private static CallListView list(String subject, int rows) {
        List<CallListView.Row> list = IntStream.rangeClosed(1, rows).mapToObj(i -> new CallListView.Row(i,
                "call-" + i, START, "1:1", "Audio, Video", "Internal User " + i, Duration.ofSeconds(750),
                i % 2 == 0 ? Verdict.POOR : Verdict.GOOD, i % 2 == 0 ? "Jitter on Wi-Fi" : null,
                "details call-" + i + " for user-1")).toList();
        return new CallListView(subject, subject + ", user-1@contoso.com", START.minus(Duration.ofDays(30)), START,
                ZoneId.of("UTC"), list, rows, null, null, null);
    }

    /** Every text a person sees: TextBlock texts and TextRun texts. */
    private static List<String> texts(JsonNode card) {
        return CardJson.textsOf(card, "TextBlock", "TextRun");
    }

    private static List<String> runsOnly(JsonNode card) {
        return CardJson.textsOf(card, "TextRun");
    }
}
