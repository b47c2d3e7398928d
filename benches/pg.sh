#!/usr/bin/env bash
# lpt on PostgreSQL against the server's own floor (issue 14): times lpt and psql doing the
# equivalent raw work on the same server, on the same generated data, in the same run, and
# prints medians, ratios and the budgets.
#
#   bash benches/pg.sh               # bench size: ~6 minutes on 2 cores (plus 3 to generate
#                                    # bench-data-pg/ the first time)
#   bash benches/pg.sh --smoke       # tiny sizes, one run each, budgets not judged (the test suite runs this)
#   RUNS=9 bash benches/pg.sh        # more runs per median (default 5; the import runs half
#                                    # as many, the copy COPY_RUNS times, default 1)
#   PG_SOCKET=DIR bash benches/pg.sh # a cluster already running (scripts/pg-cluster start DIR);
#                                    # otherwise a throwaway one is started here and removed
#
# The data are benches/run.sh's (examples/generate.rs, the same seed and sizes: 20,000
# companies, 300,000 persons, 1,000,000 grants), written to an SQLite file and moved to the
# server by `lpt db copy`, which is timed too. Every connection is over the cluster's Unix
# socket (scripts/pg-cluster: no TCP, fsync on, shared_buffers 32MB), both lpt's and psql's.
#
# LPT_BIN and LPT_GENERATE name prebuilt binaries; otherwise a release build is made.
# PG_BINDIR names PostgreSQL's binaries (default: the highest /usr/lib/postgresql/*/bin).
# BENCH_DB_PREFIX names the server databases made here (default lpt_bench; they are dropped
# at the end). Exit status: 0 when every budget holds (or --smoke), 1 when one is missed.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=0
[ "${1:-}" = "--smoke" ] && smoke=1
runs=${RUNS:-5}
if [ $smoke = 1 ]; then
    runs=1
    dir=${BENCH_DIR:-target/bench-pg-smoke}
    gen_args=(--companies 40 --persons 600 --grants 2000 --csv-rows 200)
    rows=200
else
    dir=${BENCH_DIR:-bench-data-pg}
    gen_args=(--companies 20000 --persons 300000 --grants 1000000 --csv-rows 100000)
    rows=100000
fi

if [ -z "${LPT_BIN:-}" ] || [ -z "${LPT_GENERATE:-}" ]; then
    cargo build --release --locked --bin lpt --example generate >&2
fi
lpt=${LPT_BIN:-target/release/lpt}
generate=${LPT_GENERATE:-target/release/examples/generate}

if [ -z "${PG_BINDIR:-}" ]; then
    PG_BINDIR=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
[ -x "$PG_BINDIR/psql" ] || {
    echo "error: no psql in PG_BINDIR=$PG_BINDIR; install PostgreSQL (apt-get install postgresql)" >&2
    exit 2
}
psql_bin=$PG_BINDIR/psql

# The cluster: the one given, or a throwaway one stopped and removed at the end.
prefix=${BENCH_DB_PREFIX:-lpt_bench}
bench=${prefix}_data
work=${prefix}_work
cluster=""
cleanup() {
    if [ -n "${sock:-}" ]; then
        for d in "$bench" "$work" "${prefix}_copy"; do
            "$psql_bin" -X -q -h "$sock" -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1 || true
        done
    fi
    [ -z "$cluster" ] || scripts/pg-cluster stop "$cluster" >/dev/null 2>&1 || true
    rm -f "$dir/peak" "$dir/floor.sql"
}
trap cleanup EXIT
if [ -n "${PG_SOCKET:-}" ]; then
    sock=$PG_SOCKET
else
    cluster=$(mktemp -d "${TMPDIR:-/tmp}/lpt-bench-pg.XXXXXX")
    PG_BINDIR=$PG_BINDIR scripts/pg-cluster start "$cluster" >&2
    sock=$cluster
fi
psql() { PGOPTIONS="-c client_min_messages=warning" "$psql_bin" -X -q -v ON_ERROR_STOP=1 -h "$sock" "$@"; }
url() { echo "postgresql:///$1?host=$sock"; }
server_version=$(psql -d postgres -Atc "SHOW server_version" | cut -d' ' -f1)

