package com.calltriage.bot;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * The SDK adapter, configured from our settings. With no app id it runs in local mode (no token
 * check), for local clients. With an app id and a tenant id, replies are authenticated as a
 * single-tenant bot, which the SDK's configuration alone cannot express.
 *
 * <p>Replies go to the activity's serviceUrl through connector clients of our own: the SDK's wait two minutes
 * for an answer, holding the request from Teams, and a serviceUrl that never answers would hold it that long.
 * Messages the bot sends on its own go through clients of the same kind that never retry by themselves.
 */
public class CallTriageAdapter extends BotFrameworkHttpAdapter {
    /**
     * The connector client of an activity that expects its replies in the response and names no serviceUrl: the
     * SDK wants one, none is ever used, and a host under {@code .invalid} can never be reached.
     */
    private static final String NO_SERVICE_URL = "https://no-service-url.invalid/";

    /** The outbox tries a message again when it decides to, so its POSTs are never repeated blindly beneath it. */
    private static final RetryStrategy NEVER = new RetryStrategy("never", false) {
        @Override
        public boolean shouldRetry(int retryCount, okhttp3.Response response) {
            return false;
        }
    };

    private final SimpleCredentialProvider credentials;
    private final String tenantId;
    private final OkHttpClient connectorHttp;
    private final Map<String, ConnectorClient> connectors = new ConcurrentHashMap<>();
    private final Map<String, ConnectorClient> ownMessageConnectors = new ConcurrentHashMap<>();

    /** @param connectorTimeout how long one call to the Bot Connector may take, from connecting to the last byte */
    public CallTriageAdapter(String appId, String appPassword, String tenantId, Duration connectorTimeout) {
        this(new SimpleCredentialProvider(blankToNull(appId), blankToNull(appPassword)), tenantId, connectorTimeout);
    }

    private CallTriageAdapter(SimpleCredentialProvider credentials, String tenantId, Duration connectorTimeout) {
        super(credentials, new SimpleChannelProvider());
        this.credentials = credentials;
        this.tenantId = blankToNull(tenantId);
        this.connectorHttp = new OkHttpClient.Builder().callTimeout(connectorTimeout)
                .addInterceptor(ConnectorFailures.marking()).build();
        setOnTurnError(TurnFailures::apologise);
    }

    /** Whether activities must carry a Bot Framework token: false in local mode, without an app id. */
    public boolean checksTokens() {
        return credentials.getAppId() != null;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        if (tenantId == null) {
            return super.buildAppCredentials(appId, scope);
        }
        return credentials.getAppPassword(appId)
                .thenApply(password -> new MicrosoftAppCredentials(appId, password, tenantId, scope));
    }

    /** One client per serviceUrl and credentials, as the SDK keeps them, sharing one HTTP client's connections. */
    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl,
                                                                            AppCredentials usingAppCredentials) {
        String url = serviceUrl == null || serviceUrl.isBlank() ? NO_SERVICE_URL : serviceUrl;
        AppCredentials appCredentials = usingAppCredentials == null ? MicrosoftAppCredentials.empty()
                : usingAppCredentials;
        try {
            return CompletableFuture.completedFuture(connectors.computeIfAbsent(
                    keyForConnectorClient(url, appCredentials.getAppId(), appCredentials.oAuthScope()),
                    key -> connector(url, appCredentials, null)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Unusable serviceUrl", e));
        }
    }

    /**
     * The connector client for messages the bot sends on its own to a serviceUrl kept from an earlier activity:
     * authenticated as replies are (with the app's token, none in local mode), within the same call timeout, but
     * never retrying by itself, since whoever sends decides whether and when a message is tried again.
     *
     * @throws IllegalArgumentException when the serviceUrl is not a URL
     */
    ConnectorClient connectorForOwnMessages(String serviceUrl) {
        return ownMessageConnectors.computeIfAbsent(serviceUrl, url -> connector(url, checksTokens()
                ? buildAppCredentials(credentials.getAppId(), AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE)
                        .join()
                : MicrosoftAppCredentials.empty(), NEVER));
    }

    /** @param retries null for the SDK's own retries */
    private ConnectorClient connector(String url, AppCredentials appCredentials, RetryStrategy retries) {
        RestClient.Builder client = new RestClient.Builder(connectorHttp.newBuilder(), new Retrofit.Builder())
                .withBaseUrl(url).withCredentials(appCredentials).withSerializerAdapter(new JacksonAdapter())
                .withResponseBuilderFactory(new ServiceResponseBuilder.Factory());
        return new RestConnectorClient(retries == null ? client.build() : client.withRetryStrategy(retries).build());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
