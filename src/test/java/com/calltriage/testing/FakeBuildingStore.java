package com.calltriage.testing;

import com.calltriage.building.Building;
import com.calltriage.building.BuildingFileParser;
import com.calltriage.building.BuildingStore;
import com.calltriage.demo.DemoDataset;
import java.util.ArrayList;
import java.util.List;

/** The building file in memory. */
public final class FakeBuildingStore implements BuildingStore {
    private List<Building> buildings = List.of();

    /** A store holding the demo tenant's building file. */
    public static FakeBuildingStore withDemoBuildings() {
        FakeBuildingStore store = new FakeBuildingStore();
        store.replaceAll(new BuildingFileParser().parse(DemoDataset.buildingFile()).buildings());
        return store;
    }

    @Override
    public synchronized void replaceAll(List<Building> replacement) {
        buildings = List.copyOf(new ArrayList<>(replacement));
    }

    @Override
    public synchronized List<Building> findAll() {
        return buildings;
    }
}