# Generate once per set of arguments and generator (the data are deterministic from the
# seed; a new generator may write a new schema).
stamp="$dir/.args"
want="${gen_args[*]} $(sha256sum "$generate" | cut -c1-16)"
if [ ! -f "$dir/lpt.db" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "generating $dir …" >&2
    rm -rf "$dir"
    mkdir -p "$dir"
    "$generate" "$dir" --seed 42 "${gen_args[@]}" >&2
    echo "$want" > "$stamp"
fi
db=$dir/lpt.db
file=$dir/import-$rows.csv
# The generator makes person "BENCH ADMIN" a group administrator of every company.
admin=$("$lpt" --db "$db" --format csv person list | awk -F, '$2 == "BENCH" {print $1; exit}')
as_of=2026-11-23

# Microseconds taken by a command (its output discarded); a failed command stops the bench,
# so that a fast failure is never read as a fast run.
clock() {
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null 2>"$dir/err" || {
        echo "error: failed: $*" >&2
        cat "$dir/err" >&2
        exit 1
    }
    e=$(date +%s%N)
    echo $(((e - s) / 1000))
}

median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

table=()
failed=0
fmt() { [ "$1" = "-" ] && echo - || awk -v u="$1" 'BEGIN {if (u >= 1e6) printf "%.2f s", u / 1e6; else printf "%.1f ms", u / 1e3}'; }
report() { # name, lpt µs list, psql µs list (empty: none), budget ratio ("-": none)
    local l s ratio verdict bound
    l=$(echo "$2" | median)
    bound="≤ $4×"
    [ "$4" = "-" ] && bound="-"
    if [ -n "$3" ]; then
        s=$(echo "$3" | median)
        ratio=$(awk -v l="$l" -v s="$s" 'BEGIN {printf "%.2f", l / s}')
        if [ $smoke = 1 ]; then
            verdict="(smoke)"
        elif [ "$4" = "-" ]; then
            verdict="(no budget)"
        elif awk -v r="$ratio" -v b="$4" 'BEGIN {exit !(r <= b)}'; then
            verdict=ok
        else
            verdict=MISSED
            failed=1
        fi
    else
        s="-" ratio="-" verdict=""
    fi
    table+=("$(printf '%-56s %10s %10s %6s %8s  %s' "$1" "$(fmt "$l")" "$(fmt "$s")" "$ratio" "$bound" "$verdict")")
}
peak_of() { # peak resident memory of a command, in MB
    /usr/bin/time -o "$dir/peak" -f "%M" "$@" >/dev/null 2>&1
    awk '{k = $1} END {printf "%.1f", k / 1024}' "$dir/peak"
}
new_db() { # an empty database for lpt (locale C, as its schema expects)
    psql -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" \
        -c "CREATE DATABASE $1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'"
}
fresh() { # a working copy of the bench database, made (and checkpointed) before the clock starts
    psql -d postgres -c "DROP DATABASE IF EXISTS $work WITH (FORCE)" \
        -c "CREATE DATABASE $work TEMPLATE $bench STRATEGY FILE_COPY" -c "CHECKPOINT"
}

# 1. db copy of the generated SQLite file into an empty server database: read in one
#    snapshot, written in one transaction (COPY), then verified (the same rows, the same
#    audit chain head, db check's checks). No floor: the time is reported. The copy is the
#    bench database every later step reads.
lt=""
for _ in $(seq "${COPY_RUNS:-1}"); do
    new_db "$bench"
    lt="$lt $(clock "$lpt" db copy --from "$db" --to "$(url "$bench")")"
done
copied=$(psql -d "$bench" -Atc "SELECT (SELECT count(*) FROM grants) || ' grants, ' ||
    (SELECT count(*) FROM person) || ' persons'")
report "db copy SQLite → PostgreSQL ($copied)" "$lt" "" -
psql -d "$bench" -c "VACUUM ANALYZE" -c "CHECKPOINT"

# 2. registry import of $rows rows, fully checked and audited, vs psql's \copy of the same
#    rows into a table with the same columns and the registry's indexes (one live grant per
#    person, company, profile and unit; by company and unit; the ended, unrevoked ones).
#    Both start from a fresh copy of the bench database made before the clock starts; the
#    floor's table is created before the clock starts too. lpt's import takes some 40 s
#    here: half the runs (as benches/run.sh does for its largest file).
floor_table="CREATE TABLE reg(company_cf TEXT, person_cf TEXT, family_name TEXT, given_name TEXT,
    profile TEXT, unit TEXT, granted_on TEXT, ended_on TEXT, revoked_on TEXT, revoke_reason TEXT);
  CREATE UNIQUE INDEX reg_live ON reg(person_cf, company_cf, profile, coalesce(unit, '')) WHERE revoked_on IS NULL;
  CREATE INDEX reg_company ON reg(company_cf, unit);
  CREATE INDEX reg_ended ON reg(ended_on, company_cf, person_cf, profile, unit) WHERE revoked_on IS NULL AND ended_on IS NOT NULL;"
grants_before=$(psql -d "$bench" -Atc "SELECT count(*) FROM grants")
lt="" st=""
for _ in $(seq $(((runs + 1) / 2))); do
    fresh
    lt="$lt $(clock "$lpt" --db "$(url "$work")" --as "$admin" registry import "$file" --data-processing-authorised)"
    fresh
    psql -d "$work" -c "$floor_table" -c "CHECKPOINT"
    st="$st $(clock "$psql_bin" -X -q -v ON_ERROR_STOP=1 -h "$sock" -d "$work" \
        -c "\\copy reg FROM '$file' WITH (FORMAT csv, HEADER true)")"
done
fresh
max_ids="SELECT (SELECT max(id) FROM relationship) || ' ' || (SELECT max(id) FROM grants) || ' ' || (SELECT max(id) FROM audit_event)"
read -r rel_before grant_before event_before < <(psql -d "$work" -Atc "$max_ids")
peak=$(peak_of "$lpt" --db "$(url "$work")" --as "$admin" registry import "$file" --data-processing-authorised)
grants_after=$(psql -d "$work" -Atc "SELECT count(*) FROM grants")
[ $((grants_after - grants_before)) = "$rows" ] || {
    echo "error: the import added $((grants_after - grants_before)) grants, not $rows" >&2
    exit 1
}
report "registry import, $rows rows (checked, audited)" "$lt" "$st" 2.0
table[-1]="${table[-1]}  peak $peak MB"

# 2b. The same import against a second floor, with no budget: psql \copy of exactly the
#     rows the import wrote (its relationships, grants and audit events, taken from the
#     import just made) into lpt's own tables, with their indexes and foreign keys, in one
#     transaction. The foreign keys' checks (a lookup and a row lock in person, company,
#     unit and relationship per row) are most of that floor's time: the first floor's
#     table has none, which no registry kept as evidence can do without.
for t in relationship grants audit_event audit_personal; do
    case $t in
    relationship) new="id > $rel_before" ;;
    grants) new="id > $grant_before" ;;
    audit_event) new="id > $event_before" ;;
    audit_personal) new="event_id > $event_before" ;;
    esac
    psql -d "$work" -c "\\copy (SELECT * FROM $t WHERE $new ORDER BY 1) TO '$dir/rows-$t.txt'" >/dev/null
    echo "\\copy $t FROM '$dir/rows-$t.txt'"
