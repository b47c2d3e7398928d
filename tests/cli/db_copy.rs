//! Issue 14, `lpt db copy` and `lpt db backup` between back ends: an office moving its
//! registry from the embedded file to a server, and a server's registry taken offline.
//!
//! On the PostgreSQL half (`LPT_TEST_PG`), the "server" side of each test is a fresh
//! database on the cluster: SQLite → PostgreSQL → SQLite, and `db backup` of a server. On
//! the SQLite half the same tests copy between files, so that they run on both halves.
//! The copy must be the same registry: every row (the round trip back to SQLite is compared
//! table by table with the original), the audit chain and its signed checkpoints, and what
//! every list and export prints, byte for byte.

use std::path::Path;

use crate::common::*;

/// Every command of these tests runs at a fixed instant, so that what they print (ages,
/// days, the instants of their traces) is the same on every side of a copy.
const NOW: &str = "2026-03-02T10:00:00Z";
const AS_OF: &str = "2026-03-01";

/// The codes of the registry [`history`] builds.
struct Codes {
    acme: String,
    beta: String,
    pending: String,
    rejected: String,
    persons: Vec<String>,
}

fn grant(env: &Env, actor: &str, company: &str, person: &str, profile: &str, unit: Option<&str>) {
    let mut a = vec![
        "collab",
        "grant",
        "--company",
        company,
        "--person",
        person,
        "--profile",
        profile,
        "--data-processing-authorised",
    ];
    if let Some(u) = unit {
        a.extend(["--unit", u]);
    }
    env.ok(Some(actor), &a);
}

