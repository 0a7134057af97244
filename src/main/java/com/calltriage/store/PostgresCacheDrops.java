package com.calltriage.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cache drops between replicas through PostgreSQL's {@code LISTEN}/{@code NOTIFY}, so no server beyond the store
 * is needed. A drop goes out with {@code pg_notify} on a channel named after the store's schema, after the change it
 * follows has been committed, so a replica that hears it reads the new rows. Each replica listens on one connection
 * of its own, outside the pool, that a thread polls with {@link PGConnection#getNotifications(int)}; when that
 * connection fails it opens another after {@code reconnectDelay}, and then drops its whole cache, since drops sent
 * while it was away were lost.
 *
 * <p>A drop too large for a notification (PostgreSQL takes under 8,000 bytes: a meeting of some two hundred people)
 * goes out as "everything".
 */
public final class PostgresCacheDrops implements CacheDrops {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresCacheDrops.class);
    private static final int MAX_PAYLOAD = 7_900;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final String url;
    private final String username;
    private final String password;
    private final Duration poll;
    private final Duration reconnectDelay;
    private final String replica = UUID.randomUUID().toString();
    private final String channel;
    private volatile boolean closed;
    private volatile boolean listening;
    private Thread listener;

    /** A notification's body: who sent it and what it drops. */
    record Message(String from, String call, Set<String> users, boolean all) {
    }

    /**
     * @param dataSource     the store's pool, to send drops with
     * @param url            the store's JDBC URL, for the listening connection
     * @param poll           how long one wait for notifications lasts: how soon {@link #close()} takes effect
     * @param reconnectDelay how long to wait before opening a failed listening connection again
     */
    public PostgresCacheDrops(DataSource dataSource, String url, String username, String password, Duration poll,
                              Duration reconnectDelay) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.url = url;
        this.username = username;
        this.password = password;
        this.poll = poll;
        this.reconnectDelay = reconnectDelay;
        this.channel = channelOf(jdbc.queryForObject("SELECT current_schema()", String.class));
    }

    /** PostgreSQL cuts a LISTEN's channel name at 63 bytes, pg_notify's not at all: a long schema name is hashed. */
    static String channelOf(String schema) {
        String channel = "calltriage_cache_" + schema;
        if (channel.getBytes(StandardCharsets.UTF_8).length <= 63) {
            return channel;
        }
        return "calltriage_cache_" + UUID.nameUUIDFromBytes(schema.getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "");
    }

    @Override
    public void publish(CacheDrop drop) {
        try {
            String payload = JSON.writeValueAsString(new Message(replica, drop.callId(), drop.users(),
                    drop.all()));
            if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
                payload = JSON.writeValueAsString(new Message(replica, null, Set.of(), true));
            }
            jdbc.query("SELECT pg_notify(?, ?)", rows -> null, channel, payload);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not tell the other replicas' caches of a change; their entries expire with their time "
                    + "to live", e);
        }
    }

    @Override
    public synchronized void listen(Consumer<CacheDrop> drops) {
        if (listener != null) {
            throw new IllegalStateException("Already listening on " + channel);
        }
        listener = new Thread(() -> run(drops), "cache-drops");
        listener.setDaemon(true);
        listener.start();
    }

    /** Whether the listening connection is open and subscribed: drops sent from now on are heard. */
    public boolean isListening() {
        return listening;
    }

    /** The channel the replicas on this store's schema speak on. */
    public String channel() {
        return channel;
    }

    /** The name of the listening connection, as {@code pg_stat_activity.application_name} shows it. */
    public String connectionName() {
        return "calltriage-cache-drops-" + replica.substring(0, 8);
    }

    private void run(Consumer<CacheDrop> drops) {
        while (!closed) {
            try (Connection connection = open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN \"" + channel + "\"");
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // Whatever was sent before this connection listened is unknown: start the cache over.
                drops.accept(CacheDrop.everything());
                listening = true;
                while (!closed) {
                    PGNotification[] notifications = postgres.getNotifications((int) poll.toMillis());
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            hand(notification.getParameter(), drops);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!closed) {
                    LOG.warn("Lost the connection that hears other replicas' cache drops; opening another in {}",
                            reconnectDelay, e);
                    pause();
                }
            }
        }
        listening = false;
    }

    private Connection open() throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isBlank()) {
            properties.setProperty("user", username);
        }
        if (password != null && !password.isBlank()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", connectionName());
        return DriverManager.getConnection(url, properties);
    }

    private void hand(String payload, Consumer<CacheDrop> drops) {
        Message message;
        try {
            message = JSON.readValue(payload, Message.class);
        } catch (IOException e) {
            LOG.warn("Unreadable cache drop on {}, dropping everything: {}", channel, payload);
            drops.accept(CacheDrop.everything());
            return;
        }
        if (replica.equals(message.from())) {
            return;
        }
        drops.accept(message.all() || message.call() == null ? CacheDrop.everything()
                : CacheDrop.ofRecord(message.call(), message.users() == null ? Set.of() : message.users()));
    }

    private void pause() {
        try {
            Thread.sleep(reconnectDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops listening within one poll. */
    @Override
    public void close() {
        closed = true;
        Thread thread;
        synchronized (this) {
            thread = listener;
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(poll.multipliedBy(2).toMillis() + 1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