done > "$dir/floor.copies"
{ echo "BEGIN;"; cat "$dir/floor.copies"; echo "COMMIT;"; } > "$dir/floor.sql"
own=""
for _ in $(seq $(((runs + 1) / 2))); do
    fresh
    own="$own $(clock "$psql_bin" -X -q -v ON_ERROR_STOP=1 -h "$sock" -d "$work" -f "$dir/floor.sql")"
done
report "  the same, vs \\copy of its rows into lpt's tables" "$lt" "$own" -
rm -f "$dir"/rows-*.txt "$dir/floor.copies"

# 3. audit overdue-revocations on a past day, whole process, vs psql running the same SQL
#    (lpt's own statement, src/store/report.rs, with its parameters written in).
end=2026-11-23T23:00:00.000Z # the first instant of the day after $as_of in Rome
overdue_cols="c.cf, c.name, p.cf, p.family_name, p.given_name, g.profile, u.name,
    g.ended_on, date(g.ended_on, '+5 days'),
    CAST(julianday('$as_of') - julianday(g.ended_on, '+5 days') AS INTEGER), NULL, NULL,
    CASE WHEN g.disable_requested_at < '$end' THEN 'region' ELSE 'company' END,
    CASE WHEN g.disable_requested_at < '$end' THEN g.disable_requested_at END
    FROM grants g JOIN company c ON c.id = g.company_id JOIN person p ON p.id = g.person_id
    LEFT JOIN unit u ON u.id = g.unit_id"
