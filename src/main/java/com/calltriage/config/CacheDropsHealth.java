package com.calltriage.config;

import com.calltriage.store.CacheDrops;
import com.calltriage.store.PostgresCacheDrops;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code cacheDrops} under {@code /actuator/health} (the management port; never in the probes, since a restart
 * would not mend the store's connection): UP while this replica hears the others' cache drops; DOWN while its
 * listening connection is being opened again, when its cache may answer from entries another replica made stale,
 * for up to {@code calltriage.cache.ttl}. On H2 one process owns the store and there is nothing to hear.
 */
final class CacheDropsHealth implements HealthIndicator {
    private final CacheDrops drops;

    CacheDropsHealth(CacheDrops drops) {
        this.drops = drops;
    }

    @Override
    public Health health() {
        if (!(drops instanceof PostgresCacheDrops postgres)) {
            return Health.up().withDetail("scope", "this process only: the store is not shared").build();
        }
        Health.Builder health = postgres.isListening() ? Health.up() : Health.down()
                .withDetail("why", "not listening: other replicas' changes reach this cache only by expiry");
        return health.withDetail("channel", postgres.channel()).build();
    }
}
