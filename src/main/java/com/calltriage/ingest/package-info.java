/**
 * Getting call records in: file import, and Graph change notifications through a durable queue (webhook,
 * queue port, worker); backfill later. Edge: uses callrecord and its store port; declares the
 * NotificationQueue, CallRecordSource, RecordStoredListener and LifecycleEvents ports.
 */
package com.calltriage.ingest;
