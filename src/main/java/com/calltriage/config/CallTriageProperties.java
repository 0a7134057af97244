package com.calltriage.config;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code calltriage.*} setting. Each can be given on the command line ({@code --calltriage.tenant-id=...})
 * or in the environment ({@code CALLTRIAGE_TENANT_ID}), for the server and for every sub-command.
 *
 * @param tenantId the home tenant: people of other tenants are External Users
 * @param store    where call records are kept
 * @param demo     the demo tenant
 * @param roles    Entra object ids per role, comma-separated
 * @param quality  the diagnosis settings
 */
@ConfigurationProperties(prefix = "calltriage")
public record CallTriageProperties(String tenantId, @DefaultValue Store store, @DefaultValue Demo demo,
                                   @DefaultValue Roles roles, @DefaultValue Quality quality) {

    /**
     * @param url      a JDBC URL: H2 (the default, a file under ./data/) or PostgreSQL
     * @param username may be empty when the URL carries it
     * @param password may be empty
     */
    public record Store(@DefaultValue("jdbc:h2:file:./data/calltriage") String url, @DefaultValue("") String username,
                        @DefaultValue("") String password) {
    }

    /**
     * @param enabled load the demo tenant into an empty store at start-up, and give its support staff their roles
     * @param seed    the demo generator's seed
     */
    public record Demo(@DefaultValue("true") boolean enabled, @DefaultValue("20261121") long seed) {
    }

    /**
     * @param yellow yellow thresholds that differ from the defaults, by rule id
     *               ({@code calltriage.quality.yellow.audio.jitter.average.yellow=20}); see docs/DIAGNOSIS.md
     */
    public record Quality(Map<String, Double> yellow) {
        public Quality {
            yellow = yellow == null ? Map.of() : Map.copyOf(yellow);
        }
    }

    /** Entra object ids ({@code from.aadObjectId}) that hold each role. */
    public record Roles(@DefaultValue List<String> specialist, @DefaultValue List<String> engineer,
                        @DefaultValue List<String> admin, @DefaultValue List<String> manager) {
    }
}
