package com.calltriage.building;

import static com.calltriage.building.BuildingFileLine.file;
import static com.calltriage.building.BuildingFileLine.network;
import static com.calltriage.building.BuildingFileLine.redmondB1;
import static com.calltriage.building.BuildingFileLine.tsvFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the parser refuses a bad building file: every bad line reported with its number and reason, and not one
 * network loaded from a file that has one.
 */
class BuildingFileErrorsTest {
    private final BuildingFileParser parser = new BuildingFileParser();

    static Stream<Arguments> badLines() {
        String longText = "x".repeat(256);
        return Stream.of(
                Arguments.of(redmondB1().withColumns(13).tsv(),
                        "has 13 columns, expected 14 or 15 (NetworkIP to ExpressRoute, then optionally VPN)"),
                Arguments.of(redmondB1().withColumns(16).tsv(),
                        "has 16 columns, expected 14 or 15 (NetworkIP to ExpressRoute, then optionally VPN)"),
                Arguments.of(redmondB1().with(Column.NETWORK_IP, "10.10.1").tsv(),
                        "NetworkIP '10.10.1' is not an IPv4 address"),
                Arguments.of(redmondB1().with(Column.NETWORK_IP, "10.10.256.0").tsv(),
                        "NetworkIP '10.10.256.0' is not an IPv4 address"),
                Arguments.of(redmondB1().with(Column.NETWORK_IP, "010.10.1.0").tsv(),
                        "NetworkIP '010.10.1.0' is not an IPv4 address"),
                Arguments.of(redmondB1().with(Column.NETWORK_IP, "2001:db8::").tsv(),
                        "NetworkIP '2001:db8::' is not an IPv4 address"),
                Arguments.of(redmondB1().with(Column.NETWORK_IP, "").tsv(),
                        "NetworkIP '' is not an IPv4 address"),
                Arguments.of(redmondB1().with(Column.NETWORK_RANGE, "/24").tsv(),
                        "NetworkRange '/24' is not a number of bits"),
                Arguments.of(redmondB1().with(Column.NETWORK_RANGE, "255.255.255.0").tsv(),
                        "NetworkRange '255.255.255.0' is not a number of bits"),
                Arguments.of(redmondB1().with(Column.NETWORK_RANGE, "").tsv(),
                        "NetworkRange '' is not a number of bits"),
                Arguments.of(redmondB1().with(Column.NETWORK_RANGE, "30").tsv(),
                        "NetworkRange 30 is outside 8-28 (only VPN rows may use 32)"),
                Arguments.of(redmondB1().with(Column.INSIDE_CORP, "yes").tsv(),
                        "InsideCorp 'yes' is not 0 or 1"),
                Arguments.of(redmondB1().with(Column.INSIDE_CORP, "").tsv(),
                        "InsideCorp '' is not 0 or 1"),
                Arguments.of(redmondB1().with(Column.EXPRESS_ROUTE, "true").tsv(),
                        "ExpressRoute 'true' is not 0 or 1"),
                Arguments.of(redmondB1().with(Column.VPN, "2").tsv(),
                        "VPN '2' is not 0 or 1"),
                Arguments.of(redmondB1().with(Column.BUILDING_NAME, " ").tsv(),
                        "BuildingName is empty"),
                Arguments.of(redmondB1().with(Column.CITY, longText).tsv(),
                        "City is longer than 255 characters"),
                Arguments.of("10.10.1.0,\"RED-B1-LAN,24,Redmond B1,Contoso,Office,Headquarters,Redmond,98052,US,"
                        + "WA,North America,1,1,0", "a quoted field is not closed"),
                Arguments.of("10.10.1.0,\"RED-B1\"-LAN,24,Redmond B1,Contoso,Office,Headquarters,Redmond,98052,"
                        + "US,WA,North America,1,1,0", "field 2 has text after its closing quote"),
                Arguments.of("10.10.1.0,RED-B1-LAN,24,Redmond \"B1\",Contoso,Office,Headquarters,Redmond,98052,"
                        + "US,WA,North America,1,1,0", "field 4 has a quote but does not start with one"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badLines")
    void isReportedWithItsLineNumberAndReason(String badLine, String reason) {
        BuildingFileLine good = network("10.40.0.0", 16, "Elsewhere");
        String text = file(badLine.contains("\t") ? good.tsv() : good.csv(), "", badLine);

        ParsedBuildingFile parsed = parser.parse(text);

        assertThat(parsed.errors()).containsExactly(new BuildingFileError(3, reason));
        assertThat(parsed.buildings()).isEmpty();
    }

    @Test
    void everyBadLineIsReportedNotJustTheFirst() {
        String text = tsvFile(redmondB1(), redmondB1().with(Column.NETWORK_IP, "10.10.2.300"),
                network("10.20.1.0", 24, "London"), redmondB1().withColumns(12),
                network("10.30.1.0", 24, "Berlin").with(Column.VPN, "yes"));

        assertThat(parser.parse(text).errors()).extracting(BuildingFileError::toString).containsExactly(
                "line 2: NetworkIP '10.10.2.300' is not an IPv4 address",
                "line 4: has 12 columns, expected 14 or 15 (NetworkIP to ExpressRoute, then optionally VPN)",
                "line 5: VPN 'yes' is not 0 or 1");
    }

    @Test
    void lineWithSeveralProblemsReportsEachOfThem() {
        String line = redmondB1().with(Column.NETWORK_IP, "10.10.1.9").with(Column.NETWORK_RANGE, "29")
                .with(Column.INSIDE_CORP, "Y").tsv();

        assertThat(parser.parse(file(line)).errors()).extracting(BuildingFileError::toString).containsExactly(
                "line 1: NetworkRange 29 is outside 8-28 (only VPN rows may use 32)",
                "line 1: NetworkIP 10.10.1.9 has host bits set for /29 (the network address is 10.10.1.8)",
                "line 1: InsideCorp 'Y' is not 0 or 1");
    }

    @Test
    void sameNetworkTwiceIsReportedOnTheSecondLine() {
        String text = tsvFile(redmondB1(), network("10.10.2.0", 24, "Redmond B2"),
                network("10.10.1.0", 24, "Redmond B1 again"));

        assertThat(parser.parse(text).errors()).extracting(BuildingFileError::toString)
                .containsExactly("line 3: network 10.10.1.0/24 is already on line 1");
    }

    @Test
    void sameAddressWithAnotherRangeIsAnotherNetwork() {
        String text = tsvFile(network("10.10.0.0", 16, "Redmond campus"), network("10.10.0.0", 24, "Redmond B0"));

        assertThat(parser.parse(text).buildings()).extracting(Building::cidr)
                .containsExactly("10.10.0.0/16", "10.10.0.0/24");
    }

    @Test
    void headerRowIsRefusedBecauseTheFileHasNone() {
        String header = String.join(",", Stream.of(Column.values()).map(Column::header).toList());

        assertThat(parser.parse(file(header, redmondB1().csv())).errors()).containsExactly(new BuildingFileError(1,
                "looks like a header row; the building file has none, its columns are fixed"));
    }

    @Test
    void fileWithOneBadLineLoadsNoneOfItsGoodLines() {
        String text = tsvFile(redmondB1(), network("10.10.2.0", 24, "Redmond B2"),
                network("10.20.1.0", 33, "London"), network("10.30.1.0", 24, "Berlin"));

        ParsedBuildingFile parsed = parser.parse(text);

        assertThat(parsed.isLoaded()).isFalse();
        assertThat(parsed.buildings()).isEmpty();
        assertThat(parsed.errors()).hasSize(1);
    }

    @Test
    void fileWithoutNetworksIsRefusedRatherThanEmptyingTheMap() {
        ParsedBuildingFile parsed = parser.parse("\n  \n");

        assertThat(parsed.isLoaded()).isFalse();
        assertThat(parsed.errors()).extracting(BuildingFileError::toString)
                .containsExactly("the file has no networks (loading it would empty the building map)");
    }
}
