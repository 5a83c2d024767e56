#!/usr/bin/env bash
# Further arrivals into a store run.sh has filed (docs/benchmarks.md, "Further arrivals into the million-claim store"):
# copies that store, writes the next ARTICLES articles of the same archive (GenerateStories is deterministic, so the
# same seed writes the same first articles and the continuation tells the same stories on: later tellings of events
# already filed, as in the run itself), ingests them and has the packaged server file them one at a time, then
# summarises as run.sh does, with the rows each table had written (from PostgreSQL's statistics, when psql is
# installed). The filled store is only read, so every build is measured from the same start.
# Usage: web/src/test/bench/reconcile-store/continue.sh FILLED_WORK_DIR [ARTICLES] [WORK_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
filled=${1:?usage: continue.sh FILLED_WORK_DIR [ARTICLES] [WORK_DIR]}
articles=${2:-3000}
work=${3:-/tmp/reconcile-store-continued}
port=8091
database_port=55499
before=$(ls "$filled/archive" | grep -c '\.txt$')
rm -rf "$work" && mkdir -p "$work/archive"
echo "== copying the store of $before articles"
cp -a "$filled/data" "$work/data" && sync
echo "== writing articles $before to $(( before + articles - 1 )) of the same archive"
java "$root/ingest/src/test/java/org/crosscheck/ingest/bench/GenerateStories.java" "$work/all" $(( before + articles ))
for (( i = before; i < before + articles; i++ )); do
  name="$work/all/story-$(printf %06d $i)"   # named, not globbed: the folder holds every article of the archive
  mv "$name.txt" "$name.meta.json" "$work/archive/"
done
rm -rf "$work/all"
CROSSCHECK_DATA_DIR="$work/data" CROSSCHECK_DEMO_ENABLED=false "$root/crosscheck" ingest "$work/archive" | tr '\r' '\n' | tail -2
echo "== extracting and filing them, one at a time"
QUARKUS_LOG_CATEGORY__ORG_CROSSCHECK_INGEST_EXTRACTION__LEVEL=DEBUG CROSSCHECK_DATA_DIR="$work/data" CROSSCHECK_DEMO_ENABLED=false \
  CROSSCHECK_DATABASE_PORT=$database_port "$root/crosscheck" serve --port $port > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
written() {
  command -v psql > /dev/null || return 0
  psql -h localhost -p $database_port -U postgres -d crosscheck -Atc "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables \
    WHERE relname IN ('claim', 'proposition', 'mention_block', 'mention_link', 'conflict', 'conflict_side', 'audit_entry') ORDER BY 1" 2>/dev/null
}
until grep -q "Listening on" "$work/serve.log"; do
  kill -0 $server 2>/dev/null || { echo "server stopped"; tail -20 "$work/serve.log"; exit 1; }
  sleep 1
done
written > "$work/written-before.txt" || true
echo "   (table statistics taken after $(grep -c "reconciled in" "$work/serve.log" || true) arrivals)"
while (( $(grep -c "reconciled in" "$work/serve.log" || true) < articles )); do
  kill -0 $server 2>/dev/null || { echo "server stopped"; tail -20 "$work/serve.log"; exit 1; }
  sleep 5
done
# the store's claims before: those after, less the arrivals' own (0, so counts are the arrivals' only, without psql)
added=$(grep "reconciled in" "$work/serve.log" | sed -E 's/.*: ([0-9]+) claim mentions, reconciled in.*/\1/' | awk '{s += $1} END {print s}')
after=$(command -v psql > /dev/null && psql -h localhost -p $database_port -U postgres -d crosscheck -Atc "SELECT count(*) FROM claim" || echo "$added")
"$here/summarise.sh" "$work/serve.log" $(( after - added ))
if [[ -s "$work/written-before.txt" ]]; then
  echo "rows written per arrival (inserted / updated / deleted):"
  written | paste -d'|' "$work/written-before.txt" - \
    | awk -F'|' -v n="$articles" '{printf "  %-14s %7.1f / %6.1f / %6.1f\n", $1, ($6-$2)/n, ($7-$3)/n, ($8-$4)/n}'
fi
if command -v jcmd > /dev/null && kill -0 $server 2>/dev/null; then
  jcmd $server GC.run > /dev/null && jcmd $server GC.heap_info | head -3
  ps -o rss= -p $server | awk '{printf "resident memory: %.0f MB\n", $1/1024}'
fi
