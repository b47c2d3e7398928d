//! Issue 7: integrity checks, backups, crash safety and concurrent operators.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

fn lpt(db: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("lpt"));
    c.env_clear().env("LPT_DB", db);
    c
}

fn check(db: impl AsRef<std::ffi::OsStr>) -> (bool, String) {
    let o = lpt(db).args(["db", "check"]).output().unwrap();
    (
        o.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
    )
}

fn count(db: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

/// A generated database (the benchmark generator at small sizes) and its import file.
fn generated(dir: &Path, rows: u32) -> (PathBuf, PathBuf, String) {
    let generate = assert_cmd::cargo::cargo_bin("lpt")
        .parent()
        .unwrap()
        .join("examples")
        .join("generate");
    let o = Command::new(&generate)
        .arg(dir)
        .args([
            "--companies",
            "100",
            "--persons",
            "4000",
            "--grants",
            "12000",
            "--csv-rows",
        ])
        .arg(rows.to_string())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let db = dir.join("lpt.db");
    let admin: String = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT cf FROM person WHERE family_name = 'BENCH'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    (db, dir.join(format!("import-{rows}.csv")), admin)
}

/// [`generated`] as the test's database: the generated file itself, or on PostgreSQL the
/// test's database, made a copy of it by `lpt db copy`.
fn generated_env(rows: u32) -> (Env, PathBuf, String) {
    let env = Env::empty();
    let (db, file, admin) = generated(env.dir.path(), rows);
    assert_eq!(db, env.db);
    if on_pg() {
        let to = env.db_url();
        env.ok(
            None,
            &[
                "db",
                "copy",
                "--from",
                db.to_str().unwrap(),
                "--to",
                to.to_str().unwrap(),
            ],
        );
    }
    (env, file, admin)
}

#[test]
fn db_check_is_clean_on_a_sound_database_and_names_each_violation() {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Anna");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.ok(
        Some(&lr),
        &[
            "collab",
            "grant",
            "--company",
            &acme,
            "--person",
            &co,
            "--profile",
            "GESTIONE_CO",
            "--data-processing-authorised",
        ],
    );
    env.ok(None, &["db", "check"]);
    // Break the domain's invariants behind lpt's back, one per rule.
    env.exec(&format!(
        "UPDATE person SET suspended_at = 'x', suspended_reason = 'y' WHERE cf = '{co}';
         UPDATE unit SET removed_at = 'x';
         UPDATE company SET status = 'pending', decided_at = NULL WHERE cf = '{acme}';
         INSERT INTO grants (person_id, company_id, profile, unit_id, relationship_id, granted_on, granted_by,
                             approved_at)
             SELECT person_id, company_id, 'STORICO_CO', (SELECT id FROM unit LIMIT 1), relationship_id,
                    '2026-01-01', granted_by, 'x' FROM grants LIMIT 1;"
    ));
    let o = env.run(None, &["db", "check"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    for v in [
        "company without a unit",
        "live grant of a suspended person",
        "live grant in a company that is not approved",
        "live grant at a level its profile does not allow",
        "live grant in a removed unit",
    ] {
        assert!(out.contains(v), "{v} not reported:\n{out}");
    }
    assert!(stderr(&o).contains("problem(s) found"));
    // An edited audit event is reported too.
    let env = Env::new();
    env.register(1, "Verdi", "Luigia");
    env.exec("UPDATE audit_event SET action = 'x' WHERE id = 2");
    let o = env.run(None, &["db", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("audit chain"), "{}", stdout(&o));
}

#[test]
fn the_last_group_administrator_removed_by_an_operator_is_no_violation() {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.ok(
        Some(OP),
        &[
            "admin",
            "revoke",
            "--company",
            &acme,
            "--person",
            &lr,
            "--reason",
            "dormant",
        ],
    );
    env.ok(None, &["db", "check"]);
    // The same state reached by hand, without an operator, is a violation.
    env.exec(&format!(
        "UPDATE grants SET revoked_by = (SELECT id FROM person WHERE cf = '{lr}')"
    ));
    let o = env.run(None, &["db", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("without a group-level administrator"));
}

#[test]
fn backups_are_owner_only_consistent_and_never_overwrite() {
    let env = Env::new();
    for n in 1..=5 {
        env.register(n, "Verdi", "Luigia");
    }
    let copy = env.path("copy.db");
    env.ok(None, &["db", "backup", copy.to_str().unwrap()]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert!(check(&copy).0);
    assert_eq!(count(&copy, "SELECT count(*) FROM person"), 6);
    env.refused(
        None,
        &["db", "backup", copy.to_str().unwrap()],
        "already exists",
    );
}

#[test]
fn a_backup_taken_while_others_write_passes_db_check() {
    let (env, _, _) = generated_env(10);
    let (dir, db) = (env.dir.path(), env.db_url());
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (db, stop) = (db.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let cf = person(5000 + n);
                let o = lpt(&db)
                    .args([
                        "--as",
                        OP,
                        "person",
                        "register",
                        &cf,
                        "--family-name",
                        "W",
                        "--given-name",
                        "X",
                    ])
                    .output()
                    .unwrap();
                assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
                n += 1;
            }
            n
        })
    };
    for i in 0..4 {
        let copy = dir.join(format!("backup-{i}.db"));
        let o = lpt(&db)
            .args(["db", "backup", copy.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let (ok, out) = check(&copy);
        assert!(ok, "backup {i} fails db check: {out}");
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let written = writer.join().unwrap();
    assert!(written > 0);
    assert!(check(&db).0);
}

/// Kills a large import with SIGKILL at moments spread over its run, many times: after each
/// kill `db check` (integrity, foreign keys, invariants, audit chain) is clean and the import
/// applied all of its rows or none.
#[test]
fn an_import_killed_at_any_moment_is_all_or_nothing() {
    crate::skip_on_pg!("looks at WAL files");
    const KILLS: u32 = 40;
    let dir = tempfile::tempdir().unwrap();
    let (pristine, file, admin) = generated(dir.path(), 3000);
    let db = dir.path().join("work.db");
    let fresh = |db: &Path| {
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", db.display()));
        }
        std::fs::copy(&pristine, db).unwrap();
    };
    let import = |db: &Path| {
        lpt(db)
            .args([
                "--as",
                &admin,
                "registry",
                "import",
                file.to_str().unwrap(),
                "--data-processing-authorised",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let before = count(&pristine, "SELECT count(*) FROM grants");
    // How long one whole import takes here: the fastest of three, so that a busy moment
    // while measuring does not push every kill past the end.
    let mut whole = std::time::Duration::MAX;
    for _ in 0..3 {
        fresh(&db);
        let start = Instant::now();
        assert!(import(&db).wait().unwrap().success());
        whole = whole.min(start.elapsed());
    }
    let after = count(&db, "SELECT count(*) FROM grants");
    assert_eq!(after, before + 3000);

    fresh(&db);
    let (mut none, mut all) = (0, 0);
    for k in 0..KILLS {
        // Spread the kills from the start to just past the expected end.
        let at = whole.mul_f64(f64::from(k) / f64::from(KILLS - 4));
        let mut child = import(&db);
        std::thread::sleep(at);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let (ok, out) = check(&db);
        assert!(ok, "after a kill at {at:?}: {out}");
        match count(&db, "SELECT count(*) FROM grants") {
            n if n == before => none += 1,
            n if n == after => {
                all += 1;
                fresh(&db);
            }
            n => panic!("after a kill at {at:?}: {n} grants, neither {before} nor {after}"),
        }
    }
    assert_eq!(none + all, KILLS);
    assert!(
        none >= KILLS / 2,
        "most kills should land mid-import ({none} none, {all} all)"
    );
    eprintln!(
        "crash test: {KILLS} kills, {none} left nothing, {all} after completion; import takes {whole:?}"
    );
}

/// Several processes grant at the same time: every grant lands, and no "database is locked"
/// reaches the user.
#[test]
fn concurrent_operators_all_land() {
    const WRITERS: u32 = 4;
    const EACH: u32 = 8;
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    let people: Vec<String> = (0..WRITERS * EACH)
        .map(|n| env.register(10 + n, "Rossi", "Anna"))
        .collect();
    let db = env.db_url();
    let threads: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (db, lr, acme) = (db.clone(), lr.clone(), acme.clone());
            let mine: Vec<String> = people[(w * EACH) as usize..((w + 1) * EACH) as usize].to_vec();
            std::thread::spawn(move || {
                for p in mine {
                    let o = lpt(&db)
                        .args([
                            "--as",
                            &lr,
                            "collab",
                            "grant",
                            "--company",
                            &acme,
                            "--person",
                            &p,
                        ])
                        .args(["--profile", "GESTIONE_CO", "--data-processing-authorised"])
                        .output()
                        .unwrap();
                    let err = String::from_utf8_lossy(&o.stderr).to_string();
                    assert!(o.status.success(), "{err}");
                    assert!(!err.contains("locked"), "{err}");
                }
            })
        })
        .collect();
    let start = Instant::now();
    for t in threads {
        t.join().unwrap();
    }
    assert!(start.elapsed() < Duration::from_secs(120));
    assert_eq!(
        env.count(
            "SELECT count(*) FROM grants WHERE profile = 'GESTIONE_CO' AND revoked_on IS NULL"
        ),
        i64::from(WRITERS * EACH)
    );
    env.ok(None, &["audit", "verify"]);
    env.ok(None, &["db", "check"]);
}

/// A file of 1 MiB or more takes the bulk path (every company loaded up front): the same
/// rules hold there, an unregistered company included.
#[test]
fn a_large_import_follows_the_same_rules() {
    let (env, file, admin) = generated_env(14_000);
    let db = env.db_url();
    assert!(
        std::fs::metadata(&file).unwrap().len() >= 1 << 20,
        "the file must take the bulk path"
    );
    let good = std::fs::read_to_string(&file).unwrap();
    let unknown = lpt::cf::build_numeric(7_654_321, 5);
    let some_row = good.lines().nth(1).unwrap();
    let bad_row = format!("{unknown}{}", &some_row[some_row.find(',').unwrap()..]);
    let bad = env.path("bad.csv");
    std::fs::write(&bad, format!("{good}{bad_row}\n")).unwrap();
    let before = env.snapshot();
    let o = lpt(&db)
        .args([
            "--as",
            &admin,
            "registry",
            "import",
            bad.to_str().unwrap(),
            "--data-processing-authorised",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("line 14002, column company_cf") && err.contains("no company is registered"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    let grants = env.count("SELECT count(*) FROM grants");
    let o = lpt(&db)
        .args([
            "--as",
            &admin,
            "--format",
            "json",
            "registry",
            "import",
            file.to_str().unwrap(),
            "--data-processing-authorised",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(env.count("SELECT count(*) FROM grants"), grants + 14_000);
    assert!(check(&db).0);
}

/// R10, the file is part of the boundary: a database others may read is refused with the
/// fix; one shared with a group is accepted only in a folder closed to others; a backup and
/// an export take the database's mode.
#[cfg(unix)]
#[test]
fn a_database_others_may_read_is_refused_and_a_group_share_needs_a_closed_folder() {
    crate::skip_on_pg!("checks the file's mode");
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    let env = Env::new();
    let before = env.snapshot();
    mode(&env.db, 0o644).unwrap();
    let o = env.run(None, &["person", "list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("mode 644") && stderr(&o).contains("chmod 600"),
        "{}",
        stderr(&o)
    );
    // Shared with the group, in a folder others may enter: refused, with the fix.
    mode(&env.db, 0o640).unwrap();
    mode(env.dir.path(), 0o755).unwrap();
    let o = env.run(None, &["person", "list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("chmod o-rwx"), "{}", stderr(&o));
    assert_eq!(env.snapshot(), before, "the refusals changed nothing");
    // The folder closed to others: accepted, and a backup is shared with the group as well.
    mode(env.dir.path(), 0o750).unwrap();
    env.ok(None, &["person", "list"]);
    let copy = env.path("copy.db");
    env.ok(None, &["db", "backup", copy.to_str().unwrap()]);
    assert_eq!(
        std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o640
    );
    let export = env.path("export.csv");
    env.ok(
        Some(OP),
        &["registry", "export", "--output", export.to_str().unwrap()],
    );
    assert_eq!(
        std::fs::metadata(&export).unwrap().permissions().mode() & 0o777,
        0o640,
        "an export takes the database's mode too"
    );
    mode(env.dir.path(), 0o700).unwrap();
}

/// R10: `init` does not adopt a file another account made (run as root, the test gives an
/// empty file to another uid; otherwise it cannot make one and says so).
#[cfg(unix)]
#[test]
fn init_does_not_adopt_a_file_another_account_made() {
    crate::skip_on_pg!("needs the database file itself");
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: only root can give a file to another account");
        return;
    }
    let env = Env::empty();
    std::fs::write(&env.db, b"").unwrap();
    std::os::unix::fs::chown(&env.db, Some(65534), None).unwrap();
    let o = env.run(
        None,
        &[
            "init",
            "--operator",
            OP,
            "--family-name",
            "Rossi",
            "--given-name",
            "Mario",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("belongs to another account"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::metadata(&env.db).unwrap().len(),
        0,
        "nothing was written"
    );
}
