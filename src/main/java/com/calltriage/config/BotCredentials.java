package com.calltriage.config;

import org.springframework.core.env.Environment;

/**
 * The bot's app registration with Azure Bot Service, read once from the environment. These keep the names Azure
 * Bot Service and its tooling give them ({@code MicrosoftAppId}, {@code MicrosoftAppPassword},
 * {@code MicrosoftAppTenantId}), which are not under {@code calltriage.} and not in the lower-case dashed form
 * {@link CallTriageProperties} binds, so they are looked up by their exact names here instead; each is empty
 * when not set.
 *
 * @param appId    the bot's Entra app id; empty means local mode, where no token is checked
 * @param password the app's client secret
 * @param tenantId the app's tenant, for a single-tenant bot
 */
record BotCredentials(String appId, String password, String tenantId) {

    static BotCredentials from(Environment environment) {
        return new BotCredentials(environment.getProperty("MicrosoftAppId", ""),
                environment.getProperty("MicrosoftAppPassword", ""),
                environment.getProperty("MicrosoftAppTenantId", ""));
    }

    boolean isLocalMode() {
        return appId.isBlank();
    }

    /** Leaves the secret out, so the credentials can be logged. */
    @Override
    public String toString() {
        return "BotCredentials[appId=" + appId + ", tenantId=" + tenantId + "]";
    }
}
