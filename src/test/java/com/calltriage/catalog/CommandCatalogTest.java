package com.calltriage.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Role;
import com.calltriage.audit.AuditCommands;
import com.calltriage.calls.CallCommands;
import com.calltriage.command.CommandCatalog;
import com.calltriage.command.ParsedCommand;
import com.calltriage.export.ExportCommands;
import com.calltriage.testing.ChatFixture;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandCatalogTest {
    private final CommandCatalog catalog = ChatFixture.demo().catalog();

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
        assertThat(command.syntax()).isEqualTo(CallCommands.LIST);
        assertThat(command.argument("user")).contains(user);
        assertThat(command.argument("count").orElse(null)).isEqualTo(count);
    }

    @ParameterizedTest(name = "\"{0}\" asks for {1}''s calls in \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "calls for alice from 2026-11-01|alice|from 2026-11-01",
        "calls for alice from 2026-11-01 to 2026-11-05|alice|from 2026-11-01 to 2026-11-05",
        "show last calls for alice since yesterday|alice|since yesterday",
        "calls for Alice Wood last 7 days|Alice Wood|last 7 days",
        "calls alice today|alice|today",
        "last 5 calls for alice@contoso.com yesterday|alice@contoso.com|yesterday",
        "calls for alice past 3 days|alice|past 3 days",
        "calls for Lastname|Lastname|"
    })
    void understandsTimeWindowsAfterTheUser(String text, String user, String range) {
        ParsedCommand command = catalog.parse(text).orElseThrow();
        assertThat(command.syntax()).isEqualTo(CallCommands.LIST);
        assertThat(command.argument("user")).contains(user);
        assertThat(command.argument("range").orElse(null)).isEqualTo(range);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} with call \"{2}\" and user \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "details 3|details|3|",
        "show details of call 3|details|3|",
        "details 7baadb77-8cd0-26fd-46ee-090821fdfd76|details|7baadb77-8cd0-26fd-46ee-090821fdfd76|",
        "details 2 for alice|details|2|alice",
        "debug 2|debug|2|",
        "Debug call 7baadb77 for alice@contoso.com|debug|7baadb77|alice@contoso.com"
    })
    void understandsCallsNamedByNumberOrId(String text, String name, String call, String user) {
        ParsedCommand command = catalog.parse(text).orElseThrow();
        assertThat(command.syntax().name()).isEqualTo(name);
        assertThat(command.argument("call")).contains(call);
        assertThat(command.argument("user").orElse(null)).isEqualTo(user);
    }

    @ParameterizedTest(name = "\"{0}\" exports {1}''s calls in \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "export calls for alice|alice|",
        "Export Calls ALICE|ALICE|",
        "export last calls for Alice Wood last 7 days|Alice Wood|last 7 days",
        "export calls for alice@contoso.com from 2026-11-01 to 2026-11-05|alice@contoso.com|from 2026-11-01 to 2026-11-05",
        "export calls for 6f1c0b7e-0000-4000-8000-000000000001 from 2026-11-14T16:00:00Z to 2026-11-21T16:00:00Z"
                + "|6f1c0b7e-0000-4000-8000-000000000001|from 2026-11-14T16:00:00Z to 2026-11-21T16:00:00Z"
    })
    void understandsExportsWithTheirWindow(String text, String user, String range) {
        ParsedCommand command = catalog.parse(text).orElseThrow();
        assertThat(command.syntax()).isEqualTo(ExportCommands.EXPORT);
        assertThat(command.argument("user")).contains(user);
        assertThat(command.argument("range").orElse(null)).isEqualTo(range);
    }

    @ParameterizedTest
    @ValueSource(strings = {"more", "MORE", "older calls", "show older calls", "next page"})
    void understandsMore(String text) {
        assertThat(catalog.parse(text)).get().extracting(ParsedCommand::syntax).isEqualTo(CallCommands.MORE);
    }

    @ParameterizedTest(name = "\"{0}\" reads the audit for \"{1}\" by \"{2}\" in \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "audit|||",
        "audit for alice|alice||",
        "audit about Alice Wood last 7 days|Alice Wood||last 7 days",
        "audit by sam|||",
        "audit by Sam Rivera today||Sam Rivera|today",
        "audit for alice by sam from 2026-11-01 to 2026-11-05|alice|sam|from 2026-11-01 to 2026-11-05"
    })
    void understandsTheAuditTrailQuestions(String text, String user, String by, String range) {
        ParsedCommand command = catalog.parse(text).orElseThrow();
        assertThat(command.syntax()).isEqualTo(AuditCommands.AUDIT);
        assertThat(command.argument("user").orElse(null)).isEqualTo(user);
        if (by != null) {
            assertThat(command.argument("by")).contains(by);
        }
        assertThat(command.argument("range").orElse(null)).isEqualTo(range);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "HELP", "?", "what can you do", "hello"})
    void understandsHelp(String text) {
        assertThat(catalog.parse(text)).get().extracting(ParsedCommand::syntax).isEqualTo(CommandCatalog.HELP);
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
