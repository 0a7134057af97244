/**
 * The JDBC store on H2 or PostgreSQL, with Flyway migrations.
 * Implements callrecord.CallRecordStore, building.BuildingStore, access.AuditLog, command.RecentLists,
 * ingest.NotificationQueue, conversation.ConversationReferences, conversation.Outbox, escalation.Escalations and
 * summary's SummaryStore with Spring JDBC; the caches of replicas on one PostgreSQL store drop each other's stale
 * entries through LISTEN/NOTIFY, and share Graph request budgets in Bucket4j buckets kept there.
 * Edge. May use: access, building, callrecord, callrecord.json, command, conversation, escalation, ingest, quality,
 * summary.
 */
package com.calltriage.store;
