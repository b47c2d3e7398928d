#!/usr/bin/env bash
# Which pages an import writes, b-tree by b-tree: lpt's registry import and the floor's
# sqlite3 .import (as benches/run.sh runs them) of the same file, each on a fresh copy of
# bench-data/lpt.db. A second connection holds a read transaction open meanwhile, so no
# checkpoint can copy the WAL back; every page the commit wrote is then counted and
# attributed to its table or index through the dbstat virtual table.
#
#   bash benches/pages.sh 10000      # after benches/run.sh has made bench-data/
#
# Needs python3 and sqlite3. LPT_BIN names a prebuilt binary (default target/release/lpt).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
lpt=${LPT_BIN:-target/release/lpt}
dir=bench-data
work=$dir/pages.db
file=$dir/import-$n.csv
admin=$("$lpt" --db "$dir/lpt.db" --format csv person list | awk -F, '$2 == "BENCH" {print $1; exit}')

pinned() { # command…: run on $work with the WAL pinned by a reader, then the WAL's pages by b-tree
    python3 - "$work" "$@" <<'PY'
import collections, sqlite3, struct, subprocess, sys
db, cmd = sys.argv[1], sys.argv[2:]
hold = sqlite3.connect(db, isolation_level=None)
hold.execute("BEGIN")
hold.execute("SELECT count(*) FROM sqlite_master").fetchone()
subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
wal = open(db + "-wal", "rb").read()
size = struct.unpack(">I", wal[8:12])[0]
pages = {struct.unpack(">I", wal[o:o + 4])[0] for o in range(32, len(wal) - 24 - size + 1, 24 + size)}
look = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
owner = dict(look.execute("SELECT pageno, name FROM dbstat"))
look.close()
by = collections.Counter(owner.get(p, "(free)") for p in pages)
print("%8d pages of %d bytes" % (len(pages), size))
for name, c in by.most_common():
    print("%8d %s" % (c, name))
hold.execute("COMMIT")
hold.close()
PY
}

fresh() {
    rm -f "$work" "$work-wal" "$work-shm"
    cp "$dir/lpt.db" "$work"
    chmod 600 "$work"
}

echo "lpt registry import, $n rows:"
fresh
pinned "$lpt" --db "$work" --as "$admin" registry import "$file" --data-processing-authorised
echo "sqlite3 .import (the floor), $n rows:"
fresh
sqlite3 "$work" "CREATE TABLE reg(company_cf TEXT, person_cf TEXT, family_name TEXT, given_name TEXT,
    profile TEXT, unit TEXT, granted_on TEXT, ended_on TEXT, revoked_on TEXT, revoke_reason TEXT);
  CREATE UNIQUE INDEX reg_live ON reg(person_cf, company_cf, profile, unit) WHERE revoked_on = '';
  CREATE INDEX reg_company ON reg(company_cf, unit);
  CREATE INDEX reg_ended ON reg(ended_on, company_cf, person_cf, profile, unit) WHERE revoked_on = '' AND ended_on <> '';"
pinned sqlite3 -cmd "PRAGMA cache_size = -49152" "$work" ".import --csv --skip 1 $file reg"
rm -f "$work" "$work-wal" "$work-shm"