/// A registry with some history on `env` (empty, not initialised), written over two months
/// of recorded time: companies (approved with a register entry, pending, rejected, one
/// with a change waiting for the Region), units added and renamed, persons with accented
/// and apostrophised names, legacy accounts, grants by command and by import, an ended
/// relationship with its revocation and one left overdue, an Operatore Agenda approved and
/// its disabling requested, a confirmation, a change of role, a suspension, a second
/// operator and a login binding, and free text with commas, quotes and a backslash.
fn history(env: &Env) -> Codes {
    env.set_now("2026-01-05T09:00:00Z");
    env.init();
    let lr = env.register(1, "Verdi", "Luigia");
    let admin2 = env.register(2, "D'Amico", "Nicolò");
    let a = env.register(3, "Bianchi", "Giuseppe");
    let b = env.register(4, "Ferri", "Giovanna");
    let leaver = env.register(5, "Neri", "Alessandro");
    let late = env.register(6, "Blu", "Carla");
    let agenda = env.register(7, "Gialli", "Anna");
    let stolen = env.register(8, "Grigi", "Elena");
    let newrep = env.register(9, "Rossi", "Franco Maria");
    let asker = env.register(10, "Viola", "Dario");

    let acme = company(1);
    env.ok(
        Some(&lr),
        &[
            "company",
            "register",
            &acme,
            "--name",
            "ACME Società à r.l.",
            "--office",
            "Via Roma 1, 88100 Catanzaro",
            "--email",
            "info@acme.example",
            "--pec",
            "acme@pec.example",
            "--legal-rep",
            &lr,
            "--type",
            "DATORE_PRIVATO",
            "--type",
            "SOGGETTO_ACCREDITATO",
            "--register",
            "SOGGETTO_ACCREDITATO=Elenco regionale:42:2020-01-01",
        ],
    );
    env.ok(Some(OP), &["company", "approve", &acme]);
    env.ok(Some(&lr), &["unit", "add", &acme, "Nord"]);
    env.ok(Some(&lr), &["unit", "add", &acme, "Sud"]);
    env.ok(Some(&lr), &["unit", "rename", &acme, "Sud", "Sud-Est"]);
    env.nominate(&lr, &acme, &admin2, None);

    env.set_now("2026-01-12T09:00:00Z");
    grant(env, &admin2, &acme, &a, "GESTIONE_CO", Some("Nord"));
    grant(env, &admin2, &acme, &leaver, "GESTIONE_CO", None);
    grant(env, &admin2, &acme, &late, "STORICO_CO", None);
    grant(env, &admin2, &acme, &stolen, "VISUALIZZAZIONE_CO", None);
    // Through the registry: a person with a quoted, comma'd name field.
    let csv = format!(
        "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason\n\
         {acme},{b},Ferri,Giovanna,PROSPETTI_CIG,Sud-Est,2026-01-12,,,\n\
         {acme},{b},Ferri,Giovanna,\"GESTIONE_CO\",,2026-01-12,,,\n"
    );
    let file = env.path("onboarding.csv");
    std::fs::write(&file, csv).unwrap();
    env.ok(
        Some(&lr),
        &[
            "registry",
            "import",
            file.to_str().unwrap(),
            "--data-processing-authorised",
        ],
    );

    // Operatore Agenda: requested, approved by the Region, then its disabling requested.
    env.set_now("2026-01-15T09:00:00Z");
    grant(env, &lr, &acme, &agenda, "OPERATORE_AGENDA", Some("Nord"));
    env.ok(
        Some(OP),
        &[
            "collab",
            "approve",
            "--company",
            &acme,
            "--person",
            &agenda,
            "--profile",
            "OPERATORE_AGENDA",
            "--unit",
            "Nord",
        ],
    );
    env.set_now("2026-01-20T09:00:00Z");
    env.ok(
        Some(&lr),
        &[
            "--yes",
            "collab",
            "revoke",
            "--company",
            &acme,
            "--person",
            &agenda,
            "--reason",
            "moved to payroll",
        ],
    );

    // An ended relationship, its grant revoked in time; another left overdue.
    env.ok(
        Some(&lr),
        &[
            "--yes",
            "collab",
            "end",
            "--company",
            &acme,
            "--person",
            &leaver,
            "--on",
            "2026-01-19",
        ],
    );
    env.set_now("2026-01-22T09:00:00Z");
    env.ok(
        Some(&lr),
        &[
            "--yes",
            "collab",
            "revoke",
            "--company",
            &acme,
            "--person",
            &leaver,
            "--reason",
            "left \"the company\", see file C:\\hr\\2026\\leavers; à bientôt",
        ],
    );
    env.ok(
        Some(&lr),
        &[
            "--yes",
            "collab",
            "end",
            "--company",
            &acme,
            "--person",
            &late,
            "--on",
            "2026-01-22",
        ],
    );

    // Review: a confirmation and a change of role.
    env.set_now("2026-02-02T09:00:00Z");
    env.ok(
        Some(&admin2),
        &["collab", "confirm", "--company", &acme, "--person", &a],
    );
    env.ok(
        Some(&lr),
        &[
            "collab",
            "role-change",
            "--company",
            &acme,
            "--person",
            &b,
            "--on",
            "2026-02-01",
            "--note",
            "from payroll to recruiting",
        ],
    );

    // A suspension (R9), a correction, a second operator, a login binding.
    env.set_now("2026-02-10T09:00:00Z");
    env.ok(
        Some(OP),
        &[
            "--yes",
            "person",
            "suspend",
            &stolen,
            "--reason",
            "SPID credentials stolen, PEC 2026/114",
        ],
    );
    env.ok(
        Some(OP),
        &["person", "update", &a, "--email", "g.bianchi@example.it"],
    );
    env.ok(Some(OP), &["operator", "add", &newrep]);
    env.ok(Some(OP), &["login", "bind", "gbianchi", &a]);

    // Other companies: one pending, one rejected, one with a change waiting for the Region.
    env.set_now("2026-02-15T09:00:00Z");
    let pending = env.company(2, &asker, &["DATORE_PRIVATO"]);
    let rejected = env.company(3, &asker, &["DATORE_PRIVATO"]);
    env.ok(
        Some(OP),
        &[
            "--yes",
            "company",
            "reject",
            &rejected,
            "--reason",
            "register entry not found",
        ],
    );
    let beta = env.approved_company(4, &asker, &["DATORE_PRIVATO"]);
    env.ok(
        Some(&asker),
        &["company", "update", &beta, "--legal-rep", &newrep],
    );

    // Legacy accounts: one migrated, one to correct, one foreign.
    let legacy = format!(
        "username,cf,family_name,given_name,email,country\n\
         mario.legacy,{},Legacy,Mario,m@example.it,IT\n\
         wrong.code,RSSMRA80A01H501X,Sbagli,Ato,w@example.it,IT\n\
         jean.dupont,,Dupont,Jean,j@example.fr,FR\n",
        person(50)
    );
    let file = env.path("legacy.csv");
    std::fs::write(&file, legacy).unwrap();
    env.ok(
        Some(OP),
        &["person", "import-legacy", file.to_str().unwrap()],
    );
    env.set_now(NOW);
    Codes {
        acme,
        beta,
        pending,
        rejected,
        persons: vec![
            OP.to_string(),
            lr,
            admin2,
            a,
            b,
            leaver,
            late,
            agenda,
            stolen,
            newrep,
            asker,
            person(50),
        ],
    }
}

