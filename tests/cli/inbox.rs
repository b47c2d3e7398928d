//! Issue 16, `lpt inbox`: what waits for the Region, one of each kind, oldest first, with
//! its age in calendar days from the recorded time; the summary of one line a kind;
//! `--exit-code` as the overdue report's; machine output the same in both languages.

use crate::common::*;

/// A database with one item of each kind, each recorded on a known day of January 2026;
/// the clock is left at 2026-02-01. Returns the env and the codes (acme, pending, other,
/// admin, suspended).
pub fn world() -> (Env, [String; 5]) {
    let env = Env::empty();
    env.set_now("2026-01-05T09:00:00Z");
    env.init();
    let admin = env.register(1, "Bianchi", "Lara");
    let asker = env.register(2, "Verdi", "Luigia");
    let newrep = env.register(3, "Neri", "Franco");
    let agenda = env.register(4, "Gialli", "Anna");
    let agenda2 = env.register(5, "Rosa", "Bruno");
    let leaver = env.register(6, "Blu", "Carla");
    let other_admin = env.register(7, "Viola", "Dario");
    let stolen = env.register(8, "Grigi", "Elena");
    let acme = company(1);
    env.ok(
        Some(&admin),
        &[
            "company",
            "register",
            &acme,
            "--name",
            "ACC Srl",
            "--office",
            "Via Roma 1",
            "--email",
            "a@acc.example",
            "--legal-rep",
            &admin,
            "--type",
            "SOGGETTO_ACCREDITATO",
            "--register",
            "SOGGETTO_ACCREDITATO=Elenco:1:2020-01-01",
        ],
    );
    env.ok(Some(OP), &["company", "approve", &acme]);
    let grant = |person: &str, profile: &str, unit: Option<&str>| {
        let mut a = vec![
            "collab",
            "grant",
            "--company",
            &acme,
            "--person",
            person,
            "--profile",
            profile,
            "--data-processing-authorised",
        ];
        if let Some(u) = unit {
            a.extend(["--unit", u]);
        }
        env.ok(Some(&admin), &a);
    };
    grant(&leaver, "OFFERTE_LAVORO", Some("Sede legale"));
    // 2026-01-10: a company waits for verification (R3).
    env.set_now("2026-01-10T09:00:00Z");
    let pending = env.company(2, &asker, &["DATORE_PRIVATO"]);
    // 2026-01-12: a new legal representative is requested of the Region (R4).
    env.set_now("2026-01-12T09:00:00Z");
    env.ok(
        Some(&admin),
        &["company", "update", &acme, "--legal-rep", &newrep],
    );
    // 2026-01-15: Operatore Agenda requested (R7).
    env.set_now("2026-01-15T09:00:00Z");
    grant(&agenda, "OPERATORE_AGENDA", Some("Sede legale"));
    // 2026-01-16 approved, 2026-01-18 its disabling requested (R7).
    env.set_now("2026-01-16T09:00:00Z");
    grant(&agenda2, "OPERATORE_AGENDA", Some("Sede legale"));
    let approve = [
        "collab",
        "approve",
        "--company",
        &acme,
        "--person",
        &agenda2,
        "--profile",
        "OPERATORE_AGENDA",
        "--unit",
        "Sede legale",
    ];
    env.ok(Some(OP), &approve);
    env.set_now("2026-01-18T09:00:00Z");
    env.ok(
        Some(&admin),
        &[
            "--yes",
            "collab",
            "revoke",
            "--company",
            &acme,
            "--person",
            &agenda2,
            "--reason",
            "moved",
        ],
    );
    // 2026-01-20: a relationship ends; its grant is due by 2026-01-25 (R8).
    env.set_now("2026-01-20T09:00:00Z");
    env.ok(
        Some(&admin),
        &[
            "--yes",
            "collab",
            "end",
            "--company",
            &acme,
            "--person",
            &leaver,
            "--on",
            "2026-01-20",
        ],
    );
    // 2026-01-22: another company loses its only group-level administrator (R6).
    env.set_now("2026-01-21T09:00:00Z");
    let other = env.approved_company(3, &other_admin, &["DATORE_PRIVATO"]);
    env.set_now("2026-01-22T09:00:00Z");
    env.ok(
        Some(OP),
        &[
            "--yes",
            "admin",
            "revoke",
            "--company",
            &other,
            "--person",
            &other_admin,
            "--reason",
            "left",
        ],
    );
    // 2026-01-24 a login is bound to a person suspended on 2026-01-25 (R9).
    env.set_now("2026-01-24T09:00:00Z");
    env.ok(Some(OP), &["login", "bind", "egrigi", &stolen]);
    env.set_now("2026-01-25T09:00:00Z");
    env.ok(
        Some(OP),
        &["--yes", "person", "suspend", &stolen, "--reason", "stolen"],
    );
    env.set_now("2026-02-01T09:00:00Z");
    (env, [acme, pending, other, admin, stolen])
}

fn inbox(env: &Env, extra: &[&str]) -> (Option<i32>, Vec<serde_json::Value>) {
    let mut a = vec!["--format", "json", "inbox"];
    a.extend_from_slice(extra);
    let o = env.run(None, &a);
    assert!(matches!(o.status.code(), Some(0 | 3)), "{}", stderr(&o));
    (
        o.status.code(),
        json(&stdout(&o)).as_array().unwrap().clone(),
    )
}

