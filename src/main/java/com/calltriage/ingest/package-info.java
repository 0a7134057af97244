/**
 * Getting call records in: file import; Graph change notifications through a durable queue (webhook, queue
 * port, worker); backfill of a time window within Graph's request limits, and where a backfill may start. Keeping
 * the subscription is in ingest.subscription, which builds on this package, never the reverse. Declares the
 * NotificationQueue, CallRecordSource, CallRecordListing, SubscriptionState, RecordStoredListener and
 * LifecycleEvents ports; uses Bucket4j for request budgets.
 * Edge. May use: callrecord, callrecord.json.
 */
package com.calltriage.ingest;
