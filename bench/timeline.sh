#!/usr/bin/env bash
# Extraction and Jena's parser taking turns in one JVM (ExtractionTimeline): per window, each one's reports a
# second and their ratio, then the median and range of each. A slow spell of the machine lowers both; a
# slower extractor lowers the ratio alone.
#
#   bash bench/timeline.sh                              # dev reports: 30 s warm-up, 30 windows of 2 s
#   WARMUP=5 WINDOWS=3 bash bench/timeline.sh generated # 500 generated reports
#
# Needs ../shared/corpus/dev (or -Dliaison.dev=DIR through JAVA_OPTS) for the dev corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
exec java ${JAVA_OPTS:-} -cp "$CP" org.w3id.liaison.bench.ExtractionTimeline "${1:-dev}" \
  "${WARMUP:-30}" "${WINDOWS:-30}" "${WINDOW:-2}"
