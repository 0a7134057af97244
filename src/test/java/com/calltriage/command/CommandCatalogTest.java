package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandCatalogTest {
    private final CommandCatalog catalog = new CommandCatalog();

    @ParameterizedTest(name = "\"{0}\" asks for the calls of \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "show last calls for alice|alice|",
        "Show Last Calls For ALICE|ALICE|",
        "calls alice|alice|",
        "last 5 calls for alice@contoso.com|alice@contoso.com|5",
        "show calls for Alice Wood|Alice Wood|",
        "  show   last calls   for alice  |alice|",
        "show last calls for alice?|alice|",
        "show the last 3 calls of bob|bob|3",
        "recent calls for Jordan Smith|Jordan Smith|"
    })
    void understandsEveryPhrasingOfRecentCalls(String text, String user, String count) {
        ParsedCommand command = catalog.parse(text).orElseThrow();
        assertThat(command.spec().name()).isEqualTo(CommandName.RECENT_CALLS);
        assertThat(command.argument("user")).contains(user);
        assertThat(command.argument("count").orElse(null)).isEqualTo(count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "HELP", "?", "what can you do", "hello"})
    void understandsHelp(String text) {
        assertThat(catalog.parse(text)).get().extracting(c -> c.spec().name()).isEqualTo(CommandName.HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "good morning", "calls", "show last calls for", "delete all calls for alice"})
    void doesNotGuessAtOtherText(String text) {
        assertThat(catalog.parse(text)).isEmpty();
    }

    @Test
    void suggestsTheClosestCommandForATypo() {
        assertThat(catalog.closestExample("shwo lats calls for alice", Set.of(Role.SPECIALIST)))
                .contains("show last calls for alice");
    }

    @Test
    void suggestsNothingForTextFarFromAnyCommand() {
        assertThat(catalog.closestExample("what is the weather in paris", Set.of(Role.SPECIALIST))).isEmpty();
    }

    @Test
    void neverSuggestsACommandTheRoleMayNotUse() {
        assertThat(catalog.closestExample("shwo lats calls for alice", Set.of(Role.MANAGER)))
                .isNotEqualTo(java.util.Optional.of("show last calls for alice"));
    }
}
