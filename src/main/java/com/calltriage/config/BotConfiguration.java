package com.calltriage.config;

import com.calltriage.bot.CallTriageAdapter;
import com.calltriage.bot.CallTriageBot;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.CommandDispatcher;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Bot Framework edge. {@code MicrosoftAppId}, {@code MicrosoftAppPassword} and
 * {@code MicrosoftAppTenantId} are the names Azure Bot Service and its tooling use; without an app id
 * the bot runs in local mode and checks no tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class BotConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(BotConfiguration.class);

    @Bean
    BotFrameworkHttpAdapter botAdapter(@Value("${MicrosoftAppId:}") String appId,
                                       @Value("${MicrosoftAppPassword:}") String password,
                                       @Value("${MicrosoftAppTenantId:}") String tenantId) {
        if (appId.isBlank()) {
            LOG.warn("No MicrosoftAppId configured: local mode, activities are accepted without a token check");
        }
        return new CallTriageAdapter(appId, password, tenantId);
    }

    @Bean
    Bot bot(CommandDispatcher dispatcher, AdaptiveCardRenderer cards,
            @Value("${calltriage.bot.typing-delay:1s}") Duration typingDelay,
            @Value("${calltriage.bot.upload-timeout:20s}") Duration uploadTimeout) {
        // Exports are uploaded while Teams waits for the answer to the user's acceptance.
        return new CallTriageBot(dispatcher, cards, typingDelay,
                new OkHttpClient.Builder().callTimeout(uploadTimeout).build());
    }
}
