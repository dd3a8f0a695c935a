#!/usr/bin/env bash
# In-process benchmark (JMH): the cost per article of each stage, one thread, on the dev corpus and on
# generated reports. Operations per second are articles per second per core.
#
#   bash bench/jmh.sh                 # all stages, both corpora, and Jena's parser as a yardstick (riot)
#   WARMUPS=2 ITERATIONS=3 bash bench/jmh.sh pipeline -p corpus=dev     # other JMH options after the name
#   bash bench/jmh.sh 'ExtractionBenchmark.(extract|riot)' -p corpus=dev    # extraction beside the yardstick
#   FORKS=6 ITERATIONS=3 bash bench/jmh.sh ExtractionBenchmark.extract -p corpus=dev   # fork by fork
#
# Needs ../shared/corpus/dev (or -Dliaison.dev=DIR through JAVA_OPTS) for the dev corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
WHAT=${1:-ExtractionBenchmark}
shift || true
exec java ${JAVA_OPTS:-} -cp "$CP" org.openjdk.jmh.Main "org.w3id.liaison.bench.*$WHAT.*" \
  -f ${FORKS:-1} -wi ${WARMUPS:-10} -w 2s -i ${ITERATIONS:-5} -r 2s -t 1 "$@"
