package com.calltriage.calls.report;

import com.calltriage.access.Masking;
import com.calltriage.callrecord.DeviceInfo;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.callrecord.Segment;
import com.calltriage.callrecord.Session;
import com.calltriage.quality.MediaKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A media line of a session with its two ends named as the asker may see them: what the stream, event,
 * signal and traceroute tabs are built from.
 *
 * @param segment which segment of the session it belongs to, from 1
 * @param media   the line as Graph reported it
 * @param kind    what it carries, which decides its tab and its rules
 * @param caller  the segment's caller end
 * @param callee  the segment's callee end
 */
record SessionLine(int segment, Media media, MediaKind kind, End caller, End callee) {

    /**
     * One end of a media line.
     *
     * @param who      the person, masked, or the service
     * @param endpoint may be null
     * @param device   may be null
     * @param network  may be null
     */
    record End(String who, Endpoint endpoint, DeviceInfo device, NetworkInfo network) {
        /** Only people's devices and networks are judged, as in the diagnosis. */
        boolean isPerson() {
            return endpoint != null && endpoint.participant();
        }
    }

    /** Every media line of the session in Graph's order; a segment without its own endpoints has the session's. */
    static List<SessionLine> of(Session session, Masking masking) {
        List<SessionLine> lines = new ArrayList<>();
        for (int i = 0; i < session.segments().size(); i++) {
            Segment segment = session.segments().get(i);
            Endpoint caller = segment.caller() != null ? segment.caller() : session.caller();
            Endpoint callee = segment.callee() != null ? segment.callee() : session.callee();
            for (Media media : segment.media()) {
                lines.add(new SessionLine(i + 1, media, MediaKind.of(media, session.modalities()),
                        new End(SessionFacts.who(caller, masking), caller, media.callerDevice(), media.callerNetwork()),
                        new End(SessionFacts.who(callee, masking), callee, media.calleeDevice(),
                                media.calleeNetwork())));
            }
        }
        return lines;
    }

    List<End> ends() {
        return List.of(caller, callee);
    }

    /** "Segment 2 · video": names the line when a tab shows several. */
    String caption() {
        return "Segment " + segment + " · " + MediaLineFacts.label(media);
    }
}