/// What a person or a script reads from a registry: every list and export in CSV and JSON,
/// every record shown alone, as (what was run, what it printed).
fn reads(env: &Env, c: &Codes) -> Vec<(String, String)> {
    let mut cmds: Vec<(Option<&'static str>, Vec<String>)> = Vec::new();
    let mut add = |actor: Option<&'static str>, args: &[&str]| {
        cmds.push((actor, args.iter().map(|s| s.to_string()).collect()));
    };
    for format in ["csv", "json"] {
        add(Some(OP), &["--format", format, "registry", "export"]);
        add(
            Some(OP),
            &[
                "--format",
                format,
                "registry",
                "export",
                "--company",
                &c.acme,
                "--active",
            ],
        );
        add(None, &["--format", format, "person", "list"]);
        add(None, &["--format", format, "company", "list"]);
        add(
            None,
            &["--format", format, "collab", "list", "--company", &c.acme],
        );
        add(
            None,
            &["--format", format, "admin", "list", "--company", &c.acme],
        );
        add(None, &["--format", format, "unit", "list", &c.acme]);
        add(None, &["--format", format, "operator", "list"]);
        add(None, &["--format", format, "login", "list"]);
        add(
            None,
            &[
                "--format",
                format,
                "audit",
                "overdue-revocations",
                "--include-late",
                "--as-of",
                AS_OF,
            ],
        );
        add(
            None,
            &["--format", format, "audit", "review", "--older-than", "1"],
        );
        add(
            None,
            &["--format", format, "person", "import-legacy", "--list"],
        );
        add(None, &["--format", format, "inbox", "--all"]);
        add(None, &["--format", format, "person", "find", "nicolo"]);
        add(None, &["--format", format, "company", "find", "acme"]);
    }
    // The tables a person reads, off a terminal.
    add(None, &["collab", "list", "--company", &c.acme, "--wide"]);
    add(None, &["company", "list"]);
    for cf in &c.persons {
        add(None, &["--format", "json", "person", "show", cf]);
        add(None, &["--format", "csv", "person", "history", cf]);
    }
    for cf in [&c.acme, &c.beta, &c.pending, &c.rejected] {
        add(None, &["--format", "json", "company", "show", cf]);
    }
    for cf in &c.persons[1..9] {
        add(
            None,
            &[
                "--format",
                "json",
                "collab",
                "show",
                "--company",
                &c.acme,
                "--person",
                cf,
            ],
        );
    }
    cmds.into_iter()
        .map(|(actor, args)| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let o = env.run(actor, &args);
            let shown = format!("{actor:?} {args:?}");
            assert!(
                o.status.success(),
                "lpt {shown} failed on {:?} ({:?}):\n{}",
                env.db_url(),
                o.status.code(),
                stderr(&o)
            );
            (shown, stdout(&o))
        })
        .collect()
}

