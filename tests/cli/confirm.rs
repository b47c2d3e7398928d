//! Issue 15, item 3 (STYLE habit 9): destructive and sweeping commands say what will change
//! and ask on a terminal, default No; a No changes nothing and exits 1; --yes skips the
//! question; off a terminal nothing asks and the command runs as it always did.

use rexpect::process::WaitStatus;
use rexpect::session::PtySession;

use crate::common::*;

struct World {
    env: Env,
    lr: String,
    co: String,
    admin: String,
    op2: String,
    acme: String,
    pending: String,
}

/// Two approved companies where `co` holds three grants (two in ACME, one in Beta), a second
/// administrator, an empty unit, a second operator, a pending company, a pending change of
/// ACME's legal representative and a bound login.
fn world() -> World {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Giuseppe");
    let admin = env.register(3, "Neri", "Anna");
    let op2 = env.register(4, "Russo", "Carla");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    let beta = env.approved_company(2, &lr, &["DATORE_PRIVATO"]);
    env.ok(Some(&lr), &["unit", "add", &acme, "Nord"]);
    env.ok(Some(&lr), &["unit", "add", &acme, "Vuota"]);
    for (company, profile, unit) in [
        (&acme, "GESTIONE_CO", None),
        (&acme, "PROSPETTI_CIG", Some("Nord")),
        (&beta, "GESTIONE_CO", None),
    ] {
        let mut a = vec![
            "collab",
            "grant",
            "--company",
            company,
            "--person",
            &co,
            "--profile",
            profile,
            "--data-processing-authorised",
        ];
        if let Some(u) = unit {
            a.extend(["--unit", u]);
        }
        env.ok(Some(&lr), &a);
    }
    env.nominate(&lr, &acme, &admin, None);
    env.ok(Some(OP), &["operator", "add", &op2]);
    let pending = env.company(3, &lr, &["DATORE_PRIVATO"]);
    env.ok(
        Some(&lr),
        &["company", "update", &acme, "--legal-rep", &admin],
    );
    env.ok(Some(OP), &["login", "bind", "gbianchi", &co]);
    World {
        env,
        lr,
        co,
        admin,
        op2,
        acme,
        pending,
    }
}

/// A registry file that revokes `co`'s group-level GESTIONE_CO in ACME, built from the export.
fn revoking_file(w: &World) -> String {
    let export = w
        .env
        .ok(Some(&w.lr), &["registry", "export", "--company", &w.acme]);
    let mut lines = export.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').take(10).collect();
    let row: Vec<&str> = lines
        .map(|l| l.split(',').collect::<Vec<_>>())
        .find(|r| r[1] == w.co && r[4] == "GESTIONE_CO" && r[5].is_empty())
        .expect("the export lists the grant");
    let granted_on = row[6];
    let line = format!("{},{granted_on},left the company", row[..8].join(","));
    let file = w.env.path("offboard.csv");
    std::fs::write(&file, format!("{}\n{line}\n", header.join(","))).unwrap();
    file.to_string_lossy().to_string()
}

/// `lpt` on a pseudo-terminal (stdin and stderr are terminals), on this database.
fn pty(env: &Env, actor: &str, args: &[&str]) -> PtySession {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("lpt"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LPT_DB", env.db_url())
        .current_dir(env.dir.path())
        .args(["--as", actor])
        .args(args);
    rexpect::session::spawn_command(cmd, Some(20_000)).unwrap()
}

/// Waits for the end of the command; returns its exit status and what it printed last.
fn finish(mut p: PtySession) -> (i32, String) {
    let rest = p.exp_eof().unwrap();
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => (code, rest),
        other => panic!("lpt did not exit: {other:?}"),
    }
}

