package com.calltriage.calls.report;

import com.calltriage.callrecord.Metric;

/** What each Graph metric is called on the debug card's tabs, averages and peaks told apart. */
final class MetricWords {
    private MetricWords() {
    }

    /** Every metric has words: the switch has no default, so a new metric does not compile until it gets some. */
    static String of(Metric metric) {
        return switch (metric) {
            case AVERAGE_JITTER -> "Jitter (average)";
            case MAX_JITTER -> "Jitter (max)";
            case AVERAGE_AUDIO_NETWORK_JITTER -> "Network jitter (average)";
            case MAX_AUDIO_NETWORK_JITTER -> "Network jitter (max)";
            case AVERAGE_PACKET_LOSS_RATE -> "Packet loss (average)";
            case MAX_PACKET_LOSS_RATE -> "Packet loss (max)";
            case AVERAGE_ROUND_TRIP_TIME -> "Round trip (average)";
            case MAX_ROUND_TRIP_TIME -> "Round trip (max)";
            case AVERAGE_RATIO_OF_CONCEALED_SAMPLES -> "Concealed samples (average)";
            case MAX_RATIO_OF_CONCEALED_SAMPLES -> "Concealed samples (max)";
            case AVERAGE_AUDIO_DEGRADATION -> "NMOS degradation";
            case PACKET_UTILIZATION -> "Packets";
            case AVERAGE_BANDWIDTH_ESTIMATE -> "Bandwidth estimate";
            case AVERAGE_VIDEO_FRAME_LOSS_PERCENTAGE -> "Frame loss";
            case AVERAGE_VIDEO_FRAME_RATE -> "Frame rate";
            case AVERAGE_RECEIVED_FRAME_RATE -> "Received frame rate";
            case AVERAGE_VIDEO_PACKET_LOSS_RATE -> "Video packet loss";
            case POST_FEC_PACKET_LOSS_RATE -> "Packet loss after FEC";
            case LOW_FRAME_RATE_RATIO -> "Time at low frame rate";
            case LOW_VIDEO_PROCESSING_CAPABILITY_RATIO -> "Time with too little processing";
            case AVERAGE_FREEZE_DURATION -> "Freeze (average)";
            case RMS_FREEZE_DURATION -> "Freeze (RMS)";
            case CAPTURE_NOT_FUNCTIONING_EVENT_RATIO -> "Microphone not working";
            case RENDER_NOT_FUNCTIONING_EVENT_RATIO -> "Speaker not working";
            case CPU_INSUFFICIENT_EVENT_RATIO -> "CPU insufficient";
            case DEVICE_CLIPPING_EVENT_RATIO -> "Microphone clipping";
            case DEVICE_GLITCH_EVENT_RATIO -> "Device glitches";
            case HOWLING_EVENT_COUNT -> "Howling (feedback) events";
            case LOW_SPEECH_LEVEL_EVENT_RATIO -> "Speech too quiet";
            case LOW_SPEECH_TO_NOISE_EVENT_RATIO -> "Low speech to noise";
            case MIC_GLITCH_RATE -> "Microphone glitches per 5 min";
            case SPEAKER_GLITCH_RATE -> "Speaker glitches per 5 min";
            case RENDER_MUTE_EVENT_RATIO -> "Speaker muted";
            case RENDER_ZERO_VOLUME_EVENT_RATIO -> "Speaker at zero volume";
            case INITIAL_SIGNAL_LEVEL_RMS -> "Initial signal level (RMS)";
            case RECEIVED_NOISE_LEVEL -> "Received noise level";
            case RECEIVED_SIGNAL_LEVEL -> "Received signal level";
            case SENT_NOISE_LEVEL -> "Sent noise level";
            case SENT_SIGNAL_LEVEL -> "Sent signal level";
            case BANDWIDTH_LOW_EVENT_RATIO -> "Low bandwidth";
            case DELAY_EVENT_RATIO -> "Network delay";
            case RECEIVED_QUALITY_EVENT_RATIO -> "Poor quality received";
            case SENT_QUALITY_EVENT_RATIO -> "Poor quality sent";
            case LINK_SPEED -> "Link speed";
            case WIFI_SIGNAL_STRENGTH -> "Wi-Fi signal";
            case WIFI_BATTERY_CHARGE -> "Battery charge";
        };
    }
}
