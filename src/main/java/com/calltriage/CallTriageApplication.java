package com.calltriage;

import com.calltriage.cli.SubCommands;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar calltriage.jar} runs the bot; {@code java -jar calltriage.jar <sub-command> ...}
 * runs one of the {@link SubCommands} against the same configuration and exits with its status.
 */
@SpringBootApplication
public class CallTriageApplication {

    public static void main(String[] args) {
        String subCommand = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse(null);
        if (subCommand == null) {
            SpringApplication.run(CallTriageApplication.class, args);
            return;
        }
        System.exit(runSubCommand(subCommand, args));
    }

    /** Runs a sub-command in a context without a web server; returns the process exit status. */
    static int runSubCommand(String subCommand, String... args) {
        if (!SubCommands.NAMES.contains(subCommand)) {
            System.err.println("Unknown sub-command '" + subCommand + "'. Use one of: "
                    + String.join(", ", SubCommands.NAMES) + ", or none to run the bot.");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CallTriageApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(args)) {
            return context.getBean(SubCommands.class).run(args);
        }
    }
}
