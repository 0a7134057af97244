package com.calltriage.ingest;

import static com.calltriage.testing.DemoFixtures.demoCallsOnePerFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.demo.DemoCall;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.testing.H2Database;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import killed while a batch is being written keeps the batches written before and nothing of the one under
 * way; the same import run again stores the rest, and nothing twice.
 */
class ImportAfterAKillTest {
    private final H2Database database = H2Database.migrated();
    private final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSecondRunAfterAKillStoresTheRestAndNothingTwice() throws IOException {
        List<DemoCall> calls = demoCallsOnePerFile(folder);
        assertThat(calls.size()).as("more than one batch").isGreaterThan(CallRecordImporter.BATCH);

        assertThatThrownBy(() -> new CallRecordImporter(new JdbcCallRecordStore(dyingAtTheSecondCommit(),
                Clock.systemUTC())).importPaths(List.of(folder), line -> { })).isInstanceOf(Killed.class);
        assertThat(storedCalls()).as("the first batch only").isEqualTo(CallRecordImporter.BATCH);

        ImportReport second = new CallRecordImporter(new JdbcCallRecordStore(database.dataSource(),
                Clock.systemUTC())).importPaths(List.of(folder), line -> { });

        assertThat(second.count(UpsertOutcome.UNCHANGED)).isEqualTo(CallRecordImporter.BATCH);
        assertThat(second.count(UpsertOutcome.INSERTED)).isEqualTo(calls.size() - CallRecordImporter.BATCH);
        assertThat(second.rejected()).isZero();
        assertThat(storedCalls()).isEqualTo(calls.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT call_id) FROM call_participant", Long.class))
                .isEqualTo(calls.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM call_record WHERE diagnosis IS NULL OR kind IS NULL",
                Long.class)).isZero();
    }

    private long storedCalls() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM call_record", Long.class);
    }

    /** The process dies, as far as the database can tell, when the second transaction tries to commit. */
    private DataSource dyingAtTheSecondCommit() {
        DataSource real = database.dataSource();
        AtomicInteger commits = new AtomicInteger();
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, real, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    Connection connection = (Connection) result;
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                            (c, m, a) -> {
                                if (m.getName().equals("commit") && commits.incrementAndGet() == 2) {
                                    connection.rollback();
                                    throw new Killed();
                                }
                                return invoke(m, connection, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** What a kill looks like to the code that was running: nothing it can handle. */
    private static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }
}
