#!/usr/bin/env bash
# Each console example in process on a loaded database, TDB2's own executor against the store's (StoreExecutor:
# sorting with keys computed once, OPTIONALs joined on node ids): median CPU time per query of each, taking
# turns, and whether their answers are the same.
#
#   bash bench/executor.sh DB [RUNS]      # default: 30 timed runs of each (after as many half warming up)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/executor.sh DB [RUNS]" >&2; exit 2; }
. bench/classpath.sh
exec java ${JAVA_OPTS:-} -cp "$CP" org.w3id.liaison.bench.ExecutorBenchmark "$@"
