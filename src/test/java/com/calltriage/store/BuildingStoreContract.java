package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.building.Building;
import com.calltriage.building.BuildingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataAccessException;

/**
 * What every {@link BuildingStore} of the project must do, the database ones and the fake alike. A subclass
 * hands out a store without a building file before each test; the class lives per subclass so it can keep a
 * database open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BuildingStoreContract {
    private static final Building REDMOND_B1 = new Building("10.10.1.0", "RED-B1-LAN", 24, "Redmond B1", "Contoso",
            "Office", "Headquarters", "Redmond", "98052", "US", "WA", "North America", true, true, false);
    private static final Building ZURICH = new Building("10.50.0.0", "", 16, "Zürich \"Prime\" Tower, 4th",
            "", "", "", "Zürich", "8005", "CH", "", "EMEA", false, false, false);
    private static final Building VPN_HOST = new Building("10.99.7.7", "VPN", 32, "VPN", "Contoso", "VPN",
            "Remote access", "Redmond", "98052", "US", "WA", "North America", true, false, true);

    private BuildingStore store;

    /** A store without a building file, backed by whatever this subclass tests. */
    protected abstract BuildingStore emptyStore() throws Exception;

    @BeforeEach
    void startWithoutABuildingFile() throws Exception {
        store = emptyStore();
    }

    @Test
    void storeWithoutAFileHasNoBuildings() {
        assertThat(store.findAll()).isEmpty();
    }

    @Test
    void everyColumnComesBackAsStoredInFileOrder() {
        List<Building> file = List.of(VPN_HOST, ZURICH, REDMOND_B1);

        store.replaceAll(file);

        assertThat(store.findAll()).containsExactlyElementsOf(file);
    }

    @Test
    void textAsLongAsTheParserAllowsFits() {
        String longest = "é".repeat(255);
        Building wide = new Building("10.60.0.0", longest, 16, longest, longest, longest, longest, longest, longest,
                longest, longest, longest, true, true, true);

        store.replaceAll(List.of(wide));

        assertThat(store.findAll()).containsExactly(wide);
    }

    @Test
    void newFileReplacesTheOldOneWhole() {
        store.replaceAll(List.of(REDMOND_B1, VPN_HOST));
        Building renamed = new Building("10.10.1.0", "RED-B1-LAN", 24, "Redmond Building 1", "Contoso", "Office",
                "Headquarters", "Redmond", "98052", "US", "WA", "North America", true, true, false);

        store.replaceAll(List.of(ZURICH, renamed));

        assertThat(store.findAll()).containsExactly(ZURICH, renamed);
    }

    @Test
    void replacingWithNoNetworksEmptiesTheStore() {
        store.replaceAll(List.of(REDMOND_B1));

        store.replaceAll(List.of());

        assertThat(store.findAll()).isEmpty();
    }

    @Test
    void replacementThatFailsKeepsTheOldFile() {
        store.replaceAll(List.of(REDMOND_B1, VPN_HOST));
        List<Building> sameNetworkTwice = List.of(ZURICH, REDMOND_B1, REDMOND_B1);

        assertThatThrownBy(() -> store.replaceAll(sameNetworkTwice)).isInstanceOf(DataAccessException.class);

        assertThat(store.findAll()).containsExactly(REDMOND_B1, VPN_HOST);
    }

    @Test
    void replacementsAtTheSameTimeLeaveOneWholeFile() throws Exception {
        List<Building> first = numbered("First", 40);
        List<Building> second = numbered("Second", 60);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                Future<?> a = threads.submit(() -> replaceAfter(start, first));
                Future<?> b = threads.submit(() -> replaceAfter(start, second));
                a.get(30, TimeUnit.SECONDS);
                b.get(30, TimeUnit.SECONDS);

                assertThat(store.findAll()).isIn(first, second);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private Void replaceAfter(CyclicBarrier start, List<Building> file) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        store.replaceAll(file);
        return null;
    }

    private static List<Building> numbered(String building, int networks) {
        List<Building> file = new ArrayList<>();
        for (int i = 0; i < networks; i++) {
            file.add(new Building("10.70." + i + ".0", "NET-" + i, 24, building, "Contoso", "Office",
                    "Branch office", "Oslo", "0150", "NO", "", "EMEA", true, false, false));
        }
        return file;
    }
}
