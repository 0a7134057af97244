package com.calltriage.bot;

import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Where exported files may be uploaded. The upload URL arrives in the activity, so a forged acceptance could
 * otherwise send call data anywhere: only https URLs on the OneDrive and SharePoint hosts Teams gives are used,
 * and, in local mode only, this machine, for tests and local clients.
 *
 * @param suffixes  host suffixes such as {@code .sharepoint.com}; a host matches when it ends with one, or is the
 *                  suffix without its leading dot
 * @param loopback  whether uploads to this machine are allowed, over http too: true in local mode only
 */
public record UploadHosts(List<String> suffixes, boolean loopback) {
    public UploadHosts {
        suffixes = suffixes.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }

    boolean allow(HttpUrl url) {
        String host = url.host().toLowerCase(Locale.ROOT);
        if (isLoopback(host)) {
            return loopback;
        }
        return url.isHttps() && suffixes.stream().map(s -> s.startsWith(".") ? s.substring(1) : s)
                .anyMatch(domain -> !domain.isEmpty() && (host.equals(domain) || host.endsWith("." + domain)));
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    }
}
