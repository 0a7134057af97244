package com.calltriage.testing;

import com.calltriage.building.BuildingStore;
import com.calltriage.store.BuildingStoreContract;

/** The fake answers as the database does, so tests that use it see what production would. */
class FakeBuildingStoreTest extends BuildingStoreContract {

    @Override
    protected BuildingStore emptyStore() {
        return new FakeBuildingStore();
    }
}
