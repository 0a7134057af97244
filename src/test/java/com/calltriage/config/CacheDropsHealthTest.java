package com.calltriage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.calltriage.store.CacheDrops;
import com.calltriage.store.PostgresCacheDrops;
import com.calltriage.store.PostgresSchema;
import com.calltriage.testing.PostgresAvailable;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.health.Status;

/** Operators read under cacheDrops whether a replica hears the others' cache drops. */
class CacheDropsHealthTest {

    @Test
    void aStoreOfOneProcessHasNothingToHearAndIsUp() {
        assertThat(new CacheDropsHealth(CacheDrops.IN_PROCESS).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void aReplicaIsUpWhileItListensAndDownOnceItStopped() throws Exception {
        try (PostgresSchema schema = PostgresSchema.migrated()) {
            HikariDataSource pool = (HikariDataSource) schema.dataSource();
            PostgresCacheDrops drops = new PostgresCacheDrops(pool, pool.getJdbcUrl(), null, null,
                    Duration.ofMillis(100), Duration.ofMillis(200));
            CacheDropsHealth health = new CacheDropsHealth(drops);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

            drops.listen(drop -> { });
            await().atMost(Duration.ofSeconds(5)).until(() -> health.health().getStatus().equals(Status.UP));
            assertThat(health.health().getDetails()).containsEntry("channel", drops.channel());
            drops.close();

            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        }
    }
}
