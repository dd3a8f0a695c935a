#!/usr/bin/env bash
# Extraction of a base commit against the working tree (ExtractionAB): each build in fresh JVMs, taking turns
# (base, new, new, base, ...), each JVM warmed up and then timed by its thread's CPU time on the same
# reports. Prints each build's median articles per CPU-second and the median of the turns' ratios. Fresh JVMs
# because two builds in one JVM differ by up to 9% with identical classes; turns side by side because this
# machine's speed drifts by ±20% from minute to minute.
#
#   bash bench/ab.sh faba09d                 # 6 turns of each (~4 min) on ../shared/corpus/dev
#   TURNS=10 CORPUS=/tmp/g2000 bash bench/ab.sh HEAD~3
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?usage: bench/ab.sh BASE_COMMIT}
git rev-parse -q --verify "$BASE^{commit}" >/dev/null || { echo "bench/ab.sh: no commit $BASE" >&2; exit 2; }
. bench/classpath.sh
WORK=$(mktemp -d)
trap 'git worktree remove --force "$WORK/base" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
git worktree add -q --detach "$WORK/base" "$BASE"
(cd "$WORK/base" && mvn -B -q -Dstyle.color=never -DskipTests compile)
rate() {
  java -XX:+UseSerialGC ${JAVA_OPTS:-} -cp "$CP" org.w3id.liaison.bench.ExtractionAB \
    "$1" "${CORPUS:-../shared/corpus/dev}" "${WARMUP:-8}" "${MEASURE:-8}"
}
: > "$WORK/rates"
for ((t = 0; t < ${TURNS:-6}; t++)); do
  if ((t % 2 == 0)); then b=$(rate "$WORK/base/target/classes"); n=$(rate target/classes)
  else n=$(rate target/classes); b=$(rate "$WORK/base/target/classes"); fi
  echo "turn $((t + 1)): base $b/s, new $n/s" >&2
  echo "$b $n" >> "$WORK/rates"
done
python3 - "$WORK/rates" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
ratios = sorted(n / b for b, n in rows)
print(f"base {statistics.median(b for b, _ in rows):.0f}/s, new {statistics.median(n for _, n in rows):.0f}/s "
      f"per CPU-second (medians); new/base median {statistics.median(ratios):.3f}, turns {ratios[0]:.3f} to "
      f"{ratios[-1]:.3f} ({len(rows)} turns)")
PY