/// Answers the question (whose text includes `asked`) with one key, as dialoguer reads it.
fn answer(env: &Env, actor: &str, args: &[&str], asked: &str, key: &str) -> (i32, String) {
    let mut p = pty(env, actor, args);
    p.exp_string(asked)
        .unwrap_or_else(|e| panic!("lpt {args:?} did not ask '{asked}': {e}"));
    p.exp_string("[y/N]").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    p.send(key).unwrap();
    p.flush().unwrap();
    finish(p)
}

fn suspend(w: &World) -> Vec<&str> {
    vec![
        "person",
        "suspend",
        &w.co,
        "--reason",
        "SPID credentials stolen",
    ]
}

#[test]
fn suspension_says_what_it_revokes_and_a_no_changes_nothing() {
    let w = world();
    let before = w.env.snapshot();
    let (code, said) = answer(
        &w.env,
        OP,
        &suspend(&w),
        "This will revoke 3 grant(s) in 2 company(ies)",
        "n",
    );
    assert_eq!(code, 1, "a declined confirmation exits 1: {said}");
    assert!(said.contains("nothing changed"), "{said}");
    assert_eq!(w.env.snapshot(), before);
}

#[test]
fn suspension_confirmed_on_a_terminal_is_done() {
    let w = world();
    let (code, said) = answer(&w.env, OP, &suspend(&w), "Suspend", "y");
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("revoked 3 grant(s)"), "{said}");
    let p = json(
        &w.env
            .ok(None, &["--format", "json", "person", "show", &w.co]),
    );
    assert!(p["grants"].as_array().unwrap().is_empty(), "{p}");
}

#[test]
fn yes_skips_the_question_on_a_terminal() {
    let w = world();
    let mut args = vec!["--yes"];
    args.extend(suspend(&w));
    let (code, said) = finish(pty(&w.env, OP, &args));
    assert_eq!(code, 0, "{said}");
    assert!(!said.contains("[y/N]"), "asked despite --yes: {said}");
    assert!(said.contains("revoked 3 grant(s)"), "{said}");
}

