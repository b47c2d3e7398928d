#!/usr/bin/env bash
# The Region's view at bench size (issue 16): `lpt inbox` (budget 0.5 s) and `lpt report
# compliance` over a year (budget 5 s), on a copy of the generated database (see run.sh),
# as whole processes: the median of RUNS runs after one warm-up.
#
#   bash benches/region.sh                 # bench-data/ as benches/run.sh makes it
#   BENCH_DB=/tmp/lpt.db bash benches/region.sh
#
# Exit status: 0 when both budgets hold, 1 when one is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
lpt=${LPT_BIN:-target/release/lpt}
[ -n "${LPT_BIN:-}" ] || cargo build --release --locked --bin lpt >&2
src=${BENCH_DB:-bench-data/lpt.db}
[ -f "$src" ] || { echo "no $src: run benches/run.sh once (it generates bench-data/)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src" "$work/lpt.db"
chmod 600 "$work/lpt.db"

median_ms() { # the median wall time of "$@" in ms, after one warm-up
    local t=() s e
    "$@" >/dev/null 2>&1
    for _ in $(seq "$runs"); do
        s=$(date +%s%N)
        "$@" >/dev/null 2>&1
        e=$(date +%s%N)
        t+=($(((e - s) / 1000000)))
    done
    printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
report() {
    rm -f "$work/r.html"
    "$lpt" --db "$work/lpt.db" report compliance --from 2025-12-01 --to 2026-11-30 --output "$work/r.html"
}
inbox=$(median_ms "$lpt" --db "$work/lpt.db" inbox)
year=$(median_ms report)
status=0
printf '%-45s %8s ms  budget %5s ms\n' "lpt inbox" "$inbox" 500 "report compliance, a year (12 months)" "$year" 5000
[ "$inbox" -le 500 ] || { echo "inbox: budget MISSED" >&2; status=1; }
[ "$year" -le 5000 ] || { echo "report compliance: budget MISSED" >&2; status=1; }
exit $status
