package com.calltriage.demo;

/** How a person's client reached the network, named as Graph's connectionType names it. */
enum Connection {
    WIRED("wired", "udp"),
    WIFI("wifi", "udp"),
    /** Over the corporate VPN: media is tunnelled over TCP, from an address of the VPN's pool. */
    VPN_TUNNEL("tunnel", "tcp");

    private final String graphName;
    private final String transport;

    Connection(String graphName, String transport) {
        this.graphName = graphName;
        this.transport = transport;
    }

    String graphName() {
        return graphName;
    }

    /** The networkTransportProtocol media used. */
    String transport() {
        return transport;
    }

    /** The office network the person's address is in; null for a home network. */
    DemoOffice officeOf(DemoPerson person) {
        return this == VPN_TUNNEL ? DemoTenant.VPN : person.homeOffice();
    }
}
