/**
 * Work that runs on one replica at a time across the replicas sharing a database, by named ShedLock locks.
 * Infrastructure for any edge: uses the JDK and ShedLock only, and knows no feature.
 * Edge. May use: nothing.
 */
package com.calltriage.replicas;
