/**
 * The performance benchmark, run by {@code tools/bench/run.sh}: a grown demo tenant imported into PostgreSQL and
 * the built jar's answers timed against their floors. Not a test; uses the JDK, Jackson and the PostgreSQL driver.
 */
package com.calltriage.bench;
