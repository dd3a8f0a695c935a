#!/usr/bin/env bash
# The heaviest pages of a loaded database in process (the official in the most meetings, the party with the
# most members): median CPU time of the description and timeline read apart against together
# (Describer.portray), and of rendering; and whether both ways give the same page.
#
#   bash bench/pages.sh DB [RUNS]      # default: 40 timed runs of each (after half as many warming up)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/pages.sh DB [RUNS]" >&2; exit 2; }
. bench/classpath.sh
exec java ${JAVA_OPTS:-} -cp "$CP" org.w3id.liaison.bench.PageBenchmark "$@"
