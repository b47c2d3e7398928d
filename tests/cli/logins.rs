//! Issue 11, R10: a claim is not an identity. Changes are accepted only from a login bound to
//! the acting person, or to an active regional operator entering them on the person's
//! behalf; every event records the login, its bound person and the host; bulk reads are
//! traced. The logins are played with `LPT_TEST_LOGIN` (debug builds only); the test that
//! needs a second real OS account runs only as root.

use crate::common::*;

/// A company whose legal representative `lr` is its first administrator, and a collaborator
/// `co`; every change so far entered by the test's own login (bound to the operator).
struct World {
    env: Env,
    lr: String,
    co: String,
    acme: String,
}

fn world() -> World {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Anna");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    World { env, lr, co, acme }
}

fn grant_args<'a>(w: &'a World, person: &'a str) -> Vec<&'a str> {
    vec![
        "collab",
        "grant",
        "--company",
        &w.acme,
        "--person",
        person,
        "--profile",
        "GESTIONE_CO",
        "--data-processing-authorised",
    ]
}

fn import_file(w: &World, person: &str) -> String {
    let file = w.env.path("in.csv");
    std::fs::write(
        &file,
        format!(
            "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason\n\
             {},{person},Bianchi,Anna,GESTIONE_CO,,{FIRST_ACCESS},,,\n",
            w.acme
        ),
    )
    .unwrap();
    file.to_string_lossy().into_owned()
}

fn last_event(env: &Env) -> serde_json::Value {
    let log = json(&env.ok(None, &["--format", "json", "audit", "log"]));
    let all = log.as_array().unwrap();
    // The listing itself is traced after it is printed: the last listed is the last change.
    all[all.len() - 1].clone()
}

#[test]
fn an_unbound_login_may_read_but_change_nothing_on_any_path() {
    let w = world();
    w.env.set_login(Some("stranger"));
    let needle = "login 'stranger' is not bound to any person";
    w.env.refused(Some(&w.lr), &grant_args(&w, &w.co), needle);
    let file = import_file(&w, &w.co);
    w.env.refused(
        Some(&w.lr),
        &["registry", "import", &file, "--data-processing-authorised"],
        needle,
    );
    w.env.refused(
        Some(&w.lr),
        &[
            "registry",
            "import",
            &file,
            "--data-processing-authorised",
            "--dry-run",
        ],
        needle,
    );
    let legacy = w.env.path("legacy.csv");
    std::fs::write(
        &legacy,
        format!(
            "username,cf,family_name,given_name,email,country\nx1,{},Neri,Ada,,IT\n",
            person(40)
        ),
    )
    .unwrap();
    w.env.refused(
        Some(OP),
        &["person", "import-legacy", legacy.to_str().unwrap()],
        needle,
    );
    // The message says how to get bound.
    let line = w.env.refused(Some(OP), &["operator", "add", &w.co], needle);
    assert!(line.contains("lpt login bind 'stranger' CF"), "{line}");
    // Reading is allowed, and traced with the login.
    w.env.ok(None, &["person", "show", &w.co]);
    let listed = json(&w.env.ok(None, &["--format", "json", "person", "list"]));
    assert_eq!(listed.as_array().unwrap().len(), 3);
    w.env.set_login(None);
    let e = last_event(&w.env);
    assert_eq!(e["action"], "person.list");
    assert_eq!(e["login"], "stranger");
    assert_eq!(e["login_cf"], serde_json::Value::Null);
    assert_eq!(e["actor_cf"], serde_json::Value::Null);
}

