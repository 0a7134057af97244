package com.calltriage.building;

import com.calltriage.callrecord.NetworkInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Which building a network is in, as CQD decides it: the subnet the client reported, if a building file row
 * has it as its NetworkIP (the most specific row if several do); otherwise the longest building file prefix
 * that contains the client's IP address. IPv4 only: IPv6 and unreadable addresses are in no building.
 *
 * <p>A lookup costs one hash lookup per distinct prefix length in the file (at most 22), never a scan of
 * the rows. Immutable, so one map can serve every thread until the next file replaces it.
 */
public final class BuildingMap {
    private final Map<Integer, Building> bySubnet;
    /** One table per prefix length present in the file, longest prefix first. */
    private final List<PrefixTable> prefixes;

    private BuildingMap(Map<Integer, Building> bySubnet, List<PrefixTable> prefixes) {
        this.bySubnet = bySubnet;
        this.prefixes = prefixes;
    }

    /**
     * @throws IllegalArgumentException if two rows have the same network and range
     */
    public static BuildingMap of(List<Building> buildings) {
        Map<Integer, Building> bySubnet = new HashMap<>();
        Map<Integer, Map<Integer, Building>> byLength = new TreeMap<>(Comparator.reverseOrder());
        for (Building building : buildings) {
            int network = building.networkAddress();
            Building same = byLength.computeIfAbsent(building.networkRange(), length -> new HashMap<>())
                    .putIfAbsent(network, building);
            if (same != null) {
                throw new IllegalArgumentException("Network " + building.cidr() + " is in the building file twice");
            }
            bySubnet.merge(network, building,
                    (kept, other) -> other.networkRange() > kept.networkRange() ? other : kept);
        }
        List<PrefixTable> prefixes = new ArrayList<>();
        byLength.forEach((length, table) -> prefixes.add(new PrefixTable(length, Map.copyOf(table))));
        return new BuildingMap(Map.copyOf(bySubnet), List.copyOf(prefixes));
    }

    /** The building of one side of a media line, from its {@code subnet} and {@code ipAddress}. */
    public Optional<Building> buildingOf(NetworkInfo network) {
        return network == null ? Optional.empty() : buildingOf(network.subnet(), network.ipAddress());
    }

    /**
     * @param subnet    the subnet the client reported, or null
     * @param ipAddress the client's address, or null
     */
    public Optional<Building> buildingOf(String subnet, String ipAddress) {
        OptionalInt reported = Ipv4.parse(subnet);
        if (reported.isPresent()) {
            Building exact = bySubnet.get(reported.getAsInt());
            if (exact != null) {
                return Optional.of(exact);
            }
        }
        return containing(ipAddress);
    }

    /** The building of the most specific network that contains the address. */
    public Optional<Building> containing(String ipAddress) {
        OptionalInt address = Ipv4.parse(ipAddress);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        for (PrefixTable prefix : prefixes) {
            Building building = prefix.networks().get(Ipv4.network(address.getAsInt(), prefix.length()));
            if (building != null) {
                return Optional.of(building);
            }
        }
        return Optional.empty();
    }

    private record PrefixTable(int length, Map<Integer, Building> networks) {
    }
}
