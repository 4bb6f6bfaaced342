#!/bin/bash
# Load test of one URL of a running OpsTracker (docs/benchmarks.md, "Load"): 20 warm-up requests and 5 s of load,
# then 50 connections for the duration with wrk, printing requests/s, p50/p95/p99, errors, and the CPU time the app
# process and all PostgreSQL processes used per request (from /proc; Linux only, PostgreSQL on the same machine),
# with the load average and the app's resident memory before and after.
# Usage: benchmarks/load/api-load.sh PORT APP_PID [PATH_AND_QUERY] [DURATION]
set -euo pipefail
port=$1
pid=$2
path=${3:-/api/operations?province=IQ-KI&page=3}
duration=${4:-20s}
script="$(dirname "$0")/percentiles.lua"
for _ in $(seq 1 20); do curl -s -o /dev/null "http://127.0.0.1:$port$path"; done
wrk -t2 -c50 -d5s --timeout 10s "http://127.0.0.1:$port$path" > /dev/null
cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }
pgcpu() { local t=0 v; for p in $(pgrep -u postgres); do v=$(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0); t=$((t+v)); done; echo "$t"; }
tick=$(getconf CLK_TCK)
a0=$(cpu "$pid"); g0=$(pgcpu)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); app RSS $(ps -o rss= -p "$pid") KB"
out=$(wrk -t2 -c50 -d"$duration" --timeout 10s -s "$script" "http://127.0.0.1:$port$path")
a1=$(cpu "$pid"); g1=$(pgcpu)
echo "$out" | tail -1
n=$(echo "$out" | grep -oP '\d+(?= requests in)')
echo "requests $n; app CPU $(echo "scale=2; ($a1-$a0)*1000/$tick/$n" | bc) ms/request; PostgreSQL CPU $(echo "scale=2; ($g1-$g0)*1000/$tick/$n" | bc) ms/request"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); app RSS $(ps -o rss= -p "$pid") KB"
