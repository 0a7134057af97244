/**
 * Keeping Graph's call records notifications coming: the keeper that creates and renews the subscription and
 * answers its lifecycle events, and the catch-up after downtime. Edge: uses ingest (backfill, the shared
 * SubscriptionState, the LifecycleEvents port it implements) and replicas; declares the CallRecordSubscriptions port.
 */
package com.calltriage.ingest.subscription;
