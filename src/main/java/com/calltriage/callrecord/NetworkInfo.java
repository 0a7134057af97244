package com.calltriage.callrecord;

import java.util.List;

/**
 * The network on one side of a media line ({@code networkInfo}). Addresses and Wi-Fi details are
 * engineer-level data: views decide who sees them.
 *
 * @param connectionType wired, wifi, mobile, tunnel, unknown
 * @param ipAddress      the endpoint's own address
 * @param subnet         the subnet Graph reported
 * @param reflexiveIpAddress the public address seen by the relay
 * @param relayIpAddress the media relay used
 * @param port           the media port
 * @param transportProtocol udp or tcp
 * @param dnsSuffix      the DNS suffix of the network adapter
 * @param macAddress     the adapter's MAC address
 * @param bssid          the Wi-Fi access point's BSSID
 * @param wifiBand       e.g. frequency5GHz
 * @param wifiRadioType  e.g. wifi80211ac
 * @param wifiChannel    the Wi-Fi channel
 * @param wifiDriver     the Wi-Fi driver and version
 * @param traceRouteHops the hops collected during the call
 * @param metrics        the network metrics Graph sent
 */
public record NetworkInfo(String connectionType, String ipAddress, String subnet, String reflexiveIpAddress,
                          String relayIpAddress, Integer port, String transportProtocol, String dnsSuffix,
                          String macAddress, String bssid, String wifiBand, String wifiRadioType, Integer wifiChannel,
                          String wifiDriver, List<TraceRouteHop> traceRouteHops, Measurements metrics) {
    public NetworkInfo {
        traceRouteHops = List.copyOf(traceRouteHops);
    }

    public boolean isWifi() {
        return "wifi".equalsIgnoreCase(connectionType);
    }

    public boolean isTunnel() {
        return "tunnel".equalsIgnoreCase(connectionType);
    }
}