#[test]
fn a_login_bound_to_a_collaborator_cannot_claim_the_operator() {
    let w = world();
    w.env.ok(Some(OP), &["login", "bind", "anna", &w.co]);
    w.env.set_login(Some("anna"));
    // The attack of the issue: Anna claims the operator to make herself one.
    let line = w.env.refused(
        Some(OP),
        &["operator", "add", &w.co],
        "login 'anna' is bound to",
    );
    assert!(line.contains("Anna Bianchi") && line.contains(OP), "{line}");
    w.env.refused(
        Some(OP),
        &["person", "suspend", &w.lr, "--reason", "x"],
        "may act only as that person",
    );
    // Nor the legal representative, on either path.
    w.env.refused(
        Some(&w.lr),
        &grant_args(&w, &w.co),
        "may act only as that person",
    );
    let file = import_file(&w, &w.co);
    w.env.refused(
        Some(&w.lr),
        &["registry", "import", &file, "--data-processing-authorised"],
        "may act only as that person",
    );
    // As herself she is gated by the rules as ever (she administers nothing).
    w.env
        .refused(Some(&w.co), &grant_args(&w, &w.co), "may not grant");
}

#[test]
fn an_operator_enters_a_change_on_an_administrators_behalf_and_both_are_recorded() {
    let w = world();
    // The test's own login is bound to the operator (init bound it).
    let me = json(&w.env.ok(None, &["--format", "json", "login", "whoami"]));
    assert_eq!(me["bound_to"], OP);
    assert_eq!(me["operator"], true);
    let login = me["login"].as_str().unwrap().to_string();
    assert!(!me["host"].as_str().unwrap().is_empty());
    w.env.ok(Some(&w.lr), &grant_args(&w, &w.co));
    let e = last_event(&w.env);
    assert_eq!(e["action"], "grant.add");
    assert_eq!(
        e["actor_cf"],
        w.lr.as_str(),
        "on the administrator's authority"
    );
    assert_eq!(
        e["login"],
        login.as_str(),
        "entered by the operator's login"
    );
    assert_eq!(e["login_cf"], OP);
    assert_eq!(e["host"], me["host"]);
    // Luigia's own login enters her changes as herself.
    w.env.ok(Some(OP), &["login", "bind", "luigia", &w.lr]);
    w.env.set_login(Some("luigia"));
    let mut a = grant_args(&w, &w.co);
    a[7] = "VISUALIZZAZIONE_CO";
    w.env.ok(Some(&w.lr), &a);
    w.env.set_login(None);
    let e = last_event(&w.env);
    assert_eq!(
        (
            e["actor_cf"].as_str(),
            e["login"].as_str(),
            e["login_cf"].as_str()
        ),
        (Some(w.lr.as_str()), Some("luigia"), Some(w.lr.as_str()))
    );
    // The chain covers the login: editing it is caught.
    w.env
        .exec("UPDATE audit_event SET login = 'someone' WHERE action = 'grant.add'");
    let o = w.env.run(None, &["audit", "verify"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn binding_is_for_operators_and_never_leaves_the_region_locked_out() {
    let w = world();
    let me = json(&w.env.ok(None, &["--format", "json", "login", "whoami"]));
    let mine = me["login"].as_str().unwrap().to_string();
    // Only regional operators bind and unbind.
    w.env.ok(Some(OP), &["login", "bind", "luigia", &w.lr]);
    w.env.set_login(Some("luigia"));
    w.env.refused(
        Some(&w.lr),
        &["login", "bind", "luigia2", &w.lr],
        "only a regional operator",
    );
    w.env.refused(
        Some(&w.lr),
        &["login", "unbind", "luigia"],
        "only a regional operator",
    );
    w.env.set_login(None);
    // A login is bound to one person; binding it again to the same is no change.
    w.env.refused(
        Some(OP),
        &["login", "bind", "luigia", &w.co],
        "already bound to",
    );
    let before = w.env.snapshot();
    let o = w.env.run(Some(OP), &["login", "bind", "luigia", &w.lr]);
    assert!(o.status.success() && stderr(&o).contains("nothing changed"));
    assert_eq!(w.env.snapshot(), before);
    for bad in ["", " luigia", "lu\u{7}igia"] {
        w.env.refused(
            Some(OP),
            &["login", "bind", bad, &w.lr],
            "is not a login name",
        );
    }
    w.env.refused(
        Some(OP),
        &["login", "bind", "x", "12345672005"],
        "provisional",
    );
    // The only operator's only login cannot be unbound.
    w.env.refused(
        Some(OP),
        &["login", "unbind", &mine],
        "last login bound to an active regional operator",
    );
    w.env
        .refused(Some(OP), &["login", "unbind", "nobody"], "not bound");
    w.env.ok(Some(OP), &["login", "unbind", "luigia"]);
    let list = json(&w.env.ok(None, &["--format", "json", "login", "list"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["cf"], OP);
    let log = w.env.ok(None, &["--format", "csv", "audit", "log"]);
    assert!(log.contains("login.bind") && log.contains("login.unbind"));
}

#[test]
fn a_binding_may_precede_a_persons_first_access() {
    let env = Env::new();
    let newcomer = person(7);
    env.ok(Some(OP), &["login", "bind", "newcomer", &newcomer]);
    env.set_login(Some("newcomer"));
    // Her own account registers her (her first access), but nobody else.
    env.refused(
        Some(&person(8)),
        &[
            "person",
            "register",
            &person(8),
            "--family-name",
            "Neri",
            "--given-name",
            "Ada",
        ],
        "may act only as that person",
    );
    let me = json(&env.ok(None, &["--format", "json", "login", "whoami"]));
    assert_eq!(me["may_change"], "only this person's own first access");
    env.ok(
        Some(&newcomer),
        &[
            "person",
            "register",
            &newcomer,
            "--family-name",
            "Bianchi",
            "--given-name",
            "Carla",
        ],
    );
}

#[test]
fn a_suspended_operators_login_enters_nothing_for_others() {
    let w = world();
    let op2 = w.env.register(9, "Neri", "Franco");
    w.env.ok(Some(OP), &["operator", "add", &op2]);
    w.env.ok(Some(OP), &["login", "bind", "franco", &op2]);
    w.env
        .ok(Some(OP), &["person", "suspend", &op2, "--reason", "stolen"]);
    w.env.set_login(Some("franco"));
    w.env.refused(
        Some(&w.lr),
        &grant_args(&w, &w.co),
        "suspended by the Region",
    );
    w.env
        .refused(Some(&op2), &["operator", "add", &w.co], "suspended");
}

#[test]
fn every_bulk_read_is_traced_with_its_filters_and_rows() {
    let w = world();
    w.env.ok(Some(&w.lr), &grant_args(&w, &w.co));
    let backup = w.env.path("copy.db");
    let reads: Vec<(Vec<&str>, &str)> = vec![
        (vec!["person", "list", "--suspended"], "person.list"),
        (vec!["operator", "list"], "operator.list"),
        (
            vec!["company", "list", "--status", "approved"],
            "company.list",
        ),
        (
            vec!["collab", "list", "--company", &w.acme, "--all"],
            "collab.list",
        ),
        (vec!["audit", "log", "--company", &w.acme], "audit.log"),
        (vec!["login", "list"], "login.list"),
        (vec!["audit", "review", "--older-than", "0"], "audit.review"),
        (
            vec!["audit", "overdue-revocations", "--include-late"],
            "audit.overdue-revocations",
        ),
        (vec!["db", "backup", backup.to_str().unwrap()], "db.backup"),
        (
            vec!["--as", &w.lr, "registry", "export", "--company", &w.acme],
            "registry.export",
        ),
    ];
    for (args, action) in reads {
        let before = w.env.count("SELECT count(*) FROM audit_event");
        w.env.ok(None, &args);
        assert_eq!(
            w.env.count("SELECT count(*) FROM audit_event"),
            before + 1,
            "{args:?} leaves one trace"
        );
        let [got, login, details]: [Option<String>; 3] = w
            .env
            .rows("SELECT action, login, details FROM audit_event ORDER BY id DESC LIMIT 1")
            .remove(0)
            .try_into()
            .unwrap();
        let (got, details) = (got.unwrap(), details.unwrap());
        assert_eq!(got, action, "{args:?}");
        assert!(
            login.is_some_and(|l| !l.is_empty()),
            "{args:?} names the login"
        );
        let d: serde_json::Value = serde_json::from_str(&details).unwrap();
        assert!(d.get("rows").is_some(), "{args:?}: {details}");
    }
    let [details, company]: [Option<String>; 2] = w
        .env
        .rows("SELECT details, company_cf FROM audit_event WHERE action = 'collab.list'")
        .remove(0)
        .try_into()
        .unwrap();
    assert_eq!(company.as_deref(), Some(w.acme.as_str()));
    assert_eq!(
        details.as_deref(),
        Some(r#"{"filters":{"all":"true"},"rows":3}"#)
    );
    // Showing one record is not a bulk read.
    let before = w.env.count("SELECT count(*) FROM audit_event");
    w.env.ok(None, &["person", "show", &w.co]);
    w.env.ok(
        None,
        &["collab", "show", "--company", &w.acme, "--person", &w.co],
    );
    assert_eq!(w.env.count("SELECT count(*) FROM audit_event"), before);
    // A reader who stops reading has still read: `| head` is traced too.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("lpt"))
        .env_clear()
        .env("LPT_DB", w.env.db_url())
        .args(["--format", "csv", "audit", "log"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let _ = child.wait().unwrap();
    assert_eq!(w.env.count("SELECT count(*) FROM audit_event"), before + 1);
}

/// The login is the kernel's uid, not `$USER`: a second real account, made for the test,
/// runs lpt with `USER` claiming root. Needs root (CI runs as root); skipped otherwise.
#[cfg(unix)]
#[test]
fn the_login_is_the_kernels_uid_not_the_user_variable() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: needs root to create a second OS account");
        return;
    }
    let name = format!("lpt{}", std::process::id() % 100_000);
    let add = std::process::Command::new("useradd")
        .args(["--no-create-home", "--shell", "/usr/sbin/nologin", &name])
        .status();
    if !add.is_ok_and(|s| s.success()) {
        eprintln!("skipped: useradd is not available");
        return;
    }
    struct Remove(String);
    impl Drop for Remove {
        fn drop(&mut self) {
            let _ = std::process::Command::new("userdel").arg(&self.0).status();
        }
    }
    let _remove = Remove(name.clone());
    if std::process::Command::new("setpriv")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: setpriv is not available");
        return;
    }
    let uid = String::from_utf8(
        std::process::Command::new("id")
            .args(["-u", &name])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let uid: u32 = uid.trim().parse().unwrap();
    // A folder the account owns, and a database it creates there.
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::chown(dir.path(), Some(uid), Some(uid)).unwrap();
    let db = dir.path().join("lpt.db");
    // A copy of the binary the account can reach (the build tree may be closed to it).
    let lpt = dir.path().join("lpt");
    std::fs::copy(assert_cmd::cargo::cargo_bin("lpt"), &lpt).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new("setpriv")
            .args([
                &format!("--reuid={uid}"),
                &format!("--regid={uid}"),
                "--clear-groups",
            ])
            .arg(&lpt)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("USER", "root")
            .env("LOGNAME", "root")
            .env("LPT_DB", &db)
            .args(args)
            .output()
            .unwrap()
    };
    let o = run(&[
        "init",
        "--operator",
        OP,
        "--family-name",
        "Rossi",
        "--given-name",
        "Mario",
    ]);
    if !o.status.success() && String::from_utf8_lossy(&o.stderr).contains("setpriv") {
        eprintln!("skipped: setpriv is not available");
        return;
    }
    assert!(o.status.success(), "{}", stderr(&o));
    let me = json(&stdout(&run(&["--format", "json", "login", "whoami"])));
    assert_eq!(me["login"], name.as_str(), "the uid's account, not $USER");
    assert_eq!(me["bound_to"], OP);
    // Root's own login is not bound to anyone in that database.
    let o = std::process::Command::new(&lpt)
        .env_clear()
        .env("LPT_DB", &db)
        .args(["--as", OP, "operator", "add", OP])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is not bound"), "{}", stderr(&o));
}

#[test]
fn a_claim_in_a_read_is_not_taken_for_who_read() {
    let w = world();
    w.env.set_login(Some("stranger"));
    // An unbound login claims the legal representative while reading.
    w.env.ok(Some(&w.lr), &["person", "list"]);
    w.env.set_login(None);
    let [actor, details]: [Option<String>; 2] = w
        .env
        .rows("SELECT actor_cf, details FROM audit_event ORDER BY id DESC LIMIT 1")
        .remove(0)
        .try_into()
        .unwrap();
    let details = details.unwrap();
    assert_eq!(actor, None, "the claim is not the reader");
    assert!(
        details.contains(&format!(r#""claimed_as":"{}""#, w.lr)),
        "{details}"
    );
    // A bad claim is refused before anything is read or copied.
    let copy = w.env.path("copy.db");
    w.env.refused(
        Some("12345672005"),
        &["db", "backup", copy.to_str().unwrap()],
        "provisional",
    );
    assert!(!copy.exists());
}

#[test]
fn the_last_active_operator_cannot_be_suspended() {
    let env = Env::new();
    env.refused(
        Some(OP),
        &["person", "suspend", OP, "--reason", "x"],
        "last active regional operator",
    );
    let op2 = env.register(9, "Neri", "Franco");
    env.ok(Some(OP), &["operator", "add", &op2]);
    env.ok(Some(OP), &["person", "suspend", &op2, "--reason", "stolen"]);
    env.refused(
        Some(OP),
        &["person", "suspend", OP, "--reason", "x"],
        "last active regional operator",
    );
}

#[test]
fn db_check_finds_bindings_written_around_lpt() {
    let w = world();
    w.env.ok(None, &["db", "check"]);
    // A group member writes themselves a binding to the operator around lpt.
    let copy = w.env.copy();
    copy.exec(&format!(
        "INSERT INTO login (name, cf, bound_at) VALUES ('intruder', '{OP}', 'x')"
    ));
    let o = copy.run(None, &["--format", "csv", "db", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("login 'intruder' is bound to"),
        "{}",
        stdout(&o)
    );
    // Emptying the table is found too, and does not reopen the first binding.
    let copy = w.env.copy();
    copy.exec("DELETE FROM login");
    let o = copy.run(None, &["--format", "csv", "db", "check"]);
    assert!(stdout(&o).contains("the binding is gone"), "{}", stdout(&o));
    copy.set_login(Some("intruder"));
    copy.refused(
        Some(OP),
        &["login", "bind", "intruder", OP],
        "login 'intruder' is not bound",
    );
}

#[test]
fn a_login_named_only_in_part_is_an_edited_event() {
    crate::skip_on_pg!("opens the SQLite fixture of lpt 0.1.0 (tests/fixtures/v1-events.db)");
    // An event from before logins given a bound person and a host afterwards.
    let env = Env::fixture();
    env.ok(None, &["audit", "verify"]);
    env.exec("UPDATE audit_event SET login_cf = 'BNCGPP75C12D086Y', host = 'evil' WHERE id = 1");
    let o = env.run(None, &["audit", "verify"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("event 1"), "{}", stderr(&o));
}

#[test]
fn an_event_stripped_of_its_login_is_an_edited_event() {
    // An event written since logins stripped of its login is caught too.
    let w = world();
    w.env
        .exec("UPDATE audit_event SET login = NULL, login_cf = NULL, host = NULL WHERE id = 3");
    let o = w.env.run(None, &["audit", "verify"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("event 3"), "{}", stderr(&o));
}

/// A user namespace lets anyone give themselves any uid: inside one, lpt enters nothing.
/// Needs `unshare` with user namespaces (skipped, saying so, where they are not allowed).
#[cfg(target_os = "linux")]
#[test]
fn inside_a_user_namespace_nothing_is_entered() {
    crate::skip_on_pg!("on a server the login is the server's session_user, not the OS account");
    let w = world();
    let lpt = assert_cmd::cargo::cargo_bin("lpt");
    let Ok(o) = std::process::Command::new("unshare")
        .args(["--user", "--map-root-user"])
        .arg(&lpt)
        .env_clear()
        .env("LPT_DB", w.env.db_url())
        .args(["--as", OP, "operator", "add", &w.co])
        .output()
    else {
        eprintln!("skipped: unshare is not available");
        return;
    };
    let err = stderr(&o);
    if err.contains("unshare:") {
        eprintln!("skipped: user namespaces are not available here ({err})");
        return;
    }
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("inside a user namespace"), "{err}");
}
