package com.calltriage.store;

import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The outbox on JDBC (H2 or PostgreSQL), one row per message, claimed the way {@link LeasedRows} claims.
 *
 * <p>A key is kept once by the table's unique index, so two replicas queuing the same message at the same moment
 * keep one. Queuing joins the caller's transaction when there is one, so a message goes with the change that caused
 * it, or not at all (see {@link UniqueInserts}). Every other call is a statement of its own, committed at once:
 * {@link #delivered} in particular, so a message is marked sent the moment Teams took it. A delivered message and a
 * dead letter are final: rescheduling, setting aside or delivering them again changes nothing.
 */
public class JdbcOutbox extends LeasedRows implements Outbox {
    private static final String WAITING = "delivered_at IS NULL AND dead_at IS NULL";
    private static final String CLAIMED_COLUMNS = "id, message_key, kind, tenant_id, user_object_id, conversation_id, "
            + "updates_key, activity_json, attempts, last_error";

    private final UniqueInserts inserts;

    public JdbcOutbox(DataSource dataSource) {
        super(dataSource, "outbox", WAITING);
        this.inserts = new UniqueInserts(dataSource);
    }

    /** @throws IllegalArgumentException as {@link OutgoingMessage#requireDeliverable()} says */
    @Override
    public boolean enqueue(OutgoingMessage message, Instant now) {
        message.requireDeliverable();
        OutgoingMessage.Target target = message.target();
        long at = now.toEpochMilli();
        return inserts.insert("INSERT INTO outbox (message_key, kind, tenant_id, user_object_id, conversation_id, "
                        + "updates_key, activity_json, queued_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                message.key(), target.kind().name(), target.tenantId(), target.userObjectId(), target.conversationId(),
                target.updatesKey(), message.activityJson(), at, at);
    }

    @Override
    public List<PendingMessage> claimDue(Instant now, int max, Duration lease) {
        return claim(now, max, lease, CLAIMED_COLUMNS, JdbcOutbox::pending);
    }

    @Override
    public void delivered(long id, String conversationId, String activityId, Instant at) {
        jdbc.update("UPDATE outbox SET delivered_at = ?, delivered_conversation_id = ?, delivered_activity_id = ?, "
                + "claimed_until = NULL WHERE id = ? AND " + WAITING, at.toEpochMilli(), conversationId, activityId, id);
    }

    @Override
    public Optional<Delivery> deliveryOf(String key) {
        return jdbc.query("SELECT delivered_conversation_id, delivered_activity_id, delivered_at FROM outbox "
                        + "WHERE message_key = ? AND delivered_at IS NOT NULL",
                (rs, row) -> new Delivery(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))), key)
                .stream().findFirst();
    }

    private static PendingMessage pending(ResultSet rs, int row) throws SQLException {
        OutgoingMessage.Target target = new OutgoingMessage.Target(OutgoingMessage.Kind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
        return new PendingMessage(rs.getLong(1), new OutgoingMessage(rs.getString(2), target, rs.getString(8)),
                rs.getInt(9), rs.getString(10));
    }
}