#[test]
fn one_of_each_kind_oldest_first_with_its_age() {
    let (env, [acme, pending, other, _, stolen]) = world();
    let (code, rows) = inbox(&env, &["--all", "--exit-code"]);
    assert_eq!(code, Some(3), "something waits");
    let got: Vec<(String, String, i64, u64)> = rows
        .iter()
        .map(|r| {
            (
                r["kind"].as_str().unwrap().to_string(),
                r["since_on"].as_str().unwrap().to_string(),
                r["age_days"].as_i64().unwrap(),
                r["count"].as_u64().unwrap(),
            )
        })
        .collect();
    let want = [
        ("company-pending", "2026-01-10", 22),
        ("company-change", "2026-01-12", 20),
        ("enable-request", "2026-01-15", 17),
        ("disable-request", "2026-01-18", 14),
        ("company-without-admin", "2026-01-22", 10),
        ("person-suspended", "2026-01-25", 7),
        ("login-of-suspended", "2026-01-25", 7),
        ("overdue-revocations", "2026-01-25", 7),
    ];
    let want: Vec<(String, String, i64, u64)> = want
        .iter()
        .map(|(k, d, a)| (k.to_string(), d.to_string(), *a, 1))
        .collect();
    assert_eq!(got, want, "{rows:#?}");
    let by = |k: &str| rows.iter().find(|r| r["kind"] == k).unwrap();
    assert_eq!(by("company-pending")["company_cf"], pending.as_str());
    assert_eq!(by("company-change")["detail"], "legal_rep");
    assert_eq!(by("enable-request")["detail"], "OPERATORE_AGENDA");
    assert_eq!(by("company-without-admin")["company_cf"], other.as_str());
    assert_eq!(by("person-suspended")["person_cf"], stolen.as_str());
    assert_eq!(by("login-of-suspended")["detail"], "egrigi");
    let overdue = by("overdue-revocations");
    assert_eq!(
        (overdue["company_cf"].as_str(), overdue["detail"].as_str()),
        (Some(acme.as_str()), Some("company"))
    );
    // The overdue report agrees: the same grant, the same days.
    let o = env.ok(None, &["--format", "json", "audit", "overdue-revocations"]);
    let report = json(&o);
    assert_eq!(report[0]["days_overdue"], overdue["age_days"]);
    // The read is traced (§8.6).
    assert_eq!(
        env.count("SELECT count(*) FROM audit_event WHERE action = 'inbox.list'"),
        1
    );
}

#[test]
fn the_summary_is_one_line_a_kind_and_the_same_in_both_languages() {
    let (env, _) = world();
    let (_, all) = inbox(&env, &["--all"]);
    let (_, summary) = inbox(&env, &[]);
    assert_eq!(summary.len(), 8);
    let total: u64 = summary.iter().map(|r| r["count"].as_u64().unwrap()).sum();
    assert_eq!(total as usize, all.len());
    let it = env.ok(None, &["--lang", "it", "--format", "json", "inbox"]);
    assert_eq!(json(&it).as_array().unwrap(), &summary, "machine output");
    // The table fits 80 columns; the legend under it is in the reader's language.
    let o = env.run(None, &["--lang", "it", "inbox"]);
    let table = stdout(&o);
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");
    let legend = stderr(&o);
    assert!(legend.lines().all(|l| l.chars().count() <= 80), "{legend}");
    assert!(table.lines().count() <= 24, "one screen:\n{table}");
    assert!(
        stderr(&o).contains("aziende in attesa di verifica"),
        "{}",
        stderr(&o)
    );
    let o = env.run(None, &["--lang", "en", "inbox"]);
    assert!(stderr(&o).contains("companies waiting for verification"));
}

#[test]
fn nothing_waiting_prints_nothing_and_exits_0() {
    let env = Env::new();
    let o = env.run(None, &["inbox", "--exit-code"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!((stdout(&o).as_str(), stderr(&o).as_str()), ("", ""));
}

#[test]
fn a_signed_checkpoint_shows_its_age_and_is_not_work() {
    let env = Env::empty();
    env.set_now("2026-03-01T09:00:00Z");
    env.init();
    let key = env.path("audit.key").to_str().unwrap().to_string();
    let cp = env.path("a.checkpoint").to_str().unwrap().to_string();
    env.ok(None, &["audit", "keygen", "--key", &key]);
    env.ok(
        None,
        &["audit", "checkpoint", "--key", &key, "--output", &cp],
    );
    env.set_now("2026-03-11T09:00:00Z");
    let public = format!("{key}.pub");
    let args = [
        "--checkpoint",
        cp.as_str(),
        "--public-key",
        public.as_str(),
        "--exit-code",
    ];
    let (code, rows) = inbox(&env, &args);
    assert_eq!(code, Some(0), "a checkpoint's age is not work");
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0]["kind"], "audit-checkpoint");
    assert_eq!(
        rows[0]["age_days"], 10,
        "the init event was recorded on 2026-03-01"
    );
}
