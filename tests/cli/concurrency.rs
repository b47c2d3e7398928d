//! Issue 14, "Several offices, one registry": many `lpt` processes writing one PostgreSQL
//! database at once. Every change takes lpt's one writer lock on the server
//! (`store::server::lock`), so the processes queue as they do on an SQLite file: nothing is
//! lost, the audit chain stays one chain, and a rule is never checked against a state
//! another writer is changing (R6's last group-level administrator).
//!
//! PostgreSQL only: on SQLite the file's own lock does this, and `reliability.rs` tests it.

use std::process::{Child, Command, Output, Stdio};
use std::time::Instant;

use crate::common::*;

/// At the top of a test that only has a meaning on a server: without `LPT_TEST_PG` it
/// returns at once, saying so on stderr (the PostgreSQL half of `scripts/test` runs it).
macro_rules! only_on_pg {
    () => {
        if !on_pg() {
            eprintln!(
                "skipped on SQLite: a test of concurrent writers on PostgreSQL; \
                 it runs with LPT_TEST_PG set (scripts/test, its PostgreSQL half)"
            );
            return;
        }
    };
}

/// The day every command of these tests runs on (`LPT_TEST_NOW`), and its instant.
const TODAY: &str = "2026-06-15";
const NOW: &str = "2026-06-15T09:00:00Z";

/// The processes that write at once, and the grants each adds.
const WRITERS: usize = 8;
const EACH: usize = 250;

/// The (profile, unit) of the four grants each person gets, each from another process.
const GRANTS: [(&str, &str); 4] = [
    ("GESTIONE_CO", ""),
    ("STORICO_CO", ""),
    ("VISUALIZZAZIONE_CO", ""),
    ("PROSPETTI_CIG", "Sede legale"),
];

/// `lpt` as `Env::cmd` makes it, but a plain process that can be spawned and left running.
fn lpt(env: &Env, actor: &str, args: &[&str]) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("lpt"));
    c.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("LPT_DB", env.db_url())
        .env("LPT_TEST_NOW", NOW)
        .current_dir(env.dir.path())
        .arg("--as")
        .arg(actor)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Starts every command before waiting for any, and returns their outputs in order.
fn all_at_once(mut cmds: Vec<Command>) -> Vec<Output> {
    let children: Vec<Child> = cmds.iter_mut().map(|c| c.spawn().unwrap()).collect();
    children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect()
}

/// What a writer must never tell its user: the server's complaints about concurrency.
fn concurrency_error(stderr: &str) -> Option<&'static str> {
    let s = stderr.to_ascii_lowercase();
    [
        "serializ",
        "deadlock",
        "could not obtain lock",
        "40001",
        "40p01",
        "duplicate key",
        "unique constraint",
        "tuple concurrently",
    ]
    .into_iter()
    .find(|n| s.contains(n))
}

/// The audit trail is one chain: ids 1..=n without a gap, no two events chained to the
/// same predecessor (a fork), and the head row at the last event.
fn one_chain(env: &Env) {
    let events = env.count("SELECT count(*) FROM audit_event");
    assert_eq!(
        env.count("SELECT max(id) FROM audit_event"),
        events,
        "a gap"
    );
    assert_eq!(
        env.count("SELECT count(DISTINCT prev_hash) FROM audit_event"),
        events,
        "two events chained to one predecessor: the chain forked"
    );
    assert_eq!(
        env.count("SELECT last_id FROM audit_head"),
        events,
        "the head is not the last event"
    );
    let o = env.run(None, &["audit", "verify"]);
    let said = format!("{}{}", stdout(&o), stderr(&o));
    assert!(o.status.success(), "audit verify: {said}");
    assert!(said.contains("intact"), "audit verify: {said}");
}

/// A company whose legal representative `lr` is its first group administrator, with
/// `persons` more persons registered (through a legacy import: one process for all).
struct World {
    env: Env,
    lr: String,
    acme: String,
    /// (cf, family name, given name)
    people: Vec<(String, String, String)>,
}

