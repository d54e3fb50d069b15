#!/usr/bin/env bash
# Inbox at scale (issue 10): starts the apps on a fresh MariaDB database, files 30 real applications,
# multiplies their open tasks to 1,000,000 (benchmarks InboxGenerator), logs demo staff in and times
# GET /api/v1/tasks (p50/p90/p99/max), then prints MariaDB's plans of the inbox statements.
# Options key=value: tasks=1000000 apps=30 requests=200 warmup=100 baseline=true keep=true db=<name> reuse=true. SKIP_BUILD=1 reuses the jars.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=./mvnw
[ -x /work/bin/mvn-slot ] && MVN="/work/bin/mvn-slot ./mvnw"
if [ -z "${SKIP_BUILD:-}" ]; then
  $MVN -B -q package -DskipTests -pl web-api,mobile-api,benchmarks -am
fi
# run from a copy: a build meanwhile may rewrite benchmarks/target/benchmarks.jar under the harness
JAR=$(mktemp -d)/benchmarks.jar; cp benchmarks/target/benchmarks.jar "$JAR"
exec java -Xmx512m -cp "$JAR" cq.assist.bench.load.InboxBench "$@"
