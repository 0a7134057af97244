/**
 * The JDBC store on H2 or PostgreSQL, with Flyway migrations.
 * Edge: implements callrecord.CallRecordStore, building.BuildingStore, access.AuditLog and
 * ingest.NotificationQueue with Spring JDBC.
 */
package com.calltriage.store;
