//! Issue 13: power only from grants (R14), changes that confer rights as requests (R4), and a
//! rejected registration that no longer blocks its code (R2). Each refusal leaves the
//! database as it was (`Env::refused` checks it), on the command and on the import.

use crate::common::*;

struct W {
    env: Env,
    lr: String,
    admin: String,
    co: String,
    acme: String,
}

/// ACME, approved: Verdi its requester and legal representative, Bianchi a group-level
/// administrator, Neri a registered person with no grant.
fn world() -> W {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let admin = env.register(2, "Bianchi", "Anna");
    let co = env.register(3, "Neri", "Carlo");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.nominate(&lr, &acme, &admin, None);
    W {
        env,
        lr,
        admin,
        co,
        acme,
    }
}

fn today() -> String {
    chrono::Local::now().date_naive().to_string()
}

/// A one-row registry file granting `profile` at group level to `person` from today.
fn row_file(w: &W, person: &str, profile: &str) -> String {
    let f = w.env.path("row.csv");
    let csv = format!(
        "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason\n\
         {},{person},Neri,Carlo,{profile},,{},,,\n",
        w.acme,
        today()
    );
    std::fs::write(&f, csv).unwrap();
    f.to_string_lossy().into_owned()
}

fn live(w: &W, person: &str, profile: &str) -> i64 {
    w.env.count(&format!(
        "SELECT count(*) FROM grants g JOIN person p ON p.id = g.person_id
         WHERE p.cf = '{person}' AND g.profile = '{profile}' AND g.revoked_on IS NULL"
    ))
}

#[test]
fn r14_the_legal_representative_holds_a_grant_given_by_approval_and_by_nobody_else() {
    let w = world();
    let env = &w.env;
    assert_eq!(live(&w, &w.lr, "LEGALE_RAPPRESENTANTE"), 1);
    let grant = [
        "collab",
        "grant",
        "--company",
        &w.acme,
        "--person",
        &w.co,
        "--profile",
        "LEGALE_RAPPRESENTANTE",
        "--data-processing-authorised",
    ];
    env.refused(
        Some(&w.lr),
        &grant,
        "LEGALE_RAPPRESENTANTE cannot be granted",
    );
    env.refused(Some(OP), &grant, "may not grant LEGALE_RAPPRESENTANTE");
    let f = row_file(&w, &w.co, "LEGALE_RAPPRESENTANTE");
    let args = ["registry", "import", &f, "--data-processing-authorised"];
    let line = env.refused(Some(&w.lr), &args, "line 2, column profile");
    assert!(line.contains("cannot be granted"), "{line}");
    // An export imported again changes nothing, the legal representative's row included.
    let export = env.ok(Some(&w.lr), &["registry", "export", "--company", &w.acme]);
    assert!(export.contains("LEGALE_RAPPRESENTANTE"));
    let f = w.env.path("export.csv");
    std::fs::write(&f, &export).unwrap();
    let before = env.snapshot();
    let o = env.run(
        Some(&w.lr),
        &[
            "registry",
            "import",
            f.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&stdout(&o))["granted"], 0);
    let after = env.snapshot();
    assert_eq!(
        before.lines().filter(|l| !l.contains("audit")).count(),
        after.lines().filter(|l| !l.contains("audit")).count()
    );
    env.ok(None, &["db", "check"]);
}

