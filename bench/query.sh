#!/usr/bin/env bash
# Query latency and throughput: `liaison serve` against a plain Fuseki over the same TDB2 database.
#
#   bash bench/query.sh DB [SECONDS_PER_RUN] [CLIENTS...]       # default: 20 s at 1, 8 and 32 clients
#
# DB is a database made by `liaison load` (bench/scale.sh makes one of 20,000 generated reports).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/query.sh DB [SECONDS] [CLIENTS...]" >&2; exit 2; }
. bench/classpath.sh
exec java ${JAVA_OPTS:-} -cp "$CP" org.w3id.liaison.bench.QueryBenchmark "$@"
