package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.access.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Mistakes in declarations fail when the catalog is built, not when somebody asks in a chat. */
class CommandCatalogDeclarationsTest {
    private static final Command.Handler ANSWERS_NOTHING = (command, asking) -> {
        throw new AssertionError("not asked");
    };

    @Test
    void aGrammarThatShadowsAnotherCommandsExampleIsRefused() {
        Command everything = CommandSyntax.of("anything", "Reads every message", ".*", "anything",
                List.of("anything"), Set.of()).handledBy(ANSWERS_NOTHING);

        assertThatThrownBy(() -> new CommandCatalog(List.of(everything)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The example 'help' of 'help' is read as [anything, help]");
    }

    @Test
    void anExampleItsOwnGrammarDoesNotReadIsRefused() {
        Command wrong = CommandSyntax.of("summary", "Yesterday's quality", "summary", "summary",
                List.of("summary yesterday"), Set.of(Role.MANAGER)).handledBy(ANSWERS_NOTHING);

        assertThatThrownBy(() -> new CommandCatalog(List.of(wrong)))
                .hasMessageContaining("The example 'summary yesterday' of 'summary' is read as nothing");
    }

    @Test
    void twoCommandsWithOneNameAreRefused() {
        Command first = CommandSyntax.of("status", "One", "status", "status", List.of("status"), Set.of())
                .handledBy(ANSWERS_NOTHING);
        Command second = CommandSyntax.of("status", "Two", "state", "state", List.of("state"), Set.of())
                .handledBy(ANSWERS_NOTHING);

        assertThatThrownBy(() -> new CommandCatalog(List.of(first, second)))
                .hasMessageContaining("Two commands are named 'status'");
    }

    @Test
    void aPhraseWritesOptionalPartsOnlyWithTheirValues() {
        CommandSyntax details = CommandSyntax.of("details", "One call", "details (?<call>\\S+)(?: for (?<user>\\S+))?",
                "details {call}[ for {user}]", List.of("details 1"), Set.of());

        assertThat(details.write("call", "7", "user", null)).isEqualTo("details 7");
        assertThat(details.write("call", "7", "user", "alice")).isEqualTo("details 7 for alice");
        assertThat(details.writtenArguments()).containsExactly("call", "user");
        assertThatThrownBy(() -> details.write("user", "alice"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value for call");
    }
}
