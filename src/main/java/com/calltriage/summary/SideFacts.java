package com.calltriage.summary;

import com.calltriage.quality.Cause;
import com.calltriage.quality.MediaKind;
import com.calltriage.quality.Verdict;

/**
 * The quality facts of one person's side of one session: what the summary breaks calls down by.
 *
 * @param sessionId     Graph's session id
 * @param side          "caller" or "callee"
 * @param media         the session's first media kind; null when it carried none
 * @param verdict       the session's verdict
 * @param cause         the session's main cause; null when not poor
 * @param poor          whether a red reason of the session is on this side
 * @param setupFailed   whether the session failed to set up
 * @param dropped       whether the session dropped
 * @param audioGood     audio streams on this side classified good
 * @param audioPoor     audio streams on this side classified poor
 * @param connection    Graph's connection type (wired, wifi, mobile, tunnel); null when not reported
 * @param wifiBand      Graph's Wi-Fi band (frequency24GHz, frequency50GHz); null when not reported
 * @param vpn           whether the side was on a VPN (a tunnel, or a VPN network of the building file)
 * @param building      the building of its network; null when in none
 * @param subnet        the subnet reported; null when not
 * @param insideCorp    whether the network is inside the corporate network; null when no network was reported
 * @param clientVersion the Teams client's platform and version; null for no client
 */
public record SideFacts(String sessionId, String side, MediaKind media, Verdict verdict, Cause cause, boolean poor,
                        boolean setupFailed, boolean dropped, int audioGood, int audioPoor, String connection,
                        String wifiBand, boolean vpn, String building, String subnet, Boolean insideCorp,
                        String clientVersion) {

    /** The connection as managers say it: Wired, Wi-Fi 2.4 GHz, Wi-Fi 5 GHz, VPN, Mobile. */
    public String connectionLabel() {
        if (vpn) {
            return "VPN";
        }
        if (connection == null) {
            return "Not reported";
        }
        return switch (connection.toLowerCase(java.util.Locale.ROOT)) {
            case "wired" -> "Wired";
            case "wifi" -> wifiBand == null ? "Wi-Fi, band not reported"
                    : wifiBand.contains("24") ? "Wi-Fi 2.4 GHz"
                    : wifiBand.contains("50") || wifiBand.contains("5GHz") ? "Wi-Fi 5 GHz"
                    : wifiBand.contains("60") ? "Wi-Fi 6 GHz" : "Wi-Fi, band not reported";
            case "mobile" -> "Mobile";
            case "tunnel" -> "VPN";
            default -> "Not reported";
        };
    }

    /** Inside or outside the corporate network, or not reported. */
    public String corpLabel() {
        return insideCorp == null ? "Not reported" : insideCorp ? "Inside corporate network"
                : "Outside corporate network";
    }
}
