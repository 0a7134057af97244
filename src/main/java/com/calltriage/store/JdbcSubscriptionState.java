package com.calltriage.store;

import com.calltriage.ingest.SubscriptionState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subscription state on JDBC (H2 or PostgreSQL): one row per watched resource, made by the migration, so
 * every change is a single conditional UPDATE and replicas never race to insert it.
 */
public class JdbcSubscriptionState implements SubscriptionState {
    private final JdbcTemplate jdbc;
    private final String resource;

    /** @param resource the watched resource whose row this reads and writes, e.g. {@code /communications/callRecords} */
    public JdbcSubscriptionState(DataSource dataSource, String resource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.resource = resource;
    }

    @Override
    public Snapshot read() {
        return jdbc.query("SELECT subscription_id, expires_at, renewal_requested, last_notification_at, "
                        + "backfilled_until FROM graph_subscription WHERE resource = ?",
                        JdbcSubscriptionState::snapshot, resource).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No graph_subscription row for " + resource
                        + "; the V6 migration makes it"));
    }

    @Override
    public void subscribed(String subscriptionId, Instant expiresAt) {
        jdbc.update("UPDATE graph_subscription SET subscription_id = ?, expires_at = ?, renewal_requested = FALSE "
                + "WHERE resource = ?", subscriptionId, expiresAt.toEpochMilli(), resource);
    }

    @Override
    public void forget(String subscriptionId) {
        jdbc.update("UPDATE graph_subscription SET subscription_id = NULL, expires_at = NULL, "
                + "renewal_requested = FALSE WHERE resource = ? AND subscription_id = ?", resource, subscriptionId);
    }

    @Override
    public void requestRenewal(String subscriptionId) {
        jdbc.update("UPDATE graph_subscription SET renewal_requested = TRUE WHERE resource = ? "
                + "AND subscription_id = ?", resource, subscriptionId);
    }

    @Override
    public void notificationHandled(Instant at) {
        jdbc.update("UPDATE graph_subscription SET last_notification_at = ? WHERE resource = ? "
                + "AND (last_notification_at IS NULL OR last_notification_at < ?)", at.toEpochMilli(), resource,
                at.toEpochMilli());
    }

    @Override
    public void backfilledUntil(Instant until) {
        jdbc.update("UPDATE graph_subscription SET backfilled_until = ? WHERE resource = ? "
                + "AND (backfilled_until IS NULL OR backfilled_until < ?)", until.toEpochMilli(), resource,
                until.toEpochMilli());
    }

    private static Snapshot snapshot(ResultSet row, int number) throws SQLException {
        return new Snapshot(row.getString("subscription_id"), instant(row, "expires_at"),
                row.getBoolean("renewal_requested"), instant(row, "last_notification_at"),
                instant(row, "backfilled_until"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
