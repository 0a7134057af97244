package com.calltriage.store;

import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.escalation.EscalationState;
import com.calltriage.escalation.Escalations;
import com.calltriage.escalation.Ticket;
import com.calltriage.escalation.TicketEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tickets on JDBC (H2 or PostgreSQL). A ticket's row, its history step and the messages its change queues in the
 * given outbox are written in one transaction (the outbox joins it). A change is an {@code UPDATE ... WHERE version =
 * before}: of two replicas, or a press and Teams' retry of it, one writes and the other finds nothing to update. The
 * unique index on open calls keeps one open ticket per call even when two replicas open one at the same moment; the
 * insert that loses rolls back to its savepoint and the open ticket is returned instead.
 */
public class JdbcEscalations implements Escalations {
    private static final String COLUMNS = "id, tenant_id, state, version, channel_id, call_id, subject_id, "
            + "subject_name, subject_upn, call_start, call_kind, verdict, cause, note, requester_id, requester_name, "
            + "requester_upn, owner_id, owner_name, owner_upn, opened_at, changed_at, thread_conversation_id, "
            + "thread_activity_id, resolution";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate nested;
    private final Outbox outbox;

    /** @param outbox where a change's messages are queued, in its transaction: an outbox on the same data source */
    public JdbcEscalations(DataSource dataSource, Outbox outbox) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.nested = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.outbox = outbox;
    }

    @Override
    public void useChannel(String tenantId, String channelConversationId, Ticket.Person setBy, Instant at) {
        transactions.executeWithoutResult(status -> {
            int updated = jdbc.update("UPDATE escalation_channel SET conversation_id = ?, set_by = ?, set_at = ? "
                    + "WHERE tenant_id = ?", channelConversationId, setBy == null ? null : setBy.id(),
                    at.toEpochMilli(), tenantId);
            if (updated == 0) {
                try {
                    nested.executeWithoutResult(inner -> jdbc.update("INSERT INTO escalation_channel (tenant_id, "
                            + "conversation_id, set_by, set_at) VALUES (?, ?, ?, ?)", tenantId, channelConversationId,
                            setBy == null ? null : setBy.id(), at.toEpochMilli()));
                } catch (DuplicateKeyException e) {
                    jdbc.update("UPDATE escalation_channel SET conversation_id = ?, set_by = ?, set_at = ? "
                            + "WHERE tenant_id = ?", channelConversationId, setBy == null ? null : setBy.id(),
                            at.toEpochMilli(), tenantId);
                }
            }
        });
    }

    @Override
    public Optional<String> channelOf(String tenantId) {
        return jdbc.queryForList("SELECT conversation_id FROM escalation_channel WHERE tenant_id = ?", String.class,
                tenantId).stream().findFirst();
    }

    @Override
    public Opened open(Ticket draft, Function<Ticket, List<OutgoingMessage>> messages) {
        return transactions.execute(status -> {
            Optional<Long> number = insert(draft);
            if (number.isEmpty()) {
                Ticket open = openFor(draft.tenantId(), draft.call().callId()).orElseThrow(() ->
                        new IllegalStateException("Call " + draft.call().callId() + " has an open ticket that "
                                + "cannot be read"));
                return new Opened(open, false);
            }
            Ticket ticket = find(draft.tenantId(), number.get()).orElseThrow();
            insertEvent(new TicketEvent(ticket.number(), ticket.openedAt(), EscalationState.Step.ESCALATED,
                    ticket.requester(), null, ticket.note()));
            messages.apply(ticket).forEach(message -> outbox.enqueue(message, ticket.openedAt()));
            return new Opened(ticket, true);
        });
    }

    /** The new ticket's number; empty when the call has an open ticket already. */
    private Optional<Long> insert(Ticket draft) {
        KeyHolder keys = new GeneratedKeyHolder();
        Ticket.CallSummary call = draft.call();
        try {
            nested.executeWithoutResult(status -> jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("INSERT INTO escalation (tenant_id, state, "
                        + "version, channel_id, call_id, open_call_id, subject_id, subject_name, subject_upn, "
                        + "call_start, call_kind, verdict, cause, note, requester_id, requester_name, requester_upn, "
                        + "opened_at, changed_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        new String[] {"id"});
                int i = 1;
                insert.setString(i++, draft.tenantId());
                insert.setString(i++, EscalationState.OPEN.name());
                insert.setString(i++, draft.channelId());
                insert.setString(i++, call.callId());
                insert.setString(i++, call.callId());
                insert.setString(i++, call.subjectId());
                insert.setString(i++, call.subjectName());
                insert.setString(i++, call.subjectUpn());
                insert.setObject(i++, call.start() == null ? null : call.start().toEpochMilli());
                insert.setString(i++, call.kind());
                insert.setString(i++, call.verdict());
                insert.setString(i++, call.cause());
                insert.setString(i++, draft.note());
                insert.setString(i++, draft.requester().id());
                insert.setString(i++, draft.requester().name());
                insert.setString(i++, draft.requester().upn());
                insert.setLong(i++, draft.openedAt().toEpochMilli());
                insert.setLong(i, draft.openedAt().toEpochMilli());
                return insert;
            }, keys));
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(keys.getKey().longValue());
    }

    @Override
    public Optional<Ticket> find(String tenantId, long number) {
        return jdbc.query("SELECT " + COLUMNS + " FROM escalation WHERE tenant_id = ? AND id = ?",
                JdbcEscalations::ticket, tenantId, number).stream().findFirst();
    }

    private Optional<Ticket> openFor(String tenantId, String callId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM escalation WHERE tenant_id = ? AND open_call_id = ?",
                JdbcEscalations::ticket, tenantId, callId).stream().findFirst();
    }

    @Override
    public boolean change(Ticket after, TicketEvent event, List<OutgoingMessage> messages) {
        Boolean written = transactions.execute(status -> {
            Ticket.Person owner = after.owner();
            Ticket.Thread thread = after.thread();
            int updated = jdbc.update("UPDATE escalation SET state = ?, version = ?, open_call_id = ?, owner_id = ?, "
                    + "owner_name = ?, owner_upn = ?, changed_at = ?, thread_conversation_id = ?, "
                    + "thread_activity_id = ?, resolution = ? WHERE tenant_id = ? AND id = ? AND version = ?",
                    after.state().name(), after.version(), after.state().isOpen() ? after.call().callId() : null,
                    owner == null ? null : owner.id(), owner == null ? null : owner.name(),
                    owner == null ? null : owner.upn(), after.changedAt().toEpochMilli(),
                    thread == null ? null : thread.conversationId(), thread == null ? null : thread.activityId(),
                    after.resolution(), after.tenantId(), after.number(), after.version() - 1);
            if (updated != 1) {
                return false;
            }
            insertEvent(event);
            messages.forEach(message -> outbox.enqueue(message, after.changedAt()));
            return true;
        });
        return Boolean.TRUE.equals(written);
    }

    @Override
    public List<Ticket> list(String tenantId, String requesterId, boolean openOnly, int max) {
        List<Object> arguments = new ArrayList<>(List.of(tenantId));
        String where = "tenant_id = ?";
        if (requesterId != null) {
            where += " AND LOWER(requester_id) = LOWER(?)";
            arguments.add(requesterId);
        }
        if (openOnly) {
            where += " AND state <> 'RESOLVED'";
        }
        arguments.add(max);
        return jdbc.query("SELECT " + COLUMNS + " FROM escalation WHERE " + where + " ORDER BY id DESC LIMIT ?",
                JdbcEscalations::ticket, arguments.toArray());
    }

    @Override
    public List<TicketEvent> history(String tenantId, long number) {
        return jdbc.query("SELECT e.escalation_id, e.at, e.step, e.by_id, e.by_name, e.to_id, e.to_name, e.note "
                + "FROM escalation_event e JOIN escalation t ON t.id = e.escalation_id WHERE t.tenant_id = ? "
                + "AND t.id = ? ORDER BY e.id", (rs, row) -> new TicketEvent(rs.getLong(1),
                Instant.ofEpochMilli(rs.getLong(2)), EscalationState.Step.valueOf(rs.getString(3)),
                person(rs.getString(4), rs.getString(5), null), person(rs.getString(6), rs.getString(7), null),
                rs.getString(8)), tenantId, number);
    }

    @Override
    public List<Ticket> unposted(int max) {
        return jdbc.query("SELECT " + COLUMNS + " FROM escalation WHERE thread_conversation_id IS NULL ORDER BY id "
                + "LIMIT ?",
                JdbcEscalations::ticket, max);
    }

    private void insertEvent(TicketEvent event) {
        jdbc.update("INSERT INTO escalation_event (escalation_id, at, step, by_id, by_name, to_id, to_name, note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", event.number(), event.at().toEpochMilli(), event.step().name(),
                event.by() == null ? null : event.by().id(), event.by() == null ? null : event.by().name(),
                event.to() == null ? null : event.to().id(), event.to() == null ? null : event.to().name(),
                event.note());
    }

    private static Ticket ticket(ResultSet rs, int row) throws SQLException {
        long start = rs.getLong(10);
        Instant callStart = rs.wasNull() ? null : Instant.ofEpochMilli(start);
        String threadConversation = rs.getString(23);
        return new Ticket(rs.getLong(1), rs.getString(2), EscalationState.valueOf(rs.getString(3)), rs.getInt(4),
                rs.getString(5), new Ticket.CallSummary(rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), callStart, rs.getString(11), rs.getString(12), rs.getString(13)),
                rs.getString(14), person(rs.getString(15), rs.getString(16), rs.getString(17)),
                person(rs.getString(18), rs.getString(19), rs.getString(20)), Instant.ofEpochMilli(rs.getLong(21)),
                Instant.ofEpochMilli(rs.getLong(22)),
                threadConversation == null ? null : new Ticket.Thread(threadConversation, rs.getString(24)),
                rs.getString(25));
    }

    private static Ticket.Person person(String id, String name, String upn) {
        return id == null && name == null ? null : new Ticket.Person(id, name, upn);
    }
}