/// The audit trail as `audit log` prints it, up to event `last` (the reads that follow a
/// copy add their own traces on each side).
fn audit_log(env: &Env, last: usize) -> String {
    let out = env.ok(None, &["--format", "csv", "audit", "log"]);
    let mut lines = out.lines();
    let header = lines.next().unwrap().to_string();
    let id = header
        .split(',')
        .position(|h| h == "id")
        .expect("an id column");
    assert_eq!(
        id, 0,
        "audit log's first column is the event's id: {header}"
    );
    let kept: Vec<&str> = lines
        .filter(|l| {
            l.split(',')
                .next()
                .and_then(|i| i.parse::<usize>().ok())
                .is_some_and(|i| i <= last)
        })
        .collect();
    assert_eq!(kept.len(), last, "events 1..={last} in the log");
    format!("{header}\n{}\n", kept.join("\n"))
}

/// `a` and `b` print the same for every read, byte for byte.
fn same_reads(what: &str, a: &[(String, String)], b: &[(String, String)]) {
    assert_eq!(a.len(), b.len());
    for ((cmd, x), (_, y)) in a.iter().zip(b) {
        if x != y {
            let line = x
                .lines()
                .zip(y.lines())
                .position(|(p, q)| p != q)
                .unwrap_or(x.lines().count().min(y.lines().count()));
            panic!(
                "{what}: lpt {cmd} prints differently, from line {}:\n--- original\n{}\n--- copy\n{}",
                line + 1,
                x.lines().skip(line).take(3).collect::<Vec<_>>().join("\n"),
                y.lines().skip(line).take(3).collect::<Vec<_>>().join("\n"),
            );
        }
    }
}

/// `audit verify` and `db check` pass on `env`; returns the number of events verified.
fn sound(env: &Env, what: &str) -> usize {
    let o = env.run(None, &["audit", "verify"]);
    let said = format!("{}{}", stdout(&o), stderr(&o));
    assert!(o.status.success(), "{what}: audit verify: {said}");
    let events = said
        .split("intact: ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{what}: audit verify says: {said}"));
    let o = env.run(None, &["db", "check"]);
    assert!(
        o.status.success(),
        "{what}: db check:\n{}{}",
        stdout(&o),
        stderr(&o)
    );
    events
}

/// The number in "audit chain of N events" of a copy's note.
fn copied_events(note: &str) -> usize {
    note.split("audit chain of ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no event count in: {note}"))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// SQLite → server → SQLite: each copy verifies (chain, `db check`, the checkpoint signed
/// on the original), prints the same for every read as the original, and the file that
/// comes back holds the original's rows exactly.
#[test]
fn a_registry_copied_to_the_server_and_back_is_the_same_registry() {
    let src = Env::empty_sqlite();
    let c = history(&src);
    // A signed checkpoint of the original: the copies are the same log (R11).
    let key = src.path("audit.key");
    src.ok(None, &["audit", "keygen", "--key", s(&key)]);
    let checkpoint = src.path("cp.checkpoint");
    src.ok(
        None,
        &[
            "audit",
            "checkpoint",
            "--key",
            s(&key),
            "--output",
            s(&checkpoint),
        ],
    );
    let events = sound(&src, "the original");
    let original = snapshot(&src.db);

    // To the server (on the SQLite half, another file), --from left to --db.
    let mid = Env::empty();
    mid.set_now(NOW);
    let mid_url = mid.db_url();
    let o = src.run(Some(OP), &["db", "copy", "--to", mid_url.to_str().unwrap()]);
    assert!(o.status.success(), "db copy to the server: {}", stderr(&o));
    assert_eq!(copied_events(&stderr(&o)), events, "{}", stderr(&o));
    // And straight back to a new file, before anything reads the server's copy.
    let back = Env::empty_sqlite();
    back.set_now(NOW);
    let o = mid.run(
        Some(OP),
        &[
            "db",
            "copy",
            "--from",
            mid_url.to_str().unwrap(),
            "--to",
            s(&back.db),
        ],
    );
    assert!(o.status.success(), "db copy back to a file: {}", stderr(&o));
    assert_eq!(copied_events(&stderr(&o)), events, "{}", stderr(&o));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&back.db).unwrap().permissions().mode() & 0o077,
            0,
            "a copy into a file is owner-only"
        );
    }
    assert!(
        snapshot(&back.db) == original,
        "the round trip changed rows:\n{}",
        first_difference(&original, &snapshot(&back.db))
    );

    // Each copy verifies: chain, checkpoint, db check.
    // (The server's copy holds one event more: the trace of the copy taken from it.)
    for (env, what, n) in [
        (&mid, "the server's copy", events + 1),
        (&back, "the copy back", events),
    ] {
        assert_eq!(sound(env, what), n, "{what}");
        let o = env.run(
            None,
            &[
                "audit",
                "verify",
                "--public-key",
                &format!("{}.pub", s(&key)),
                "--checkpoint",
                s(&checkpoint),
            ],
        );
        assert!(
            o.status.success(),
            "{what}: the original's checkpoint: {}",
            stderr(&o)
        );
    }

    // Every read prints the same on the three, byte for byte, and the trail up to the copy.
    let r0 = reads(&src, &c);
    for (cmd, out) in &r0 {
        assert!(
            out.lines().count() >= 2,
            "lpt {cmd} read nothing to compare:\n{out}"
        );
    }
    let r1 = reads(&mid, &c);
    let r2 = reads(&back, &c);
    same_reads("SQLite → server", &r0, &r1);
    same_reads("server → SQLite", &r1, &r2);
    let log = audit_log(&src, events);
    assert_eq!(audit_log(&mid, events), log, "the audit log on the server");
    assert_eq!(
        audit_log(&back, events),
        log,
        "the audit log back on a file"
    );
}

