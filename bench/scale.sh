#!/usr/bin/env bash
# Every figure of docs/BENCHMARKS.md and docs/SCALING.md in one run on one machine:
#   1. loads of 5k, 10k, 20k and 40k generated reports next to extraction + tdb2.tdbloader (bench/run.sh);
#   2. queries on the 20k database at 1, 8 and 32 clients, Liaison against plain Fuseki (bench/query.sh);
#   3. each console example in process on the 20k database, TDB2's executor against the store's (bench/executor.sh);
#   4. the heaviest pages in process on the 20k database, read apart against together (bench/pages.sh);
#   5. 1,000 changed reports reloaded into the 20k database while 8 clients query (bench/reload.sh).
# In-process extraction per article is bench/jmh.sh. About an hour on 2 cores.
#
#   JAVA_OPTS=-Xmx1g bash bench/scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"5000 10000 20000 40000"}
QUERY_SIZE=${QUERY_SIZE:-20000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mvn -B -q -Dstyle.color=never -DskipTests package
echo "== load (medians of ${RUNS:-1})"
SIZES="$SIZES" RUNS=${RUNS:-1} bash bench/run.sh
echo "== database of $QUERY_SIZE reports"
java -jar target/liaison.jar generate --articles "$QUERY_SIZE" --seed 42 --out "$WORK/corpus"
java ${JAVA_OPTS:-} -jar target/liaison.jar load --db "$WORK/db" "$WORK/corpus"
echo "== queries"
bash bench/query.sh "$WORK/db" "${SECONDS_PER_RUN:-20}" 1 8 32
echo "== the examples in process, TDB2's executor against the store's"
bash bench/executor.sh "$WORK/db" 30
echo "== the heaviest pages in process"
bash bench/pages.sh "$WORK/db" 40
echo "== reload of 1,000 changed reports under query"
java -jar target/liaison.jar generate --articles 1000 --seed 7 --out "$WORK/changed"
bash bench/reload.sh "$WORK/db" "$WORK/changed" 8
