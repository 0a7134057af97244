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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Test
    void parsedFileCannotHoldBothBuildingsAndErrors() {
        List<BuildingFileError> errors = List.of(new BuildingFileError(2, "bad"));

        assertThatThrownBy(() -> new ParsedBuildingFile(List.of(REDMOND_B1), errors))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
