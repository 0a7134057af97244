package com.calltriage.ingest;

import java.util.Arrays;
import java.util.Optional;

/** The lifecycle events Graph names in {@code lifecycleEvent}, each delivered to its {@link LifecycleEvents} method. */
enum LifecycleEvent {
    REAUTHORIZATION_REQUIRED("reauthorizationRequired") {
        @Override
        void deliverTo(LifecycleEvents events, String subscriptionId) {
            events.reauthorizationRequired(subscriptionId);
        }
    },
    SUBSCRIPTION_REMOVED("subscriptionRemoved") {
        @Override
        void deliverTo(LifecycleEvents events, String subscriptionId) {
            events.subscriptionRemoved(subscriptionId);
        }
    },
    MISSED("missed") {
        @Override
        void deliverTo(LifecycleEvents events, String subscriptionId) {
            events.missed(subscriptionId);
        }
    };

    private final String graphName;

    LifecycleEvent(String graphName) {
        this.graphName = graphName;
    }

    abstract void deliverTo(LifecycleEvents events, String subscriptionId);

    String graphName() {
        return graphName;
    }

    static Optional<LifecycleEvent> named(String graphName) {
        return Arrays.stream(values()).filter(e -> e.graphName.equals(graphName)).findFirst();
    }
}
