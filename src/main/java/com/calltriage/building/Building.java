package com.calltriage.building;

import java.util.Objects;

/**
 * One row of the CQD building file: a network and the building it belongs to. Text columns CQD leaves
 * optional are empty strings, never null.
 *
 * @param networkIp          the network address, e.g. 10.10.1.0 (host bits zero)
 * @param networkName        the network's own name
 * @param networkRange       the prefix length in bits, e.g. 24
 * @param buildingName       the building the network is in
 * @param ownershipType      e.g. the company or a partner that runs the building
 * @param buildingType       e.g. Office
 * @param buildingOfficeType e.g. Headquarters
 * @param city               the building's city
 * @param zipCode            the building's postal code
 * @param country            the building's country
 * @param state              the building's state or province
 * @param region             the building's region, e.g. EMEA
 * @param insideCorp         whether the network is part of the corporate network
 * @param expressRoute       whether the network uses ExpressRoute for media
 * @param vpn                whether the network is a VPN address pool (the optional 15th column)
 * @throws IllegalArgumentException if the network is not an IPv4 network address with a prefix of 0 to 32
 */
public record Building(String networkIp, String networkName, int networkRange, String buildingName,
                       String ownershipType, String buildingType, String buildingOfficeType, String city,
                       String zipCode, String country, String state, String region, boolean insideCorp,
                       boolean expressRoute, boolean vpn) {

    public Building {
        Objects.requireNonNull(networkIp, "networkIp");
        Objects.requireNonNull(networkName, "networkName");
        Objects.requireNonNull(buildingName, "buildingName");
        Objects.requireNonNull(ownershipType, "ownershipType");
        Objects.requireNonNull(buildingType, "buildingType");
        Objects.requireNonNull(buildingOfficeType, "buildingOfficeType");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(zipCode, "zipCode");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(region, "region");
        if (networkRange < 0 || networkRange > Ipv4.BITS) {
            throw new IllegalArgumentException("Network range must be 0 to 32 bits, was " + networkRange);
        }
        int address = Ipv4.parse(networkIp).orElseThrow(
                () -> new IllegalArgumentException("Not an IPv4 address: " + networkIp));
        if (Ipv4.network(address, networkRange) != address) {
            throw new IllegalArgumentException("Not the network address of its /" + networkRange + ": " + networkIp);
        }
    }

    /** The network in CIDR notation, e.g. 10.10.1.0/24. */
    public String cidr() {
        return networkIp + "/" + networkRange;
    }

    int networkAddress() {
        return Ipv4.parse(networkIp).orElseThrow();
    }
}