fn world(persons: u32) -> World {
    let env = Env::empty();
    env.set_now(NOW);
    env.init();
    let lr = env.register(1, "Verdi", "Luigia");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    let people: Vec<_> = (0..persons)
        .map(|n| {
            let cf = person(100 + n);
            (cf, format!("Cognome{n}"), format!("Nome{n}"))
        })
        .collect();
    let mut csv = String::from("username,cf,family_name,given_name,email,country\n");
    for (i, (cf, f, g)) in people.iter().enumerate() {
        csv.push_str(&format!("u{i},{cf},{f},{g},u{i}@example.it,IT\n"));
    }
    let file = env.path("persons.csv");
    std::fs::write(&file, csv).unwrap();
    env.ok(
        Some(OP),
        &["person", "import-legacy", file.to_str().unwrap()],
    );
    assert_eq!(
        env.count("SELECT count(*) FROM person"),
        i64::from(persons) + 2,
        "the operator, the legal representative and the imported persons"
    );
    World {
        env,
        lr,
        acme,
        people,
    }
}

/// 8 processes at once each import 250 grants into one company (the four grants of each
/// person come from four different processes, so they race to open the same
/// relationship): all 2000 land, in one audit chain that verifies, `db check` is clean, and
/// no process failed or met a serialization error.
#[test]
fn eight_offices_importing_at_once_lose_nothing_and_keep_one_chain() {
    only_on_pg!();
    let w = world((WRITERS * EACH / GRANTS.len()) as u32);
    let env = &w.env;
    let grants_before = env.count("SELECT count(*) FROM grants");
    let events_before = env.count("SELECT count(*) FROM audit_event");

    let mut files = vec![String::from(HEADER); WRITERS];
    for i in 0..WRITERS * EACH {
        let (cf, f, g) = &w.people[i / GRANTS.len()];
        let (profile, unit) = GRANTS[i % GRANTS.len()];
        files[i % WRITERS].push_str(&format!(
            "\n{},{cf},{f},{g},{profile},{unit},{TODAY},,,",
            w.acme
        ));
    }
    let cmds: Vec<Command> = files
        .iter()
        .enumerate()
        .map(|(k, csv)| {
            let file = env.path(&format!("office-{k}.csv"));
            std::fs::write(&file, csv).unwrap();
            lpt(
                env,
                &w.lr,
                &[
                    "--format",
                    "json",
                    "registry",
                    "import",
                    file.to_str().unwrap(),
                    "--data-processing-authorised",
                ],
            )
        })
        .collect();

    let start = Instant::now();
    let outs = all_at_once(cmds);
    let took = start.elapsed();
    for (k, o) in outs.iter().enumerate() {
        let err = stderr(o);
        assert!(
            o.status.success(),
            "office {k} failed ({:?}):\n{err}",
            o.status.code()
        );
        if let Some(what) = concurrency_error(&err) {
            panic!("office {k} printed a concurrency error ({what}):\n{err}");
        }
        let s = json(&stdout(o));
        assert_eq!(s["granted"], EACH, "office {k}: {s}");
        assert_eq!(s["unchanged"], 0, "office {k}: {s}");
    }
    eprintln!("{WRITERS} imports of {EACH} rows at once took {took:?}");

    // Every grant, counted in the tables and through lpt's own export.
    let total = (WRITERS * EACH) as i64;
    assert_eq!(
        env.count("SELECT count(*) FROM grants") - grants_before,
        total
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM (SELECT DISTINCT person_id, profile, unit_id FROM grants \
             WHERE revoked_on IS NULL AND profile <> 'AMMINISTRATORE' \
             AND profile <> 'LEGALE_RAPPRESENTANTE') d"
        ),
        total
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM relationship WHERE person_id IN \
             (SELECT id FROM person WHERE via = 'legacy')"
        ),
        w.people.len() as i64,
        "one relationship per person, however many processes raced to open it"
    );
    let export = env.ok(
        Some(OP),
        &[
            "--format",
            "csv",
            "registry",
            "export",
            "--company",
            &w.acme,
            "--active",
        ],
    );
    let exported = export.lines().count() as i64 - 1;
    assert_eq!(
        exported,
        total + 2,
        "the imported grants, the LR's and admin's"
    );
    for (cf, _, _) in w.people.iter().step_by(37) {
        for (profile, unit) in GRANTS {
            assert!(
                export
                    .lines()
                    .any(|l| l.starts_with(&format!("{},{cf},", w.acme))
                        && l.contains(&format!(",{profile},{unit},{TODAY},"))),
                "{cf} {profile} {unit} missing from the export"
            );
        }
    }

    // The audit trail: one event per grant and one per import, in one chain.
    assert_eq!(
        env.count("SELECT count(*) FROM audit_event WHERE action = 'registry.import'"),
        WRITERS as i64
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_event WHERE action = 'grant.add' AND id > {events_before}"
        )),
        total
    );
    one_chain(env);
    let o = env.run(None, &["db", "check"]);
    assert!(
        o.status.success(),
        "db check:\n{}{}",
        stdout(&o),
        stderr(&o)
    );
}

