#!/usr/bin/env bash
# End-to-end load harness (issue 10): builds the apps and the harness (package, never install), then
# starts web-api and mobile-api from their jars on a fresh MariaDB database (127.0.0.1:3306, root), files
# applications over HTTP as the demo community worker and prints applications/s, latency percentiles,
# CPU per application per process and statements per application (also in benchmarks/target/load/*/report.md).
# Options are key=value, e.g.  scripts/bench-load.sh count=2000 threads=8 rate=100 seconds=30 nodes=2 jfr=true
# (see cq.assist.bench.load.LoadHarness). SKIP_BUILD=1 reuses the jars.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=./mvnw
[ -x /work/bin/mvn-slot ] && MVN="/work/bin/mvn-slot ./mvnw"
if [ -z "${SKIP_BUILD:-}" ]; then
  $MVN -B -q package -DskipTests -pl web-api,mobile-api,benchmarks -am
fi
# run from a copy: a build meanwhile may rewrite benchmarks/target/benchmarks.jar under the harness
JAR=$(mktemp -d)/benchmarks.jar; cp benchmarks/target/benchmarks.jar "$JAR"
exec java -Xmx512m -cp "$JAR" cq.assist.bench.load.LoadHarness "$@"
