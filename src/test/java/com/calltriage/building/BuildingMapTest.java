package com.calltriage.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.callrecord.NetworkInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BuildingMapTest {

    /** Nested ranges from /8 down to a /32 VPN host route, each its own building. */
    private final BuildingMap nested = BuildingMap.of(List.of(
            network("10.0.0.0", 8, "Corporate"),
            network("10.10.0.0", 16, "Redmond campus"),
            network("10.10.1.0", 24, "Redmond B1"),
            network("10.10.1.16", 28, "Redmond B1 lab"),
            network("10.10.2.0", 24, "Redmond B2"),
            vpn("10.99.0.0", 16),
            vpn("10.99.7.7", 32)));

    @Nested
    class ByAddress {

        @ParameterizedTest(name = "{0} is in {1}")
        @CsvSource({
            "10.10.1.20,  Redmond B1 lab",
            "10.10.1.31,  Redmond B1 lab",
            "10.10.1.32,  Redmond B1",
            "10.10.1.255, Redmond B1",
            "10.10.2.9,   Redmond B2",
            "10.10.3.9,   Redmond campus",
            "10.10.255.1, Redmond campus",
            "10.11.0.1,   Corporate",
            "10.255.255.255, Corporate",
            "10.99.7.7,   VPN host 10.99.7.7",
            "10.99.7.8,   VPN pool 10.99.0.0"
        })
        void mostSpecificContainingNetworkWins(String address, String building) {
            assertThat(nested.containing(address)).map(Building::buildingName).contains(building);
        }

        @Test
        void addressInsideA24WithinA16IsInThe24AndOneOutsideItIsInThe16() {
            BuildingMap overlapping = BuildingMap.of(List.of(network("172.16.0.0", 16, "Campus"),
                    network("172.16.5.0", 24, "Lab")));

            assertThat(overlapping.containing("172.16.5.77")).map(Building::buildingName).contains("Lab");
            assertThat(overlapping.containing("172.16.6.77")).map(Building::buildingName).contains("Campus");
            assertThat(overlapping.containing("172.17.5.77")).isEmpty();
        }

        @ParameterizedTest(name = "''{0}''")
        @NullAndEmptySource
        @ValueSource(strings = {"192.168.1.20", "11.0.0.1", "2001:db8::1", "fe80::1%12", "::ffff:10.10.1.20",
            "10.10.1", "10.10.1.256", "not an address", "010.10.1.20"})
        void addressOutsideEveryNetworkOrNotIpv4IsInNoBuilding(String address) {
            assertThat(nested.containing(address)).isEmpty();
            assertThat(nested.buildingOf(null, address)).isEmpty();
        }

        @Test
        void emptyMapPlacesNothing() {
            assertThat(BuildingMap.of(List.of()).buildingOf("10.10.1.0", "10.10.1.20")).isEmpty();
        }

        @Test
        void manyNetworksAreFoundByPrefixNotBySearchingRows() {
            List<Building> rows = new ArrayList<>();
            for (int i = 0; i < 65_536; i++) {
                rows.add(network("10." + (i >> 8) + "." + (i & 0xff) + ".0", 24, "Floor " + i));
            }
            BuildingMap large = BuildingMap.of(rows);

            assertThat(large.containing("10.255.255.200")).map(Building::buildingName).contains("Floor 65535");
            assertThat(large.containing("10.0.0.1")).map(Building::buildingName).contains("Floor 0");
            assertThat(large.containing("11.0.0.1")).isEmpty();
        }
    }

    @Nested
    class BySubnet {

        @Test
        void reportedSubnetThatIsANetworkIpWinsOverTheAddress() {
            assertThat(nested.buildingOf("10.10.2.0", "10.10.1.20")).map(Building::buildingName)
                    .contains("Redmond B2");
        }

        @Test
        void reportedSubnetMatchesEvenWhenTheAddressIsMissingOrNotIpv4() {
            assertThat(nested.buildingOf("10.10.2.0", null)).map(Building::buildingName).contains("Redmond B2");
            assertThat(nested.buildingOf("10.10.2.0", "2001:db8::5")).map(Building::buildingName)
                    .contains("Redmond B2");
        }

        @Test
        void subnetThatIsTheNetworkIpOfSeveralRangesPicksTheMostSpecific() {
            BuildingMap sameStart = BuildingMap.of(List.of(network("10.10.0.0", 16, "Campus"),
                    network("10.10.0.0", 24, "B0"), network("10.10.0.0", 20, "Wing")));

            assertThat(sameStart.buildingOf("10.10.0.0", "10.10.9.9")).map(Building::buildingName).contains("B0");
        }

        @ParameterizedTest(name = "subnet ''{0}''")
        @NullAndEmptySource
        @ValueSource(strings = {"10.10.3.0", "10.10.1.128", "192.168.1.0", "2001:db8::", "garbage"})
        void subnetThatIsNoNetworkIpFallsBackToTheAddress(String subnet) {
            assertThat(nested.buildingOf(subnet, "10.10.1.20")).map(Building::buildingName)
                    .contains("Redmond B1 lab");
        }

        @Test
        void homeNetworkWithNoMatchingRowIsInNoBuilding() {
            assertThat(nested.buildingOf("192.168.1.0", "192.168.1.57")).isEmpty();
        }

        @Test
        void networkInfoIsPlacedByItsSubnetThenItsAddress() {
            assertThat(nested.buildingOf(networkInfo("10.10.2.0", "10.10.1.20"))).map(Building::buildingName)
                    .contains("Redmond B2");
            assertThat(nested.buildingOf(networkInfo(null, "10.10.3.4"))).map(Building::buildingName)
                    .contains("Redmond campus");
            assertThat(nested.buildingOf(networkInfo("192.168.1.0", "192.168.1.4"))).isEmpty();
            assertThat(nested.buildingOf((NetworkInfo) null)).isEmpty();
        }
    }

    @Test
    void sameNetworkTwiceIsRefused() {
        List<Building> twice = List.of(network("10.10.1.0", 24, "B1"), network("10.10.1.0", 24, "B1 again"));

        assertThatThrownBy(() -> BuildingMap.of(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.10.1.0/24");
    }

    private static Building network(String networkIp, int range, String name) {
        return new Building(networkIp, name.toUpperCase().replace(' ', '-'), range, name, "Contoso", "Office",
                "Branch office", "Redmond", "98052", "US", "WA", "North America", true, false, false);
    }

    private static Building vpn(String networkIp, int range) {
        String name = range == 32 ? "VPN host " + networkIp : "VPN pool " + networkIp;
        return new Building(networkIp, "VPN", range, name, "Contoso", "VPN", "Remote access", "Redmond", "98052",
                "US", "WA", "North America", true, false, true);
    }

    private static NetworkInfo networkInfo(String subnet, String ipAddress) {
        return new NetworkInfo("wired", ipAddress, subnet, null, null, null, null, null, null, null, null, null,
                null, null, List.of(), null);
    }
}
