package com.calltriage.building;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One line of a building file for tests: a valid office row to start from, changed one column at a time. */
final class BuildingFileLine {
    private final List<String> fields;

    private BuildingFileLine(List<String> fields) {
        this.fields = fields;
    }

    /** Redmond B1, 10.10.1.0/24, with all 15 columns. */
    static BuildingFileLine redmondB1() {
        return new BuildingFileLine(List.of("10.10.1.0", "RED-B1-LAN", "24", "Redmond B1", "Contoso", "Office",
                "Headquarters", "Redmond", "98052", "US", "WA", "North America", "1", "1", "0"));
    }

    /** A VPN pool row for the given network. */
    static BuildingFileLine vpnPool(String networkIp, int range) {
        return redmondB1().with(Column.NETWORK_IP, networkIp).with(Column.NETWORK_RANGE, String.valueOf(range))
                .with(Column.NETWORK_NAME, "VPN-POOL").with(Column.BUILDING_NAME, "VPN")
                .with(Column.EXPRESS_ROUTE, "0").with(Column.VPN, "1");
    }

    static BuildingFileLine network(String networkIp, int range, String buildingName) {
        return redmondB1().with(Column.NETWORK_IP, networkIp).with(Column.NETWORK_RANGE, String.valueOf(range))
                .with(Column.BUILDING_NAME, buildingName);
    }

    BuildingFileLine with(Column column, String value) {
        List<String> changed = new ArrayList<>(fields);
        changed.set(column.ordinal(), value);
        return new BuildingFileLine(changed);
    }

    /** The 14 columns CQD required before VPN was added. */
    BuildingFileLine withoutVpnColumn() {
        return new BuildingFileLine(fields.subList(0, Column.VPN.ordinal()));
    }

    BuildingFileLine withColumns(int count) {
        List<String> changed = new ArrayList<>(fields);
        while (changed.size() < count) {
            changed.add("extra");
        }
        return new BuildingFileLine(changed.subList(0, count));
    }

    String tsv() {
        return String.join("\t", fields);
    }

    /** Comma-separated, every field quoted as a spreadsheet that quotes everything would write it. */
    String csv() {
        return fields.stream().map(f -> '"' + f.replace("\"", "\"\"") + '"').collect(Collectors.joining(","));
    }

    static String file(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static String tsvFile(BuildingFileLine... lines) {
        return file(Arrays.stream(lines).map(BuildingFileLine::tsv).toArray(String[]::new));
    }
}
