package com.calltriage.config;

import com.calltriage.bot.CallTriageAdapter;
import com.calltriage.bot.CallTriageBot;
import com.calltriage.bot.ConversationCapture;
import com.calltriage.bot.OutboxDelivery;
import com.calltriage.bot.UploadHosts;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.Outbox;
import com.microsoft.bot.builder.Bot;
import io.github.bucket4j.BlockingStrategy;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
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
    private static final Duration SHORTEST_OUTBOX_LEASE = Duration.ofMinutes(2);

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

    /**
     * Delivers the outbox through the adapter's connector clients. The lease holds several of a batch's slowest
     * messages (each may open a personal chat and post into it, each call within the connector timeout).
     */
    @Bean
    OutboxDelivery outboxDelivery(Outbox outbox, ConversationReferences references, CallTriageAdapter adapter,
                                  Clock clock, CallTriageProperties properties) {
        Duration timeout = properties.bot().connectorTimeout();
        Duration lease = timeout.multipliedBy(8).compareTo(SHORTEST_OUTBOX_LEASE) > 0 ? timeout.multipliedBy(8)
                : SHORTEST_OUTBOX_LEASE;
        return new OutboxDelivery(outbox, references, adapter, clock, BlockingStrategy.PARKING, new Random(),
                properties.outbox().batchSize(), lease, timeout);
    }

    @Bean
    Bot bot(CommandDispatcher dispatcher, AdaptiveCardRenderer cards, CallTriageProperties properties,
            BotCredentials credentials, ConversationReferences references, Outbox outbox, Clock clock) {
        // Exports are uploaded while Teams waits for the answer to the user's acceptance.
        return new CallTriageBot(dispatcher, cards, properties.bot().typingDelay(),
                new OkHttpClient.Builder().callTimeout(properties.bot().uploadTimeout()).build(),
                new UploadHosts(properties.bot().uploadHosts(), credentials.isLocalMode()), references, outbox,
                clock);
    }
}
