#!/bin/bash
# One command for the load figure of docs/benchmarks.md ("Load"): publishes the app in Release, starts it in
# Production against the given PostgreSQL database on 127.0.0.1:$PORT, runs api-load.sh (20 warm-up requests, 5 s of
# load, then 50 connections for the duration), prints the load average beside the figures, and stops the app.
# Usage: benchmarks/load/run-api-load.sh CONNECTION_STRING [PATH_AND_QUERY] [DURATION] [RUNS]
# Environment: PORT (18092), PUBLISH_DIR (/tmp/opstracker-load-pub), NO_PUBLISH=1 to reuse PUBLISH_DIR as it is.
set -euo pipefail
connection=$1
path=${2:-/api/operations?province=IQ-KI&page=3}
duration=${3:-20s}
runs=${4:-1}
port=${PORT:-18092}
out=${PUBLISH_DIR:-/tmp/opstracker-load-pub}
here="$(cd "$(dirname "$0")" && pwd)"
if [ "${NO_PUBLISH:-0}" != 1 ]; then
  dotnet publish "$here/../../src/OpsTracker.Web" -c Release -o "$out" --nologo -v q
fi
cd "$out"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" ConnectionStrings__Postgres="$connection" \
  ./OpsTracker.Web > "$out/load-run.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.5; done
for run in $(seq 1 "$runs"); do
  echo "run $run, $(date -u +%H:%M:%S) UTC"
  "$here/api-load.sh" "$port" "$app" "$path" "$duration"
done
