package com.calltriage.calls.report;

import com.calltriage.building.Building;
import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.DeviceInfo;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.Metric;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.quality.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One side of a media line as engineers see it: its devices, its network and building (the Advanced tab of
 * call analytics), and for the debug card the adapter and Wi-Fi (its Debug tab).
 */
final class MediaLineFacts {
    private final BuildingMap buildings;

    MediaLineFacts(BuildingMap buildings) {
        this.buildings = buildings;
    }

    /** Devices, network and building of the caller's or the callee's side; empty for no line. */
    List<Fact> advanced(Media media, boolean callerSide) {
        List<Fact> facts = new ArrayList<>();
        if (media == null) {
            return facts;
        }
        DeviceInfo device = callerSide ? media.callerDevice() : media.calleeDevice();
        NetworkInfo network = callerSide ? media.callerNetwork() : media.calleeNetwork();
        if (device != null) {
            Fact.add(facts, "Microphone", device.captureDeviceName());
            Fact.add(facts, "Speaker", device.renderDeviceName());
        }
        if (network != null) {
            Fact.add(facts, "Connection", network.connectionType() == null ? null
                    : ReasonText.connectionName(network.connectionType()));
            Fact.add(facts, "IP address", network.ipAddress());
            Fact.add(facts, "Subnet", network.subnet());
            Fact.add(facts, "Building", buildings.buildingOf(network).map(MediaLineFacts::building).orElse(null));
            Fact.add(facts, "Public IP address", network.reflexiveIpAddress());
            Fact.add(facts, "Relay IP address", network.relayIpAddress());
        }
        return facts;
    }

    /**
     * The Advanced facts followed by the Debug ones: DNS suffix, MAC address, port and Wi-Fi.
     *
     * @param marks how the rules rate this side's network values (the Wi-Fi signal)
     */
    List<Fact> withDebug(Media media, boolean callerSide, Map<Metric, Severity> marks) {
        List<Fact> facts = advanced(media, callerSide);
        NetworkInfo network = media == null ? null : callerSide ? media.callerNetwork() : media.calleeNetwork();
        if (network == null) {
            return facts;
        }
        Fact.add(facts, "DNS suffix", network.dnsSuffix());
        Fact.add(facts, "MAC address", network.macAddress());
        Fact.add(facts, "Port", network.port() == null ? null
                : network.port() + (network.transportProtocol() == null ? "" : " " + network.transportProtocol()));
        if (network.isWifi() || network.bssid() != null) {
            Fact.add(facts, "Wi-Fi BSSID", network.bssid());
            Fact.add(facts, "Wi-Fi band", wifiBand(network.wifiBand()));
            Fact.add(facts, "Wi-Fi channel", network.wifiChannel() == null ? null
                    : String.valueOf(network.wifiChannel()));
            Fact.add(facts, "Wi-Fi radio", network.wifiRadioType() == null ? null
                    : network.wifiRadioType().replaceFirst("^wifi(\\d{3})(\\d{2})(\\w*)$", "$1.$2$3"));
            Fact.add(facts, "Wi-Fi driver", network.wifiDriver());
            network.metrics().get(Metric.WIFI_SIGNAL_STRENGTH).ifPresent(signal -> facts.add(new Fact(
                    "Wi-Fi signal", ReasonText.format(Metric.WIFI_SIGNAL_STRENGTH, signal),
                    marks.get(Metric.WIFI_SIGNAL_STRENGTH))));
        }
        return facts;
    }

    /** "audio", "video", "app sharing": a media line as people name it. */
    static String label(Media media) {
        String label = media.label() == null ? "media" : media.label();
        return label.replace("main-", "").replace("applicationsharing-video", "app sharing");
    }

    /** Graph names bands by tenths of GHz: "frequency50GHz" is 5.0 GHz, "frequency60GHz" 6.0 GHz. */
    private static String wifiBand(String band) {
        if (band == null) {
            return null;
        }
        return switch (band) {
            case "frequency24GHz" -> "2.4 GHz";
            case "frequency50GHz" -> "5 GHz";
            case "frequency60GHz" -> "6 GHz";
            default -> band;
        };
    }

    private static String building(Building building) {
        return building.buildingName() + (building.city().isEmpty() ? "" : ", " + building.city())
                + (building.networkName().isEmpty() ? "" : " (" + building.networkName() + ")");
    }
}
