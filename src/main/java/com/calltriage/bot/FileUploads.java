package com.calltriage.bot;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Puts a file where Teams said to after the user accepted it: the upload URL of a OneDrive upload
 * session, which takes the whole file in one PUT with its byte range and needs no token.
 */
final class FileUploads {
    private final OkHttpClient http;

    FileUploads(OkHttpClient http) {
        this.http = http;
    }

    /**
     * @throws IOException              when the upload could not be made or was not accepted
     * @throws IllegalArgumentException when the URL is not https (plain http only to this machine, for tests
     *                                  and local clients): it comes from an activity, and the file holds call data
     */
    void put(String uploadUrl, byte[] content, String contentType) throws IOException {
        HttpUrl url = HttpUrl.parse(uploadUrl == null ? "" : uploadUrl);
        if (url == null || !(url.isHttps() || isLoopback(url.host()))) {
            throw new IllegalArgumentException("Refusing to upload a file to " + (url == null ? "an unreadable URL"
                    : url.scheme() + "://" + url.host()) + ": uploads go over https only");
        }
        Request request = new Request.Builder().url(url)
                .header("Content-Range", "bytes 0-" + (content.length - 1) + "/" + content.length)
                .put(RequestBody.create(content, MediaType.get(contentType)))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("The file store answered " + response.code() + " to the upload of "
                        + content.length + " bytes");
            }
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }
}
