/**
 * Getting call records in: file import now, Graph notifications and backfill later.
 * Edge: uses callrecord and its store port.
 */
package com.calltriage.ingest;
