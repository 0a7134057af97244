package com.calltriage.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuildingTest {

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "10.10.1.5,  24, Not the network address of its /24: 10.10.1.5",
        "10.10.1,    24, Not an IPv4 address: 10.10.1",
        "2001:db8::, 24, Not an IPv4 address: 2001:db8::",
        "10.10.1.0,  33, 'Network range must be 0 to 32 bits, was 33'",
        "10.10.1.0,  -1, 'Network range must be 0 to 32 bits, was -1'"
    })
    void networkThatIsNoIpv4NetworkAddressIsRefused(String networkIp, int range, String message) {
        assertThatThrownBy(() -> building(networkIp, range)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void cidrNamesTheNetworkAndItsRange() {
        assertThat(building("10.99.7.7", 32).cidr()).isEqualTo("10.99.7.7/32");
    }

    private static Building building(String networkIp, int range) {
        return new Building(networkIp, "NET", range, "Building", "", "", "", "", "", "", "", "", true, false, false);
    }
}
