/**
 * Keeping Graph's call records notifications coming: the keeper that creates and renews the subscription and
 * answers its lifecycle events, the catch-up after downtime, and the subscription's health for operators. Edge:
 * uses ingest (backfill, the shared SubscriptionState, the LifecycleEvents port it implements), replicas and
 * Spring Boot's health contract; declares the CallRecordSubscriptions port.
 * Edge. May use: callrecord, ingest, replicas.
 */
package com.calltriage.ingest.subscription;
