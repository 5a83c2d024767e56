#!/usr/bin/env bash
# Summarises a server log of arrivals (DEBUG lines of DocumentExtraction) by tenths, then over them all: each
# arrival's reconciliation time and whole extraction time, and how many stored mentions it read back.
# Usage: summarise.sh SERVE_LOG [CLAIMS_BEFORE]   (used by run.sh and continue.sh; writes arrivals.txt beside the log)
set -euo pipefail
log=$1
arrivals="$(dirname "$log")/arrivals.txt"
grep "reconciled in" "$log" \
  | sed -E 's/.*: ([0-9]+) claim mentions, reconciled in ([0-9.]+) ms, extracted in ([0-9.]+) ms in all(, ([0-9]+) stored mentions read back)?.*/\1 \2 \3 \5/' \
  > "$arrivals"
python3 - "$arrivals" "${2:-0}" <<'PY'
import sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]
tenth = max(1, len(rows) // 10)
claims = float(sys.argv[2])
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
rec = [r[1] for r in rows]
whole = [r[2] for r in rows]
print(f"    all | {int(claims):>9} | {pct(rec, .5):6.2f} / {pct(rec, .9):6.2f} / {pct(rec, .99):7.2f} | {pct(whole, .5):6.2f} / {pct(whole, .99):7.2f} |")
PY