/// R6 under a race: a company has two group-level administrators, each of whom resigns at
/// the same moment from another process. Either resignation alone is allowed; both would
/// leave the company without one. Exactly one lands, the other is refused naming the rule,
/// and the company keeps an administrator. Several rounds, so that the two really overlap.
#[test]
fn two_last_administrators_resigning_at_once_leave_one() {
    only_on_pg!();
    const ROUNDS: u32 = 6;
    let env = Env::empty();
    env.set_now(NOW);
    env.init();
    let lr = env.register(1, "Verdi", "Luigia");
    let other = env.register(2, "Bianchi", "Giuseppe");
    let mut first_won = 0;
    for round in 0..ROUNDS {
        let acme = env.approved_company(10 + round, &lr, &["DATORE_PRIVATO"]);
        env.nominate(&lr, &acme, &other, None);
        let admins = format!(
            "SELECT count(*) FROM grants g JOIN company c ON c.id = g.company_id \
             WHERE c.cf = '{acme}' AND g.profile = 'AMMINISTRATORE' AND g.unit_id IS NULL \
             AND g.revoked_on IS NULL"
        );
        assert_eq!(env.count(&admins), 2);
        let resign = |who: &str| {
            lpt(
                &env,
                who,
                &[
                    "admin",
                    "revoke",
                    "--company",
                    &acme,
                    "--person",
                    who,
                    "--reason",
                    "resigning",
                ],
            )
        };
        let outs = all_at_once(vec![resign(&lr), resign(&other)]);
        let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
        let won: Vec<usize> = (0..2).filter(|&i| codes[i] == Some(0)).collect();
        assert_eq!(
            won.len(),
            1,
            "round {round}: exactly one resignation must land; exit codes {codes:?}\n{}\n{}",
            stderr(&outs[0]),
            stderr(&outs[1])
        );
        let lost = 1 - won[0];
        assert_eq!(
            codes[lost],
            Some(1),
            "round {round}: {}",
            stderr(&outs[lost])
        );
        let err = stderr(&outs[lost]);
        assert!(
            err.contains("last group-level administrator"),
            "round {round}: the refusal should name R6's rule: {err}"
        );
        assert_eq!(
            err.lines().filter(|l| l.starts_with("error:")).count(),
            1,
            "{err}"
        );
        if let Some(what) = concurrency_error(&err) {
            panic!("round {round}: a concurrency error ({what}):\n{err}");
        }
        assert_eq!(
            env.count(&admins),
            1,
            "round {round}: one administrator left"
        );
        let listed = env.ok(
            None,
            &["--format", "csv", "admin", "list", "--company", &acme],
        );
        assert_eq!(listed.lines().count(), 2, "round {round}: {listed}");
        if won[0] == 0 {
            first_won += 1;
        }
    }
    eprintln!("the legal representative's resignation won {first_won} of {ROUNDS} rounds");
    one_chain(&env);
    let o = env.run(None, &["db", "check"]);
    assert!(
        o.status.success(),
        "db check:\n{}{}",
        stdout(&o),
        stderr(&o)
    );
}

const HEADER: &str = "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason";
