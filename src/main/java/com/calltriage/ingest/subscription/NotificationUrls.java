package com.calltriage.ingest.subscription;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The public addresses Graph posts to: change notifications, and lifecycle notifications beside them.
 *
 * @param notifications where {@code /api/graph/notifications} is reached from the internet
 * @param lifecycle     where {@code /api/graph/lifecycle} is reached
 */
public record NotificationUrls(String notifications, String lifecycle) {
    static final String LIFECYCLE_PATH = "/api/graph/lifecycle";
    private static final String NOTIFICATIONS_SEGMENT = "/notifications";

    /**
     * The lifecycle address beside a notification address: its last {@code /notifications} becomes
     * {@code /lifecycle} (so a reverse proxy's prefix is kept), or, when the path does not end so,
     * {@value #LIFECYCLE_PATH} on the same scheme, host and port. A query (such as a gateway's key) is kept.
     *
     * @throws IllegalArgumentException when the address is not an absolute http or https URL
     */
    public static NotificationUrls beside(String notificationUrl) {
        URI uri;
        try {
            uri = new URI(notificationUrl == null ? "" : notificationUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The notification URL is not a URL: '" + notificationUrl + "'", e);
        }
        if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme())
                || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("The notification URL must be an absolute https URL, not '"
                    + notificationUrl + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String lifecyclePath = path.endsWith(NOTIFICATIONS_SEGMENT)
                ? path.substring(0, path.length() - NOTIFICATIONS_SEGMENT.length()) + "/lifecycle"
                : LIFECYCLE_PATH;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new NotificationUrls(uri.toString(), uri.getScheme() + "://" + uri.getRawAuthority() + lifecyclePath
                + query);
    }
}
