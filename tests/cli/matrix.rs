//! Issue 7 §5: the authorisation matrix. Every command that changes data × every kind of
//! actor is allowed or refused exactly as DOMAIN.md's rules say (R3, R5–R10, R13). Each cell
//! runs on a fresh copy of one template database; a refusal must leave it unchanged.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::common::*;

/// The kinds of actor, in the order of the columns below.
const ACTORS: [&str; 11] = [
    "OP", "LR", "GA", "UA", "UB", "CO", "UN", "SU", "XX", "EA", "PL",
];
// OP regional operator · LR legal representative (not an administrator) · GA group
// administrator · UA administrator of unit Nord · UB administrator of unit Sud · CO a
// collaborator (GESTIONE_CO in Nord) · UN an unrelated registered person · SU a suspended
// person · XX a valid code nobody registered · EA a group administrator whose relationship
// has ended, their grant still live (overdue) · PL the person a pending change request
// names as legal representative (R4, R14: neither has power).

/// Command, then which actors may run it ('y') or are refused ('-'), column by column.
const MATRIX: &[(&str, &str)] = &[
    //                                             OP LR GA UA UB CO UN SU XX EA PL
    (
        "person register NEW",
        /*                  */ "y  -  -  -  -  -  -  -  -  -  -",
    ), // R10: self or operator
    (
        "person suspend T",
        /*                     */ "y  -  -  -  -  -  -  -  -  -  -",
    ), // R9
    (
        "person reinstate SU",
        /*                  */ "y  -  -  -  -  -  -  -  -  -  -",
    ), // R9
    (
        "operator add T",
        /*                       */ "y  -  -  -  -  -  -  -  -  -  -",
    ),
    (
        "company register NEWCO",
        /*               */ "y  y  y  y  y  y  y  -  -  y  y",
    ), // R2: any registered, active person
    (
        "company approve PENDING",
        /*              */ "y  -  -  -  -  -  -  -  -  -  -",
    ), // R3
    (
        "company reject PENDING",
        /*               */ "y  -  -  -  -  -  -  -  -  -  -",
    ), // R3
    (
        "company update ACME",
        /*                  */ "-  y  y  -  -  -  -  -  -  -  -",
    ), // R4
    (
        "company approve-change ACME",
        /*          */ "y  -  -  -  -  -  -  -  -  -  -",
    ), // R4, R14: the Region decides
    (
        "company reject-change ACME",
        /*           */ "y  -  -  -  -  -  -  -  -  -  -",
    ), // R4
    (
        "unit add ACME",
        /*                        */ "-  y  y  -  -  -  -  -  -  -  -",
    ), // R5
    (
        "unit rename ACME Sud",
        /*                 */ "-  y  y  -  -  -  -  -  -  -  -",
    ), // R5
    (
        "unit remove ACME Vuota",
        /*               */ "-  y  y  -  -  -  -  -  -  -  -",
    ), // R5
    (
        "admin nominate T group",
        /*               */ "-  y  y  -  -  -  -  -  -  -  -",
    ), // R6
    (
        "admin nominate T Nord",
        /*                */ "-  y  y  y  -  -  -  -  -  -  -",
    ), // R6: unit admins in their unit
    (
        "admin revoke UA2 (Nord)",
        /*              */ "y  y  y  y  -  -  -  -  -  -  -",
    ), // R6 (operators may revoke)
    (
        "collab grant T Nord",
        /*                  */ "-  y  y  y  -  -  -  -  -  -  -",
    ), // R7
    (
        "collab grant T group",
        /*                 */ "-  y  y  -  -  -  -  -  -  -  -",
    ), // R7
    (
        "collab revoke T2 Nord",
        /*                */ "y  y  y  y  -  -  -  -  -  -  -",
    ), // R8
    (
        "collab end T2",
        /*                        */ "-  y  y  y  -  -  -  -  -  -  -",
    ), // R8: T2's grants are all in Nord
    (
        "collab confirm T2",
        /*                    */ "-  y  y  y  -  -  -  -  -  -  -",
    ), // R12
    (
        "collab approve T2 OPERATORE_AGENDA",
        /*   */ "y  -  -  -  -  -  -  -  -  -  -",
    ), // R7: regional approval
    (
        "collab approve T3 disabling",
        /*          */ "y  -  -  -  -  -  -  -  -  -  -",
    ), // R7: the Region approves disabling too
    (
        "collab revoke T3 OPERATORE_AGENDA",
        /*    */ "y  y  y  y  -  -  -  -  -  -  -",
    ), // R7: at once by an operator; already awaiting the Region for administrators
    (
        "collab role-change T2",
        /*                */ "-  y  y  y  -  -  -  -  -  -  -",
    ), // R12: who manages T2's grants (all in Nord)
    (
        "registry export ACME",
        /*                 */ "y  y  y  y  y  -  -  -  -  -  -",
    ), // R10: bulk reading is traced
    (
        "registry import T Nord",
        /*               */ "-  y  y  y  -  -  -  -  -  -  -",
    ), // R7 per row
    (
        "person import-legacy",
        /*                 */ "y  -  -  -  -  -  -  -  -  -  -",
    ), // R13
];

