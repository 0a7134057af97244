package com.calltriage.demo;

/**
 * The trouble a demo call was generated with, so tests can check the diagnosis against it. Each trouble
 * names the class that says what it leaves in a call record.
 */
public enum DemoTrouble {
    NONE("a good call", Symptoms.NONE),
    WIFI_JITTER("jitter on a weak Wi-Fi", new WifiJitter()),
    VPN_PACKET_LOSS("packet loss over the VPN", new VpnPacketLoss()),
    HIGH_ROUND_TRIP("a high round trip", new HighRoundTrip()),
    DEVICE_NOT_FUNCTIONING("a microphone that stopped working", new DeviceNotFunctioning()),
    CALL_SETUP_FAILURE("a call that could not be set up", new CallSetupFailure()),
    DROPPED_CALL("a call that dropped", new DroppedCall()),
    NO_QUALITY_DATA("a call without quality data", new NoQualityData());

    private final String description;
    private final Symptoms symptoms;

    DemoTrouble(String description, Symptoms symptoms) {
        this.description = description;
        this.symptoms = symptoms;
    }

    public String description() {
        return description;
    }

    Symptoms symptoms() {
        return symptoms;
    }
}
