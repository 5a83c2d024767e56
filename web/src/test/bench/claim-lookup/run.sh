#!/usr/bin/env bash
# The claim lookup load benchmark (docs/benchmarks.md, "Claim lookup"): a million generated claims in a fresh
# embedded store, GET /api/claims?q= with wrk at 64 connections, then the same statements with the same parameters
# through pgbench at 64 clients, on the same data in the same run. Needs wrk, pgbench and psql (apt-get install wrk
# postgresql-contrib postgresql-client). Usage: web/src/test/bench/claim-lookup/run.sh [WORK_DIR] [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
work=${1:-/tmp/lookup-bench}
seconds=${2:-60}
port=8090 db=55432
psql_db() { psql -h localhost -p "$db" -U postgres -d crosscheck -v ON_ERROR_STOP=1 -q "$@"; }
p99() { sort -n | awk '{a[NR]=$1} END {printf "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms (%d transactions)\n", a[int(NR*0.5)]/1000, a[int(NR*0.9)]/1000, a[int(NR*0.99)]/1000, NR}'; }

rm -rf "$work" && mkdir -p "$work" && cd "$work"
CROSSCHECK_DATA_DIR="$work" CROSSCHECK_DATABASE_PORT=$db CROSSCHECK_DEMO_ENABLED=false "$root/crosscheck" serve --port $port > serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf -o /dev/null localhost:$port/q/health/ready; do sleep 1; done
time psql_db -f "$here/generate.sql"
psql_db -f "$here/prepare-sql.sql"
python3 "$here/make-sql-side.py" "$work"
psql_db -f "$work/precompute.sql"
psql_db -Atc "\\copy (SELECT q FROM bench_query ORDER BY id) TO '$work/queries.txt'"
cp "$here/lookup.lua" .

echo "== warm-up"; wrk -t2 -c64 -d20s -s lookup.lua http://127.0.0.1:$port > /dev/null
echo "== API: wrk, 64 connections, ${seconds}s ($(uptime | sed 's/.*load/load/'))"
wrk -t2 -c64 -d"${seconds}s" --latency -s lookup.lua http://127.0.0.1:$port | tee wrk.txt
echo "== SQL: pgbench, 64 clients, ${seconds}s ($(uptime | sed 's/.*load/load/'))"
pgbench -h localhost -p $db -U postgres -n -M prepared -c 64 -j 2 -T "$seconds" -f lookup.pgbench --log --log-prefix=sql crosscheck | grep -E "processed|failed|tps"
cat sql.* | awk '{print $3}' | p99
