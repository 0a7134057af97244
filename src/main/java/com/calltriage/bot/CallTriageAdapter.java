package com.calltriage.bot;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK adapter, configured from our settings. With no app id it runs in local mode (no token
 * check), for local clients. With an app id and a tenant id, replies are authenticated as a
 * single-tenant bot, which the SDK's configuration alone cannot express.
 */
public class CallTriageAdapter extends BotFrameworkHttpAdapter {
    private final SimpleCredentialProvider credentials;
    private final String tenantId;

    public CallTriageAdapter(String appId, String appPassword, String tenantId) {
        this(new SimpleCredentialProvider(blankToNull(appId), blankToNull(appPassword)), tenantId);
    }

    private CallTriageAdapter(SimpleCredentialProvider credentials, String tenantId) {
        super(credentials, new SimpleChannelProvider());
        this.credentials = credentials;
        this.tenantId = blankToNull(tenantId);
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
