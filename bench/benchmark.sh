#!/usr/bin/env bash
# Benchmark of kenpo-faq, in one run on this machine (loopback only, bounded in time):
#   start-up to the first answered POST /api/v1/ask; RSS after warm-up and after load;
#   throughput and latency of /api/v1/ask (golden questions, half with member facts) and, on the same server,
#   of /q/health/live as the HTTP stack's ceiling; p50/p90/p99 of /ask paced at half its maximum throughput;
#   in-process matching latency (JMH) for the real corpus and synthetic 1,000/10,000-item corpora.
# Prints the figures and writes bench/REPORT.md. Tools: wrk (Debian), JMH (Maven Central), the JDK.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
# The JVM options the README recommends for production (RSS target: 200 MB); glibc's per-thread malloc arenas
# otherwise add tens of MB.
JVM_OPTS=${JVM_OPTS:-"-XX:+UseSerialGC -Xmx64m -Xss256k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=32m -XX:TieredStopAtLevel=1"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
OUT=target/benchmark
mkdir -p "$OUT"

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get update -q && apt-get install -y -q --no-install-recommends wrk; else
    echo "wrk is needed: apt-get install wrk" >&2; exit 2; fi
fi

echo "== building the jar and the benchmark tools"
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
java -cp "$CP" jp.kenpo.faq.bench.AskMix "$OUT/ask-bodies.jsonl"

URL="http://127.0.0.1:$PORT"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

to_ms() { # wrk latency like 812.00us / 1.20ms / 1.02s -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
wrk_run() { # $1 = label, rest = wrk args; prints "rps p50 p90 p99"
  local label=$1; shift
  local out; out=$(wrk "$@")
  echo "$out" > "$OUT/wrk-$label.txt"
  local rps p50 p90 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  p90=$(to_ms "$(echo "$out" | awk '$1 == "90%" { print $2 }')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  local errors; errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ { print }')
  [ -z "$errors" ] || echo "   ($label: $errors)" >&2
  echo "$rps $p50 $p90 $p99"
}
rss_mb() { awk '{ printf "%.0f", $1 / 1024 }' <<< "$(ps -o rss= -p "$server_pid")"; }

echo "== start-up (java -jar $JVM_OPTS)"
start=$(date +%s%N)
java $JVM_OPTS -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -jar target/quarkus-app/quarkus-run.jar > "$OUT/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 3000); do
  if curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"question":"お知らせが届きません"}' "$URL/api/v1/ask"; then break; fi
  sleep 0.01
done
startup_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "   first answered /ask after ${startup_ms} ms"

echo "== warm-up (${SECONDS_PER_RUN}s of the /ask mix)"
wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" -s bench/ask-mix.lua "$URL/api/v1/ask" -- "$OUT/ask-bodies.jsonl" > /dev/null
wrk -t2 -c16 -d5s "$URL/q/health/live" > /dev/null
rss_warm=$(rss_mb)

echo "== maximum throughput (wrk -t2 -c32, ${SECONDS_PER_RUN}s each)"
read -r health_rps health_p50 health_p90 health_p99 <<< "$(wrk_run health -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency "$URL/q/health/live")"
read -r ask_rps ask_p50 ask_p90 ask_p99 <<< "$(wrk_run ask -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -s bench/ask-mix.lua "$URL/api/v1/ask" -- "$OUT/ask-bodies.jsonl")"
ratio=$(awk -v a="$ask_rps" -v h="$health_rps" 'BEGIN { printf "%.0f", 100 * a / h }')

half=$(( ask_rps / 2 ))
connections=16
pause_ms=$(awk -v c="$connections" -v r="$half" 'BEGIN { printf "%.3f", 1000 * c / r }')
echo "== /ask paced at half its maximum: ~${half} req/s (${connections} connections, ${pause_ms} ms apart), ${SECONDS_PER_RUN}s"
read -r paced_rps half_p50 half_p90 half_p99 <<< "$(wrk_run ask-half -t2 -c"$connections" -d"${SECONDS_PER_RUN}s" --latency -s bench/ask-mix.lua "$URL/api/v1/ask" -- "$OUT/ask-bodies.jsonl" "$pause_ms")"
rss_load=$(rss_mb)
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

echo "== in-process matching latency (JMH, sample time)"
java -cp "$CP" org.openjdk.jmh.Main MatchingBenchmark -f 1 -wi 3 -w 3s -i 3 -r 5s -rf text -rff "$OUT/jmh.txt" > "$OUT/jmh-run.txt" 2>&1
jmh() { # $1 = items, $2 = percentile label (p0.50 / p0.99) -> microseconds
  awk -v items="$1" -v p="$2" '$1 ~ ("match:" p "$") || $1 ~ ("match:match·" p "$") { if ($2 == items) { print $(NF-1); exit } }' "$OUT/jmh.txt"
}
for n in 40 1000 10000; do
  eval "jmh_${n}_p50=\$(jmh $n p0.50)"; eval "jmh_${n}_p99=\$(jmh $n p0.99)"
done

report=bench/REPORT.md
{
  echo "# kenpo-faq benchmark"
  echo
  echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2/1048576 }' /proc/meminfo); load generator on the same machine (loopback)."
  echo "JVM options: \`$JVM_OPTS\`, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX."
  echo
  echo "| measure | result | target |"
  echo "|---|---|---|"
  echo "| start-up to first answered /ask | ${startup_ms} ms | ≤ 1500 ms |"
  echo "| RSS after warm-up | ${rss_warm} MB | |"
  echo "| RSS after the load phase | ${rss_load} MB | ≤ 200 MB |"
  echo "| /q/health/live max throughput | ${health_rps} req/s (p50 ${health_p50} ms, p99 ${health_p99} ms) | ceiling |"
  echo "| /api/v1/ask max throughput | ${ask_rps} req/s (p50 ${ask_p50} ms, p99 ${ask_p99} ms) | |"
  echo "| /ask ÷ health | ${ratio} % | ≥ 60 % |"
  echo "| /ask paced at half max (${paced_rps} req/s achieved) | p50 ${half_p50} ms, p90 ${half_p90} ms, p99 ${half_p99} ms | p99 ≤ 5 ms |"
  echo "| matching, real corpus (40 items) | p50 ${jmh_40_p50} µs, p99 ${jmh_40_p99} µs | |"
  echo "| matching, synthetic 1,000 items | p50 ${jmh_1000_p50} µs, p99 ${jmh_1000_p99} µs | |"
  echo "| matching, synthetic 10,000 items | p50 ${jmh_10000_p50} µs, p99 ${jmh_10000_p99} µs | p99 ≤ 5000 µs |"
  echo
  echo "The /ask mix is every golden question (in and out of scope), every other one with one of four members' facts."
  echo "Synthetic corpora splice real items' questions and reuse answers and alternates; above $((500)) items the"
  echo "classifier is not trained (see MatchIndex) and matching is lexical only. Raw outputs: target/benchmark/."
} > "$report"
echo
cat "$report"
