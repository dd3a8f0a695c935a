#!/usr/bin/env bash
# Whole-process benchmark: `liaison load` against Jena's own tdb2.tdbloader on the same quads.
#
#   SIZES="5000 10000 20000" RUNS=3 bash bench/run.sh
#
# For each size N it generates N reports (fixed seed), then times, each RUNS times, on an empty database:
#   load     java -jar target/liaison.jar load (read, extract, validate, store; JVM start included)
#   extract  java -jar target/liaison.jar extract (extraction alone, output discarded)
#   tdbload  tdb2.tdbloader (phased loader) on the N-Quads that `liaison export` writes of the load: the
#            articles' named graphs, exactly the quads the extractor made
#   tdbunion the same, plus the union of those graphs as default-graph triples: everything `liaison load`
#            stores (it keeps the union as the default graph; an export leaves it out as derived)
# and prints medians, articles/s, ms per article, triples/s, the ratios load / (extract + tdbload) and
# load / (extract + tdbunion), and peak RSS of the load (anonymous and file-backed apart). JAVA_OPTS (e.g. -Xmx512m) go to Liaison's JVMs; tdb2.tdbloader runs with the JVM's defaults.
# Numbers are measurements, never assertions: CI runs it on a small size only to prove it works.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 5000"}
RUNS=${RUNS:-3}
JAR=target/liaison.jar
[ -f "$JAR" ] || mvn -B -q -Dstyle.color=never -DskipTests package
. bench/classpath.sh
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

seconds() { # command... -> elapsed seconds; peak RSS (KiB) into $WORK/rss
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$WORK/rss" "$@" > /dev/null 2>> "$WORK/log"
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}
peak_memory() { # command... -> elapsed seconds; peak RSS, anonymous and file-backed (KiB), into $WORK/mem
  # Sampled from /proc every 0.2 s: TDB2 memory-maps its index files, and those pages (file-backed, the kernel
  # reclaims them under pressure) are part of RSS next to the process's own (anonymous) memory.
  local t0 t1 pid anon=0 file=0 a f
  t0=$(date +%s.%N)
  "$@" > /dev/null 2>> "$WORK/log" &
  pid=$!
  while kill -0 "$pid" 2> /dev/null; do
    a=$(awk '/^RssAnon/{print $2}' "/proc/$pid/status" 2> /dev/null || echo 0); f=$(awk '/^RssFile/{print $2}' "/proc/$pid/status" 2> /dev/null || echo 0)
    [ -n "$a" ] && [ "$a" -gt "$anon" ] && anon=$a; [ -n "$f" ] && [ "$f" -gt "$file" ] && file=$f
    sleep 0.2
  done
  wait "$pid"
  t1=$(date +%s.%N)
  echo "$anon $file" > "$WORK/mem"
  echo "$t1 - $t0" | bc -l
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf "%8s %9s %9s %9s %7s %10s %7s %11s %10s %9s %10s %9s %9s\n" articles load_s extract_s tdbload_s ratio \
  tdbunion_s ratio_u articles/s ms/article triples triples/s anon_MiB file_MiB
for n in $SIZES; do
  corpus="$WORK/corpus-$n"
  java -jar "$JAR" generate --articles "$n" --seed 42 --out "$corpus" 2>> "$WORK/log"
  : > "$WORK/load"; : > "$WORK/extract"; : > "$WORK/tdb"; : > "$WORK/tdbu"; : > "$WORK/anons"; : > "$WORK/files"
  for r in $(seq "$RUNS"); do
    rm -rf "$WORK/db"
    peak_memory java ${JAVA_OPTS:-} -jar "$JAR" load --db "$WORK/db" "$corpus" >> "$WORK/load"
    cut -d' ' -f1 "$WORK/mem" >> "$WORK/anons"; cut -d' ' -f2 "$WORK/mem" >> "$WORK/files"
    seconds java ${JAVA_OPTS:-} -jar "$JAR" extract "$corpus" >> "$WORK/extract"
  done
  java -jar "$JAR" export --db "$WORK/db" --format nquads --out "$WORK/quads.nq"
  triples=$(wc -l < "$WORK/quads.nq")
  # the union: each quad without its graph name (the last IRI before the final " ."), each triple once
  sed 's/ <[^>]*> \.$/ ./' "$WORK/quads.nq" | sort -u > "$WORK/union.nt"
  for r in $(seq "$RUNS"); do
    rm -rf "$WORK/tdb2"
    seconds java -cp "$CP" tdb2.tdbloader --loc "$WORK/tdb2" "$WORK/quads.nq" >> "$WORK/tdb"
    rm -rf "$WORK/tdb2"
    seconds java -cp "$CP" tdb2.tdbloader --loc "$WORK/tdb2" "$WORK/quads.nq" "$WORK/union.nt" >> "$WORK/tdbu"
  done
  load=$(median < "$WORK/load"); extract=$(median < "$WORK/extract"); tdb=$(median < "$WORK/tdb"); tdbu=$(median < "$WORK/tdbu")
  anon=$(median < "$WORK/anons"); file=$(median < "$WORK/files")
  printf "%8d %9.2f %9.2f %9.2f %7.2f %10.2f %7.2f %11.0f %10.2f %9d %10.0f %9.0f %9.0f\n" "$n" "$load" "$extract" "$tdb" \
    "$(echo "$load / ($extract + $tdb)" | bc -l)" "$tdbu" "$(echo "$load / ($extract + $tdbu)" | bc -l)" "$(echo "$n / $load" | bc -l)" "$(echo "1000 * $load / $n" | bc -l)" \
    "$triples" "$(echo "$triples / $load" | bc -l)" "$(echo "$anon / 1024" | bc -l)" "$(echo "$file / 1024" | bc -l)"
done
