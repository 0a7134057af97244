package com.calltriage.graph;

import java.net.URI;
import java.time.Duration;

/**
 * How CallTriage reaches Microsoft Graph as its own app registration (client credentials, no user).
 *
 * @param tenantId     the Entra tenant (directory) id
 * @param clientId     the app registration's application (client) id
 * @param clientSecret the app registration's client secret; never in {@link #toString()}
 * @param baseUrl      Graph's root; null or blank means {@value #DEFAULT_BASE_URL}
 * @param tokenUrl     the OAuth 2.0 token endpoint; null or blank means {@value #DEFAULT_TOKEN_URL};
 *                     {@code {tenant-id}} in it is replaced by the tenant id
 * @param timeout      connect, read and whole-call timeout of each request; null means 5 seconds
 */
public record GraphSettings(String tenantId, String clientId, String clientSecret, String baseUrl, String tokenUrl,
                            Duration timeout) {
    public static final String DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0";
    public static final String DEFAULT_TOKEN_URL = "https://login.microsoftonline.com/{tenant-id}/oauth2/v2.0/token";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final String TENANT_PLACEHOLDER = "{tenant-id}";

    public GraphSettings {
        baseUrl = isBlank(baseUrl) ? DEFAULT_BASE_URL : withoutTrailingSlash(baseUrl.trim());
        tokenUrl = isBlank(tokenUrl) ? DEFAULT_TOKEN_URL : tokenUrl.trim();
        if (!isBlank(tenantId)) {
            tokenUrl = tokenUrl.replace(TENANT_PLACEHOLDER, tenantId.trim());
        }
        requireHttps("calltriage.graph.base-url", baseUrl);
        requireHttps("calltriage.graph.token-url", tokenUrl);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        // OkHttp reads a zero timeout as "wait forever": never what a chat answer can afford.
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("A Graph timeout must be positive, not " + timeout);
        }
    }

    /** Microsoft's public cloud with the default timeout. */
    public static GraphSettings of(String tenantId, String clientId, String clientSecret) {
        return new GraphSettings(tenantId, clientId, clientSecret, null, null, null);
    }

    /** True when tenant, client id and secret are all given: without any of them Graph cannot be asked. */
    public boolean isConfigured() {
        return !isBlank(tenantId) && !isBlank(clientId) && !isBlank(clientSecret);
    }

    /** Names every setting but the secret, so settings can be logged. */
    @Override
    public String toString() {
        return "GraphSettings[tenantId=" + tenantId + ", clientId=" + clientId
                + ", clientSecret=" + (isBlank(clientSecret) ? "(none)" : "***") + ", baseUrl=" + baseUrl
                + ", tokenUrl=" + tokenUrl + ", timeout=" + timeout + "]";
    }

    /**
     * The app's secret and every token travel to these addresses, so they must be https; plain http only to this
     * machine, where a local stand-in of Graph runs for tests.
     */
    private static void requireHttps(String setting, String url) {
        URI uri;
        try {
            uri = URI.create(url.replace(TENANT_PLACEHOLDER, "tenant"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not a URL");
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !("http".equalsIgnoreCase(uri.getScheme()) && loopback)) {
            throw new IllegalArgumentException(setting + " must be an https URL (plain http only to localhost), not "
                    + uri.getScheme() + "://" + host);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
