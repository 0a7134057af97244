package com.calltriage.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.command.CommandCatalog;
import com.calltriage.command.CommandSyntax;
import com.calltriage.command.ParsedCommand;
import com.calltriage.testing.ChatFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command text the bot writes itself (buttons, "ask again" hints) is written by the declaration that reads
 * it: for each example of each command, what the declaration writes from the example's arguments reads back as
 * the same command with the same arguments.
 */
class CommandTextsTest {
    private static final CommandCatalog CATALOG = ChatFixture.demo().catalog();

    static Stream<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        CATALOG.syntaxes().forEach(syntax -> syntax.examples().forEach(example -> all.add(Arguments.of(syntax, example))));
        all.add(Arguments.of(CATALOG.syntaxes().get(0), "show last calls for 6f1c0b7e-0000-4000-8000-000000000001 "
                + "from 2026-11-14T16:00:00Z to 2026-11-21T16:00:00Z"));
        all.add(Arguments.of(CATALOG.syntaxes().get(0), "calls for Alice Wood last 7 days"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("examples")
    void whatADeclarationWritesReadsBackAsTheSameCommand(CommandSyntax syntax, String example) {
        ParsedCommand typed = CATALOG.parse(example).orElseThrow();
        assertThat(typed.syntax()).isEqualTo(syntax);
        Map<String, String> arguments = writtenArguments(typed);

        String written = syntax.write(arguments.entrySet().stream()
                .flatMap(argument -> Stream.of(argument.getKey(), argument.getValue())).toArray(String[]::new));
        ParsedCommand reread = CATALOG.parse(written).orElseThrow();

        assertThat(reread.syntax()).as(written).isEqualTo(syntax);
        assertThat(writtenArguments(reread)).as(written).isEqualTo(arguments);
    }

    private static Map<String, String> writtenArguments(ParsedCommand command) {
        Map<String, String> values = new LinkedHashMap<>();
        command.syntax().writtenArguments().forEach(name -> values.put(name, command.argument(name).orElse(null)));
        return values;
    }
}
