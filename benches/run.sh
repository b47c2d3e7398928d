#!/usr/bin/env bash
# lpt against the SQLite floor: times lpt and the sqlite3 CLI doing the equivalent raw work,
# on the same machine in the same run, and prints medians, ratios and the budgets.
#
#   bash benches/run.sh            # full size: ~2 minutes on 2 cores; data cached in bench-data/
#   bash benches/run.sh --smoke    # tiny sizes, one run each, budgets not judged (the test suite runs this)
#   RUNS=9 bash benches/run.sh     # more runs per median (default 5)
#
# LPT_BIN and LPT_GENERATE name prebuilt binaries; otherwise a release build is made.
# Exit status: 0 when every budget holds (or --smoke), 1 when one is missed.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=0
[ "${1:-}" = "--smoke" ] && smoke=1
runs=${RUNS:-5}
if [ $smoke = 1 ]; then
    runs=1
    dir=${BENCH_DIR:-target/bench-smoke}
    gen_args=(--companies 40 --persons 600 --grants 2000 --csv-rows 200,1000)
    small=200 large=1000
else
    dir=bench-data
    gen_args=(--companies 20000 --persons 300000 --grants 1000000 --csv-rows 100000,1000000)
    small=100000 large=1000000
fi

if [ -z "${LPT_BIN:-}" ] || [ -z "${LPT_GENERATE:-}" ]; then
    cargo build --release --locked --bin lpt --example generate >&2
fi
lpt=${LPT_BIN:-target/release/lpt}
generate=${LPT_GENERATE:-target/release/examples/generate}

have_sqlite=1
if ! command -v sqlite3 >/dev/null; then
    if [ $smoke = 1 ]; then
        have_sqlite=0
    else
        echo "installing sqlite3…" >&2
        { apt-get update -qq && apt-get install -y -qq sqlite3; } >&2 || sudo apt-get install -y -qq sqlite3 >&2
    fi
fi

# Generate once per set of arguments (the data are deterministic from the seed).
stamp="$dir/.args"
if [ ! -f "$dir/lpt.db" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${gen_args[*]}" ]; then
    echo "generating $dir …" >&2
    "$generate" "$dir" --seed 42 "${gen_args[@]}" >&2
    echo "${gen_args[*]}" > "$stamp"
fi
db=$dir/lpt.db
work=$dir/work.db
op=RSSMRA80A01H501U
# The generator makes person "BENCH ADMIN" a group administrator of every company.
admin=$("$lpt" --db "$db" --format csv person list | awk -F, '$2 == "BENCH" {print $1; exit}')
as_of=2026-11-23

fresh() { # a working copy of the generated database
    rm -f "$work" "$work-wal" "$work-shm"
    cp "$db" "$work"
    chmod 600 "$work"
}

# Microseconds taken by a command (its output discarded).
clock() {
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s%N)
    echo $(((e - s) / 1000))
}

median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

rows=()
failed=0
report() { # name, lpt µs list, sqlite µs list, budget ratio
    local l s ratio verdict
    l=$(echo "$2" | median)
    if [ -n "$3" ]; then
        s=$(echo "$3" | median)
        ratio=$(awk -v l="$l" -v s="$s" 'BEGIN {printf "%.2f", l / s}')
        if [ $smoke = 1 ]; then
            verdict="(smoke)"
        elif awk -v r="$ratio" -v b="$4" 'BEGIN {exit !(r <= b)}'; then
            verdict=ok
        else
            verdict=MISSED
            failed=1
        fi
    else
        s="-" ratio="-" verdict="(no sqlite3)"
    fi
    rows+=("$(printf '%-48s %12s %12s %7s %8s  %s' "$1" "$(fmt "$l")" "$(fmt "$s")" "$ratio" "≤ $4×" "$verdict")")
}
fmt() { [ "$1" = "-" ] && echo - || awk -v u="$1" 'BEGIN {if (u >= 1e6) printf "%.2f s", u / 1e6; else printf "%.1f ms", u / 1e3}'; }

# 1. registry import of the small file, fully checked and audited, vs sqlite3 .import
#    into a table with the same columns and comparable indexes.
floor_table="CREATE TABLE reg(company_cf TEXT, person_cf TEXT, family_name TEXT, given_name TEXT,
    profile TEXT, unit TEXT, granted_on TEXT, ended_on TEXT, revoked_on TEXT, revoke_reason TEXT);
  CREATE UNIQUE INDEX reg_live ON reg(person_cf, company_cf, profile, unit) WHERE revoked_on = '';
  CREATE INDEX reg_company ON reg(company_cf, unit);
  CREATE INDEX reg_ended ON reg(ended_on, company_cf, person_cf, profile, unit) WHERE revoked_on = '' AND ended_on <> '';"
lt="" st=""
for _ in $(seq "$runs"); do
    fresh
    lt="$lt $(clock "$lpt" --db "$work" --as "$admin" registry import "$dir/import-$small.csv" --data-processing-authorised)"
    if [ $have_sqlite = 1 ]; then
        fresh
        sqlite3 "$work" "$floor_table"
        st="$st $(clock sqlite3 "$work" ".import --csv --skip 1 $dir/import-$small.csv reg")"
    fi
