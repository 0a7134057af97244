/**
 * The JDBC store on H2 or PostgreSQL, with Flyway migrations.
 * Implements callrecord.CallRecordStore, building.BuildingStore, access.AuditLog, command.RecentLists,
 * ingest.NotificationQueue, conversation.ConversationReferences and conversation.Outbox with Spring JDBC.
 * Edge. May use: access, building, callrecord, callrecord.json, command, conversation, ingest, quality, summary.
 */
package com.calltriage.store;