/// The first line where two snapshots differ, with its table.
fn first_difference(a: &str, b: &str) -> String {
    let mut table = "";
    for (x, y) in a.lines().zip(b.lines()) {
        if x.starts_with("## ") {
            table = x;
        }
        if x != y {
            return format!("{table}\n- {x}\n+ {y}");
        }
    }
    format!(
        "one is longer ({} against {} lines)",
        a.lines().count(),
        b.lines().count()
    )
}

/// What a side of a refused copy looks like: its rows, or a file's bytes.
fn state(env: &Env) -> String {
    match &env.pg {
        Some(pg) => pg_snapshot(&pg.name),
        None if env.db.exists() => snapshot(&env.db),
        None => "no file".into(),
    }
}

/// `lpt db copy ARGS` run on `env` is refused: exit 1, one error line holding `needle`
/// (any of them), nothing on stdout, and neither side changed.
fn copy_refused(env: &Env, sides: &[&Env], args: &[&str], needles: &[&str]) {
    let before: Vec<String> = sides.iter().map(|e| state(e)).collect();
    let mut a = vec!["db", "copy"];
    a.extend_from_slice(args);
    let o = env.run(Some(OP), &a);
    let err = stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(1),
        "lpt {a:?} should be refused: {err}"
    );
    assert_eq!(stdout(&o), "", "lpt {a:?}");
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line for lpt {a:?}, got:\n{err}");
    assert!(lines[0].starts_with("error: "), "{err}");
    assert!(
        needles.iter().any(|n| lines[0].contains(n)),
        "lpt {a:?}: the reason should say one of {needles:?}; got: {}",
        lines[0]
    );
    eprintln!("refused as it should be: lpt {a:?}\n  {}", lines[0]);
    let after: Vec<String> = sides.iter().map(|e| state(e)).collect();
    for (i, (x, y)) in before.iter().zip(&after).enumerate() {
        assert!(
            x == y,
            "lpt {a:?} was refused but changed side {i}:\n{}",
            first_difference(x, y)
        );
    }
}

