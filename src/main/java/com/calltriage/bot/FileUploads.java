package com.calltriage.bot;

import java.io.IOException;
import java.io.InterruptedIOException;
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
    private final UploadHosts hosts;

    FileUploads(OkHttpClient http, UploadHosts hosts) {
        // A redirect would take the file to a host nobody checked, with the file: a 3xx is a failed upload.
        this.http = http.newBuilder().followRedirects(false).followSslRedirects(false).build();
        this.hosts = hosts;
    }

    /** The host an upload URL names, for the audit log. */
    static String hostOf(String uploadUrl) {
        HttpUrl url = parse(uploadUrl);
        return url == null ? "an unreadable URL" : url.host();
    }

    /**
     * @throws IOException when the URL is not one {@link UploadHosts} allows (nothing is sent then), or the upload
     *                     could not be made or was not accepted; the message is a short reason
     */
    void put(String uploadUrl, byte[] content, String contentType) throws IOException {
        HttpUrl url = parse(uploadUrl);
        if (url == null || !hosts.allow(url)) {
            throw new IOException("not an allowed upload host");
        }
        Request request = new Request.Builder().url(url)
                .header("Content-Range", "bytes 0-" + (content.length - 1) + "/" + content.length)
                .put(RequestBody.create(content, MediaType.get(contentType)))
                .build();
        Response response;
        try {
            response = http.newCall(request).execute();
        } catch (InterruptedIOException e) {
            throw new IOException("no answer in time", e);
        } catch (IOException e) {
            throw new IOException("no connection (" + e.getClass().getSimpleName() + ")", e);
        }
        try (response) {
            if (response.isRedirect()) {
                throw new IOException("answered " + response.code() + ", a redirect, which is not followed");
            }
            if (!response.isSuccessful()) {
                throw new IOException("answered " + response.code());
            }
        }
    }

    private static HttpUrl parse(String uploadUrl) {
        return HttpUrl.parse(uploadUrl == null ? "" : uploadUrl);
    }
}
