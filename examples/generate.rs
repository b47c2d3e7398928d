//! Benchmark data: a realistic lpt database built deterministically from a seed, and
//! registry CSV files of new grants for it (see BENCHMARKS.md).
//!
//!     cargo run --release --example generate -- OUT_DIR [--seed N] [--companies N]
//!         [--persons N] [--grants N] [--csv-rows N,N,…]
//!
//! Writes OUT_DIR/lpt.db and OUT_DIR/import-<rows>.csv. Every grant is valid under the
//! catalog; ~40% of relationships have ended, most of their grants revoked within the 5
//! days, some late, and about 1% not at all (the overdue ones). Person 2 (BENCH_ADMIN) is a
//! group-level administrator of every company, so one actor may import every CSV row.

use std::io::Write;
use std::path::PathBuf;

use rusqlite::params;

/// SplitMix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const FAMILY: &[&str] = &[
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
    "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
    "Lombardi", "Moretti",
];
const GIVEN: &[&str] = &[
    "Maria",
    "Giuseppe",
    "Anna",
    "Giovanni",
    "Rosa",
    "Antonio",
    "Angela",
    "Francesco",
    "Giovanna",
    "Mario",
    "Teresa",
    "Luigi",
    "Lucia",
    "Salvatore",
    "Carmela",
    "Vincenzo",
];
/// (profile, unit level) pairs a private employer may hold.
const COMBOS: &[(&str, bool)] = &[
    ("GESTIONE_CO", true),
    ("VISUALIZZAZIONE_CO", true),
    ("PROSPETTI_CIG", true),
    ("OFFERTE_LAVORO", true),
    ("GESTIONE_CO", false),
    ("STORICO_CO", false),
    ("TIROCINI_OSPITANTE", false),
    ("ACCREDITAMENTO_RETE_ATTIVA", false),
];

fn person_cf(i: u64, rng: &mut Rng) -> String {
    let mut letters = String::new();
    let mut n = i;
    for _ in 0..6 {
        letters.push(char::from(b'A' + (n % 26) as u8));
        n /= 26;
    }
    let year = 50 + rng.below(50) as u8;
    let month = 1 + rng.below(12) as u8;
    let day = 1 + rng.below(28) as u8;
    let place = 1 + rng.below(999) as u16;
    lpt::cf::build_personal(&letters, year, month, day, rng.below(2) == 0, 'H', place)
}

