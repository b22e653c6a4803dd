#!/usr/bin/env bash
# Benchmark of kenpo-faq, in one run on this machine (loopback only, bounded in time):
#   start-up to the first answered POST /api/v1/ask; RSS after warm-up and after load;
#   throughput and latency of /api/v1/ask (golden questions, half with member facts) and, on the same server,
#   of /q/health/live as the HTTP stack's ceiling; p50/p90/p99 of /ask paced at half its maximum throughput;
#   the same again on a second server with the answer cache off;
#   in-process matching latency (JMH) for the real corpus and synthetic 1,000/10,000-item corpora.
# Prints the figures and writes bench/REPORT.md. Tools: wrk (Debian), JMH (Maven Central), the JDK.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
# The JVM options the README recommends for production (RSS target: 200 MB); glibc's per-thread malloc arenas
# otherwise add tens of MB.
JVM_OPTS=${JVM_OPTS:-$(cat bench/jvm.options)}
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

echo "== class-data-sharing archive (a training run; see bench/cds-archive.sh)"
CDS_ARCHIVE=target/kenpo-cds.jsa
JVM_OPTS="$JVM_OPTS" CDS_PORT="$PORT" bench/cds-archive.sh "$CDS_ARCHIVE"

start_server() { # $@ = extra JVM options; starts the server, sets first_answer_ms, leaves it running
  local start; start=$(date +%s%N)
  # shellcheck disable=SC2086
  java $JVM_OPTS "$@" -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -jar target/kenpo-faq-runner.jar > "$OUT/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"question":"お知らせが届きません"}' "$URL/api/v1/ask"; then break; fi
    sleep 0.01
  done
  first_answer_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
median_startup() { # $@ = extra JVM options; median of 5 starts
  local runs=()
  for _ in 1 2 3 4 5; do
    start_server "$@"
    runs+=("$first_answer_ms")
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p
}
echo "== start-up to the first answered /ask (java -jar $JVM_OPTS; median of 5)"
startup_plain_ms=$(median_startup)
startup_ms=$(median_startup -XX:SharedArchiveFile="$CDS_ARCHIVE")
echo "   ${startup_plain_ms} ms; with the CDS archive ${startup_ms} ms"
JVM_OPTS="$JVM_OPTS -XX:SharedArchiveFile=$CDS_ARCHIVE"
start_server

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
cache_hit_rate=$(curl -s "$URL/q/metrics" | awk '
  /^cache_gets_total\{cache="answers",result="hit"\}/ { hit = $2 } /^cache_gets_total\{cache="answers",result="miss"\}/ { miss = $2 }
  END { if (hit + miss > 0) printf "%.1f", 100 * hit / (hit + miss); else print "n/a" }')
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

# The same load with the answer cache off: what every question costs when no one asked it before today.
echo "== the same with the answer cache off (every /ask matched and personalised anew)"
java $JVM_OPTS -Dkenpo.answer-cache.enabled=false -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
  -jar target/kenpo-faq-runner.jar > "$OUT/server-uncached.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 3000); do curl -sf -o /dev/null "$URL/q/health/ready" && break; sleep 0.01; done
wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" -s bench/ask-mix.lua "$URL/api/v1/ask" -- "$OUT/ask-bodies.jsonl" > /dev/null
read -r uc_health_rps _ _ _ <<< "$(wrk_run health-uncached -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency "$URL/q/health/live")"
read -r uc_ask_rps uc_ask_p50 uc_ask_p90 uc_ask_p99 <<< "$(wrk_run ask-uncached -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -s bench/ask-mix.lua "$URL/api/v1/ask" -- "$OUT/ask-bodies.jsonl")"
uc_ratio=$(awk -v a="$uc_ask_rps" -v h="$uc_health_rps" 'BEGIN { printf "%.0f", 100 * a / h }')
uc_half=$(( uc_ask_rps / 2 ))
uc_pause_ms=$(awk -v c="$connections" -v r="$uc_half" 'BEGIN { printf "%.3f", 1000 * c / r }')
read -r uc_paced_rps uc_half_p50 uc_half_p90 uc_half_p99 <<< "$(wrk_run ask-uncached-half -t2 -c"$connections" -d"${SECONDS_PER_RUN}s" --latency -s bench/ask-mix.lua "$URL/api/v1/ask" -- "$OUT/ask-bodies.jsonl" "$uc_pause_ms")"
rss_uncached=$(rss_mb)
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
  echo "| start-up to first answered /ask, with the CDS archive (median of 5) | ${startup_ms} ms | ≤ 1500 ms |"
  echo "| start-up to first answered /ask, without it (median of 5) | ${startup_plain_ms} ms | |"
  echo "| RSS after warm-up | ${rss_warm} MB | |"
  echo "| RSS after the load phase | ${rss_load} MB | ≤ 200 MB |"
  echo "| /q/health/live max throughput | ${health_rps} req/s (p50 ${health_p50} ms, p99 ${health_p99} ms) | ceiling |"
  echo "| /api/v1/ask max throughput | ${ask_rps} req/s (p50 ${ask_p50} ms, p99 ${ask_p99} ms) | |"
  echo "| /ask ÷ health | ${ratio} % (answer cache hit rate ${cache_hit_rate} %) | ≥ 60 % |"
  echo "| /ask paced at half max (${paced_rps} req/s achieved) | p50 ${half_p50} ms, p90 ${half_p90} ms, p99 ${half_p99} ms | p99 ≤ 5 ms |"
  echo "| *cache off:* /ask max throughput | ${uc_ask_rps} req/s (p50 ${uc_ask_p50} ms, p99 ${uc_ask_p99} ms); health ${uc_health_rps} req/s | |"
  echo "| *cache off:* /ask ÷ health | ${uc_ratio} % | (≥ 60 %) |"
  echo "| *cache off:* /ask paced at half max (${uc_paced_rps} req/s achieved) | p50 ${uc_half_p50} ms, p90 ${uc_half_p90} ms, p99 ${uc_half_p99} ms | (p99 ≤ 5 ms) |"
  echo "| *cache off:* RSS after its load phase | ${rss_uncached} MB | (≤ 200 MB) |"
  echo "| matching, real corpus (40 items) | p50 ${jmh_40_p50} µs, p99 ${jmh_40_p99} µs | |"
  echo "| matching, synthetic 1,000 items | p50 ${jmh_1000_p50} µs, p99 ${jmh_1000_p99} µs | |"
  echo "| matching, synthetic 10,000 items | p50 ${jmh_10000_p50} µs, p99 ${jmh_10000_p99} µs | p99 ≤ 5000 µs |"
  echo
  echo "The /ask mix is every golden question (in and out of scope), every other one with one of four members' facts."
  echo "It repeats 150 distinct requests, so the answer cache serves nearly all of them after the first pass: the"
  echo "headline /ask rows show the service when members ask what others asked today; the *cache off* rows show"
  echo "every question matched and personalised anew (a second server, same options, kenpo.answer-cache.enabled=false)."
  echo "Synthetic corpora splice real items' questions and reuse answers and alternates; above $((500)) items the"
  echo "classifier is not trained (see MatchIndex) and matching is lexical only. Raw outputs: target/benchmark/."
} > "$report"
echo
cat "$report"
