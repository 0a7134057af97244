package com.calltriage.callrecord.json;

import static com.calltriage.callrecord.json.GraphJson.bool;
import static com.calltriage.callrecord.json.GraphJson.durationMillis;
import static com.calltriage.callrecord.json.GraphJson.instant;
import static com.calltriage.callrecord.json.GraphJson.integer;
import static com.calltriage.callrecord.json.GraphJson.list;
import static com.calltriage.callrecord.json.GraphJson.number;
import static com.calltriage.callrecord.json.GraphJson.object;
import static com.calltriage.callrecord.json.GraphJson.text;

import com.calltriage.callrecord.DeviceInfo;
import com.calltriage.callrecord.Measurements;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.MediaStream;
import com.calltriage.callrecord.Metric;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.callrecord.TraceRouteHop;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;

/**
 * One media line of a segment as Graph reports it: each side's devices and network (with traceroutes) and the
 * streams' measurements. Part of {@link CallRecordParser}, whose contract it keeps: absent values stay absent, a
 * value of the wrong form rejects the record with its path.
 */
final class GraphJsonMedia {
    private GraphJsonMedia() {
    }

    static Media media(JsonNode json, String path) {
        String where = path + ".media " + text(json, "label");
        return new Media(
                text(json, "label"),
                device(object(json, "callerDevice"), where + ".callerDevice"),
                device(object(json, "calleeDevice"), where + ".calleeDevice"),
                network(object(json, "callerNetwork"), where + ".callerNetwork"),
                network(object(json, "calleeNetwork"), where + ".calleeNetwork"),
                list(json, "streams", where, GraphJsonMedia::stream));
    }

    private static DeviceInfo device(JsonNode json, String path) {
        if (json == null) {
            return null;
        }
        return new DeviceInfo(text(json, "captureDeviceName"), text(json, "captureDeviceDriver"),
                text(json, "renderDeviceName"), text(json, "renderDeviceDriver"),
                measurements(json, Metric.Scope.DEVICE, path));
    }

    private static NetworkInfo network(JsonNode json, String path) {
        if (json == null) {
            return null;
        }
        String driver = text(json, "wifiVendorDriver");
        String driverVersion = text(json, "wifiVendorDriverVersion");
        return new NetworkInfo(
                text(json, "connectionType"),
                text(json, "ipAddress"),
                text(json, "subnet"),
                text(json, "reflexiveIPAddress"),
                text(json, "relayIPAddress"),
                integer(json, "port", path),
                text(json, "networkTransportProtocol"),
                text(json, "dnsSuffix"),
                text(json, "macAddress"),
                text(json, "basicServiceSetIdentifier"),
                text(json, "wifiBand"),
                text(json, "wifiRadioType"),
                integer(json, "wifiChannel", path),
                driver == null ? null : driverVersion == null ? driver : driver + " " + driverVersion,
                list(json, "traceRouteHops", path, GraphJsonMedia::hop),
                measurements(json, Metric.Scope.NETWORK, path));
    }

    private static TraceRouteHop hop(JsonNode json, String path) {
        return new TraceRouteHop(integer(json, "hopCount", path), text(json, "ipAddress"),
                durationMillis(json, "roundTripTime", path));
    }

    private static MediaStream stream(JsonNode json, String path) {
        String where = path + ".stream " + text(json, "streamId");
        return new MediaStream(
                text(json, "streamId"),
                MediaStream.StreamDirection.fromGraph(text(json, "streamDirection")),
                text(json, "audioCodec"),
                text(json, "videoCodec"),
                bool(json, "wasMediaBypassed"),
                instant(json, "startDateTime", where),
                instant(json, "endDateTime", where),
                measurements(json, Metric.Scope.STREAM, where));
    }

    private static Measurements measurements(JsonNode json, Metric.Scope scope, String path) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            if (metric.scope() != scope) {
                continue;
            }
            Double value = metric.unit() == Metric.Unit.MILLISECONDS
                    ? durationMillis(json, metric.graphName(), path)
                    : number(json, metric.graphName(), path);
            if (value != null) {
                values.put(metric, value);
            }
        }
        return Measurements.of(values);
    }
}
