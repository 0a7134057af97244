/**
 * The JDBC store on H2 or PostgreSQL, with Flyway migrations.
 * Edge: implements callrecord.CallRecordStore and building.BuildingStore with Spring JDBC.
 */
package com.calltriage.store;
