/**
 * The performance benchmark, run by {@code tools/bench/run.sh}: a grown demo tenant imported into PostgreSQL and
 * the built jar's answers timed against their floors; and the proof that two replicas of the jar share one
 * PostgreSQL, run by {@code tools/replicas/run.sh}, with Graph played by WireMock. Not tests; they use the JDK,
 * Jackson, the PostgreSQL driver, WireMock and the test fixtures.
 */
package com.calltriage.bench;
