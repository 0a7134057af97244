/**
 * The JDBC store on H2 or PostgreSQL, with Flyway migrations.
 * Edge: implements callrecord.CallRecordStore, building.BuildingStore, access.AuditLog and
 * ingest.NotificationQueue with Spring JDBC.
 * Edge. May use: access, building, callrecord, callrecord.json, ingest, quality.
 */
package com.calltriage.store;
