package com.calltriage.jobs;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphNotificationJson.batch;
import static com.calltriage.testing.GraphNotificationJson.changed;
import static com.calltriage.testing.GraphNotificationJson.lifecycle;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static com.calltriage.testing.GraphWebhookClient.LIFECYCLE;
import static com.calltriage.testing.GraphWebhookClient.NOTIFICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.ingest.CallRecordSource;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.FakeCallRecordSource;
import com.calltriage.testing.GraphWebhookClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * The server with a call record source (Graph played by a fake) and without subscription management: a
 * notification posted to the webhook becomes a stored record when the drainer runs. The drainer's own
 * schedule is set an hour out, so the test runs it itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:notify-pipeline;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=false",
    "calltriage.graph.client-state=" + NotificationPipelineTest.CLIENT_STATE,
    "calltriage.notifications.poll-interval=1h"
})
class NotificationPipelineTest {
    static final String CLIENT_STATE = "pipeline-client-state-7c1d";

    @LocalServerPort
    int port;

    @Autowired
    FakeCallRecordSource graph;

    @Autowired
    NotificationDrainer drainer;

    @Autowired
    CallRecordStore store;

    @Autowired
    MeterRegistry metrics;

    @Test
    void notificationPostedToTheWebhookIsStoredByTheNextDrainAndNotFetchedBefore() throws Exception {
        CallRecordJson call = call("9b1d3f5a-7c9e-4b2d-8f6a-0c2e4a6b8d0f").version(3).with(alice(), bob());
        graph.serve(call);

        int status = new GraphWebhookClient(port).post(NOTIFICATIONS, batch(changed(call.id(), "updated",
                CLIENT_STATE))).statusCode();

        assertThat(status).isEqualTo(202);
        assertThat(graph.fetched()).isEmpty();
        assertThat(drainer.isDraining()).isTrue();
        drainer.drain();
        assertThat(store.findById(call.id())).contains(call.record());
        assertThat(metrics.get("calltriage.notifications.stored").functionCounter().count()).isEqualTo(1);
        assertThat(metrics.get("calltriage.notifications.queue.depth").gauge().value()).isZero();
    }

    @Test
    void lifecycleEventIsAcceptedEvenWithoutSubscriptionManagement() throws Exception {
        assertThat(new GraphWebhookClient(port).post(LIFECYCLE, batch(lifecycle("missed", CLIENT_STATE)))
                .statusCode()).isEqualTo(202);
    }

    @TestConfiguration
    static class GraphStandIn {
        @Bean
        FakeCallRecordSource callRecordSource() {
            return new FakeCallRecordSource();
        }
    }
}
