package com.calltriage.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start under the {@code prod} profile what would quietly run as a test set-up: a server without the
 * bot's app registration ({@code MicrosoftAppId}, {@code MicrosoftAppPassword}) runs in local mode and checks no
 * token, and any process without a store named on purpose ({@code calltriage.store.url}) keeps its own embedded H2
 * file, which no other replica sees. Sub-commands need the store only. Runs once the environment is complete and
 * logging is set up, so the refusal is logged the way production logs are, before any bean is built; the
 * {@link MissingProductionSettingsAnalyzer} turns it into one line naming every missing setting, not a stack trace.
 */
public class ProductionSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
    /** The profile operators run production with. */
    public static final String PROFILE = "prod";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!Arrays.asList(environment.getActiveProfiles()).contains(PROFILE)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (event.getSpringApplication().getWebApplicationType() != WebApplicationType.NONE) {
            missingIfBlank(environment, "MicrosoftAppId", "MicrosoftAppId", missing);
            missingIfBlank(environment, "MicrosoftAppPassword", "MicrosoftAppPassword", missing);
        }
        missingIfBlank(environment, CallTriageProperties.PREFIX + ".store.url", "CALLTRIAGE_STORE_URL", missing);
        if (!missing.isEmpty()) {
            throw new MissingProductionSettingsException(missing);
        }
    }

    private static void missingIfBlank(ConfigurableEnvironment environment, String property, String variable,
                                       List<String> missing) {
        if (environment.getProperty(property, "").isBlank()) {
            missing.add(property.equals(variable) ? property : property + " (" + variable + ")");
        }
    }

    /** Right after logging is set up from the same environment. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
