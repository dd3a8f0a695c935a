#!/usr/bin/env bash
# Extraction of a base commit against the working tree, in one JVM, taking turns in 2-second bursts
# (ExtractionAB): the ratio of the two on the same machine at the same moment, which separate runs on a
# machine whose speed drifts cannot give.
#
#   bash bench/ab.sh faba09d                 # 30 pairs (~2 min) on ../shared/corpus/dev
#   PAIRS=60 CORPUS=/tmp/g2000 bash bench/ab.sh HEAD~3
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?usage: bench/ab.sh BASE_COMMIT}
git rev-parse -q --verify "$BASE^{commit}" >/dev/null || { echo "bench/ab.sh: no commit $BASE" >&2; exit 2; }
. bench/classpath.sh
WORK=$(mktemp -d)
trap 'git worktree remove --force "$WORK/base" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
git worktree add -q --detach "$WORK/base" "$BASE"
(cd "$WORK/base" && mvn -B -q -Dstyle.color=never -DskipTests compile)
java -XX:+UseSerialGC ${JAVA_OPTS:-} -cp "$CP" org.w3id.liaison.bench.ExtractionAB \
  "$WORK/base/target/classes" target/classes "${CORPUS:-../shared/corpus/dev}" "${PAIRS:-30}"
