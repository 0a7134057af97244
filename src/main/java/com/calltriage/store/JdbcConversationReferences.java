package com.calltriage.store;

import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.ConversationReferences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Conversation references on JDBC (H2 or PostgreSQL): one row per conversation, and one personal chat row per person,
 * which may wait for its conversation id (see the migration {@code V8}). Tenant and object ids are kept lower-case,
 * so lookups match whatever case Teams or a caller writes them in.
 *
 * <p>Remembering is an update where the stored row is not newer, else an insert; replicas remembering the same new
 * conversation at the same moment race for the insert, and the loser updates the winner's row instead.
 */
public class JdbcConversationReferences implements ConversationReferences {
    private static final String COLUMNS = "tenant_id, conversation_id, kind, service_url, user_object_id, "
            + "user_teams_id, team_id, channel_id, bot_id, time_zone, usable, seen_at";
    private static final String BY_CONVERSATION = "conversation_id";
    private static final String BY_PERSON = "user_object_id";

    private final JdbcTemplate jdbc;
    private final UniqueInserts inserts;

    public JdbcConversationReferences(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.inserts = new UniqueInserts(dataSource);
    }

    /**
     * A personal chat is found by its person when the reference names one, otherwise by its conversation id; a
     * personal chat kept by its conversation alone gets its person here.
     *
     * @throws IllegalArgumentException when the reference has no tenant or serviceUrl, or names neither a
     *                                  conversation nor, for a personal chat, a person
     */
    @Override
    public void remember(ConversationReference reference) {
        String person = personOf(reference);
        if (blank(reference.tenantId()) || blank(reference.serviceUrl())
                || (blank(reference.conversationId()) && person == null)) {
            throw new IllegalArgumentException("A conversation reference names its tenant, its serviceUrl and its "
                    + "conversation or, for a personal chat, its person: " + reference);
        }
        // A second try by the same key finds the row another replica inserted first; a last one by conversation
        // finds a personal chat kept by its conversation alone, without its person yet.
        List<String> keys = person == null ? List.of(BY_CONVERSATION, BY_CONVERSATION)
                : blank(reference.conversationId()) ? List.of(BY_PERSON, BY_PERSON)
                : List.of(BY_PERSON, BY_PERSON, BY_CONVERSATION);
        for (String key : keys) {
            String value = key.equals(BY_PERSON) ? person : reference.conversationId();
            if (updateNotNewer(reference, person, key, value) > 0 || exists(reference.tenantId(), key, value)
                    || inserted(reference, person)) {
                return;
            }
        }
        throw new IllegalStateException("Could neither add nor update the reference of conversation "
                + reference.conversationId());
    }

    @Override
    public Optional<ConversationReference> personalChatOf(String tenantId, String userObjectId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM conversation_reference WHERE tenant_id = ? AND "
                        + "user_object_id = ? AND usable = TRUE", JdbcConversationReferences::reference,
                lower(tenantId), lower(userObjectId)).stream().findFirst();
    }

    @Override
    public Optional<ConversationReference> find(String tenantId, String conversationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM conversation_reference WHERE tenant_id = ? AND "
                        + "conversation_id = ?", JdbcConversationReferences::reference, lower(tenantId), conversationId)
                .stream().findFirst();
    }

    @Override
    public void markUnusable(String tenantId, String conversationId) {
        jdbc.update("UPDATE conversation_reference SET usable = FALSE WHERE tenant_id = ? AND conversation_id = ?",
                lower(tenantId), conversationId);
    }

    /** Newer values win; a value the reference leaves out keeps the one known. */
    private int updateNotNewer(ConversationReference reference, String person, String key, String value) {
        return jdbc.update("UPDATE conversation_reference SET service_url = ?, "
                        + "conversation_id = COALESCE(?, conversation_id), user_object_id = COALESCE(?, user_object_id), "
                        + "user_teams_id = COALESCE(?, user_teams_id), team_id = COALESCE(?, team_id), "
                        + "channel_id = COALESCE(?, channel_id), bot_id = COALESCE(?, bot_id), "
                        + "time_zone = COALESCE(?, time_zone), usable = TRUE, seen_at = ? "
                        + "WHERE tenant_id = ? AND " + key + " = ? AND seen_at <= ?",
                reference.serviceUrl(), reference.conversationId(), person, reference.userTeamsId(),
                reference.teamId(), reference.channelId(), reference.botId(), reference.timeZone(),
                reference.seenAt().toEpochMilli(), lower(reference.tenantId()), value,
                reference.seenAt().toEpochMilli());
    }

    private boolean exists(String tenantId, String key, String value) {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM conversation_reference WHERE tenant_id = ? AND " + key
                + " = ?", Long.class, lower(tenantId), value);
        return rows != null && rows > 0;
    }

    private boolean inserted(ConversationReference reference, String person) {
        return inserts.insert("INSERT INTO conversation_reference (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, TRUE, ?)", lower(reference.tenantId()), reference.conversationId(), reference.kind().name(),
                reference.serviceUrl(), person, reference.userTeamsId(), reference.teamId(), reference.channelId(),
                reference.botId(), reference.timeZone(), reference.seenAt().toEpochMilli());
    }

    /** Only a personal chat is kept by its person: the unique index on the person holds one chat each. */
    private static String personOf(ConversationReference reference) {
        return reference.kind() == ConversationReference.Kind.PERSONAL && !blank(reference.userObjectId())
                ? lower(reference.userObjectId()) : null;
    }

    private static ConversationReference reference(ResultSet rs, int row) throws SQLException {
        return new ConversationReference(rs.getString(1), rs.getString(2),
                ConversationReference.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getBoolean(11), Instant.ofEpochMilli(rs.getLong(12)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String lower(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
