#!/bin/sh
# The summary benchmark (see docs/PERFORMANCE.md, section Summary): fills a fresh schema of the local PostgreSQL with
# the facts of N calls in bulk and times a 30-day summary against a SELECT count(*) over the same facts.
#
#   tools/bench/summary.sh [--calls N] [--days D] [--rounds R] [--database JDBC_URL]
#
# Defaults: 1000000 calls, 30 days, 20 rounds, jdbc:postgresql://127.0.0.1:5432/test?user=postgres. Writes its section
# of docs/PERFORMANCE.md (between its BEGIN and END lines) and leaves the rest of the file as it is. Needs a JDK 17,
# Maven and unzip.
set -eu
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests package
rm -rf target/bench-lib
unzip -q -o -j target/calltriage.jar 'BOOT-INF/lib/*.jar' -d target/bench-lib
exec java -Xmx2g -cp "target/test-classes:target/classes:target/bench-lib/*" com.calltriage.bench.SummaryBenchmark "$@"
