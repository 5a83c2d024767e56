#!/usr/bin/env bash
# The claim lookup load benchmark (docs/benchmarks.md, "Claim lookup"): a million generated claims in a fresh
# embedded store; GET /api/claims?q= with wrk at 64 connections over 2,000 distinct queries, first with the lookup
# cache on (every query asked once before measuring, so answers come from memory), then the same statements with the
# same parameters through pgbench at 64 clients, then the API with the cache off (every answer computed), and last
# with the cache off while each of the 64 clients pauses between lookups (400, 200 and 150 ms on average), each
# followed by the SQL alone at the rate the API reached; all on the same data in the same run. Needs wrk, pgbench
# and psql (apt-get install wrk postgresql-contrib postgresql-client).
# Usage: web/src/test/bench/claim-lookup/run.sh [WORK_DIR] [SECONDS]
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
  # a restarted server starts with PostgreSQL's cache empty; pgbench runs on a warm one, so warm it here too
  psql_db -Atc "CREATE EXTENSION IF NOT EXISTS pg_prewarm" -c "SELECT sum(pg_prewarm(c.oid)) FROM pg_class c WHERE c.relname IN
    ('claim', 'claim_search_idx', 'claim_proposition_idx', 'claim_actor_action_idx', 'proposition', 'proposition_pkey', 'document',
     'document_pkey', 'conflict_side', 'conflict_side_claim_idx', 'entity_alias', 'entity', 'verdict', 'verdict_proposition_idx')" > /dev/null
}
sql() { # sql LABEL [RATE]: the API's statements through pgbench at 64 clients (at RATE lookups/s when given)
  echo "== SQL, $1: pgbench, 64 clients${2:+ at $2 lookups/s}, ${seconds}s ($(load))"
  rm -f sql.*
  pgbench -h localhost -p $db -U postgres -n -M prepared -c 64 -j 2 ${2:+-R $2} -T "$seconds" -f lookup.pgbench --log --log-prefix=sql crosscheck \
    | grep -E "processed|failed|tps" | tee "pgbench-$1.txt"
  # with a rate, a transaction's latency counts from when it was scheduled, as wrk's do from when sent
  cat sql.* | awk -v paced="${2:-}" '{print (paced == "" ? $3 : $3 + $NF)}' | p99 | tee "sql-$1.txt"
}
api() { # api LABEL: wrk at 64 connections (THINK_MS: each pauses a random 0-2x that many ms between lookups)
  echo "== API, $1: wrk, 64 connections${THINK_MS:+, each pausing ${THINK_MS} ms on average}, ${seconds}s ($(load))"
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
rm -f sql.* sql-*.txt pgbench-*.txt wrk-*.txt
cp "$here/lookup.lua" "$here/cache-check.lua" .

echo "== warm-up, cache on: every query once, then 20s"
wrk -t2 -c64 -d40s -s lookup.lua http://127.0.0.1:$port > /dev/null
api cached
wrk -t1 -c8 -d5s -s cache-check.lua http://127.0.0.1:$port | grep "lookup cache" || echo "lookup cache: no count"
sql closed
serve 0
echo "== warm-up, cache off: 20s"
wrk -t2 -c64 -d20s -s lookup.lua http://127.0.0.1:$port > /dev/null
api uncached
# the same 64 clients when each reads its answer before asking again, and the SQL alone at the rate they reached
for think in 400 200 150; do
  THINK_MS=$think api paced-$think
  sql paced-$think "$(grep -oP 'Requests/sec:\s+\K[0-9]+' wrk-paced-$think.txt)"
done

rate() { grep -oP 'Requests/sec:\s+\K[0-9.]+' "$1"; }
wrk_p99() { awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/, "", v); v/=1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else {sub(/s$/, "", v); v*=1000}; print v}' "$1"; }
echo "== summary ($(load))"
for run in cached uncached; do
  awk -v r="$run" -v p="$(wrk_p99 "wrk-$run.txt")" -v t="$(rate "wrk-$run.txt")" -v sp="$(grep -oP 'p99 \K[0-9.]+' sql-closed.txt)" \
      -v st="$(grep -oP 'tps = \K[0-9.]+' pgbench-closed.txt)" 'BEGIN {
    printf "API %-10s p99 %8.1f ms, %8.0f req/s; SQL alone p99 %6.1f ms, %5.0f/s; API/SQL: p99 %.2fx, throughput %.2fx\n", r, p, t, sp, st, p / sp, t / st }'
done
# pgbench -R is open loop (lookups arrive on a schedule whether or not earlier ones were answered), wrk's paced
# clients wait for their answer first: the same mean rate, not the same load, so no ratio is printed for them
for run in paced-400 paced-200 paced-150; do
  awk -v r="$run" -v p="$(wrk_p99 "wrk-$run.txt")" -v t="$(rate "wrk-$run.txt")" -v sp="$(grep -oP 'p99 \K[0-9.]+' "sql-$run.txt")" \
      -v st="$(grep -oP 'tps = \K[0-9.]+' "pgbench-$run.txt")" 'BEGIN {
    printf "API %-10s p99 %8.1f ms, %8.0f req/s; SQL alone at that rate, open loop: p99 %6.1f ms, %5.0f/s\n", r, p, t, sp, st }'
done
grep -h -E "Non-2xx|Socket errors" wrk-*.txt || echo "no errors reported by wrk"
