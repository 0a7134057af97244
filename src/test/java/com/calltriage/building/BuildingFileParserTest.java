package com.calltriage.building;

import static com.calltriage.building.BuildingFileLine.file;
import static com.calltriage.building.BuildingFileLine.network;
import static com.calltriage.building.BuildingFileLine.redmondB1;
import static com.calltriage.building.BuildingFileLine.tsvFile;
import static com.calltriage.building.BuildingFileLine.vpnPool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BuildingFileParserTest {
    private static final Building REDMOND_B1 = new Building("10.10.1.0", "RED-B1-LAN", 24, "Redmond B1", "Contoso",
            "Office", "Headquarters", "Redmond", "98052", "US", "WA", "North America", true, true, false);

    private final BuildingFileParser parser = new BuildingFileParser();

    @Nested
    class Formats {

        @Test
        void fifteenTabSeparatedColumnsMakeOneNetwork() {
            ParsedBuildingFile parsed = parser.parse(tsvFile(redmondB1()));

            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.buildings()).containsExactly(REDMOND_B1);
        }

        @Test
        void fourteenColumnsAreANetworkThatIsNotAVpn() {
            ParsedBuildingFile parsed = parser.parse(tsvFile(redmondB1().withoutVpnColumn()));

            assertThat(parsed.buildings()).containsExactly(REDMOND_B1);
        }

        @Test
        void fileMayMixFourteenAndFifteenColumnLines() {
            ParsedBuildingFile parsed = parser.parse(tsvFile(redmondB1().withoutVpnColumn(),
                    vpnPool("10.99.0.0", 16)));

            assertThat(parsed.buildings()).extracting(Building::vpn).containsExactly(false, true);
        }

        @Test
        void commaSeparatedFileReadsLikeTheTabSeparatedOne() {
            String csv = file("10.10.1.0,RED-B1-LAN,24,Redmond B1,Contoso,Office,Headquarters,Redmond,98052,US,WA,"
                    + "North America,1,1,0");

            assertThat(parser.parse(csv).buildings()).containsExactly(REDMOND_B1);
        }

        @Test
        void quotedCommaSeparatedFieldsMayHoldCommasAndDoubledQuotes() {
            BuildingFileLine line = redmondB1().with(Column.BUILDING_NAME, "Redmond \"B1\", east wing")
                    .with(Column.REGION, "");

            Building building = parser.parse(file(line.csv())).buildings().get(0);

            assertThat(building.buildingName()).isEqualTo("Redmond \"B1\", east wing");
            assertThat(building.region()).isEmpty();
            assertThat(building.networkRange()).isEqualTo(24);
        }

        @Test
        void quotedAndUnquotedFieldsMixOnOneLine() {
            String csv = file("10.10.1.0,RED-B1-LAN,24,\"Redmond, B1\",Contoso,Office,Headquarters,Redmond,"
                    + "\"98052\",US,WA,North America,1,1,\"0\"");

            assertThat(parser.parse(csv).buildings()).containsExactly(new Building("10.10.1.0", "RED-B1-LAN", 24,
                    "Redmond, B1", "Contoso", "Office", "Headquarters", "Redmond", "98052", "US", "WA",
                    "North America", true, true, false));
        }

        @Test
        void commaInATabSeparatedFileIsPartOfTheField() {
            String tsv = tsvFile(redmondB1().with(Column.BUILDING_NAME, "Redmond, B1 \"East\""));

            assertThat(parser.parse(tsv).buildings()).extracting(Building::buildingName)
                    .containsExactly("Redmond, B1 \"East\"");
        }

        @Test
        void blankLinesWindowsLineEndsAndAByteOrderMarkAreIgnored() {
            String text = "\uFEFF" + redmondB1().tsv() + "\r\n\r\n   \r\n" + vpnPool("10.99.0.0", 16).tsv() + "\r\n";

            ParsedBuildingFile parsed = parser.parse(text);

            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.buildings()).extracting(Building::cidr).containsExactly("10.10.1.0/24", "10.99.0.0/16");
        }

        @Test
        void spacesAroundFieldsAreNotPartOfThem() {
            String csv = file(" 10.10.1.0 , RED-B1-LAN ,24, \"Redmond B1\" ,Contoso,Office,Headquarters,Redmond,"
                    + "98052,US,WA,North America, 1,1 ,0");

            assertThat(parser.parse(csv).buildings()).containsExactly(REDMOND_B1);
        }

        @Test
        void fileIsReadAsUtf8(@TempDir Path folder) throws IOException {
            Path path = Files.writeString(folder.resolve("buildings.tsv"),
                    tsvFile(redmondB1().with(Column.CITY, "Zürich")));

            assertThat(parser.parse(path).buildings()).extracting(Building::city).containsExactly("Zürich");
        }

        @Test
        void buildingsAreCountedOncePerName() {
            ParsedBuildingFile parsed = parser.parse(tsvFile(network("10.10.1.0", 24, "Redmond B1"),
                    network("10.10.11.0", 24, "Redmond B1"), network("10.20.1.0", 24, "London")));

            assertThat(parsed.buildings()).hasSize(3);
            assertThat(parsed.buildingCount()).isEqualTo(2);
        }
    }

    @Nested
    class NetworkRange {

        @ParameterizedTest(name = "/{0} with VPN={1} accepted: {2}")
        @CsvSource({
            "7,  0, false",
            "8,  0, true",
            "16, 0, true",
            "28, 0, true",
            "29, 0, false",
            "30, 0, false",
            "32, 0, false",
            "32, 1, true",
            "29, 1, false",
            "0,  0, false",
            "33, 1, false"
        })
        void isEightToTwentyEightBitsOrThirtyTwoOnVpnRows(int range, String vpn, boolean accepted) {
            String line = redmondB1().with(Column.NETWORK_IP, "10.0.0.0")
                    .with(Column.NETWORK_RANGE, String.valueOf(range)).with(Column.VPN, vpn).tsv();

            ParsedBuildingFile parsed = parser.parse(file(line));

            assertThat(parsed.isLoaded()).isEqualTo(accepted);
            if (!accepted) {
                assertThat(parsed.errors()).contains(new BuildingFileError(1, "NetworkRange " + range
                        + " is outside 8-28 (only VPN rows may use 32)"));
            }
        }

        @Test
        void vpnHostRouteIsOneAddress() {
            ParsedBuildingFile parsed = parser.parse(tsvFile(vpnPool("10.99.0.37", 32)));

            assertThat(parsed.buildings()).extracting(Building::cidr).containsExactly("10.99.0.37/32");
        }

        @ParameterizedTest(name = "{0}/{1}")
        @CsvSource({
            "10.10.1.5,   24, 10.10.1.0",
            "10.10.1.0,   16, 10.10.0.0",
            "10.0.0.128,  8,  10.0.0.0",
            "10.10.1.17,  28, 10.10.1.16"
        })
        void networkIpWithHostBitsSetIsRefusedWithItsNetworkAddress(String networkIp, int range, String network) {
            String line = redmondB1().with(Column.NETWORK_IP, networkIp)
                    .with(Column.NETWORK_RANGE, String.valueOf(range)).tsv();

            assertThat(parser.parse(file(line)).errors()).containsExactly(new BuildingFileError(1, "NetworkIP "
                    + networkIp + " has host bits set for /" + range + " (the network address is " + network + ")"));
        }
    }

    @Nested
    class BadLines {

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

    @Test
    void parsedFileCannotHoldBothBuildingsAndErrors() {
        List<BuildingFileError> errors = List.of(new BuildingFileError(2, "bad"));

        assertThatThrownBy(() -> new ParsedBuildingFile(List.of(REDMOND_B1), errors))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
