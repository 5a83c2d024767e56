#!/usr/bin/env bash
# Where a lookup's CPU goes: runs wrk at 64 connections against a platform already serving the benchmark's data on
# port 8090 (started as run.sh starts it, e.g. with CROSSCHECK_LOOKUP_CACHE_SIZE=0 for computed answers) and divides
# the CPU time the server's JVM and the PostgreSQL backends used by the lookups answered.
# Usage: web/src/test/bench/claim-lookup/cpu-split.sh WORK_DIR [SECONDS]   (WORK_DIR holds queries.txt and lookup.lua)
set -euo pipefail
work=${1:?usage: cpu-split.sh WORK_DIR [SECONDS]}
seconds=${2:-20}
cd "$work"
ticks=$(getconf CLK_TCK)
cpu() { # seconds of CPU (user + system, children included for PostgreSQL) of the server JVM and of all postgres processes
  local jvm pg=0
  jvm=$(pgrep -f 'quarkus-run.jar' | head -1)
  for pid in $(pgrep -x postgres); do
    pg=$((pg + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$(awk '{print $14 + $15}' "/proc/$jvm/stat") $pg"
}
before=$(cpu)
out=$(wrk -t2 -c64 -d"${seconds}s" --latency -s lookup.lua http://127.0.0.1:8090)
after=$(cpu)
echo "$out" | grep -E "requests in|Requests/sec|50%|99%|Non-2xx|Socket errors"
answered=$(echo "$out" | grep -oP '\d+(?= requests in)')
echo "$before $after $answered $ticks" | awk '{printf "CPU per lookup: server %.2f ms, PostgreSQL %.2f ms\n",
  ($3 - $1) * 1000 / $6 / $5, ($4 - $2) * 1000 / $6 / $5}'