done
report "registry import, $small rows (checked, audited)" "$lt" "$st" 2.0

# 2. registry export of every grant vs sqlite3 writing the same rows as CSV.
export_sql="SELECT c.cf, p.cf, p.family_name, p.given_name, g.profile, u.name, g.granted_on,
    g.ended_on, g.revoked_on, g.revoke_reason FROM grants g JOIN company c ON c.id = g.company_id
    JOIN person p ON p.id = g.person_id LEFT JOIN unit u ON u.id = g.unit_id ORDER BY g.id"
grants=$(sqlite3 "$db" "SELECT count(*) FROM grants" 2>/dev/null || echo "?")
fresh
lt="" st=""
for _ in $(seq "$runs"); do
    rm -f "$dir/export.csv"
    lt="$lt $(clock "$lpt" --db "$work" --as "$op" registry export --output "$dir/export.csv")"
    if [ $have_sqlite = 1 ]; then
        st="$st $(clock sh -c "sqlite3 -csv -header '$work' \"$export_sql\" > '$dir/export-sqlite.csv'")"
    fi
done
report "registry export, $grants grants" "$lt" "$st" 1.5

# 3. audit overdue-revocations, whole process, vs sqlite3 running the same query.
overdue_sql="SELECT c.cf, c.name, p.cf, p.family_name, p.given_name, g.profile, u.name, g.ended_on,
    date(g.ended_on, '+5 days'), CAST(julianday('$as_of') - julianday(g.ended_on, '+5 days') AS INTEGER)
    FROM grants g JOIN company c ON c.id = g.company_id JOIN person p ON p.id = g.person_id
    LEFT JOIN unit u ON u.id = g.unit_id
    WHERE g.revoked_on IS NULL AND g.ended_on IS NOT NULL AND g.ended_on < date('$as_of', '-5 days')
    ORDER BY 8, 1, 3, 6, 7"
lt="" st=""
for _ in $(seq $((runs * 3))); do
    lt="$lt $(clock "$lpt" --db "$work" --format csv audit overdue-revocations --as-of "$as_of")"
    [ $have_sqlite = 1 ] && st="$st $(clock sqlite3 -csv "$work" "$overdue_sql")"
done
overdue=$("$lpt" --db "$work" --format csv audit overdue-revocations --as-of "$as_of" | tail -n +2 | wc -l)
report "audit overdue-revocations ($overdue listed)" "$lt" "$st" 1.5

# 4. person show, whole process, vs sqlite3 running the same lookups (person and live grants).
cf=$(sqlite3 "$db" "SELECT cf FROM person WHERE id = 4321 % (SELECT count(*) FROM person) + 3" 2>/dev/null ||
    "$lpt" --db "$db" --format csv person list | sed -n 5p | cut -d, -f1)
show_sql="SELECT p.id, p.cf, p.family_name, p.given_name, p.email, p.via, p.first_access_on,
    p.registered_at, p.suspended_at, p.suspended_reason,
    EXISTS (SELECT 1 FROM operator o WHERE o.person_id = p.id) FROM person p WHERE p.cf = '$cf';
  SELECT c.cf, g.profile, u.name FROM grants g JOIN company c ON c.id = g.company_id
    LEFT JOIN unit u ON u.id = g.unit_id
    WHERE g.person_id = (SELECT id FROM person WHERE cf = '$cf') AND g.revoked_on IS NULL;"
lt="" st=""
for _ in $(seq $((runs * 4))); do
    lt="$lt $(clock "$lpt" --db "$work" person show "$cf")"
    [ $have_sqlite = 1 ] && st="$st $(clock sqlite3 "$work" "$show_sql")"
done
report "person show (whole process)" "$lt" "$st" 1.5

# 5. Peak memory of importing the large file.
fresh
/usr/bin/time -o "$dir/peak" -f "%M" "$lpt" --db "$work" --as "$admin" registry import "$dir/import-$large.csv" \
    --data-processing-authorised >/dev/null 2>&1
peak=$(tail -1 "$dir/peak")
mb=$(awk -v k="$peak" 'BEGIN {printf "%.1f", k / 1024}')
if [ $smoke = 1 ]; then verdict="(smoke)"; elif awk -v m="$mb" 'BEGIN {exit !(m <= 100)}'; then verdict=ok; else verdict=MISSED; failed=1; fi
rows+=("$(printf '%-48s %12s %12s %7s %8s  %s' "peak memory, registry import of $large rows" "$mb MB" "-" "-" "≤ 100 MB" "$verdict")")

echo
echo "lpt $("$lpt" --version | cut -d' ' -f2) vs $(sqlite3 --version 2>/dev/null | cut -d' ' -f1 | sed 's/^/sqlite3 /') — $(nproc) cores, medians of $runs+ runs"
printf '%-48s %12s %12s %7s %8s  %s\n' "work" "lpt" "sqlite3" "ratio" "budget" ""
printf '%s\n' "${rows[@]}"
rm -f "$work" "$work-wal" "$work-shm" "$dir/export.csv" "$dir/export-sqlite.csv" "$dir/peak"
exit $failed