fn day(rng: &mut Rng, from: chrono::NaiveDate, span: u64) -> chrono::NaiveDate {
    from + chrono::Days::new(rng.below(span))
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |flag: &str, default: u64| -> u64 {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .map(|v| v.parse().expect("a number"))
            .unwrap_or(default)
    };
    let out = PathBuf::from(
        args.first()
            .filter(|a| !a.starts_with("--"))
            .expect("OUT_DIR"),
    );
    let seed = get("--seed", 42);
    let n_companies = get("--companies", 20_000);
    let n_persons = get("--persons", 300_000);
    let n_grants = get("--grants", 1_000_000);
    let csv_rows: Vec<u64> = args
        .iter()
        .position(|a| a == "--csv-rows")
        .and_then(|i| args.get(i + 1))
        .map(|v| v.split(',').map(|n| n.parse().expect("a number")).collect())
        .unwrap_or_else(|| vec![100_000, 1_000_000]);
    std::fs::create_dir_all(&out)?;
    let db = out.join("lpt.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    // The schema through lpt; the bulk rows straight through SQL, for speed.
    drop(lpt::store::Store::create(&lpt::store::Location::File(
        db.clone(),
    ))?);
    let mut conn = rusqlite::Connection::open(&db)?;
    conn.execute_batch("PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;")?;
    let tx = conn.transaction()?;
    let mut rng = Rng(seed);
    let now = "2026-11-01T08:00:00.000Z";
    let start = chrono::NaiveDate::from_ymd_opt(2023, 4, 3).unwrap();

    // Persons: 1 is the regional operator, 2 the bench administrator.
    let mut names: Vec<(String, String, String)> = Vec::with_capacity(n_persons as usize + 1);
    names.push(Default::default());
    {
        let mut st = tx.prepare(
            "INSERT INTO person (id, cf, family_name, given_name, via, first_access_on, registered_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        // The words each is found by (migration 0012), as lpt writes them.
        let mut wd =
            tx.prepare("INSERT INTO person_word (person_id, word, sort) VALUES (?1, ?2, ?3)")?;
        for i in 1..=n_persons {
            let (cf, f, g) = match i {
                1 => (
                    "RSSMRA80A01H501U".to_string(),
                    "Rossi".to_string(),
                    "Mario".to_string(),
                ),
                2 => (
                    person_cf(i, &mut rng),
                    "BENCH".to_string(),
                    "ADMIN".to_string(),
                ),
                _ => (
                    person_cf(i, &mut rng),
                    FAMILY[rng.below(FAMILY.len() as u64) as usize].to_string(),
                    GIVEN[rng.below(GIVEN.len() as u64) as usize].to_string(),
                ),
            };
            let via = if rng.below(4) == 0 { "cie" } else { "spid" };
            st.execute(params![
                i as i64,
                cf,
                f,
                g,
                via,
                // Their first access comes before any grant (R7).
                day(&mut rng, start - chrono::Days::new(900), 900).to_string(),
                now
            ])?;
            for w in lpt::search::words(&[&f, &g]) {
                wd.execute(params![i as i64, w, lpt::search::sort_key(&[&f, &g, &cf])])?;
            }
            names.push((cf, f, g));
        }
        tx.execute(
            "INSERT INTO operator (person_id, added_at) VALUES (1, ?1)",
            [now],
        )?;
        // The login that generates the data enters changes for the operator (R10), as
        // `init` would have bound it.
        tx.execute(
            "INSERT INTO login (name, cf, bound_at) VALUES (?1, 'RSSMRA80A01H501U', ?2)",
            params![lpt::store::login::Login::of_process().name, now],
        )?;
    }

    // Companies, their types and units (1 to 5 each); ~5% pending.
    let mut units: Vec<Vec<(i64, String)>> = vec![Vec::new()];
    let mut approved: Vec<u64> = Vec::new();
    {
        let mut co = tx.prepare(
            "INSERT INTO company (id, cf, name, office, email, legal_rep_cf, legal_rep_family_name,
                 legal_rep_given_name, status, requested_by, registered_at, decided_by, decided_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 2, ?10, ?11, ?12)",
        )?;
        let mut cw = tx.prepare(
            "INSERT INTO company_word (company_id, word, in_name, sort) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut ty = tx
            .prepare("INSERT INTO company_type (company_id, type) VALUES (?1, 'DATORE_PRIVATO')")?;
        let mut un = tx.prepare(
            "INSERT INTO unit (company_id, name, name_key, created_at) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for c in 1..=n_companies {
            let cf = lpt::cf::build_numeric(1_000_000 + c as u32, 1 + (c % 100) as u16);
            let pending = rng.below(20) == 0;
            let rep = &names[3 + rng.below(n_persons - 2) as usize];
            let (name, office) = (
                format!("Azienda {c} Srl"),
                format!("Via {} {}, Catanzaro", FAMILY[(c % 20) as usize], c % 200),
            );
            co.execute(params![
                c as i64,
                cf,
                name,
                office,
                format!("info@azienda{c}.example"),
                rep.0,
                rep.1,
                rep.2,
                if pending { "pending" } else { "approved" },
                now,
                (!pending).then_some(1),
                (!pending).then_some(now),
            ])?;
            ty.execute([c as i64])?;
            let in_name = lpt::search::words(&[&name]);
            for w in lpt::search::words(&[&name, &office]) {
                let n = in_name.binary_search(&w).is_ok();
                cw.execute(params![
                    c as i64,
                    w,
                    n,
                    lpt::search::sort_key(&[&name, &cf])
                ])?;
            }
            let mut us = Vec::new();
            for u in 0..(1 + rng.below(5)) {
                let name = if u == 0 {
                    "Sede legale".to_string()
                } else {
                    format!("Unità {u}")
                };
                un.execute(params![c as i64, name, lpt::names::key(&name), now])?;
                us.push((tx.last_insert_rowid(), name));
            }
            units.push(us);
            if !pending {
                approved.push(c);
            }
        }
    }

    // Grants: the bench administrator everywhere, then collaborators until n_grants.
    let mut rel_st = tx.prepare(
        "INSERT INTO relationship (person_id, company_id, started_on, ended_on, started_at, ended_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut grant_st = tx.prepare(
        "INSERT INTO grants (person_id, company_id, profile, unit_id, relationship_id, granted_on, granted_by,
             data_processing_authorised, approved_at, approved_by, ended_on, revoked_on, revoked_by, revoke_reason,
             granted_at, ended_at, revoked_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    let mut count = 0u64;
    // Recorded time (R8): generated history is recorded on its declared days, as a
    // historical import records it.
    let at = |d: chrono::NaiveDate| lpt::dates::start_of(d);
    let admin_on = chrono::NaiveDate::from_ymd_opt(2023, 4, 3).unwrap();
    for &c in &approved {
        rel_st.execute(params![
            2,
            c as i64,
            "2023-04-03",
            None::<String>,
            at(admin_on),
            None::<String>
        ])?;
        let rel = tx.last_insert_rowid();
        grant_st.execute(params![
            2,
            c as i64,
            "AMMINISTRATORE",
            None::<i64>,
            rel,
            "2023-04-03",
            1,
            None::<bool>,
            at(admin_on),
            1,
            None::<String>,
            None::<String>,
            None::<i64>,
            None::<String>,
            at(admin_on),
            None::<String>,
            None::<String>
        ])?;
        count += 1;
    }
    // Each collaborator works for one company (chosen from the seed) and holds 3–4 grants.
    let mut employer: Vec<u64> = vec![0; n_persons as usize + 1];
    let mut p = 3u64;
    while count < n_grants && p <= n_persons {
        let c = approved[rng.below(approved.len() as u64) as usize];
        employer[p as usize] = c;
        let started = day(&mut rng, start, 800);
        let ended = (rng.below(10) < 4).then(|| started + chrono::Days::new(30 + rng.below(300)));
        let ended = ended.filter(|e| *e < chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
        rel_st.execute(params![
            p as i64,
            c as i64,
            started.to_string(),
            ended.map(|e| e.to_string()),
            at(started),
            ended.map(at)
        ])?;
        let rel = tx.last_insert_rowid();
        let k = 3 + rng.below(2) as usize;
        let first = rng.below(COMBOS.len() as u64) as usize;
        for j in 0..k {
            let (profile, at_unit) = COMBOS[(first + j) % COMBOS.len()];
            let us = &units[c as usize];
            let unit = at_unit.then(|| us[rng.below(us.len() as u64) as usize].0);
            let (revoked_on, reason) = match ended {
                Some(e) => match rng.below(100) {
                    0 => (None, None), // overdue
                    1..=4 => (
                        Some(e + chrono::Days::new(6 + rng.below(20))),
                        Some("left the company"),
                    ),
                    _ => (
                        Some(e + chrono::Days::new(rng.below(6))),
                        Some("left the company"),
                    ),
                },
                None => (None, None),
            };
            grant_st.execute(params![
                p as i64,
                c as i64,
                profile,
                unit,
                rel,
                started.to_string(),
                2,
                true,
                at(started),
                2,
                ended.map(|e| e.to_string()),
                revoked_on.map(|d| d.to_string()),
                revoked_on.map(|_| 2),
                reason,
                at(started),
                ended.map(at),
                revoked_on.map(at)
            ])?;
            count += 1;
        }
        p += 1;
    }
    drop(rel_st);
    drop(grant_st);
    tx.commit()?;
    drop(conn);
    // One audit event for the whole generated state, chained like any other.
    let store = lpt::store::Store::open(&lpt::store::Location::File(db.clone()))?;
    let clock = lpt::dates::Clock {
        now: chrono::DateTime::parse_from_rfc3339(now)?.to_utc(),
        today: start,
    };
    let s = store.begin(Some("RSSMRA80A01H501U"), &clock)?;
    // The binding made above, as init's event records it (db check replays it).
    s.record(lpt::store::audit::Entry {
        action: "login.bind",
        company_cf: None,
        person_cf: Some("RSSMRA80A01H501U"),
        details: serde_json::json!({ "login": lpt::store::login::Login::of_process().name })
            .to_string(),
        personal: None,
    })?;
    s.record(lpt::store::audit::Entry {
        action: "bench.generate",
        company_cf: None,
        person_cf: None,
        details: serde_json::json!({"seed": seed, "companies": n_companies, "persons": n_persons, "grants": count})
            .to_string(),
        personal: None,
    })?;
    s.commit()?;
    drop(store);
    let conn = rusqlite::Connection::open(&db)?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;

    // CSV files: new grants in a second company for each person (none held yet).
    let max_rows = csv_rows.iter().copied().max().unwrap_or(0);
    let mut rows: Vec<String> = Vec::with_capacity(max_rows as usize);
    let mut rng = Rng(seed ^ 0xC5F);
    'outer: for j in 0..4usize {
        for p in 3..=n_persons {
            if rows.len() as u64 >= max_rows {
                break 'outer;
            }
            let own = employer[p as usize];
            let c = approved[((p * 7919 + j as u64) % approved.len() as u64) as usize];
            if c == own {
                continue;
            }
            let (profile, at_unit) = COMBOS[j];
            let us = &units[c as usize];
            let unit = if at_unit {
                us[(p as usize) % us.len()].1.as_str()
            } else {
                ""
            };
            let (cf, f, g) = &names[p as usize];
            let company = lpt::cf::build_numeric(1_000_000 + c as u32, 1 + (c % 100) as u16);
            let granted = day(
                &mut rng,
                chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                300,
            );
            rows.push(format!(
                "{company},{cf},{f},{g},{profile},{unit},{granted},,,"
            ));
        }
    }
    for n in csv_rows {
        let path = out.join(format!("import-{n}.csv"));
        let mut w = std::io::BufWriter::new(std::fs::File::create(&path)?);
        writeln!(
            w,
            "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason"
        )?;
        for r in rows.iter().take(n as usize) {
            writeln!(w, "{r}")?;
        }
        w.flush()?;
        eprintln!(
            "wrote {} ({} rows)",
            path.display(),
            n.min(rows.len() as u64)
        );
    }
    eprintln!(
        "wrote {}: {} persons, {} companies ({} approved), {count} grants",
        db.display(),
        n_persons,
        n_companies,
        approved.len()
    );
    Ok(())
}
