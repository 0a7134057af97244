/**
 * The JDBC store on H2 or PostgreSQL, with Flyway migrations.
 * Edge: implements callrecord.CallRecordStore, building.BuildingStore and access.AuditLog with Spring JDBC.
 */
package com.calltriage.store;
