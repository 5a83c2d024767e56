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
"$here/summarise.sh" "$work/serve.log"
pid=$(pgrep -f "quarkus-run.jar" | head -1 || true)
if [[ -n "$pid" ]] && command -v jcmd > /dev/null; then
  jcmd "$pid" GC.run > /dev/null && jcmd "$pid" GC.heap_info | head -3
  ps -o rss= -p "$pid" | awk '{printf "resident memory: %.0f MB\n", $1/1024}'
fi
