package com.calltriage.building;

import java.util.List;

/**
 * A building file after parsing: either every network in it, or every error found in it, never both.
 * CQD replaces the whole building map with each new file, so a file with one bad line loads nothing.
 *
 * @param buildings the networks in file order, empty if there are errors
 * @param errors    the errors in line order, empty if the file loaded
 */
public record ParsedBuildingFile(List<Building> buildings, List<BuildingFileError> errors) {

    public ParsedBuildingFile {
        buildings = List.copyOf(buildings);
        errors = List.copyOf(errors);
        if (!buildings.isEmpty() && !errors.isEmpty()) {
            throw new IllegalArgumentException("A building file with errors loads nothing");
        }
    }

    static ParsedBuildingFile loaded(List<Building> buildings) {
        return new ParsedBuildingFile(buildings, List.of());
    }

    static ParsedBuildingFile rejected(List<BuildingFileError> errors) {
        return new ParsedBuildingFile(List.of(), errors);
    }

    public boolean isLoaded() {
        return errors.isEmpty();
    }

    /** How many distinct buildings the networks belong to. */
    public long buildingCount() {
        return buildings.stream().map(Building::buildingName).distinct().count();
    }
}
