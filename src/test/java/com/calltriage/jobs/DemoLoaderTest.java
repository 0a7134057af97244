package com.calltriage.jobs;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphUser.alice;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.building.Building;
import com.calltriage.config.CallTriageProperties;
import com.calltriage.demo.DemoTenant;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.store.JdbcBuildingStore;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.DemoFixtures;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.H2Database;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DemoLoaderTest {
    private static final Clock CLOCK = Clock.fixed(DemoFixtures.NOW, ZoneOffset.UTC);

    private final H2Database database = H2Database.migrated();
    private final JdbcBuildingStore buildings = new JdbcBuildingStore(database.dataSource());
    private final FakeCallRecordStore calls = new FakeCallRecordStore();

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void emptyStoreGetsTheDemoCallsAndTheDemoBuildingFile() {
        loader(true).run(null);

        assertThat(calls.countCalls()).isGreaterThan(300);
        assertThat(buildings.findAll()).extracting(Building::buildingName).containsExactly(
                "Redmond B1", "Redmond B2", "London Thames House", "Berlin Spree Campus", DemoTenant.VPN.building());
    }

    @Test
    void storeThatHasCallsKeepsItsBuildings() {
        CallRecordJson existing = call("call-a").with(alice());
        calls.upsert(existing.record(), existing.json());
        Building own = new Building("172.16.0.0", "HQ", 16, "Own HQ", "", "", "", "", "", "", "", "", true, false,
                false);
        buildings.replaceAll(List.of(own));

        loader(true).run(null);

        assertThat(buildings.findAll()).containsExactly(own);
        assertThat(calls.countCalls()).isEqualTo(1);
    }

    @Test
    void demoSwitchedOffLoadsNoBuildings() {
        loader(false).run(null);

        assertThat(buildings.findAll()).isEmpty();
        assertThat(calls.countCalls()).isZero();
    }

    private DemoLoader loader(boolean demo) {
        return new DemoLoader(properties(demo), calls, new CallRecordImporter(calls), buildings, CLOCK);
    }

    /** Bound as Spring binds them at start-up, so every other property keeps its default. */
    private static CallTriageProperties properties(boolean demo) {
        return new Binder(new MapConfigurationPropertySource(Map.of("calltriage.demo.enabled", String.valueOf(demo))))
                .bindOrCreate("calltriage", CallTriageProperties.class);
    }
}