overdue_sql="SELECT $overdue_cols
    WHERE g.revoked_on IS NULL AND g.ended_on IS NOT NULL
      AND g.ended_on < date('$as_of', '-5 days') AND g.ended_at < '$end' AND g.approved_at < '$end'
      AND (NULL::text IS NULL OR c.cf = NULL::text)
    UNION ALL SELECT $overdue_cols
    WHERE g.revoked_at >= '$end' AND g.ended_on IS NOT NULL
      AND g.ended_on < date('$as_of', '-5 days') AND g.ended_at < '$end' AND g.approved_at < '$end'
      AND (NULL::text IS NULL OR c.cf = NULL::text)
    ORDER BY 8, 1, 3, 6, 7"
printf '%s;\n' "$overdue_sql" > "$dir/floor.sql"
lt="" st=""
for _ in $(seq $((runs * 3))); do
    lt="$lt $(clock "$lpt" --db "$(url "$bench")" --format csv audit overdue-revocations --as-of "$as_of")"
    st="$st $(clock "$psql_bin" -X -q -A -F, -h "$sock" -d "$bench" -f "$dir/floor.sql")"
done
listed=$("$lpt" --db "$(url "$bench")" --format csv audit overdue-revocations --as-of "$as_of" | tail -n +2 | wc -l)
floor_listed=$(psql -d "$bench" -At -f "$dir/floor.sql" | wc -l)
[ "$listed" = "$floor_listed" ] || {
    echo "error: lpt lists $listed overdue grants, the same SQL in psql $floor_listed" >&2
    exit 1
}
report "audit overdue-revocations ($listed listed)" "$lt" "$st" 1.5

# 4. person show, whole process, vs psql running the same lookups (person and live grants).
cf=$(psql -d "$bench" -Atc "SELECT cf FROM person WHERE id = 4321 % (SELECT count(*) FROM person) + 3")
show_sql="SELECT p.id, p.cf, p.family_name, p.given_name, p.email, p.via, p.first_access_on,
    p.registered_at, p.suspended_at, p.suspended_reason,
    EXISTS (SELECT 1 FROM operator o WHERE o.person_id = p.id) FROM person p WHERE p.cf = '$cf';
  SELECT c.cf, g.profile, u.name FROM grants g JOIN company c ON c.id = g.company_id
    LEFT JOIN unit u ON u.id = g.unit_id
    WHERE g.person_id = (SELECT id FROM person WHERE cf = '$cf') AND g.revoked_on IS NULL
    ORDER BY c.cf, g.profile, u.name;"
printf '%s\n' "$show_sql" > "$dir/floor.sql"
lt="" st=""
for _ in $(seq $((runs * 4))); do
    lt="$lt $(clock "$lpt" --db "$(url "$bench")" person show "$cf")"
    st="$st $(clock "$psql_bin" -X -q -A -h "$sock" -d "$bench" -f "$dir/floor.sql")"
done
report "person show (whole process)" "$lt" "$st" 1.5

echo
echo "lpt $("$lpt" --version | cut -d' ' -f2) vs psql, PostgreSQL $server_version on a Unix socket — $(nproc) cores, medians of $runs+ runs (import $(((runs + 1) / 2)), copy ${COPY_RUNS:-1})"
printf '%-56s %10s %10s %6s %8s  %s\n' "work" "lpt" "psql" "ratio" "budget" ""
printf '%s\n' "${table[@]}"
rm -f "$dir/err"
exit $failed
