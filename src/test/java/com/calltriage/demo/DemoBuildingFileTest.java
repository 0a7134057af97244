package com.calltriage.demo;

import static com.calltriage.testing.DemoFixtures.demoCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.building.Building;
import com.calltriage.building.BuildingFileParser;
import com.calltriage.building.BuildingMap;
import com.calltriage.building.ParsedBuildingFile;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.NetworkInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoBuildingFileTest {
    private final ParsedBuildingFile file = new BuildingFileParser().parse(DemoDataset.buildingFile());
    private final BuildingMap map = BuildingMap.of(file.buildings());

    @Test
    void parsesWithoutErrors() {
        assertThat(file.errors()).isEmpty();
        assertThat(file.buildings()).hasSize(DemoTenant.OFFICES.size() + 1);
    }

    static Stream<DemoOffice> officesAndVpn() {
        return Stream.concat(DemoTenant.OFFICES.stream(), Stream.of(DemoTenant.VPN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officesAndVpn")
    void everyOfficeSubnetAndTheVpnMapToTheirBuilding(DemoOffice office) {
        assertThat(map.buildingOf(office.subnet(), office.host(57))).map(Building::buildingName)
                .contains(office.building());
        assertThat(map.containing(office.host(200))).map(Building::buildingName).contains(office.building());
    }

    @Test
    void vpnIsAVpnRowAndOfficesAreNot() {
        assertThat(file.buildings()).filteredOn(Building::vpn).extracting(Building::buildingName)
                .containsExactly(DemoTenant.VPN.building());
    }

    @Test
    void homeNetworksStayUnmapped() {
        assertThat(map.buildingOf("192.168.1.0", "192.168.1.57")).isEmpty();
    }

    @Test
    void everyNetworkInTheDemoCallsIsInItsOfficeOrInNoBuildingWhenAtHomeOrOutside() {
        CallRecordParser parser = new CallRecordParser();
        List<NetworkInfo> networks = demoCalls().stream()
                .map(call -> parser.parse(call.json()))
                .flatMap(record -> record.sessions().stream())
                .flatMap(session -> session.segments().stream())
                .flatMap(segment -> segment.media().stream())
                .flatMap(DemoBuildingFileTest::networksOf)
                .toList();

        assertThat(networks).isNotEmpty().allSatisfy(network -> {
            String expected = officesAndVpn().filter(o -> o.subnet().equals(network.subnet()))
                    .map(DemoOffice::building).findFirst().orElse(null);
            assertThat(map.buildingOf(network).map(Building::buildingName).orElse(null))
                    .as("building of %s in %s", network.ipAddress(), network.subnet()).isEqualTo(expected);
        });
        assertThat(networks).extracting(network -> map.buildingOf(network).map(Building::buildingName))
                .contains(Optional.of("VPN"), Optional.empty());
    }

    private static Stream<NetworkInfo> networksOf(Media media) {
        return Stream.of(media.callerNetwork(), media.calleeNetwork()).filter(Objects::nonNull);
    }
}
