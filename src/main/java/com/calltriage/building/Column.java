package com.calltriage.building;

import java.util.List;

/** The columns of the CQD building file, in the order CQD requires; the file itself has no header. */
enum Column {
    NETWORK_IP("NetworkIP"),
    NETWORK_NAME("NetworkName"),
    NETWORK_RANGE("NetworkRange"),
    BUILDING_NAME("BuildingName"),
    OWNERSHIP_TYPE("OwnershipType"),
    BUILDING_TYPE("BuildingType"),
    BUILDING_OFFICE_TYPE("BuildingOfficeType"),
    CITY("City"),
    ZIP_CODE("ZipCode"),
    COUNTRY("Country"),
    STATE("State"),
    REGION("Region"),
    INSIDE_CORP("InsideCorp"),
    EXPRESS_ROUTE("ExpressRoute"),
    VPN("VPN");

    /** VPN, the last column, was added to CQD later and may be left out. */
    static final int REQUIRED = VPN.ordinal();
    static final int ALL = values().length;

    private final String header;

    Column(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    /** The value of this column in a row that has it, else empty. */
    String in(List<String> fields) {
        return ordinal() < fields.size() ? fields.get(ordinal()) : "";
    }
}
