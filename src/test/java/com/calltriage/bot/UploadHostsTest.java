package com.calltriage.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exports go only to the OneDrive and SharePoint hosts Teams uses, over https; to this machine in local mode only. */
class UploadHostsTest {
    private static final List<String> TEAMS = List.of(".sharepoint.com", ".sharepoint.us", ".sharepoint-mil.us",
            ".sharepoint.de", ".sharepoint.cn");

    @ParameterizedTest(name = "{0}: local mode {1}, server {2}")
    @CsvSource({
        "https://contoso-my.sharepoint.com/personal/sam/_api/upload, true,  true",
        "https://CONTOSO-MY.SharePoint.com/upload,                   false, true",
        "https://agency.sharepoint.us/upload,                        false, true",
        "https://army.sharepoint-mil.us/upload,                      false, true",
        "http://contoso-my.sharepoint.com/upload,                    true,  false",
        "https://contoso-my.sharepoint.com.example.com/upload,       true,  false",
        "https://evilsharepoint.com/upload,                          true,  false",
        "https://files.example.com/upload,                           true,  false",
        "http://localhost:8080/upload,                               true,  true",
        "https://127.0.0.1/upload,                                   true,  true",
        "http://[::1]:8080/upload,                                   true,  true",
        "http://localhost:8080/upload,                               false, false",
        "https://localhost/upload,                                   false, false",
    })
    void anUploadUrlIsAllowedOnlyOnTheHostsTeamsUses(String url, boolean localMode, boolean server) {
        assertThat(new UploadHosts(TEAMS, localMode).allow(HttpUrl.get(url))).isEqualTo(server);
    }

    @Test
    void aHostListEntryWithoutItsLeadingDotStillMatchesOnlyWholeLabels() {
        UploadHosts hosts = new UploadHosts(List.of("sharepoint.com", " ", ""), false);

        assertThat(hosts.allow(HttpUrl.get("https://contoso.sharepoint.com/x"))).isTrue();
        assertThat(hosts.allow(HttpUrl.get("https://notsharepoint.com/x"))).isFalse();
    }

    @Test
    void aRefusedUrlIsNotRequested() {
        List<String> requested = new ArrayList<>();
        OkHttpClient recording = new OkHttpClient.Builder().addInterceptor(chain -> {
            requested.add(chain.request().url().toString());
            return chain.proceed(chain.request());
        }).build();
        FileUploads uploads = new FileUploads(recording, new UploadHosts(TEAMS, false));

        assertThatThrownBy(() -> uploads.put("https://files.example.com/upload", new byte[] {1}, "text/csv"))
                .isInstanceOf(IOException.class).hasMessage("not an allowed upload host");
        assertThat(requested).isEmpty();
    }
}
