#!/usr/bin/env bash
# Reconciliation in the store (docs/benchmarks.md, "Reconciliation in the store"): an archive of invented stories
# (GenerateStories: each event told by 3 to 8 outlets over a few days, about 7 claim mentions an article) is
# ingested by the CLI into a fresh embedded PostgreSQL, then the packaged server's extraction worker extracts and
# files every article one at a time, as arrivals. Each arrival's reconciliation time (reading back what its blocking
# keys reach, regrouping, writing propositions and conflicts) and its whole extraction time are logged at DEBUG;
# this script summarises them by tenths of the archive (so the growth with the store shows), then prints the
# server's live heap after a full collection.
# Usage: web/src/test/bench/reconcile-store/run.sh [WORK_DIR] [ARTICLES]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
work=${1:-/tmp/reconcile-store}
articles=${2:-20000}
port=8091
rm -rf "$work" && mkdir -p "$work"
echo "== generating $articles articles"
java "$root/ingest/src/test/java/org/crosscheck/ingest/bench/GenerateStories.java" "$work/archive" "$articles"
echo "== ingesting (documents only; extraction is the server's)"
CROSSCHECK_DATA_DIR="$work/data" CROSSCHECK_DEMO_ENABLED=false "$root/crosscheck" ingest "$work/archive" | tail -3
echo "== extracting and filing every article, one at a time"
started=$(date +%s)
QUARKUS_LOG_CATEGORY__ORG_CROSSCHECK_INGEST_EXTRACTION__LEVEL=DEBUG CROSSCHECK_DATA_DIR="$work/data" CROSSCHECK_DEMO_ENABLED=false \
  "$root/crosscheck" serve --port $port > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
stored=$(ls "$work/archive" | grep -c '\.txt$')
while true; do
  done_count=$(grep -c "reconciled in" "$work/serve.log" || true)
  if (( done_count >= stored )); then break; fi
  if ! kill -0 $server 2>/dev/null; then echo "server stopped"; tail -20 "$work/serve.log"; exit 1; fi
  sleep 10
  echo "  $(date +%H:%M:%S) $done_count of $stored articles filed"
done
echo "== all filed in $(( $(date +%s) - started )) s (server start included)"
grep "reconciled in" "$work/serve.log" \
  | sed -E 's/.*: ([0-9]+) claim mentions, reconciled in ([0-9.]+) ms, extracted in ([0-9.]+) ms in all(, ([0-9]+) stored mentions read back)?.*/\1 \2 \3 \5/' \
  > "$work/arrivals.txt"
python3 - "$work/arrivals.txt" <<'PY'
import sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]
tenth = max(1, len(rows) // 10)
claims = 0
print("articles filed | claim mentions in the store after | reconcile p50 / p90 / p99 ms | whole extraction p50 / p99 ms"
      " | stored mentions read back per arrival, mean / p99")
for start in range(0, len(rows), tenth):
    part = rows[start:start + tenth]
    claims += sum(r[0] for r in part)
    rec = [r[1] for r in part]
    whole = [r[2] for r in part]
    read = [r[3] for r in part if len(r) > 3]
    reads = f"{sum(read) / len(read):7.0f} / {pct(read, .99):6.0f}" if read else "n/a"
    print(f"{start + len(part):>7} | {int(claims):>9} | {pct(rec, .5):6.2f} / {pct(rec, .9):6.2f} / {pct(rec, .99):7.2f} | {pct(whole, .5):6.2f} / {pct(whole, .99):7.2f} | {reads}")
PY
pid=$(pgrep -f "quarkus-run.jar" | head -1 || true)
if [[ -n "$pid" ]] && command -v jcmd > /dev/null; then
  jcmd "$pid" GC.run > /dev/null && jcmd "$pid" GC.heap_info | head -3
  ps -o rss= -p "$pid" | awk '{printf "resident memory: %.0f MB\n", $1/1024}'
fi