/// A copy is written only into a new database: an existing file (a registry or anything
/// else), a server database holding a registry or other tables, and the source itself are
/// each refused with one line, and neither side changes.
#[test]
fn a_copy_goes_only_into_a_new_database_and_a_refusal_changes_nothing() {
    let src = Env::empty_sqlite();
    src.set_now(NOW);
    src.init();
    src.register(1, "Verdi", "Luigia");
    let file = src.db.to_str().unwrap().to_string();

    // A registry already there: the server's (a file on the SQLite half).
    let full = Env::new();
    full.register(2, "Bianchi", "Giuseppe");
    let full_url = full.db_url().to_str().unwrap().to_string();
    copy_refused(
        &src,
        &[&src, &full],
        &["--from", &file, "--to", &full_url],
        &[
            "already holds a registry",
            "already initialised",
            "already exists",
        ],
    );
    // The other way: a file that exists, a registry or not, is never overwritten.
    let other = Env::empty_sqlite();
    std::fs::write(&other.db, "not a database, and must stay as it is\n").unwrap();
    for to in [&file, other.db.to_str().unwrap()] {
        copy_refused(
            &full,
            &[&src, &full],
            &["--from", &full_url, "--to", to],
            &["already exists"],
        );
    }
    assert_eq!(
        std::fs::read_to_string(&other.db).unwrap(),
        "not a database, and must stay as it is\n"
    );
    // An empty file is a file that exists too.
    std::fs::write(&other.db, "").unwrap();
    copy_refused(
        &full,
        &[&src, &full],
        &["--from", &full_url, "--to", other.db.to_str().unwrap()],
        &["already exists"],
    );
    assert_eq!(std::fs::metadata(&other.db).unwrap().len(), 0);

    // --from and --to the same database, given both ways, or --to the --db itself.
    copy_refused(&src, &[&src], &["--from", &file, "--to", &file], &["same"]);
    copy_refused(&src, &[&src], &["--to", &file], &["same"]);
    // The same file by another name (lpt runs in the file's folder).
    copy_refused(
        &src,
        &[&src],
        &["--from", "lpt.db", "--to", &file],
        &["same", "already exists"],
    );
    copy_refused(
        &full,
        &[&full],
        &["--from", &full_url, "--to", &full_url],
        &["same"],
    );

    if full.pg.is_some() {
        // Spelled another way, the same server database is still refused.
        let spelled = full_url.replacen("postgresql:", "postgres:", 1);
        copy_refused(
            &full,
            &[&full],
            &["--from", &full_url, "--to", &spelled],
            &["same", "already holds a registry", "already initialised"],
        );
        // A server database that holds tables of another application.
        let foreign = Env::empty();
        let name = &foreign.pg.as_ref().unwrap().name;
        pg_client(name)
            .batch_execute(
                "CREATE TABLE payroll (id BIGINT PRIMARY KEY); INSERT INTO payroll VALUES (1)",
            )
            .unwrap();
        copy_refused(
            &src,
            &[&src, &foreign],
            &["--from", &file, "--to", foreign.db_url().to_str().unwrap()],
            &["already holds tables of another application"],
        );
    }
    // And after all of that, both are still sound.
    sound(&src, "the source");
    sound(&full, "the registry refused as a destination");
}

/// `db backup FILE` of the registry (on the PostgreSQL half, a server's) writes a new
/// SQLite file, owner-only, that lpt opens and verifies and that reads the same; an
/// existing file is never overwritten.
#[test]
fn a_backup_is_an_sqlite_file_lpt_opens_verifies_and_reads_the_same() {
    let env = Env::empty();
    let c = history(&env);
    let events = sound(&env, "the registry");
    let copy = Env::empty_sqlite();
    copy.set_now(NOW);
    let o = env.run(Some(OP), &["db", "backup", s(&copy.db)]);
    assert!(o.status.success(), "db backup: {}", stderr(&o));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&copy.db).unwrap().permissions().mode() & 0o777,
            0o600,
            "a backup is owner-only"
        );
    }
    // An SQLite file: its own header, and lpt's tables read with rusqlite.
    let head = std::fs::read(&copy.db).unwrap();
    assert!(head.starts_with(b"SQLite format 3\0"), "not an SQLite file");
    assert_eq!(
        copy.count("SELECT count(*) FROM audit_event"),
        events as i64
    );
    assert_eq!(sound(&copy, "the backup"), events, "the backup's events");
    same_reads("backup", &reads(&env, &c), &reads(&copy, &c));
    assert_eq!(audit_log(&copy, events), audit_log(&env, events));

    // Never over an existing file.
    let before = (state(&env), std::fs::read(&copy.db).unwrap());
    let o = env.run(Some(OP), &["db", "backup", s(&copy.db)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    assert!(
        (state(&env), std::fs::read(&copy.db).unwrap()) == before,
        "a refused backup changed something"
    );
}
