package com.calltriage.quality;

import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.Modality;
import java.util.Locale;
import java.util.Set;

/** What a media line carries, which decides the rules that apply to its streams. */
public enum MediaKind {
    AUDIO("audio"),
    VIDEO("video"),
    VIDEO_BASED_SCREEN_SHARING("screen sharing"),
    APP_SHARING("app sharing"),
    OTHER("media");

    private final String words;

    MediaKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /**
     * From the media label ({@code main-audio}, {@code main-video}, {@code applicationsharing-video}).
     * Screen sharing is video-based when the session says so, otherwise it is classic app sharing.
     */
    public static MediaKind of(Media media, Set<Modality> sessionModalities) {
        String label = media.label() == null ? "" : media.label().toLowerCase(Locale.ROOT);
        if (label.contains("applicationsharing") || label.contains("screen")) {
            return sessionModalities.contains(Modality.VIDEO_BASED_SCREEN_SHARING)
                    ? VIDEO_BASED_SCREEN_SHARING : APP_SHARING;
        }
        if (label.contains("audio")) {
            return AUDIO;
        }
        if (label.contains("video")) {
            return VIDEO;
        }
        return OTHER;
    }
}
