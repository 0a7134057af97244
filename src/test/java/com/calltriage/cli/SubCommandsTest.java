package com.calltriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Picking the tool: a name that is none of them is a usage error. */
class SubCommandsTest extends SubCommandsFixture {

    @Test
    void unknownSubCommandExitsWithTwo() {
        int status = subCommands.run("export", folder.toString());

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("unknown sub-command export");
    }
}
