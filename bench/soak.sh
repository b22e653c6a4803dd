#!/usr/bin/env bash
# Soak test: sustained mixed load on the packaged jar (loopback only, bounded in time), reporting errors and
# RSS over time. Default 10 minutes: SOAK_SECONDS=600 bench/soak.sh. Exit 1 on any error or if RSS after
# warm-up grows by more than 10 %. Writes target/benchmark/soak.md. The service starts with the README's run command.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18081}
TOTAL=${SOAK_SECONDS:-600}
STEP=30
OUT=target/benchmark
mkdir -p "$OUT"
command -v wrk >/dev/null 2>&1 || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }

[ -f target/kenpo-faq-runner.jar ] || ./mvnw -B -q package -DskipTests
if [ ! -f "$OUT/ask-bodies.jsonl" ]; then
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
  java -cp "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" jp.kenpo.faq.bench.AskMix "$OUT/ask-bodies.jsonl"
fi

URL="http://127.0.0.1:$PORT"
start=$(grep -m1 '^\./mvnw .* && java ' README.md); start=${start#* && }
# shellcheck disable=SC2086  # the README's command, split into words as a shell would
env QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 $start > "$OUT/soak-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 3000); do curl -sf -o /dev/null "$URL/q/health/ready" && break; sleep 0.01; done

report="$OUT/soak.md"
{ echo "| minute | requests | errors | non-2xx | RSS MB |"; echo "|---|---|---|---|---|"; } > "$report"
errors_total=0; baseline=""; peak=0; elapsed=0
while [ "$elapsed" -lt "$TOTAL" ]; do
  out=$(wrk -t2 -c8 -d${STEP}s -s bench/ask-mix.lua "$URL/api/v1/ask" -- "$OUT/ask-bodies.jsonl")
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  socket=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }')
  non2xx=$(echo "$out" | awk '/Non-2xx/ { print $NF }')
  socket=${socket:-0}; non2xx=${non2xx:-0}
  elapsed=$((elapsed + STEP))
  rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  [ "$elapsed" -ge 60 ] && [ -z "$baseline" ] && baseline=$rss
  [ "$rss" -gt "$peak" ] && [ -n "$baseline" ] && peak=$rss
  errors_total=$((errors_total + socket + non2xx))
  echo "| $(awk -v s="$elapsed" 'BEGIN { printf "%.1f", s / 60 }') | $requests | $socket | $non2xx | $rss |" >> "$report"
done
cat "$report"
growth=$(awk -v b="${baseline:-1}" -v p="$peak" 'BEGIN { printf "%.1f", 100 * (p - b) / b }')
echo
echo "errors: $errors_total; RSS after warm-up ${baseline} MB, peak ${peak} MB (${growth} %)"
[ "$errors_total" -eq 0 ] && awk -v g="$growth" 'BEGIN { exit !(g <= 10) }'
