package com.calltriage.store;

import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.summary.CallQualityFacts;
import com.calltriage.summary.Dimension;
import com.calltriage.summary.QualityCounts;
import com.calltriage.summary.SideFacts;
import com.calltriage.summary.SummaryStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary's totals on JDBC (H2 or PostgreSQL): sums over {@code quality_hourly}, the whole tenant's or one
 * building's, and each manager's morning card in {@code summary_subscription}.
 */
public class JdbcSummaryStore implements SummaryStore {
    private static final String SUMS = "SUM(calls), SUM(poor), SUM(unrated), SUM(setup_failed), SUM(dropped), "
            + "SUM(audio_good), SUM(audio_poor)";

    private final JdbcTemplate jdbc;
    private final JdbcQualityFacts facts;
    private final TransactionTemplate transactions;

    public JdbcSummaryStore(DataSource dataSource, JdbcQualityFacts facts) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.facts = facts;
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public Map<CallQualityFacts.Key, QualityCounts> totals(Instant from, Instant to) {
        return totals(CallQualityFacts.Key.TENANT, from, to);
    }

    @Override
    public NavigableMap<Instant, QualityCounts> hourly(CallQualityFacts.Key key, Instant from, Instant to) {
        NavigableMap<Instant, QualityCounts> hours = new TreeMap<>();
        jdbc.query("SELECT hour_ms, calls, poor, unrated, setup_failed, dropped, audio_good, audio_poor "
                + "FROM quality_hourly WHERE building = ? AND hour_ms >= ? AND hour_ms < ? AND dimension = ? "
                + "AND dim_value = ?", rs -> {
                    hours.put(Instant.ofEpochMilli(rs.getLong(1)), counts(rs, 2));
                }, key.scope(), from.toEpochMilli(), to.toEpochMilli(), key.dimension().key(), key.value());
        return hours;
    }

    @Override
    public Map<CallQualityFacts.Key, QualityCounts> totalsInBuilding(String building, Instant from, Instant to) {
        return totals(building, from, to);
    }

    private Map<CallQualityFacts.Key, QualityCounts> totals(String scope, Instant from, Instant to) {
        Map<CallQualityFacts.Key, QualityCounts> totals = new LinkedHashMap<>();
        jdbc.query("SELECT dimension, dim_value, " + SUMS + " FROM quality_hourly WHERE building = ? AND hour_ms >= ? "
                + "AND hour_ms < ? GROUP BY dimension, dim_value", rs -> {
                    totals.put(new CallQualityFacts.Key(Dimension.ofKey(rs.getString(1)), rs.getString(2)),
                            counts(rs, 3));
                }, scope, from.toEpochMilli(), to.toEpochMilli());
        return totals;
    }

    @Override
    public List<String> buildingsSeen() {
        return jdbc.queryForList("SELECT DISTINCT building FROM quality_hourly WHERE building <> ? ORDER BY building",
                String.class, CallQualityFacts.Key.TENANT);
    }

    @Override
    public boolean paused(String tenantId, String userObjectId) {
        return jdbc.queryForList("SELECT paused FROM summary_subscription WHERE tenant_id = ? AND user_object_id = ?",
                Boolean.class, lower(tenantId), lower(userObjectId)).stream().findFirst().orElse(false);
    }

    @Override
    public void setPaused(String tenantId, String userObjectId, boolean paused) {
        String sql = "UPDATE summary_subscription SET paused = ? WHERE tenant_id = ? AND user_object_id = ?";
        if (jdbc.update(sql, paused, lower(tenantId), lower(userObjectId)) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO summary_subscription (tenant_id, user_object_id, paused) VALUES (?, ?, ?)",
                    lower(tenantId), lower(userObjectId), paused);
        } catch (DuplicateKeyException e) {
            jdbc.update(sql, paused, lower(tenantId), lower(userObjectId));
        }
    }

    @Override
    public boolean claimDay(String tenantId, String userObjectId, LocalDate day) {
        int claimed = jdbc.update("UPDATE summary_subscription SET last_sent_day = ? WHERE tenant_id = ? "
                + "AND user_object_id = ? AND paused = FALSE AND (last_sent_day IS NULL OR last_sent_day < ?)",
                day.toString(), lower(tenantId), lower(userObjectId), day.toString());
        if (claimed > 0) {
            return true;
        }
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM summary_subscription WHERE tenant_id = ? "
                + "AND user_object_id = ?", Integer.class, lower(tenantId), lower(userObjectId));
        if (rows != null && rows > 0) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO summary_subscription (tenant_id, user_object_id, paused, last_sent_day) "
                    + "VALUES (?, ?, FALSE, ?)", lower(tenantId), lower(userObjectId), day.toString());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** In one transaction, which an outbox on this data source joins, as the escalations' outbox messages do. */
    @Override
    public boolean claimDayAndQueue(String tenantId, String userObjectId, LocalDate day, Outbox outbox,
                                    Supplier<OutgoingMessage> card, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(status ->
                SummaryStore.super.claimDayAndQueue(tenantId, userObjectId, day, outbox, card, now)));
    }

    @Override
    public int deleteTotalsBefore(Instant cutoff) {
        return facts.deleteTotalsBefore(cutoff);
    }

    private static QualityCounts counts(ResultSet rs, int first) throws SQLException {
        return new QualityCounts(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2),
                rs.getLong(first + 3), rs.getLong(first + 4), rs.getLong(first + 5), rs.getLong(first + 6));
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
