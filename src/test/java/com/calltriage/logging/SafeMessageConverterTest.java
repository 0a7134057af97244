package com.calltriage.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Caller;
import com.calltriage.access.StaticRoleDirectory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** A value from a request cannot start a log line of its own. */
@ExtendWith(OutputCaptureExtension.class)
class SafeMessageConverterTest {
    private static final String FORGED = "evil\r\n2026-11-26T10:00:00.000Z  INFO 1 --- [main] c.c.access.AccessControl : Admitted";

    @Test
    void lineBreaksAndEscapesInAMessageAreWrittenAsText() {
        assertThat(SafeMessageConverter.escape("a\r\nb\u001b[31mc\u2028d\te")).isEqualTo("a\\r\\nb\\u001b[31mc\\u2028d\te");
        assertThat(SafeMessageConverter.escape("plain")).isEqualTo("plain");
    }

    @Test
    void aTenantIdWithALineBreakIsLoggedOnOneLine(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new MockEnvironment()), null, null);
        try {
            new AccessControl("home", new StaticRoleDirectory(Map.of())).admit(new Caller("someone", "Someone", FORGED));
        } finally {
            logging.cleanUp();
        }

        assertThat(output.getOut()).contains("evil\\r\\n2026-11-26T10:00:00.000Z  INFO")
                .doesNotContainPattern("(?m)^2026-11-26T10:00:00.000Z  INFO 1 --- \\[main\\]");
    }
}