struct Template {
    _dir: tempfile::TempDir,
    db: PathBuf,
    people: std::collections::HashMap<&'static str, String>,
    acme: String,
    pending: String,
    files: PathBuf,
}

fn template() -> &'static Template {
    static T: OnceLock<Template> = OnceLock::new();
    T.get_or_init(|| {
        let env = Env::new();
        let mut people = std::collections::HashMap::new();
        people.insert("OP", OP.to_string());
        for (i, key) in ["LR", "GA", "UA", "UB", "CO", "UN", "SU", "T", "T2", "UA2", "T3", "EA", "PL"].iter().enumerate() {
            let cf = env.register(100 + i as u32, &format!("Cognome{i}"), &format!("Nome{i}"));
            people.insert(*key, cf);
        }
        people.insert("XX", person(199));
        people.insert("NEW", person(198));
        let p = |k: &str| people[k].clone();
        let acme = company(1);
        env.ok(Some(&p("GA")), &[
            "company", "register", &acme, "--name", "ACME", "--office", "Via Roma 1", "--email", "a@b.example",
            "--legal-rep", &p("LR"), "--type", "DATORE_PRIVATO", "--type", "SOGGETTO_ACCREDITATO",
            "--register", "SOGGETTO_ACCREDITATO=Elenco DGR 1959/2016:7:2018-01-01",
        ]);
        env.ok(Some(OP), &["company", "approve", &acme]);
        for u in ["Nord", "Sud", "Vuota"] {
            env.ok(Some(&p("GA")), &["unit", "add", &acme, u]);
        }
        env.ok(Some(&p("GA")), &["admin", "nominate", "--company", &acme, "--person", &p("UA"), "--unit", "Nord"]);
        env.ok(Some(&p("GA")), &["admin", "nominate", "--company", &acme, "--person", &p("UA2"), "--unit", "Nord"]);
        env.ok(Some(&p("GA")), &["admin", "nominate", "--company", &acme, "--person", &p("UB"), "--unit", "Sud"]);
        for who in ["CO", "T2"] {
            env.ok(Some(&p("GA")), &[
                "collab", "grant", "--company", &acme, "--person", &p(who), "--profile", "GESTIONE_CO",
                "--unit", "Nord", "--data-processing-authorised",
            ]);
        }
        env.ok(Some(&p("GA")), &[
            "collab", "grant", "--company", &acme, "--person", &p("T2"), "--profile", "OPERATORE_AGENDA",
            "--unit", "Nord", "--data-processing-authorised",
        ]);
        // T3 holds OPERATORE_AGENDA in Nord, approved; GA asked the Region to disable it.
        let t3_agenda = [
            "collab", "grant", "--company", &acme, "--person", &p("T3"), "--profile", "OPERATORE_AGENDA",
            "--unit", "Nord", "--data-processing-authorised",
        ];
        env.ok(Some(&p("GA")), &t3_agenda);
        env.ok(Some(OP), &[
            "collab", "approve", "--company", &acme, "--person", &p("T3"), "--profile", "OPERATORE_AGENDA",
            "--unit", "Nord",
        ]);
        env.ok(Some(&p("GA")), &[
            "collab", "revoke", "--company", &acme, "--person", &p("T3"), "--profile", "OPERATORE_AGENDA",
            "--unit", "Nord", "--reason", "x",
        ]);
        env.ok(Some(OP), &["person", "suspend", &p("SU"), "--reason", "stolen"]);
        env.ok(Some(&p("GA")), &["admin", "nominate", "--company", &acme, "--person", &p("EA")]);
        let today = chrono::Local::now().date_naive().to_string();
        env.ok(Some(&p("GA")), &["collab", "end", "--company", &acme, "--person", &p("EA"), "--on", &today]);
        env.ok(Some(&p("GA")), &["company", "update", &acme, "--legal-rep", &p("PL")]);
        let pending = company(2);
        env.ok(Some(&p("UN")), &[
            "company", "register", &pending, "--name", "Pending", "--office", "Via 2", "--email", "p@b.example",
            "--legal-rep", &p("UN"), "--type", "DATORE_PRIVATO",
        ]);
        let files = env.path("files");
        std::fs::create_dir_all(&files).unwrap();
        std::fs::write(
            files.join("import.csv"),
            format!(
                "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason\n\
                 {acme},{},Cognome7,Nome7,PROSPETTI_CIG,Nord,2026-01-10,,,\n",
                p("T")
            ),
        )
        .unwrap();
        std::fs::write(
            files.join("legacy.csv"),
            format!("username,cf,family_name,given_name,email,country\nold,{},Nuovo,Utente,,IT\n", person(197)),
        )
        .unwrap();
        let db = env.db.clone();
        Template { _dir: env.dir, db, people, acme, pending, files }
    })
}

