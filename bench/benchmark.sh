#!/usr/bin/env bash
# The service's figures beside the floor of its own stack, in one run on this machine (loopback only, bounded in
# time). Writes bench/REPORT.md.
#   1. ../shared/bench/floor.sh with the README's run command exactly as the README writes it: start-up to the first
#      answered /ask, /ask throughput with every question distinct, and RSS after the load, each against a minimal
#      Quarkus app of the same version that answers a constant;
#   2. in-process matching latency (JMH) for the real corpus and synthetic 1,000- and 10,000-item corpora.
# Needs wrk (installed when missing and run as root), curl, python3; JMH comes from Maven Central.
# Options: FLOOR_RUNS (default 5), FLOOR_SECONDS (default 10), FLOOR=path/to/floor.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/benchmark
mkdir -p "$OUT"
FLOOR=${FLOOR:-../shared/bench/floor.sh}
[ -x "$FLOOR" ] || [ -f "$FLOOR" ] || { echo "floor.sh not found at $FLOOR (set FLOOR=…)" >&2; exit 2; }
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get update -q && apt-get install -y -q --no-install-recommends wrk; else
    echo "wrk is needed: apt-get install wrk" >&2; exit 2; fi
fi

# The README's run command is "<build> && <start>": build as it says, then hand the start part to floor.sh.
readme_run=$(grep -m1 '^\./mvnw .* && java ' README.md)
build=${readme_run%% && *}
start=${readme_run#* && }
echo "== build: $build"
eval "$build" > "$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log" >&2; exit 1; }
echo "== service against the floor: $start"
# shellcheck disable=SC2086  # the README's command is split into words exactly as a shell would
bash "$FLOOR" -n "${FLOOR_RUNS:-5}" -d "${FLOOR_SECONDS:-10}" -- env QUARKUS_HTTP_PORT={port} QUARKUS_HTTP_HOST=127.0.0.1 $start \
  | tee "$OUT/floor.txt"

echo "== in-process matching latency (JMH, sample time)"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
java -cp "$CP" org.openjdk.jmh.Main MatchingBenchmark -f 1 -wi 3 -w 3s -i 3 -r 5s -rf text -rff "$OUT/jmh.txt" > "$OUT/jmh-run.txt" 2>&1
jmh() { # $1 = items, $2 = percentile label (p0.50 / p0.99) -> microseconds
  awk -v items="$1" -v p="$2" '$1 ~ ("match:" p "$") || $1 ~ ("match:match·" p "$") { if ($2 == items) { print $(NF-1); exit } }' "$OUT/jmh.txt"
}

ratios=$(grep '^startup_ratio=' "$OUT/floor.txt")
{
  echo "# kenpo-faq benchmark"
  echo
  echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2/1048576 }' /proc/meminfo);"
  echo "load generator on the same machine (loopback). Service started with the README's run command: \`$start\`."
  echo
  echo "## Against the floor (../shared/bench/floor.sh)"
  echo
  echo '```'
  cat "$OUT/floor.txt"
  echo '```'
  echo
  echo "| measure | result | target |"
  echo "|---|---|---|"
  echo "| start-up to first answered /ask, service ÷ floor | $(sed -E 's/.*startup_ratio=([0-9.]+).*/\1/' <<< "$ratios") × | ≤ 1.5 × |"
  echo "| /ask throughput, every question distinct, service ÷ floor | $(sed -E 's/.*throughput_ratio=([0-9.]+).*/\1/' <<< "$ratios") × | ≥ 0.6 × |"
  echo "| RSS after the load | $(sed -E 's/.*rss_mb=([0-9]+).*/\1/' <<< "$ratios") MB | ≤ 200 MB |"
  echo
  echo "## Matching in process (JMH, µs per question)"
  echo
  echo "| corpus | p50 | p99 |"
  echo "|---|---|---|"
  for n in 40 1000 10000; do echo "| $n items | $(jmh "$n" p0.50) | $(jmh "$n" p0.99) |"; done
  echo
  echo "The 1,000- and 10,000-item corpora are synthetic: real items' questions spliced, answers and alternates reused."
  echo "Raw outputs: target/benchmark/."
} > bench/REPORT.md
echo
cat bench/REPORT.md
