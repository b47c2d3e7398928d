//! Issue 3: companies (R2–R4), units (R5) and administrators (R6).

use crate::common::*;

/// A database with a registered legal representative (LR) and a second person.
fn setup() -> (Env, String, String) {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let other = env.register(2, "Bianchi", "Anna");
    (env, lr, other)
}

fn register_args<'a>(cf: &'a str, lr: &'a str) -> Vec<&'a str> {
    vec![
        "company",
        "register",
        cf,
        "--name",
        "ACME Srl",
        "--office",
        "Via Roma 1",
        "--email",
        "info@acme.example",
        "--legal-rep",
        lr,
    ]
}

// ---- R2 registration ----------------------------------------------------------------

#[test]
fn registration_starts_pending_with_a_first_unit() {
    let (env, lr, _) = setup();
    let cf = company(1);
    let mut args = register_args(&cf, &lr);
    args.extend([
        "--type",
        "DATORE_PRIVATO",
        "--type",
        "consulente_lavoro",
        "--register",
        "CONSULENTE_LAVORO=Albo dei consulenti: Catanzaro:1234:2010-05-04",
        "--pec",
        "acme@pec.example",
    ]);
    env.ok(Some(&lr), &args);
    let c = json(&env.ok(None, &["--format", "json", "company", "show", &cf]));
    assert_eq!(c["status"], "pending");
    assert_eq!(c["units"], serde_json::json!(["Sede legale"]));
    assert_eq!(
        c["types"],
        serde_json::json!([
            "DATORE_PRIVATO",
            "CONSULENTE_LAVORO (Albo dei consulenti: Catanzaro n. 1234 of 2010-05-04)"
        ])
    );
    assert_eq!(
        c["administrators"],
        serde_json::json!([]),
        "no grant before approval (R3)"
    );
    assert_eq!(env.count("SELECT count(*) FROM grants"), 0);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_event WHERE action = 'company.register'"),
        1
    );

    // --unit names the first unit; a sole trader registers with their personal code.
    let mut args = register_args(&lr, &lr);
    args.extend(["--type", "DATORE_PRIVATO", "--unit", "Bottega"]);
    env.ok(Some(&lr), &args);
    let c = json(&env.ok(None, &["--format", "json", "company", "show", &lr]));
    assert_eq!(c["units"], serde_json::json!(["Bottega"]));
}

#[test]
fn registration_refusals_change_nothing() {
    let (env, lr, _) = setup();
    let cf = company(1);
    env.company(1, &lr, &["DATORE_PRIVATO"]);
    let cf2 = company(2);
    let with = |extra: &[&str], cf: &str| {
        let mut a = register_args(cf, &lr);
        a.extend_from_slice(extra);
        a.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let run = |args: Vec<String>, needle: &str| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        env.refused(Some(&lr), &refs, needle)
    };
    run(
        with(&["--type", "DATORE_PRIVATO"], &cf),
        "already registered",
    );
    let line = run(
        with(&["--type", "DATORE_PRIVATISSIMO"], &cf2),
        "unknown company type",
    );
    assert!(
        line.contains("DATORE_PUBBLICO"),
        "the refusal lists the valid codes: {line}"
    );
    let line = run(
        with(
            &["--type", "DATORE_PRIVATO", "--type", "DATORE_PUBBLICO"],
            &cf2,
        ),
        "incompatible",
    );
    assert!(
        line.contains("DATORE_PRIVATO") && line.contains("DATORE_PUBBLICO"),
        "{line}"
    );
    run(
        with(&["--type", "AGENZIA_SOMMINISTRAZIONE"], &cf2),
        "AGENZIA_SOMMINISTRAZIONE needs its register entry",
    );
    run(
        with(
            &[
                "--type",
                "CONSULENTE_LAVORO",
                "--register",
                "CONSULENTE_LAVORO=Albo:12:2010-02-30",
            ],
            &cf2,
        ),
        "2010-02-30",
    );
    run(
        with(&["--type", "DATORE_PRIVATO"], "12345672005"),
        "provisional",
    );
    run(
        with(&["--type", "DATORE_PRIVATO"], "01234560018"),
        "check digit",
    );
    // An unregistered legal representative needs names; an unregistered actor cannot act.
    let stranger = person(9);
    let mut a = vec![
        "company",
        "register",
        &cf2,
        "--name",
        "B",
        "--office",
        "O",
        "--email",
        "e@x",
        "--legal-rep",
        &stranger,
        "--type",
        "DATORE_PRIVATO",
    ];
    env.refused(Some(&lr), &a, "--legal-rep-family-name");
    a.extend([
        "--legal-rep-family-name",
        "Neri",
        "--legal-rep-given-name",
        "Piero",
    ]);
    env.refused(Some(&stranger), &a, "no registered person");
    env.ok(Some(&lr), &a);
}