fn args(t: &Template, cmd: &str) -> Vec<String> {
    let p = |k: &str| t.people[k].clone();
    let acme = t.acme.clone();
    let v: Vec<String> = match cmd {
        "person register NEW" => vec![
            "person",
            "register",
            &p("NEW"),
            "--family-name",
            "Nuovo",
            "--given-name",
            "Nome",
        ]
        .into_iter()
        .map(String::from)
        .collect(),
        "person suspend T" => vec![
            "person".into(),
            "suspend".into(),
            p("T"),
            "--reason".into(),
            "x".into(),
        ],
        "person reinstate SU" => vec!["person".into(), "reinstate".into(), p("SU")],
        "operator add T" => vec!["operator".into(), "add".into(), p("T")],
        "company register NEWCO" => [
            "company",
            "register",
            &company(3),
            "--name",
            "New",
            "--office",
            "Via 3",
            "--email",
            "n@b.example",
            "--legal-rep",
            &p("T"),
            "--type",
            "DATORE_PRIVATO",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        "company approve PENDING" => vec!["company".into(), "approve".into(), t.pending.clone()],
        "company reject PENDING" => vec![
            "company".into(),
            "reject".into(),
            t.pending.clone(),
            "--reason".into(),
            "x".into(),
        ],
        "company update ACME" => vec![
            "company".into(),
            "update".into(),
            acme,
            "--phone".into(),
            "0961 1".into(),
        ],
        "company approve-change ACME" => vec!["company".into(), "approve-change".into(), acme],
        "company reject-change ACME" => vec![
            "company".into(),
            "reject-change".into(),
            acme,
            "--reason".into(),
            "x".into(),
        ],
        "unit add ACME" => vec!["unit".into(), "add".into(), acme, "Est".into()],
        "unit rename ACME Sud" => vec![
            "unit".into(),
            "rename".into(),
            acme,
            "Sud".into(),
            "Meridione".into(),
        ],
        "unit remove ACME Vuota" => vec!["unit".into(), "remove".into(), acme, "Vuota".into()],
        "admin nominate T group" => vec![
            "admin".into(),
            "nominate".into(),
            "--company".into(),
            acme,
            "--person".into(),
            p("T"),
        ],
        "admin nominate T Nord" => vec![
            "admin".into(),
            "nominate".into(),
            "--company".into(),
            acme,
            "--person".into(),
            p("T"),
            "--unit".into(),
            "Nord".into(),
        ],
        "admin revoke UA2 (Nord)" => vec![
            "admin".into(),
            "revoke".into(),
            "--company".into(),
            acme,
            "--person".into(),
            p("UA2"),
            "--reason".into(),
            "x".into(),
        ],
        "collab grant T Nord" => vec![
            "collab".into(),
            "grant".into(),
            "--company".into(),
            acme,
            "--person".into(),
            p("T"),
            "--profile".into(),
            "PROSPETTI_CIG".into(),
            "--unit".into(),
            "Nord".into(),
            "--data-processing-authorised".into(),
        ],
        "collab grant T group" => vec![
            "collab".into(),
            "grant".into(),
            "--company".into(),
            acme,
            "--person".into(),
            p("T"),
            "--profile".into(),
            "GESTIONE_CO".into(),
            "--data-processing-authorised".into(),
        ],
        "collab revoke T2 Nord" => vec![
            "collab".into(),
            "revoke".into(),
            "--company".into(),
            acme,
            "--person".into(),
            p("T2"),
            "--profile".into(),
            "GESTIONE_CO".into(),
            "--unit".into(),
            "Nord".into(),
            "--reason".into(),
            "x".into(),
        ],
        "collab end T2" => vec![
            "collab".into(),
            "end".into(),
            "--company".into(),
            acme,
            "--person".into(),
            p("T2"),
            "--on".into(),
            chrono::Local::now().date_naive().to_string(),
        ],
        "collab confirm T2" => vec![
            "collab".into(),
            "confirm".into(),
            "--company".into(),
            acme,
            "--person".into(),
            p("T2"),
        ],
        "collab approve T2 OPERATORE_AGENDA" => vec![
            "collab".into(),
            "approve".into(),
            "--company".into(),
            acme,
            "--person".into(),
            p("T2"),
            "--profile".into(),
            "OPERATORE_AGENDA".into(),
            "--unit".into(),
            "Nord".into(),
        ],
        "collab approve T3 disabling" | "collab revoke T3 OPERATORE_AGENDA" => {
            let verb = if cmd.contains("approve") {
                "approve"
            } else {
                "revoke"
            };
            let mut v: Vec<String> = [
                "collab",
                verb,
                "--company",
                &acme,
                "--person",
                &p("T3"),
                "--profile",
                "OPERATORE_AGENDA",
                "--unit",
                "Nord",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            if verb == "revoke" {
                v.extend(["--reason".to_string(), "x".to_string()]);
            }
            v
        }
        "collab role-change T2" => [
            "collab",
            "role-change",
            "--company",
            &acme,
            "--person",
            &p("T2"),
            "--on",
            &chrono::Local::now().date_naive().to_string(),
            "--note",
            "new duties",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        "registry export ACME" => {
            vec!["registry".into(), "export".into(), "--company".into(), acme]
        }
        "registry import T Nord" => vec![
            "registry".into(),
            "import".into(),
            t.files.join("import.csv").display().to_string(),
            "--data-processing-authorised".into(),
        ],
        "person import-legacy" => vec![
            "person".into(),
            "import-legacy".into(),
            t.files.join("legacy.csv").display().to_string(),
        ],
        other => panic!("no arguments for {other}"),
    };
    v
}

fn cell(t: &Template, dir: &Path, cmd: &str, actor: &str) -> (bool, String) {
    let db = dir.join(format!(
        "{}-{actor}.db",
        cmd.replace(' ', "_").replace(['(', ')'], "")
    ));
    std::fs::copy(&t.db, &db).unwrap();
    let before = snapshot(&db);
    let o = assert_cmd::Command::cargo_bin("lpt")
        .unwrap()
        .env_clear()
        .env("LPT_DB", &db)
        .arg("--as")
        .arg(&t.people[actor])
        .args(args(t, cmd))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    match o.status.code() {
        Some(0) => (true, err),
        Some(1) => {
            assert_eq!(
                snapshot(&db),
                before,
                "{cmd} as {actor} was refused but changed the database: {err}"
            );
            (false, err)
        }
        other => panic!("{cmd} as {actor}: unexpected exit {other:?}: {err}"),
    }
}

#[test]
fn every_changing_command_for_every_kind_of_actor() {
    crate::skip_on_pg!("needs the database file itself");
    let t = template();
    let dir = tempfile::tempdir().unwrap();
    let mut wrong = Vec::new();
    let mut cells = 0;
    for (cmd, row) in MATRIX {
        let expected: Vec<bool> = row.split_whitespace().map(|c| c == "y").collect();
        assert_eq!(expected.len(), ACTORS.len(), "row {cmd}");
        for (actor, allowed) in ACTORS.iter().zip(expected) {
            let (ok, err) = cell(t, dir.path(), cmd, actor);
            cells += 1;
            if ok != allowed {
                wrong.push(format!(
                    "{cmd} as {actor}: expected {}, got {} ({})",
                    if allowed { "allowed" } else { "refused" },
                    if ok { "allowed" } else { "refused" },
                    err.lines().last().unwrap_or("")
                ));
            }
        }
    }
    assert_eq!(cells, MATRIX.len() * ACTORS.len());
    assert!(
        wrong.is_empty(),
        "{} of {cells} cells differ from the rules:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
