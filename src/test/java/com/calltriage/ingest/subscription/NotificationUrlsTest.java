package com.calltriage.ingest.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://bot.contoso.com/api/graph/notifications, https://bot.contoso.com/api/graph/lifecycle",
        "https://gw.contoso.com/calltriage/api/graph/notifications, https://gw.contoso.com/calltriage/api/graph/lifecycle",
        "https://bot.contoso.com:8443/hooks/notifications, https://bot.contoso.com:8443/hooks/lifecycle",
        "https://bot.contoso.com/webhook, https://bot.contoso.com/api/graph/lifecycle",
        "https://bot.contoso.com, https://bot.contoso.com/api/graph/lifecycle"})
    void theLifecycleAddressSitsBesideTheNotificationAddress(String notifications, String lifecycle) {
        assertThat(NotificationUrls.beside(notifications)).isEqualTo(new NotificationUrls(notifications, lifecycle));
    }

    @Test
    void aGatewayKeyInTheQueryGoesToBoth() {
        assertThat(NotificationUrls.beside("https://gw.contoso.com/api/graph/notifications?code=k%3D1").lifecycle())
                .isEqualTo("https://gw.contoso.com/api/graph/lifecycle?code=k%3D1");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "bot.contoso.com/api/graph/notifications", "ftp://bot.contoso.com/x", "https://"})
    void anAddressGraphCannotPostToIsRefused(String notifications) {
        assertThatThrownBy(() -> NotificationUrls.beside(notifications)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notification URL");
    }
}
