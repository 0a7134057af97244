#!/bin/sh
# The performance benchmark (see docs/PERFORMANCE.md): builds the jar, grows the demo tenant, imports it into a
# fresh schema of the local PostgreSQL and times the answers against their floors.
#
#   tools/bench/run.sh [--people N] [--days D] [--rounds R] [--database JDBC_URL]
#
# Defaults: 300 people, 30 days, 100 rounds, jdbc:postgresql://127.0.0.1:5432/test?user=postgres. Writes
# docs/PERFORMANCE.md. Needs a JDK 17 (java, jcmd), Maven and unzip.
set -eu
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests package
rm -rf target/bench-lib
unzip -q -o -j target/calltriage.jar 'BOOT-INF/lib/*.jar' -d target/bench-lib
exec java -cp "target/test-classes:target/classes:target/bench-lib/*" com.calltriage.bench.Benchmark "$@"
