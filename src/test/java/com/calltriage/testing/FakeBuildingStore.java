package com.calltriage.testing;

import com.calltriage.building.Building;
import com.calltriage.building.BuildingFileParser;
import com.calltriage.building.BuildingStore;
import com.calltriage.demo.DemoDataset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;

/** The building file in memory, held to the same contract as the database one. */
public final class FakeBuildingStore implements BuildingStore {
    private List<Building> buildings = List.of();

    /** A store holding the demo tenant's building file. */
    public static FakeBuildingStore withDemoBuildings() {
        FakeBuildingStore store = new FakeBuildingStore();
        store.replaceAll(new BuildingFileParser().parse(DemoDataset.buildingFile()).buildings());
        return store;
    }

    /** A file with a network twice is refused, as the database's key refuses it, and the old file stays. */
    @Override
    public synchronized void replaceAll(List<Building> replacement) {
        Set<String> networks = new HashSet<>();
        for (Building building : replacement) {
            if (!networks.add(building.cidr())) {
                throw new DuplicateKeyException("The network " + building.cidr() + " is in the file twice");
            }
        }
        buildings = List.copyOf(replacement);
    }

    @Override
    public synchronized List<Building> findAll() {
        return buildings;
    }
}
