#!/usr/bin/env bash
# The replay of `db check` (R11) at bench size: a registry made by lpt itself, so that every
# row has its events (the generated bench database is written directly, with one event):
# 300,000 persons through a legacy import, 200 companies registered and approved, and
# 600,000 grants (two profiles each for 300,000 persons) through one registry import, a
# third of them revoked and their relationships ended through a second; then
# `db check` and, for comparison, `audit verify` alone, timed, with peak memory.
#
#   bash benches/replay.sh          # about 3 minutes on 2 cores; needs bench-data/ (benches/run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${LPT_BIN:-}" ] || cargo build --release --locked --bin lpt >&2
lpt=${LPT_BIN:-target/release/lpt}
src=bench-data/lpt.db
[ -f "$src" ] || { echo "run benches/run.sh first (it generates bench-data/)" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export LPT_DB=$dir/replay.db
op=RSSMRA80A01H501U
"$lpt" init --operator $op --family-name Rossi --given-name Mario 2>/dev/null
today=$(TZ=Europe/Rome date +%F)
{
    echo "username,cf,family_name,given_name,email,country"
    sqlite3 -csv "$src" "SELECT 'u' || id, cf, family_name, given_name, '', 'IT' FROM person WHERE id > 1 ORDER BY id"
} > "$dir/persons.csv"
"$lpt" --as $op person import-legacy "$dir/persons.csv" >/dev/null 2>&1
admin=$(sqlite3 "$src" "SELECT cf FROM person WHERE id = 2")
companies=$(sqlite3 "$src" "SELECT cf FROM company ORDER BY id LIMIT 200")
for c in $companies; do
    "$lpt" --as "$admin" company register "$c" --name "Azienda $c" --office 'Via Roma 1' \
        --email a@b.example --legal-rep "$admin" --type DATORE_PRIVATO 2>/dev/null
    "$lpt" --as $op company approve "$c" 2>/dev/null
done
{
    echo "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason"
    sqlite3 -csv "$src" "SELECT c.cf, p.cf, p.family_name, p.given_name, pr.code, '', '$today', '', '', ''
        FROM person p JOIN (SELECT cf, row_number() OVER (ORDER BY id) - 1 AS k FROM company ORDER BY id LIMIT 200) c
          ON c.k = p.id % 200
        CROSS JOIN (SELECT 'GESTIONE_CO' AS code UNION ALL SELECT 'VISUALIZZAZIONE_CO') pr
        WHERE p.id > 2 ORDER BY p.id, pr.code"
} > "$dir/grants.csv"
"$lpt" --as "$admin" registry import "$dir/grants.csv" --data-processing-authorised >/dev/null
# A third of the persons leave: their relationship ends and both grants are revoked, with a
# reason (a personal part beside the chain for each revocation).
{
    echo "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason"
    sqlite3 -csv "$src" "SELECT c.cf, p.cf, p.family_name, p.given_name, pr.code, '', '$today', '$today', '$today', 'left the company'
        FROM person p JOIN (SELECT cf, row_number() OVER (ORDER BY id) - 1 AS k FROM company ORDER BY id LIMIT 200) c
          ON c.k = p.id % 200
        CROSS JOIN (SELECT 'GESTIONE_CO' AS code UNION ALL SELECT 'VISUALIZZAZIONE_CO') pr
        WHERE p.id > 2 AND p.id % 3 = 0 ORDER BY p.id, pr.code"
} > "$dir/leavers.csv"
"$lpt" --as "$admin" registry import "$dir/leavers.csv" >/dev/null
events=$(sqlite3 "$LPT_DB" "SELECT count(*) FROM audit_event")
grants=$(sqlite3 "$LPT_DB" "SELECT count(*) FROM grants")
revoked=$(sqlite3 "$LPT_DB" "SELECT count(*) FROM grants WHERE revoked_on IS NOT NULL")
echo "replayable registry: $events events, $grants grants ($revoked revoked)" >&2
for _ in 1 2 3; do
    /usr/bin/time -f "db check (verify, invariants, replay): %e s, peak %M KB" "$lpt" db check 2>&1 | tail -1
    /usr/bin/time -f "audit verify alone: %e s, peak %M KB" "$lpt" audit verify 2>&1 | tail -1
done