#[test]
fn r14_no_power_after_the_end_of_the_relationship_even_while_a_grant_is_overdue() {
    let w = world();
    let env = &w.env;
    let on = today();
    env.ok(
        Some(&w.lr),
        &[
            "collab",
            "end",
            "--company",
            &w.acme,
            "--person",
            &w.admin,
            "--on",
            &on,
        ],
    );
    // Her administrator grant is still live (to be revoked within 5 days), yet she cannot act.
    assert_eq!(live(&w, &w.admin, "AMMINISTRATORE"), 1);
    env.refused(
        Some(&w.admin),
        &nominate_args(&w.acme, &w.co, None),
        "may not nominate administrators",
    );
    env.refused(
        Some(&w.admin),
        &[
            "collab",
            "grant",
            "--company",
            &w.acme,
            "--person",
            &w.admin,
            "--profile",
            "GESTIONE_CO",
            "--data-processing-authorised",
        ],
        "may not grant GESTIONE_CO",
    );
    env.refused(
        Some(&w.admin),
        &[
            "admin",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.lr,
            "--reason",
            "mine now",
        ],
        "may not revoke",
    );
    env.refused(
        Some(&w.admin),
        &["company", "update", &w.acme, "--name", "Mine Srl"],
        "may not change the data",
    );
    env.refused(
        Some(&w.admin),
        &["unit", "add", &w.acme, "Filiale"],
        "only its legal representative or a group-level administrator",
    );
    let f = row_file(&w, &w.co, "GESTIONE_CO");
    let args = ["registry", "import", &f, "--data-processing-authorised"];
    env.refused(Some(&w.admin), &args, "may not grant GESTIONE_CO");
    // The same holds for the legal representative's own grant.
    env.ok(
        Some(&w.admin),
        &[
            "--format",
            "json",
            "collab",
            "show",
            "--company",
            &w.acme,
            "--person",
            &w.admin,
        ],
    );
}

#[test]
fn r14_the_legal_representatives_power_ends_with_suspension_and_does_not_return() {
    let w = world();
    let env = &w.env;
    env.ok(
        Some(OP),
        &["person", "suspend", &w.lr, "--reason", "credentials stolen"],
    );
    assert_eq!(live(&w, &w.lr, "LEGALE_RAPPRESENTANTE"), 0);
    env.ok(Some(OP), &["person", "reinstate", &w.lr]);
    env.refused(
        Some(&w.lr),
        &nominate_args(&w.acme, &w.co, None),
        "may not nominate administrators",
    );
    env.ok(None, &["db", "check"]);
}

#[test]
fn r4_a_different_legal_representative_is_a_request_the_region_decides() {
    let w = world();
    let env = &w.env;
    // An administrator names herself legal representative: a request, which confers nothing.
    let o = env.run(
        Some(&w.admin),
        &["company", "update", &w.acme, "--legal-rep", &w.admin],
    );
    assert!(
        stderr(&o).contains("requested of the Region"),
        "{}",
        stderr(&o)
    );
    let show = json(&env.ok(None, &["--format", "json", "company", "show", &w.acme]));
    assert_eq!(show["legal_rep_cf"], w.lr.as_str());
    assert!(show["pending_change"].as_str().unwrap().contains(&w.admin));
    env.ok(
        Some(&w.lr),
        &[
            "admin",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.admin,
            "--reason",
            "no",
        ],
    );
    env.refused(
        Some(&w.admin),
        &nominate_args(&w.acme, &w.co, None),
        "may not nominate administrators",
    );
    env.refused(
        Some(&w.lr),
        &["company", "approve-change", &w.acme],
        "only a regional operator",
    );
    env.refused(
        Some(OP),
        &["company", "reject-change", &w.acme, "--reason", " "],
        "--reason must not be empty",
    );
    env.ok(
        Some(OP),
        &[
            "company",
            "reject-change",
            &w.acme,
            "--reason",
            "not the legal representative",
        ],
    );
    env.refused(
        Some(OP),
        &["company", "approve-change", &w.acme],
        "no change of",
    );
    // The legal representative names Neri; once the Region approves, power moves with it.
    env.ok(
        Some(&w.lr),
        &["company", "update", &w.acme, "--legal-rep", &w.co],
    );
    env.refused(
        Some(&w.co),
        &nominate_args(&w.acme, &w.admin, None),
        "may not nominate administrators",
    );
    env.ok(Some(OP), &["company", "approve-change", &w.acme]);
    assert_eq!(live(&w, &w.lr, "LEGALE_RAPPRESENTANTE"), 0);
    assert_eq!(live(&w, &w.co, "LEGALE_RAPPRESENTANTE"), 1);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM grants WHERE profile = 'LEGALE_RAPPRESENTANTE'
               AND revoke_reason LIKE 'another person became the legal representative%'"
        ),
        1
    );
    env.nominate(&w.co, &w.acme, &w.admin, None);
    let show = json(&env.ok(None, &["--format", "json", "company", "show", &w.acme]));
    assert_eq!(show["legal_rep_cf"], w.co.as_str());
    assert!(show["pending_change"].is_null());
    env.ok(None, &["db", "check"]);
}

