package com.calltriage.config;

import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.Outbox;
import com.calltriage.store.JdbcConversationReferences;
import com.calltriage.store.JdbcOutbox;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the bot reaches people without being asked: the conversation references kept from every activity and the
 * outbox of messages it sends on its own, both in the shared store, on every server and sub-command alike.
 */
@Configuration(proxyBeanMethods = false)
public class ConversationConfiguration {

    @Bean
    ConversationReferences conversationReferences(DataSource dataSource) {
        return new JdbcConversationReferences(dataSource);
    }

    @Bean
    Outbox outbox(DataSource dataSource) {
        return new JdbcOutbox(dataSource);
    }
}
