package com.calltriage.demo;

import static com.calltriage.demo.GraphNumbers.duration;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the network one side of a media line used: a person's home or office network, on Wi-Fi or
 * wired, with a trace route, or a Microsoft relay for a service. Addresses derive from the person, so
 * someone's network looks the same in every call.
 */
final class NetworkWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;

    NetworkWriter(Random random) {
        this.random = random;
    }

    ObjectNode network(SessionSide side) {
        ObjectNode network = NODES.objectNode();
        DemoPerson person = side.person();
        if (side.isService()) {
            network.put("connectionType", "wired");
            network.put("ipAddress", "52.114.76." + (10 + random.nextInt(200)));
            network.put("port", 3478);
            return network;
        }
        Symptoms symptoms = side.symptoms();
        Connection connection = symptoms.connection(random);
        boolean wifi = connection == Connection.WIFI;
        DemoOffice office = connection.officeOf(person);
        int host = 20 + Math.abs(person.id().hashCode() % 200);
        network.put("connectionType", connection.graphName());
        if (office == null) {
            network.put("ipAddress", "192.168.1." + host);
            network.put("subnet", "192.168.1.0");
            network.put("dnsSuffix", "home");
        } else {
            network.put("ipAddress", office.host(host));
            network.put("subnet", office.subnet());
            network.put("dnsSuffix", office.dnsSuffix());
        }
        network.put("reflexiveIPAddress", "203.0.113." + (1 + Math.abs(person.id().hashCode() % 250)));
        network.put("relayIPAddress", "52.115.63." + (1 + random.nextInt(250)));
        network.put("port", 50000 + random.nextInt(20));
        network.put("networkTransportProtocol", connection.transport());
        network.put("macAddress", mac(person.id()));
        network.put("linkSpeed", wifi ? 433_300_000L : 1_000_000_000L);
        if (wifi) {
            network.put("basicServiceSetIdentifier", mac("bssid" + person.id()));
            network.put("wifiBand", "frequency50GHz");
            network.put("wifiRadioType", "wifi80211ac");
            network.put("wifiChannel", 36 + 4 * random.nextInt(4));
            network.put("wifiSignalStrength", symptoms.wifiSignalStrength(random));
            network.put("wifiVendorDriver", "Intel(R) Wi-Fi 6E AX211 160MHz");
            network.put("wifiVendorDriverVersion", "23.40.0.4");
        }
        network.put("receivedQualityEventRatio", symptoms.receivedQualityEventRatio());
        network.put("sentQualityEventRatio", 0.0);
        network.put("delayEventRatio", symptoms.delayEventRatio());
        network.put("bandwidthLowEventRatio", 0.0);
        ArrayNode hops = network.putArray("traceRouteHops");
        double base = symptoms.routeDelayMillis();
        hops.add(hop(1, office == null ? "192.168.1.1" : office.host(1), 1 + random.nextInt(3)));
        hops.add(hop(2, "198.51.100." + (1 + random.nextInt(250)), base + random.nextInt(10)));
        hops.add(hop(3, "52.115.63.1", base + 10 + random.nextInt(15)));
        return network;
    }

    private static ObjectNode hop(int count, String address, double rttMillis) {
        ObjectNode hop = NODES.objectNode();
        hop.put("hopCount", count);
        hop.put("ipAddress", address);
        hop.put("roundTripTime", duration(rttMillis));
        return hop;
    }

    private static String mac(String seed) {
        int hash = seed.hashCode();
        return String.format(Locale.ROOT, "00-15-5D-%02X-%02X-%02X", (hash >> 16) & 0xff, (hash >> 8) & 0xff,
                hash & 0xff);
    }
}
