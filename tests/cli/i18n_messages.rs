//! Italian and English (issue 15, item 1): what lpt itself says — refusals, notes, tables'
//! headers, confirmations, clap's usage errors — in the language asked for, from the same
//! database and run; machine output (CSV, JSON) byte for byte the same in both.

use rexpect::process::WaitStatus;

use crate::common::*;

/// An operator, a registered person and an approved company where the person holds a grant.
fn world() -> (Env, String, String) {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Giuseppe");
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
    (env, co, acme)
}

#[test]
fn a_refusal_is_said_in_either_language_and_changes_nothing() {
    let (env, co, acme) = world();
    let it = env.refused(
        Some(&co),
        &["--lang", "it", "company", "approve", &acme],
        "l'operazione è riservata agli operatori regionali",
    );
    assert!(it.starts_with("error: Non è consentito a "), "{it}");
    let en = env.refused(
        Some(&co),
        &["--lang", "en", "company", "approve", &acme],
        "may not approve companies: only a regional operator may",
    );
    assert!(!en.contains("consentito"), "{en}");
    let other = env.register(3, "Neri", "Anna");
    // A refusal built from parts (who, what, where, and who may): every part in Italian.
    let it = env.refused(
        Some(&co),
        &[
            "--lang",
            "it",
            "collab",
            "grant",
            "--company",
            &acme,
            "--person",
            &other,
            "--profile",
            "GESTIONE_CO",
            "--data-processing-authorised",
        ],
        "concedere il profilo GESTIONE_CO a livello di gruppo dell'azienda",
    );
    assert!(!it.contains(" may"), "English left in: {it}");
    // LPT_LANG chooses it too.
    let mut c = env.cmd();
    let o = c
        .env("LPT_LANG", "it")
        .args(["--as", &co, "person", "register", &person(9)])
        .args(["--family-name", "Russo", "--given-name", "Carla"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("error: Non è consentito a"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn notes_and_table_headers_follow_the_language() {
    let (env, co, acme) = world();
    let it = env.ok(
        None,
        &["--lang", "it", "collab", "list", "--company", &acme],
    );
    for header in [
        "CF persona",
        "Cognome",
        "Profilo",
        "Unità organizzativa",
        "Stato",
    ] {
        assert!(it.contains(header), "{header} missing from:\n{it}");
    }
    assert!(!it.contains("person_cf"), "{it}");
    let en = env.ok(
        None,
        &["--lang", "en", "collab", "list", "--company", &acme],
    );
    for header in ["person_cf", "family_name", "profile", "unit", "state"] {
        assert!(en.contains(header), "{header} missing from:\n{en}");
    }
    // A record shown alone: its field names in Italian, and yes/no as sì/no.
    let it = env.ok(None, &["--lang", "it", "cf", "check", &co]);
    assert!(it.contains("Valido") && it.contains("sì"), "{it}");
    // A code's fault: in Italian on the table and in the error line.
    let o = env.run(None, &["--lang", "it", "cf", "check", "RSSMRA80A01H501V"]);
    assert!(
        stdout(&o).contains("la posizione 16 (carattere di controllo) è 'V', atteso 'U'"),
        "{}",
        stdout(&o)
    );
    let err = env.refused(
        Some(OP),
        &["--lang", "it", "person", "show", "RSSMRA80A01H501V"],
        "Codice fiscale RSSMRA80A01H501V non valido: la posizione 16",
    );
    assert!(!err.contains("invalid"), "{err}");
    // A note on stderr.
    let o = env.run(Some(OP), &["--lang", "it", "login", "unbind", "nessuno"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("nessuna modifica effettuata"),
        "{}",
        stderr(&o)
    );
    let o = env.run(Some(OP), &["--lang", "it", "operator", "add", &co]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("è ora operatore regionale"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn machine_output_is_the_same_in_both_languages() {
    let (env, _co, acme) = world();
    for list in [
        vec!["collab", "list", "--company", acme.as_str()],
        vec!["person", "list"],
        vec!["company", "list"],
        vec!["catalog", "profiles"],
        vec!["cf", "check", "RSSMRA80A01H501V", "12345678901"],
    ] {
        for format in ["csv", "json"] {
            let run = |lang: &str| {
                let mut args = vec!["--lang", lang, "--format", format];
                args.extend(&list);
                stdout(&env.run(None, &args))
            };
            let (it, en) = (run("it"), run("en"));
            assert!(!it.contains("posizione"), "{it}");
            assert!(!it.is_empty());
            assert_eq!(it, en, "{list:?} as {format} differs between it and en");
        }
    }
}

#[test]
fn clap_usage_errors_in_either_language_exit_2() {
    let env = Env::empty();
    let run = |args: &[&str]| {
        let o = env.cmd().args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        stderr(&o)
    };
    let it = run(&["--lang", "it", "person", "register"]);
    assert!(
        it.starts_with("error: non sono stati indicati i seguenti argomenti obbligatori:"),
        "{it}"
    );
    assert!(
        it.contains("--family-name") && it.contains("Uso: lpt person register"),
        "{it}"
    );
    assert!(it.contains("Per maggiori informazioni"), "{it}");
    let en = run(&["--lang", "en", "person", "register"]);
    assert!(
        en.starts_with("error: the following required arguments were not provided:"),
        "{en}"
    );
    assert!(en.contains("Usage: lpt person register"), "{en}");
    // An unknown verb, with clap's suggestion; an invalid value with the valid ones.
    let it = run(&["--lang", "it", "person", "regster"]);
    assert!(it.contains("comando non riconosciuto: 'regster'"), "{it}");
    assert!(
        it.contains("esistono comandi simili: 'reinstate', 'register'"),
        "{it}"
    );
    let it = run(&["--lang", "it", "--format", "xml", "person", "list"]);
    assert!(it.contains("valore non valido 'xml'"), "{it}");
    assert!(
        it.contains("[valori ammessi: table, csv, json, xlsx]"),
        "{it}"
    );
    let it = run(&["--lang", "it", "person", "list", "--bogus"]);
    assert!(it.contains("argomento non previsto: '--bogus'"), "{it}");
    assert!(!it.contains("unexpected"), "{it}");
    let en = run(&["--lang", "en", "person", "list", "--bogus"]);
    assert!(en.contains("unexpected argument '--bogus' found"), "{en}");
}

/// `lpt` on a pseudo-terminal, answering No to its question.
fn declined(env: &Env, args: &[&str], asked: &str, hint: &str) -> String {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("lpt"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LPT_DB", env.db_url())
        .current_dir(env.dir.path())
        .args(["--as", OP])
        .args(args);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string(asked)
        .unwrap_or_else(|e| panic!("lpt {args:?} did not ask '{asked}': {e}"));
    p.exp_string(hint).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    p.send("n").unwrap();
    p.flush().unwrap();
    let rest = p.exp_eof().unwrap();
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => assert_eq!(code, 1, "{rest}"),
        other => panic!("lpt did not exit: {other:?}"),
    }
    rest
}

#[test]
fn a_confirmation_is_asked_in_either_language() {
    let (env, co, _acme) = world();
    let before = env.snapshot();
    let suspend = [
        "person",
        "suspend",
        &co,
        "--reason",
        "credenziali SPID rubate",
    ];
    let mut args = vec!["--lang", "it"];
    args.extend(suspend);
    let said = declined(
        &env,
        &args,
        // rexpect reads bytes as Latin-1: the accented "Verrà" before it cannot be matched.
        "revocata 1 abilitazione in 1 azienda",
        "[s/N]",
    );
    assert!(said.contains("nessuna modifica effettuata"), "{said}");
    let mut args = vec!["--lang", "en"];
    args.extend(suspend);
    let said = declined(
        &env,
        &args,
        "This will revoke 1 grant(s) in 1 company(ies)",
        "[y/N]",
    );
    assert!(said.contains("not confirmed: nothing changed"), "{said}");
    assert_eq!(env.snapshot(), before);
}