#[test]
fn missing_fields_off_a_terminal_are_a_usage_error() {
    let (env, lr, _) = setup();
    let before = env.snapshot();
    let o = env.run(
        Some(&lr),
        &["company", "register", &company(1), "--name", "ACME"],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    for flag in ["--office", "--email", "--legal-rep", "--type"] {
        assert!(
            err.contains(flag),
            "{flag} should be listed as missing: {err}"
        );
    }
    assert!(err.contains("no terminal"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn interactive_registration_on_a_pseudo_terminal() {
    let (env, lr, _) = setup();
    let bin = assert_cmd::cargo::cargo_bin("lpt");
    let mut cmd = std::process::Command::new(bin);
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LPT_DB", env.db_url())
        .args(["--as", &lr, "company", "register"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("Company fiscal code").unwrap();
    p.send_line(&company(7)).unwrap();
    p.exp_string("Name").unwrap();
    p.send_line("Studio Verdi").unwrap();
    p.exp_string("Registered office").unwrap();
    p.send_line("Corso Mazzini 10, Cosenza").unwrap();
    p.exp_string("E-mail").unwrap();
    p.send_line("studio@verdi.example").unwrap();
    p.exp_string("PEC").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Phone").unwrap();
    p.send_line("0984 000000").unwrap();
    p.exp_string("Legal representative").unwrap();
    p.send_line(&lr).unwrap();
    p.exp_string("PA_SERVIZI_SOCIALI").unwrap();
    // Keys one at a time, as a person types them: each is read in raw mode.
    let key = |p: &mut rexpect::session::PtySession, k: &str| {
        std::thread::sleep(std::time::Duration::from_millis(150));
        p.send(k).unwrap();
        p.flush().unwrap();
    };
    // The list is in catalog order: DATORE_PRIVATO first, CONSULENTE_LAVORO sixth.
    key(&mut p, " "); // pick DATORE_PRIVATO
    for _ in 0..5 {
        key(&mut p, "\x1b[B"); // arrow down
    }
    key(&mut p, " "); // pick CONSULENTE_LAVORO
    key(&mut p, "\r");
    p.exp_string("Register entry for CONSULENTE_LAVORO")
        .unwrap();
    p.send_line("Albo CS:77:2015-01-12").unwrap();
    p.exp_string("pending verification").unwrap();
    p.exp_eof().unwrap();
    let c = json(&env.ok(None, &["--format", "json", "company", "show", &company(7)]));
    assert_eq!(c["name"], "Studio Verdi");
    assert_eq!(c["phone"], "0984 000000");
    assert!(c["pec"].is_null());
    assert_eq!(
        c["types"],
        serde_json::json!([
            "DATORE_PRIVATO",
            "CONSULENTE_LAVORO (Albo CS n. 77 of 2015-01-12)"
        ])
    );
}

// ---- R3 verification ----------------------------------------------------------------

#[test]
fn approval_makes_the_requester_the_first_administrator() {
    let (env, lr, other) = setup();
    let cf = env.company(1, &lr, &["DATORE_PRIVATO"]);
    env.refused(
        Some(&other),
        &["company", "approve", &cf],
        "only a regional operator",
    );
    env.refused(
        Some(&lr),
        &["company", "approve", &cf],
        "only a regional operator",
    );
    env.ok(Some(OP), &["company", "approve", &cf]);
    let admins = json(&env.ok(
        None,
        &["--format", "json", "admin", "list", "--company", &cf],
    ));
    assert_eq!(admins.as_array().unwrap().len(), 1);
    assert_eq!(admins[0]["person_cf"], lr.as_str());
    assert_eq!(admins[0]["profile"], "AMMINISTRATORE");
    assert!(admins[0]["unit"].is_null(), "group level");
    assert_eq!(
        admins[0]["granted_by"], OP,
        "granted by the approving operator"
    );
    env.refused(Some(OP), &["company", "approve", &cf], "already approved");
    env.refused(
        Some(OP),
        &["company", "reject", &cf, "--reason", "late"],
        "already approved",
    );
}

#[test]
fn rejection_keeps_the_reason_and_is_final() {
    let (env, lr, _) = setup();
    let cf = env.company(1, &lr, &["DATORE_PRIVATO"]);
    env.refused(
        Some(&lr),
        &["company", "reject", &cf, "--reason", "x"],
        "only a regional operator",
    );
    env.refused(
        Some(OP),
        &["company", "reject", &cf, "--reason", "  "],
        "--reason must not be empty",
    );
    env.ok(
        Some(OP),
        &[
            "company",
            "reject",
            &cf,
            "--reason",
            "register entry not found",
        ],
    );
    let c = json(&env.ok(None, &["--format", "json", "company", "show", &cf]));
    assert_eq!(c["status"], "rejected");
    assert!(
        c["history"][1]
            .as_str()
            .unwrap()
            .contains("register entry not found")
    );
    env.refused(Some(OP), &["company", "approve", &cf], "already rejected");
    let pending = json(&env.ok(
        None,
        &["--format", "json", "company", "list", "--status", "pending"],
    ));
    assert_eq!(pending.as_array().unwrap().len(), 0);
    let rejected = json(&env.ok(
        None,
        &[
            "--format", "json", "company", "list", "--status", "rejected",
        ],
    ));
    assert_eq!(rejected.as_array().unwrap().len(), 1);
}

// ---- R4 company data ----------------------------------------------------------------

#[test]
fn administrators_and_the_legal_rep_update_data_but_never_the_cf() {
    let (env, lr, other) = setup();
    let cf = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.ok(
        Some(&lr),
        &[
            "collab",
            "grant",
            "--company",
            &cf,
            "--person",
            &other,
            "--profile",
            "GESTIONE_CO",
            "--data-processing-authorised",
        ],
    );
    // A collaborator may not change the company's data.
    env.refused(
        Some(&other),
        &["company", "update", &cf, "--name", "Other"],
        "only its legal representative or a group-level administrator",
    );
    env.refused(
        Some(&lr),
        &["company", "update", &cf, "--cf", &company(5)],
        "cannot be changed",
    );
    env.ok(
        Some(&lr),
        &[
            "company",
            "update",
            &cf,
            "--name",
            "ACME S.p.A.",
            "--pec",
            "acme@pec.example",
        ],
    );
    let c = json(&env.ok(None, &["--format", "json", "company", "show", &cf]));
    assert_eq!(c["name"], "ACME S.p.A.");
    assert_eq!(c["pec"], "acme@pec.example");
    assert_eq!(c["cf"], cf.as_str());
    let ev = json(&env.ok(
        None,
        &["--format", "json", "audit", "log", "--company", &cf],
    ));
    let upd = ev
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "company.update")
        .unwrap();
    assert!(upd["details"].as_str().unwrap().contains("ACME S.p.A."));
    // A group-level administrator who is not the legal representative may update too.
    env.ok(
        Some(&lr),
        &["admin", "nominate", "--company", &cf, "--person", &other],
    );
    env.ok(
        Some(&other),
        &["company", "update", &cf, "--phone", "0961 1"],
    );
}

#[test]
fn changing_types_is_rechecked_types_added_are_requests_and_removal_is_at_once() {
    let (env, lr, other) = setup();
    let cf = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.ok(
        Some(&lr),
        &[
            "collab",
            "grant",
            "--company",
            &cf,
            "--person",
            &other,
            "--profile",
            "STORICO_CO",
            "--data-processing-authorised",
        ],
    );
    let upd = |extra: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = ["company", "update", cf.as_str()]
            .iter()
            .map(|s| s.to_string())
            .collect();
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let refused = |extra: &[&str], needle: &str| {
        let a = upd(extra);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        env.refused(Some(&lr), &a, needle)
    };
    refused(
        &["--type", "DATORE_PRIVATO", "--type", "PA_SERVIZI_SOCIALI"],
        "incompatible",
    );
    refused(&["--type", "CONSULENTE_LAVORO"], "needs its register entry");
    // The only type replaced by one awaiting the Region would leave none.
    refused(
        &[
            "--type",
            "CONSULENTE_LAVORO",
            "--register",
            "CONSULENTE_LAVORO=Albo:1:2020-01-01",
        ],
        "would hold no company type",
    );
    // A register entry from the future is no entry (the 2099 attack).
    refused(
        &[
            "--type",
            "DATORE_PRIVATO",
            "--type",
            "CONSULENTE_LAVORO",
            "--register",
            "CONSULENTE_LAVORO=Albo:1:2099-01-01",
        ],
        "after today",
    );
    let a = upd(&[
        "--type",
        "DATORE_PRIVATO",
        "--type",
        "CONSULENTE_LAVORO",
        "--register",
        "CONSULENTE_LAVORO=Albo:1:2020-01-01",
    ]);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let o = env.run(Some(&lr), &a);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("requested of the Region"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        env.count("SELECT count(*) FROM company_type"),
        1,
        "the type waits for the Region"
    );
    // One request at a time.
    let a = upd(&["--legal-rep", other.as_str()]);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    env.refused(Some(&lr), &a, "awaits the Region");
    // Removing the type a live grant depends on is at once; the grant is listed.
    env.ok(Some(OP), &["company", "approve-change", &cf]);
    assert_eq!(env.count("SELECT count(*) FROM company_type"), 2);
    let a = upd(&[
        "--type",
        "CONSULENTE_LAVORO",
        "--register",
        "CONSULENTE_LAVORO=Albo:1:2020-01-01",
    ]);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let o = env.run(Some(&lr), &a);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no longer allowed") && stderr(&o).contains("STORICO_CO"),
        "{}",
        stderr(&o)
    );
    let o = env.run(None, &["db", "check"]);
    assert!(
        stdout(&o).contains("the company's types do not allow"),
        "{}",
        stdout(&o)
    );
    let due = env.ok(
        None,
        &["--format", "csv", "audit", "review", "--company", &cf],
    );
    let line = due.lines().find(|l| l.contains("STORICO_CO")).unwrap();
    assert!(
        line.ends_with("no longer allowed by the company's types: revoke it"),
        "{due}"
    );
}

// ---- R5 units -------------------------------------------------------------------------

#[test]
fn units_are_added_renamed_and_removed_under_the_rules() {
    let (env, lr, other) = setup();
    let cf = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.refused(
        Some(&lr),
        &["unit", "remove", &cf, "Sede legale"],
        "last unit",
    );
    env.ok(Some(&lr), &["unit", "add", &cf, "Filiale Cosenza"]);
    env.refused(
        Some(&lr),
        &["unit", "add", &cf, "filiale COSENZA"],
        "already has a unit",
    );
    env.refused(
        Some(&other),
        &["unit", "add", &cf, "Magazzino"],
        "only its legal representative or a group-level administrator",
    );
    env.ok(
        Some(&lr),
        &["unit", "rename", &cf, "filiale cosenza", "Sede Cosenza"],
    );
    env.refused(
        Some(&lr),
        &["unit", "rename", &cf, "Sede Cosenza", "sede legale"],
        "already has a unit",
    );
    env.ok(
        Some(&lr),
        &[
            "collab",
            "grant",
            "--company",
            &cf,
            "--person",
            &other,
            "--profile",
            "PROSPETTI_CIG",
            "--unit",
            "Sede Cosenza",
            "--data-processing-authorised",
        ],
    );
    let line = env.refused(
        Some(&lr),
        &["unit", "remove", &cf, "Sede Cosenza"],
        "live grant",
    );
    assert!(line.contains(&other), "{line}");
    env.ok(
        Some(&lr),
        &[
            "collab",
            "revoke",
            "--company",
            &cf,
            "--person",
            &other,
            "--profile",
            "PROSPETTI_CIG",
            "--unit",
            "Sede Cosenza",
            "--reason",
            "reorganisation",
        ],
    );
    env.ok(Some(&lr), &["unit", "remove", &cf, "Sede Cosenza"]);
    let units = json(&env.ok(None, &["--format", "json", "unit", "list", &cf]));
    assert_eq!(units.as_array().unwrap().len(), 1);
    // The removed unit's history stays, and its name can be used again.
    assert_eq!(
        env.count("SELECT count(*) FROM unit WHERE removed_at IS NOT NULL"),
        1
    );
    env.ok(Some(&lr), &["unit", "add", &cf, "Sede Cosenza"]);
    env.refused(
        Some(&lr),
        &["unit", "remove", &cf, "Nowhere"],
        "no unit named",
    );
}

// ---- R6 administrators ----------------------------------------------------------------

#[test]
fn unit_administrators_manage_only_their_unit() {
    let (env, lr, ua) = setup();
    let cf = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.ok(Some(&lr), &["unit", "add", &cf, "Nord"]);
    env.ok(Some(&lr), &["unit", "add", &cf, "Sud"]);
    env.nominate(&lr, &cf, &ua, Some("Nord"));
    let third = env.register(3, "Neri", "Piero");
    env.refused(
        Some(&ua),
        &["admin", "nominate", "--company", &cf, "--person", &third],
        "at group level",
    );
    env.refused(
        Some(&ua),
        &[
            "admin",
            "nominate",
            "--company",
            &cf,
            "--person",
            &third,
            "--unit",
            "Sud",
        ],
        "administrator of unit Sud",
    );
    env.nominate(&ua, &cf, &third, Some("Nord"));
    // Again: nothing changes, and it says so.
    let o = env.run(
        Some(&ua),
        &[
            "admin",
            "nominate",
            "--company",
            &cf,
            "--person",
            &third,
            "--unit",
            "nord",
        ],
    );
    assert!(o.status.success());
    assert!(stderr(&o).contains("nothing changed"));
    assert_eq!(
        env.count("SELECT count(*) FROM grants WHERE profile = 'AMMINISTRATORE'"),
        3
    );
    // A unit administrator revokes unit administrators of their unit, not group ones.
    env.refused(
        Some(&ua),
        &[
            "admin",
            "revoke",
            "--company",
            &cf,
            "--person",
            &lr,
            "--reason",
            "coup",
        ],
        "at group level",
    );
    env.ok(
        Some(&ua),
        &[
            "admin",
            "revoke",
            "--company",
            &cf,
            "--person",
            &third,
            "--reason",
            "moved",
        ],
    );
}

#[test]
fn nominees_must_be_registered_and_active_and_the_company_approved() {
    let (env, lr, other) = setup();
    let pending = env.company(2, &lr, &["DATORE_PRIVATO"]);
    env.refused(
        Some(&lr),
        &[
            "admin",
            "nominate",
            "--company",
            &pending,
            "--person",
            &other,
        ],
        "grants exist only in approved companies",
    );
    let cf = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.refused(
        Some(&lr),
        &[
            "admin",
            "nominate",
            "--company",
            &cf,
            "--person",
            &person(8),
        ],
        "no registered person",
    );
    env.ok(
        Some(OP),
        &["person", "suspend", &other, "--reason", "stolen"],
    );
    env.refused(
        Some(&lr),
        &["admin", "nominate", "--company", &cf, "--person", &other],
        "suspended",
    );
    env.refused(
        Some(&other),
        &["admin", "nominate", "--company", &cf, "--person", &lr],
        "suspended",
    );
}

#[test]
fn the_last_group_administrator_is_removed_only_by_a_regional_operator() {
    let (env, lr, other) = setup();
    let cf = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    let line = env.refused(
        Some(&lr),
        &[
            "admin",
            "revoke",
            "--company",
            &cf,
            "--person",
            &lr,
            "--reason",
            "leaving",
        ],
        "last group-level administrator",
    );
    assert!(line.contains("regional operator"), "{line}");
    // With a second group administrator, the first may go.
    env.ok(
        Some(&lr),
        &["admin", "nominate", "--company", &cf, "--person", &other],
    );
    env.ok(
        Some(&other),
        &[
            "admin",
            "revoke",
            "--company",
            &cf,
            "--person",
            &lr,
            "--reason",
            "leaving",
        ],
    );
    env.refused(
        Some(&other),
        &[
            "admin",
            "revoke",
            "--company",
            &cf,
            "--person",
            &other,
            "--reason",
            "leaving",
        ],
        "last group-level administrator",
    );
    env.ok(
        Some(OP),
        &[
            "admin",
            "revoke",
            "--company",
            &cf,
            "--person",
            &other,
            "--reason",
            "company dormant",
        ],
    );
    assert_eq!(
        env.count("SELECT count(*) FROM grants WHERE revoked_on IS NULL"),
        1,
        "only the legal representative's grant is left"
    );
    // The legal representative still manages the company after that, by their grant (R14).
    env.ok(
        Some(&lr),
        &["admin", "nominate", "--company", &cf, "--person", &other],
    );
    env.ok(None, &["db", "check"]);
}