#[test]
fn r2_a_rejected_registration_does_not_block_the_code() {
    let env = Env::new();
    let squatter = env.register(1, "Rossi", "Ugo");
    let real = env.register(2, "Verdi", "Luigia");
    let cf = env.company(7, &squatter, &["DATORE_PRIVATO"]);
    env.refused(
        Some(&real),
        &[
            "company",
            "register",
            &cf,
            "--name",
            "ACME",
            "--office",
            "Via Roma",
            "--email",
            "a@b.it",
            "--legal-rep",
            &real,
            "--type",
            "DATORE_PRIVATO",
        ],
        "already registered",
    );
    env.ok(
        Some(OP),
        &[
            "company",
            "reject",
            &cf,
            "--reason",
            "not the company's representative",
        ],
    );
    env.ok(
        Some(&real),
        &[
            "company",
            "register",
            &cf,
            "--name",
            "ACME vera",
            "--office",
            "Via Roma",
            "--email",
            "a@b.it",
            "--legal-rep",
            &real,
            "--type",
            "DATORE_PRIVATO",
        ],
    );
    env.ok(Some(OP), &["company", "approve", &cf]);
    let show = json(&env.ok(None, &["--format", "json", "company", "show", &cf]));
    assert_eq!(show["name"], "ACME vera");
    assert_eq!(show["status"], "approved");
    assert_eq!(
        env.count("SELECT count(*) FROM company WHERE status = 'rejected'"),
        1,
        "the rejected registration stays as history"
    );
    env.ok(None, &["db", "check"]);
}

/// The upgrade to 0007 on a database written at schema 6 (`tests/fixtures/v6-legal-reps.db`,
/// made by `make-v6-legal-reps.sh`): the legal representative who is registered, active and
/// still working for the company receives the grant the field used to confer, once, with an
/// event naming the migration; the unregistered, the ended and the suspended receive none.
#[test]
fn r14_the_upgrade_gives_existing_legal_representatives_their_grant() {
    crate::skip_on_pg!(
        "the upgrade of an SQLite file of schema 6 (fixture tests/fixtures/v6-legal-reps.db)"
    );
    let env = Env::fixture_file("v6-legal-reps.db");
    // The script's init bound the login that ran it, root, to the first operator.
    env.set_login(Some("root"));
    let events = || env.count("SELECT count(*) FROM audit_event");
    let before = events();
    let o = env.run(None, &["audit", "verify"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("upgrade: 1 legal representative(s) now hold LEGALE_RAPPRESENTANTE"),
        "{}",
        stderr(&o)
    );
    assert_eq!(events(), before + 1);
    let holders: Vec<String> = {
        let c = env.sql();
        let mut st = c
            .prepare(
                "SELECT c.cf || ' ' || p.cf FROM grants g JOIN company c ON c.id = g.company_id
                 JOIN person p ON p.id = g.person_id
                 WHERE g.profile = 'LEGALE_RAPPRESENTANTE' AND g.revoked_on IS NULL",
            )
            .unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(holders, ["12345670017 BNCNNA90A41H501T"]);
    let details: String = env
        .sql()
        .query_row(
            "SELECT details FROM audit_event ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        details.contains(r#""origin":"0007_power_from_grants""#),
        "{details}"
    );
    // Once: a second command finds nothing left to do.
    env.ok(None, &["db", "check"]);
    assert_eq!(events(), before + 1);
    // The ended legal representative of Gamma has no power there any more.
    env.refused(
        Some("GLLPLA70B02D086U"),
        &nominate_args("01234560017", "BNCNNA90A41H501T", None),
        "may not nominate administrators",
    );
}

/// R11: a pending change request edited around lpt (another legal representative put in
/// the request the Region is about to approve) is found by `db check`'s replay.
#[test]
fn r4_a_change_request_edited_around_lpt_is_found() {
    let w = world();
    let env = &w.env;
    env.ok(
        Some(&w.lr),
        &["company", "update", &w.acme, "--legal-rep", &w.co],
    );
    env.ok(None, &["db", "check"]);
    env.exec(&format!(
        "UPDATE company_change SET legal_rep_cf = {}",
        lit(&w.admin)
    ));
    let o = env.run(None, &["db", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("pending change: legal_rep_cf"),
        "{}",
        stdout(&o)
    );
}
