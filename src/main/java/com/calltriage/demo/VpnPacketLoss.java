package com.calltriage.demo;

import java.util.Random;

/**
 * Packet loss over the VPN: the person's media is tunnelled over TCP through the corporate VPN, which
 * loses packets and adds delay. Video suffers too: half the frames are lost and the picture freezes.
 */
final class VpnPacketLoss extends PoorNetwork {

    @Override
    public Connection connection(Random random) {
        return Connection.VPN_TUNNEL;
    }

    /** Loss far past its limit, plus the delay the tunnel adds. */
    @Override
    public AudioQuality receivedAudio(AudioQuality usual, Random random) {
        double loss = 0.13 + random.nextDouble() * 0.08;
        double roundTrip = 140 + random.nextDouble() * 40;
        return usual.withPacketLoss(loss, loss * 2)
                .withRoundTrip(roundTrip, roundTrip * 2)
                .withDegradation(0.075, 1.1);
    }

    @Override
    public VideoQuality receivedVideo(int frameRate, Random random) {
        return new VideoQuality(12.5, frameRate / 2.0, frameRate / 2.0, 0.06, 0.3, 450);
    }
}
