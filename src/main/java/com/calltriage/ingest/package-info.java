/**
 * Getting call records in: file import; Graph change notifications through a durable queue (webhook, queue
 * port, worker); backfill of a time window within Graph's request limits; and the keeper of the call records
 * subscription, which renews it, answers lifecycle events and catches up after downtime. Edge: uses callrecord
 * and its store port; declares the NotificationQueue, CallRecordSource, CallRecordListing,
 * CallRecordSubscriptions, SubscriptionState, RecordStoredListener and LifecycleEvents ports; uses replicas for
 * work that runs once across replicas and Bucket4j for request budgets.
 */
package com.calltriage.ingest;
