package com.calltriage.demo;

/** The trouble a demo call was generated with, so tests can check the diagnosis against it. */
public enum DemoTrouble {
    NONE("a good call"),
    WIFI_JITTER("jitter on a weak Wi-Fi"),
    VPN_PACKET_LOSS("packet loss over the VPN"),
    HIGH_ROUND_TRIP("a high round trip"),
    DEVICE_NOT_FUNCTIONING("a microphone that stopped working"),
    CALL_SETUP_FAILURE("a call that could not be set up"),
    DROPPED_CALL("a call that dropped"),
    NO_QUALITY_DATA("a call without quality data");

    private final String description;

    DemoTrouble(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
