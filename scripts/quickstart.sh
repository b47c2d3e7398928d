#!/usr/bin/env bash
# Builds lpt and runs a short session on a new database in ./quickstart.db:
# init, check a code, register a person, register and approve a company, grant a profile.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked
lpt() { ./target/release/lpt --db ./quickstart.db "$@"; }
rm -f quickstart.db quickstart.db-wal quickstart.db-shm
set -x
lpt init --operator RSSMRA80A01H501U --family-name Rossi --given-name Mario
lpt cf check 'vrd lgu 85M41 F205T' RSSMRA80A01H501X || true
lpt --as VRDLGU85M41F205T person register VRDLGU85M41F205T --family-name Verdi --given-name Luigia --via cie
lpt --as BNCGPP75C12D086Y person register BNCGPP75C12D086Y --family-name Bianchi --given-name Giuseppe
lpt --as VRDLGU85M41F205T company register 01234560017 --name 'ACME Srl' \
    --office 'Via Roma 1, 88100 Catanzaro' --email info@acme.example --legal-rep VRDLGU85M41F205T \
    --type DATORE_PRIVATO
lpt --as RSSMRA80A01H501U company approve 01234560017
lpt --as VRDLGU85M41F205T collab grant --company 01234560017 --person BNCGPP75C12D086Y \
    --profile GESTIONE_CO --unit 'Sede legale' --data-processing-authorised
lpt company show 01234560017
lpt collab list --company 01234560017
lpt audit verify
