package com.calltriage.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Keeps a server in local mode off the network. Without {@code MicrosoftAppId} no token is checked and the bot
 * believes the object id each activity names, including the demo identities the README publishes: reachable from
 * another machine, anyone could ask as an admin. So in local mode the server listens on 127.0.0.1, whatever
 * {@code server.address} says, unless {@code calltriage.local-mode.allow-remote=true}; either way start-up says so.
 * Runs before the web server exists, as an {@link EnvironmentPostProcessor}; command-line tools are left alone.
 */
public class LocalModeAddress implements EnvironmentPostProcessor {
    static final String LOOPBACK = "127.0.0.1";
    private static final String ADDRESS = "server.address";

    private final Log log;

    public LocalModeAddress(DeferredLogFactory logs) {
        this.log = logs.getLog(LocalModeAddress.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The prod profile refuses to start without an app id, so it is never local mode (ProductionSettingsCheck).
        if (application.getWebApplicationType() == WebApplicationType.NONE
                || !environment.getProperty("MicrosoftAppId", "").isBlank()
                || environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        CallTriageProperties properties = Binder.get(environment)
                .bindOrCreate(CallTriageProperties.PREFIX, CallTriageProperties.class);
        String port = environment.getProperty("server.port", "3978");
        if (properties.localMode().allowRemote()) {
            log.warn("LOCAL MODE ON THE NETWORK: no MicrosoftAppId is set, so no token is checked, and "
                    + "calltriage.local-mode.allow-remote=true lets anyone who reaches port " + port
                    + " ask as any identity. Use it on a closed test network only.");
            return;
        }
        String asked = environment.getProperty(ADDRESS);
        if (asked == null || !isLoopback(asked)) {
            environment.getPropertySources().addFirst(new MapPropertySource("calltriage-local-mode",
                    Map.of(ADDRESS, LOOPBACK)));
        }
        log.warn("LOCAL MODE: no MicrosoftAppId is set, so no token is checked and every activity is believed. "
                + "Listening on " + (asked != null && isLoopback(asked) ? asked : LOOPBACK) + ":" + port
                + " only" + (asked != null && !isLoopback(asked) ? " (server.address=" + asked + " is ignored)" : "")
                + "; set MicrosoftAppId for Teams, or calltriage.local-mode.allow-remote=true for a test network.");
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