#[test]
fn off_a_terminal_nothing_asks_and_the_command_runs_as_before() {
    let w = world();
    let file = revoking_file(&w);
    let today = today(&w);
    let env = &w.env;
    let (acme, co) = (w.acme.as_str(), w.co.as_str());
    // stdin is a pipe (holding a "y" nobody reads): no question, the change is made, exit 0.
    for (actor, args) in [
        (w.lr.as_str(), vec!["registry", "import", file.as_str()]),
        (
            w.lr.as_str(),
            vec![
                "collab",
                "end",
                "--company",
                acme,
                "--person",
                co,
                "--on",
                &today,
            ],
        ),
        (OP, suspend(&w)),
        (OP, vec!["login", "unbind", "gbianchi"]),
        (OP, vec!["operator", "remove", &w.op2]),
        (OP, vec!["company", "reject", &w.pending, "--reason", "no"]),
    ] {
        let o = env.run_stdin(Some(actor), &args, "y\n");
        assert!(o.status.success(), "lpt {args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("[y/N]"), "{}", stderr(&o));
    }
    let p = json(&env.ok(None, &["--format", "json", "person", "show", co]));
    assert!(p["grants"].as_array().unwrap().is_empty(), "{p}");
    assert_eq!(
        env.count("SELECT count(*) FROM audit_event WHERE action = 'person.suspend'"),
        1
    );
}

/// The day the world's grants were made (today, in Italy).
fn today(w: &World) -> String {
    let show = w.env.ok(
        None,
        &[
            "--format",
            "json",
            "collab",
            "show",
            "--company",
            &w.acme,
            "--person",
            &w.co,
        ],
    );
    let show = json(&show);
    let first = show.as_array().map(|a| &a[0]).unwrap_or(&show);
    first["granted_on"]
        .as_str()
        .unwrap_or_else(|| panic!("{show}"))
        .to_string()
}

/// Every destructive or sweeping verb asks on a terminal, and a No leaves the database as
/// it was; a revocation of one named profile does not ask.
#[test]
fn every_destructive_verb_asks_and_a_no_changes_nothing() {
    let w = world();
    let file = revoking_file(&w);
    let today = today(&w);
    let (acme, co, admin) = (w.acme.as_str(), w.co.as_str(), w.admin.as_str());
    let cases: Vec<(&str, Vec<&str>, &str)> = vec![
        (
            &w.lr,
            vec![
                "collab",
                "revoke",
                "--company",
                acme,
                "--person",
                co,
                "--reason",
                "r",
            ],
            "Revoke every grant of",
        ),
        (
            &w.lr,
            vec![
                "admin",
                "revoke",
                "--company",
                acme,
                "--person",
                admin,
                "--reason",
                "r",
            ],
            "Revoke 1 administrator grant(s)",
        ),
        (
            &w.lr,
            vec!["unit", "remove", acme, "Vuota"],
            "Remove unit 'Vuota'",
        ),
        (
            &w.lr,
            vec![
                "collab",
                "end",
                "--company",
                acme,
                "--person",
                co,
                "--on",
                &today,
            ],
            "2 live grant(s) will have to be revoked by",
        ),
        (&w.lr, vec!["registry", "import", &file], "revoke 1"),
        (
            OP,
            vec!["operator", "remove", &w.op2],
            "from the regional operators",
        ),
        (
            OP,
            vec!["company", "reject", &w.pending, "--reason", "r"],
            "Reject the registration",
        ),
        (
            OP,
            vec!["company", "reject-change", acme, "--reason", "r"],
            "Reject the pending change",
        ),
        (
            OP,
            vec!["login", "unbind", "gbianchi"],
            "Unbind login 'gbianchi'",
        ),
    ];
    let before = w.env.snapshot();
    for (actor, args, asked) in &cases {
        let (code, said) = answer(&w.env, actor, args, asked, "n");
        assert_eq!(code, 1, "lpt {args:?}: {said}");
        assert!(said.contains("nothing changed"), "lpt {args:?}: {said}");
        assert_eq!(
            w.env.snapshot(),
            before,
            "lpt {args:?} changed the database"
        );
    }
    // Enter takes the default, No.
    let (code, _) = answer(&w.env, OP, &suspend(&w), "Suspend", "\r");
    assert_eq!(code, 1);
    assert_eq!(w.env.snapshot(), before);
    // One named profile is not sweeping: no question.
    let one = [
        "collab",
        "revoke",
        "--company",
        acme,
        "--person",
        co,
        "--profile",
        "GESTIONE_CO",
        "--reason",
        "r",
    ];
    let (code, said) = finish(pty(&w.env, &w.lr, &one));
    assert_eq!(code, 0, "{said}");
    assert!(!said.contains("[y/N]"), "{said}");
}

/// The question waits without the write lock: another operator's change lands meanwhile.
/// Then the change made again is not the one asked about (one grant more to revoke), so
/// a Yes changes nothing and says to run the command again.
#[test]
fn the_question_holds_no_lock_and_a_change_meanwhile_is_not_confirmed_blindly() {
    let w = world();
    let env = &w.env;
    let args = suspend(&w);
    let mut p = pty(env, OP, &args);
    p.exp_string("[y/N]").unwrap();
    // Meanwhile, another command writes at once (it would wait 30 s on a held lock).
    let started = std::time::Instant::now();
    env.ok(
        Some(&w.lr),
        &[
            "collab",
            "grant",
            "--company",
            &w.acme,
            "--person",
            &w.co,
            "--profile",
            "VISUALIZZAZIONE_CO",
            "--data-processing-authorised",
        ],
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    let before = env.snapshot();
    std::thread::sleep(std::time::Duration::from_millis(150));
    p.send("y").unwrap();
    p.flush().unwrap();
    let (code, said) = finish(p);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("the registry changed while you were asked"),
        "{said}"
    );
    assert_eq!(env.snapshot(), before, "nothing was written");
}
