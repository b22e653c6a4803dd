#!/usr/bin/env bash
# Writes a class-data-sharing (AppCDS) archive for the packaged jar: a short training run that starts the service,
# asks a few questions and stops, with the JVM options production will use. Starting with
# -XX:SharedArchiveFile=<archive> then maps the ~10,000 classes start-up needs, linked, and the lambda classes it
# would spin, instead of loading, verifying and generating them one by one (about 1 s less here). The uber-jar
# matters: with Quarkus's fast-jar class loader the JVM archives neither lambdas nor its unlinked classes.
# Rebuild the archive after every build and with the same JDK and JVM options; a stale or mismatched archive is
# ignored by the JVM with a warning, never used wrongly.
# Usage: bench/cds-archive.sh [archive]   (default target/kenpo-cds.jsa; needs the jar built)
set -euo pipefail
cd "$(dirname "$0")/.."

ARCHIVE=${1:-target/kenpo-cds.jsa}
PORT=${CDS_PORT:-18089}
JVM_OPTS=${JVM_OPTS:-$(cat bench/jvm.options)}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
URL="http://127.0.0.1:$PORT"

[ -f target/kenpo-faq-runner.jar ] || { echo "build the jar first: ./mvnw -B package -DskipTests" >&2; exit 2; }
rm -f "$ARCHIVE"
# shellcheck disable=SC2086
java $JVM_OPTS -XX:ArchiveClassesAtExit="$ARCHIVE" -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
  -jar target/kenpo-faq-runner.jar > target/cds-training.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf -o /dev/null "$URL/q/health/ready" && break; sleep 0.05; done
ask() { curl -sf -o /dev/null -H 'Content-Type: application/json' -H "X-Kenpo-Channel: ${2:-api}" -d "$1" "$URL/api/v1/ask"; }
ask '{"question": "お知らせが届きません"}'
ask '{"question": "マイナ保険証は使えますか", "member": {"scheme": "REGULAR", "mynaCardInsuranceRegistered": true}}' widget
ask '{"question": "今日の天気は？"}'
curl -sf -o /dev/null "$URL/api/v1/faq/6-1"
curl -sf -o /dev/null "$URL/q/health/live"
kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
trap - EXIT
[ -s "$ARCHIVE" ] || { echo "no archive written; see target/cds-training.log" >&2; exit 1; }
echo "CDS archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1)); start with -XX:SharedArchiveFile=$ARCHIVE and the same options"
