package com.calltriage.building;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Checks the fields of one building file line against CQD's rules and turns them into a {@link Building}. */
final class BuildingLine {
    static final int MIN_RANGE = 8;
    static final int MAX_RANGE = 28;
    /** A single address: CQD allows it only for VPN pools, where each client gets a host route. */
    static final int VPN_HOST_RANGE = 32;
    /** The store's column width; longer text would fail there, so it fails here with the line number. */
    static final int MAX_TEXT = 255;

    private static final List<Column> TEXT_COLUMNS = List.of(Column.NETWORK_NAME, Column.BUILDING_NAME,
            Column.OWNERSHIP_TYPE, Column.BUILDING_TYPE, Column.BUILDING_OFFICE_TYPE, Column.CITY, Column.ZIP_CODE,
            Column.COUNTRY, Column.STATE, Column.REGION);

    private final List<String> fields;
    private final List<String> problems;

    private BuildingLine(List<String> fields, List<String> problems) {
        this.fields = fields;
        this.problems = problems;
    }

    /**
     * The building on this line, or empty after adding every problem found to {@code problems}.
     *
     * @param fields the line's fields, already split and unquoted
     */
    static Optional<Building> read(List<String> fields, List<String> problems) {
        if (fields.size() != Column.REQUIRED && fields.size() != Column.ALL) {
            problems.add("has " + fields.size() + " columns, expected " + Column.REQUIRED + " or " + Column.ALL
                    + " (NetworkIP to ExpressRoute, then optionally VPN)");
            return Optional.empty();
        }
        return new BuildingLine(fields, problems).read();
    }

    private Optional<Building> read() {
        int before = problems.size();
        OptionalInt address = address();
        OptionalInt range = whole(Column.NETWORK_RANGE);
        if (range.isPresent()) {
            checkRange(range.getAsInt(), fields.size() == Column.ALL && text(Column.VPN).equals("1"));
        }
        if (address.isPresent() && range.isPresent() && range.getAsInt() <= Ipv4.BITS) {
            checkHostBits(address.getAsInt(), range.getAsInt());
        }
        if (Column.BUILDING_NAME.in(fields).isEmpty()) {
            problems.add("BuildingName is empty");
        }
        for (Column column : TEXT_COLUMNS) {
            if (column.in(fields).length() > MAX_TEXT) {
                problems.add(column.header() + " is longer than " + MAX_TEXT + " characters");
            }
        }
        boolean insideCorp = flag(Column.INSIDE_CORP);
        boolean expressRoute = flag(Column.EXPRESS_ROUTE);
        boolean vpn = fields.size() == Column.ALL && flag(Column.VPN);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Building(text(Column.NETWORK_IP), text(Column.NETWORK_NAME), range.getAsInt(),
                text(Column.BUILDING_NAME), text(Column.OWNERSHIP_TYPE), text(Column.BUILDING_TYPE),
                text(Column.BUILDING_OFFICE_TYPE), text(Column.CITY), text(Column.ZIP_CODE), text(Column.COUNTRY),
                text(Column.STATE), text(Column.REGION), insideCorp, expressRoute, vpn));
    }

    private OptionalInt address() {
        String value = text(Column.NETWORK_IP);
        OptionalInt address = Ipv4.parse(value);
        if (address.isEmpty()) {
            problems.add("NetworkIP '" + value + "' is not an IPv4 address");
        }
        return address;
    }

    private OptionalInt whole(Column column) {
        String value = text(column);
        if (value.isEmpty() || value.length() > 3 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add(column.header() + " '" + value + "' is not a number of bits");
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    private void checkRange(int range, boolean vpn) {
        boolean allowed = (range >= MIN_RANGE && range <= MAX_RANGE) || (vpn && range == VPN_HOST_RANGE);
        if (!allowed) {
            problems.add("NetworkRange " + range + " is outside " + MIN_RANGE + "-" + MAX_RANGE
                    + " (only VPN rows may use " + VPN_HOST_RANGE + ")");
        }
    }

    private void checkHostBits(int address, int range) {
        int network = Ipv4.network(address, range);
        if (network != address) {
            problems.add("NetworkIP " + text(Column.NETWORK_IP) + " has host bits set for /" + range
                    + " (the network address is " + Ipv4.format(network) + ")");
        }
    }

    /** CQD's booleans are 0 and 1; "true" or "yes" would be read differently by different tools. */
    private boolean flag(Column column) {
        String value = text(column);
        if (!value.equals("0") && !value.equals("1")) {
            problems.add(column.header() + " '" + value + "' is not 0 or 1");
        }
        return value.equals("1");
    }

    private String text(Column column) {
        return column.in(fields);
    }
}
