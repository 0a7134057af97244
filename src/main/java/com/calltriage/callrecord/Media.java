package com.calltriage.callrecord;

import java.util.List;

/**
 * A media line of a segment: what was sent (label: main-audio, main-video, applicationsharing-video,
 * ...), on which devices and networks, and the streams.
 */
public record Media(String label, DeviceInfo callerDevice, DeviceInfo calleeDevice, NetworkInfo callerNetwork,
                    NetworkInfo calleeNetwork, List<MediaStream> streams) {
    public Media {
        streams = List.copyOf(streams);
    }
}
