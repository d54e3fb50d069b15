#!/usr/bin/env bash
# Kill test (issue 10): one web-api and two mobile-api nodes on a fresh MariaDB database; 400 applications
# filed over HTTP across both mobile nodes; mobile-api-1 is killed with kill -9 half way, while it runs the
# asynchronous checks. Prints the counts and ends with "lost N, duplicated M"; exit status 1 unless both are 0.
# Options key=value: count=400 killAfter=200 threads=16 lockTime=PT20S (see cq.assist.bench.load.KillTest).
# SKIP_BUILD=1 reuses the jars.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=./mvnw
[ -x /work/bin/mvn-slot ] && MVN="/work/bin/mvn-slot ./mvnw"
if [ -z "${SKIP_BUILD:-}" ]; then
  $MVN -B -q package -DskipTests -pl web-api,mobile-api,benchmarks -am
fi
# run from a copy: a build meanwhile may rewrite benchmarks/target/benchmarks.jar under the harness
JAR=$(mktemp -d)/benchmarks.jar; cp benchmarks/target/benchmarks.jar "$JAR"
exec java -Xmx512m -cp "$JAR" cq.assist.bench.load.KillTest "$@"
