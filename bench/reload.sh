#!/usr/bin/env bash
# Reloading changed articles into a loaded database while clients query it, each next to the same alone.
#
#   bash bench/reload.sh DB CHANGED_DIR [CLIENTS]      # default: 8 clients
#
# CHANGED_DIR holds reports with the same file names as some already loaded (bench/scale.sh makes 1,000
# with `liaison generate --seed 7`, whose names are those of the first 1,000 of the database).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: bench/reload.sh DB CHANGED_DIR [CLIENTS]" >&2; exit 2; }
. bench/classpath.sh
exec java ${JAVA_OPTS:-} -cp "$CP" org.w3id.liaison.bench.ReloadBenchmark "$@"
