package com.calltriage.building;

import java.util.List;

/** Where the loaded building file is kept. */
public interface BuildingStore {

    /**
     * Replaces every stored network with these, atomically: readers see the old file or the new one, never a
     * mix, and a replacement that fails leaves the old file in place. As in CQD, a new file is the whole map.
     *
     * @param buildings the networks of a parsed file, each network once
     */
    void replaceAll(List<Building> buildings);

    /** The stored networks in the order of the file they came from; empty if no file was loaded. */
    List<Building> findAll();
}
