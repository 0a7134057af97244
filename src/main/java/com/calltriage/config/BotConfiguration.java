package com.calltriage.config;

import com.calltriage.bot.CallTriageAdapter;
import com.calltriage.bot.CallTriageBot;
import com.calltriage.bot.ConversationCapture;
import com.calltriage.bot.UploadHosts;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.conversation.ConversationReferences;
import com.microsoft.bot.builder.Bot;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The Bot Framework edge, with the bot's {@link BotCredentials}; without an app id the bot runs in local mode and
 * checks no tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class BotConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(BotConfiguration.class);

    @Bean
    BotCredentials botCredentials(Environment environment) {
        return BotCredentials.from(environment);
    }

    /** Every activity the adapter lets in leaves its conversation's reference first, answered or not. */
    @Bean
    CallTriageAdapter botAdapter(BotCredentials credentials, CallTriageProperties properties,
                                 ConversationReferences references, Clock clock) {
        if (credentials.isLocalMode()) {
            LOG.warn("No MicrosoftAppId configured: local mode, activities are accepted without a token check");
        }
        CallTriageAdapter adapter = new CallTriageAdapter(credentials.appId(), credentials.password(),
                credentials.tenantId(), properties.bot().connectorTimeout());
        adapter.use(new ConversationCapture(references, clock));
        return adapter;
    }

    @Bean
    Bot bot(CommandDispatcher dispatcher, AdaptiveCardRenderer cards, CallTriageProperties properties,
            BotCredentials credentials) {
        // Exports are uploaded while Teams waits for the answer to the user's acceptance.
        return new CallTriageBot(dispatcher, cards, properties.bot().typingDelay(),
                new OkHttpClient.Builder().callTimeout(properties.bot().uploadTimeout()).build(),
                new UploadHosts(properties.bot().uploadHosts(), credentials.isLocalMode()));
    }
}
