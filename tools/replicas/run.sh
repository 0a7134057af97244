#!/bin/sh
# Two replicas of the packaged jar on one PostgreSQL schema, with Graph played by WireMock (see deploy/README.md,
# "Two replicas on one machine"): a list on one and 'details 3' and 'more' on the other; a record imported while both
# run, in both answers within 2 s; one replica killed with SIGKILL under load, losing no question and no queued
# notification; the Graph subscription renewed once. Exits non-zero if any of it fails.
#
#   tools/replicas/run.sh [--database JDBC_URL] [--ports A,A_MANAGEMENT,B,B_MANAGEMENT] [--notifications N]
#
# Defaults: jdbc:postgresql://127.0.0.1:5432/test?user=postgres (a schema of its own, dropped at the end), ports
# 3978,3979,3988,3989, 120 notifications. Logs go to target/replicas. Needs a JDK 17 and Maven.
set -eu
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/replicas.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/replicas.classpath)" \
  com.calltriage.bench.ReplicasProof "$@"
