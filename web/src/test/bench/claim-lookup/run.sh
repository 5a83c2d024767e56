#!/usr/bin/env bash
# The claim lookup load benchmark (docs/benchmarks.md, "Claim lookup"): a million generated claims in a fresh
# embedded store; GET /api/claims?q= with wrk at 64 connections over 2,000 distinct queries, first with the lookup
# cache on (every query asked once before measuring, so answers come from memory), then the same statements with the
# same parameters through pgbench at 64 clients, then the API again with the cache off (every answer computed), all
# on the same data in the same run. Needs wrk, pgbench and psql (apt-get install wrk postgresql-contrib
# postgresql-client). Usage: web/src/test/bench/claim-lookup/run.sh [WORK_DIR] [SECONDS]
# wrk waits 10 s for an answer before counting a timeout. REUSE=1 keeps the data a previous run generated in WORK_DIR and only measures again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
work=${1:-/tmp/lookup-bench}
seconds=${2:-60}
port=8090 db=55432
psql_db() { psql -h localhost -p "$db" -U postgres -d crosscheck -v ON_ERROR_STOP=1 -q "$@"; }
p99() { sort -n | awk '{a[NR]=$1} END {printf "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms (%d transactions)\n", a[int(NR*0.5)]/1000, a[int(NR*0.9)]/1000, a[int(NR*0.99)]/1000, NR}'; }
load() { uptime | sed 's/.*load/load/'; }
server=""
serve() { # serve CACHE_SIZE: (re)start the platform on the benchmark's data with that lookup cache size
  if [[ -n "$server" ]]; then kill "$server"; wait "$server" 2>/dev/null || true; fi
  CROSSCHECK_DATA_DIR="$work" CROSSCHECK_DATABASE_PORT=$db CROSSCHECK_DEMO_ENABLED=false CROSSCHECK_LOOKUP_CACHE_SIZE="$1" \
    "$root/crosscheck" serve --port $port >> serve.log 2>&1 &
  server=$!
  until curl -sf -o /dev/null localhost:$port/q/health/ready; do sleep 1; done
}
api() { # api LABEL: wrk at 64 connections; its p99 and rate go to api-LABEL.txt
  echo "== API, $1: wrk, 64 connections, ${seconds}s ($(load))"
  wrk -t2 -c64 -d"${seconds}s" --timeout 10s --latency -s lookup.lua http://127.0.0.1:$port | tee "wrk-$1.txt"
}

if [[ "${REUSE:-0}" != 1 ]]; then rm -rf "$work"; fi
mkdir -p "$work" && cd "$work"
trap '[[ -n "$server" ]] && kill $server 2>/dev/null || true' EXIT
serve 64M
if [[ "${REUSE:-0}" != 1 ]]; then
  time psql_db -f "$here/generate.sql"
  psql_db -f "$here/prepare-sql.sql"
  python3 "$here/make-sql-side.py" "$work"
  psql_db -f "$work/precompute.sql"
  psql_db -Atc "\\copy (SELECT q FROM bench_query ORDER BY id) TO '$work/queries.txt'"
fi
rm -f sql.* wrk-*.txt
cp "$here/lookup.lua" "$here/cache-check.lua" .

echo "== warm-up, cache on: every query once, then 20s"
wrk -t2 -c64 -d40s -s lookup.lua http://127.0.0.1:$port > /dev/null
api cached
wrk -t1 -c8 -d5s -s cache-check.lua http://127.0.0.1:$port | grep "lookup cache" || echo "lookup cache: no count"
echo "== SQL: pgbench, 64 clients, ${seconds}s ($(load))"
pgbench -h localhost -p $db -U postgres -n -M prepared -c 64 -j 2 -T "$seconds" -f lookup.pgbench --log --log-prefix=sql crosscheck \
  | grep -E "processed|failed|tps" | tee pgbench.txt
cat sql.* | awk '{print $3}' | p99 | tee sql-latency.txt
serve 0
echo "== warm-up, cache off: 20s"
wrk -t2 -c64 -d20s -s lookup.lua http://127.0.0.1:$port > /dev/null
api uncached

rate() { grep -oP 'Requests/sec:\s+\K[0-9.]+' "$1"; }
wrk_p99() { awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/, "", v); v/=1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else {sub(/s$/, "", v); v*=1000}; print v}' "$1"; }
sql_p99=$(grep -oP 'p99 \K[0-9.]+' sql-latency.txt)
sql_rate=$(grep -oP 'tps = \K[0-9.]+' pgbench.txt)
echo "== summary ($(load))"
for run in cached uncached; do
  awk -v r="$run" -v p="$(wrk_p99 "wrk-$run.txt")" -v t="$(rate "wrk-$run.txt")" -v sp="$sql_p99" -v st="$sql_rate" 'BEGIN {
    printf "API %-8s p99 %8.1f ms, %8.0f req/s; SQL alone p99 %.1f ms, %.0f/s; API/SQL: p99 %.2fx, throughput %.2fx\n", r, p, t, sp, st, p / sp, t / st }'
done
grep -h -E "Non-2xx|Socket errors" wrk-*.txt || echo "no errors reported by wrk"
