package com.calltriage.demo;

import static com.calltriage.demo.GraphNumbers.round;

import java.util.Random;

/**
 * The video or screen sharing a receiver measured: frames lost, the frame rate sent and received, the
 * packet loss left after error correction, how often the rate was low and how long the picture froze.
 */
record VideoQuality(double frameLossPercentage, double frameRate, double receivedFrameRate,
                    double postFecPacketLossRate, double lowFrameRateRatio, double freezeMillis) {

    /** What a good call measures: hardly a frame lost, half a frame a second short, no freezes. */
    static VideoQuality usual(int frameRate, Random random) {
        double frameLoss = round(random.nextDouble() * 2, 2);
        double postFecLoss = round(random.nextDouble() * 0.005, 4);
        return new VideoQuality(frameLoss, frameRate, frameRate - 0.5, postFecLoss, 0.0, 0);
    }
}
