//! Issue 4: grants (R7), revocation and the 5-day deadline (R8), suspension (R9),
//! periodic review (R12) and the cron audit.

use crate::common::*;

struct World {
    env: Env,
    /// Legal representative and first group administrator.
    lr: String,
    /// A collaborator.
    co: String,
    /// An approved private employer with units Nord and Sud.
    acme: String,
}

fn world() -> World {
    world_at_clock(None)
}

/// [`world`], made at `instant` and with the clock left there.
fn world_at(instant: &str) -> World {
    world_at_clock(Some(instant))
}

fn world_at_clock(instant: Option<&str>) -> World {
    let env = Env::empty();
    if let Some(t) = instant {
        env.set_now(t);
    }
    env.init();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Anna");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.ok(Some(&lr), &["unit", "add", &acme, "Nord"]);
    env.ok(Some(&lr), &["unit", "add", &acme, "Sud"]);
    World { env, lr, co, acme }
}

fn grant<'a>(w: &'a World, profile: &'a str, unit: Option<&'a str>) -> Vec<&'a str> {
    let mut a = vec![
        "collab",
        "grant",
        "--company",
        &w.acme,
        "--person",
        &w.co,
        "--profile",
        profile,
        "--data-processing-authorised",
    ];
    if let Some(u) = unit {
        a.extend(["--unit", u]);
    }
    a
}

// ---- R7 grants ----------------------------------------------------------------------

#[test]
fn an_administrator_grants_and_granting_again_changes_nothing() {
    let w = world();
    w.env
        .ok(Some(&w.lr), &grant(&w, "GESTIONE_CO", Some("Nord")));
    let o = w
        .env
        .run(Some(&w.lr), &grant(&w, "gestione_co", Some("nord")));
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("already holds") && stderr(&o).contains("nothing changed"),
        "{}",
        stderr(&o)
    );
    let shown = json(&w.env.ok(
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
    ));
    let g = &shown[0];
    assert_eq!(g["profile"], "GESTIONE_CO");
    assert_eq!(g["unit"], "Nord");
    assert_eq!(g["state"], "active");
    assert_eq!(g["granted_by"], w.lr.as_str());
    assert_eq!(g["data_processing_authorised"], true);
    assert_eq!(shown.as_array().unwrap().len(), 1);
    let open = format!(
        "SELECT count(*) FROM relationship WHERE ended_on IS NULL AND person_id = (SELECT id FROM person WHERE cf = '{}')",
        w.co
    );
    assert_eq!(
        w.env.count(&open),
        1,
        "the grant opened the relationship, once"
    );
    assert_eq!(
        w.env
            .count("SELECT count(*) FROM audit_event WHERE action = 'grant.add'"),
        3,
        "the first administrator's, the legal representative's (R14) and this one"
    );
}

#[test]
fn grant_refusals_change_nothing() {
    let w = world();
    let env = &w.env;
    // Level: STORICO_CO is group level only; PROSPETTI_CIG unit level only.
    env.refused(
        Some(&w.lr),
        &grant(&w, "STORICO_CO", Some("Nord")),
        "group level only",
    );
    env.refused(
        Some(&w.lr),
        &grant(&w, "PROSPETTI_CIG", None),
        "unit level only",
    );
    // Eligibility: a private employer is no training promoter.
    let line = env.refused(
        Some(&w.lr),
        &grant(&w, "TIROCINI_PROMOTORE_COMPILATORE", Some("Nord")),
        "not available",
    );
    assert!(
        line.contains("DATORE_PRIVATO") && line.contains("PROMOTORE_TIROCINIO"),
        "{line}"
    );
    // Unknown profile lists the valid ones.
    let line = env.refused(
        Some(&w.lr),
        &grant(&w, "SUPERUSER", None),
        "unknown profile",
    );
    assert!(line.contains("GESTIONE_CO"), "{line}");
    // Unregistered grantee.
    let ghost = person(40);
    env.refused(
        Some(&w.lr),
        &[
            "collab",
            "grant",
            "--company",
            &w.acme,
            "--person",
            &ghost,
            "--profile",
            "GESTIONE_CO",
            "--data-processing-authorised",
        ],
        "no registered person",
    );
    // A collaborator cannot grant.
    let third = env.register(3, "Neri", "Piero");
    env.ok(Some(&w.lr), &grant(&w, "GESTIONE_CO", None));
    env.refused(
        Some(&w.co),
        &[
            "collab",
            "grant",
            "--company",
            &w.acme,
            "--person",
            &third,
            "--profile",
            "GESTIONE_CO",
            "--data-processing-authorised",
        ],
        "may not grant GESTIONE_CO",
    );
    // A unit administrator cannot grant in another unit, nor at group level.
    env.nominate(&w.lr, &w.acme, &third, Some("Nord"));
    let fourth = env.register(4, "Gialli", "Ugo");
    let g = |unit: Option<&'static str>| {
        let mut a = vec![
            "collab",
            "grant",
            "--company",
            w.acme.as_str(),
            "--person",
            fourth.as_str(),
            "--profile",
            "GESTIONE_CO",
            "--data-processing-authorised",
        ];
        if let Some(u) = unit {
            a.extend(["--unit", u]);
        }
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    env.refused(
        Some(&third),
        &refs(&g(Some("Sud"))),
        "administrator of unit Sud",
    );
    env.refused(Some(&third), &refs(&g(None)), "at group level");
    env.ok(Some(&third), &refs(&g(Some("Nord"))));
    // Administrators go through `admin nominate`.
    env.refused(
        Some(&w.lr),
        &grant(&w, "AMMINISTRATORE", None),
        "admin nominate",
    );
    // A pending company has no grants.
    let pending = env.company(2, &w.lr, &["DATORE_PRIVATO"]);
    env.refused(
        Some(&w.lr),
        &[
            "collab",
            "grant",
            "--company",
            &pending,
            "--person",
            &w.co,
            "--profile",
            "GESTIONE_CO",
            "--data-processing-authorised",
        ],
        "only in approved companies",
    );
    // A grant dated after today.
    let mut a = grant(&w, "VISUALIZZAZIONE_CO", None);
    a.extend(["--on", "2999-01-01"]);
    env.refused(Some(&w.lr), &a, "after today");
}

#[test]
fn a_grant_off_a_terminal_needs_the_data_processing_attestation() {
    let w = world();
    let args = [
        "collab",
        "grant",
        "--company",
        &w.acme,
        "--person",
        &w.co,
        "--profile",
        "GESTIONE_CO",
    ];
    let line = w
        .env
        .refused(Some(&w.lr), &args, "--data-processing-authorised");
    assert!(line.contains("§4.2"), "{line}");
}

#[test]
fn a_profile_needing_regional_approval_is_a_request_until_an_operator_approves() {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Anna");
    let cf = company(3);
    env.ok(
        Some(&lr),
        &[
            "company",
            "register",
            &cf,
            "--name",
            "Lavoro Sud",
            "--office",
            "Reggio",
            "--email",
            "a@b.example",
            "--legal-rep",
            &lr,
            "--type",
            "SOGGETTO_ACCREDITATO",
            "--register",
            "SOGGETTO_ACCREDITATO=Elenco regionale DGR 1959/2016:42:2017-03-01",
        ],
    );
    env.ok(Some(OP), &["company", "approve", &cf]);
    let args = [
        "collab",
        "grant",
        "--company",
        &cf,
        "--person",
        &co,
        "--profile",
        "OPERATORE_AGENDA",
        "--unit",
        "Sede legale",
        "--data-processing-authorised",
    ];
    let o = env.run(Some(&lr), &args);
    assert!(o.status.success());
    assert!(stderr(&o).contains("requested"), "{}", stderr(&o));
    let list = json(&env.ok(
        None,
        &[
            "--format",
            "json",
            "collab",
            "list",
            "--company",
            &cf,
            "--profile",
            "OPERATORE_AGENDA",
        ],
    ));
    assert_eq!(list[0]["state"], "requested");
    // A request is not access: it is not up for review, and only an operator approves it.
    let approve = [
        "collab",
        "approve",
        "--company",
        &cf,
        "--person",
        &co,
        "--profile",
        "OPERATORE_AGENDA",
        "--unit",
        "Sede legale",
    ];
    env.refused(Some(&lr), &approve, "only a regional operator");
    env.ok(Some(OP), &approve);
    let list = json(&env.ok(
        None,
        &[
            "--format",
            "json",
            "collab",
            "list",
            "--company",
            &cf,
            "--profile",
            "OPERATORE_AGENDA",
        ],
    ));
    assert_eq!(list[0]["state"], "active");
    assert_eq!(list[0]["approved_by"], OP);
    env.refused(Some(OP), &approve, "no pending request");
}

// ---- R8 revocation, end of relationship, the 5-day deadline --------------------------

#[test]
fn revoke_one_grant_or_all_of_them() {
    let w = world();
    let env = &w.env;
    env.ok(Some(&w.lr), &grant(&w, "GESTIONE_CO", Some("Nord")));
    env.ok(Some(&w.lr), &grant(&w, "GESTIONE_CO", None));
    env.ok(Some(&w.lr), &grant(&w, "OFFERTE_LAVORO", Some("Sud")));
    let base = [
        "collab",
        "revoke",
        "--company",
        w.acme.as_str(),
        "--person",
        w.co.as_str(),
    ];
    let with = |extra: &[&'static str]| {
        let mut v: Vec<&str> = base.to_vec();
        v.extend_from_slice(extra);
        v
    };
    let before = env.snapshot();
    let o = env.run(
        Some(&w.lr),
        &with(&["--profile", "GESTIONE_CO", "--unit", "Nord"]),
    );
    assert_eq!(o.status.code(), Some(2), "a revocation needs a reason");
    assert!(stderr(&o).contains("--reason"));
    assert_eq!(env.snapshot(), before);
    // --profile without --unit is the group-level grant.
    env.ok(
        Some(&w.lr),
        &with(&["--profile", "GESTIONE_CO", "--reason", "role change"]),
    );
    let live = json(&env.ok(
        None,
        &[
            "--format",
            "json",
            "collab",
            "list",
            "--company",
            &w.acme,
            "--profile",
            "GESTIONE_CO",
        ],
    ));
    assert_eq!(live.as_array().unwrap().len(), 1);
    assert_eq!(live[0]["unit"], "Nord");
    env.refused(
        Some(&w.lr),
        &with(&["--profile", "GESTIONE_CO", "--reason", "again"]),
        "holds no live GESTIONE_CO at group level",
    );
    // No profile: every grant of the person in the company (stolen credentials, §8.4).
    env.ok(Some(&w.lr), &with(&["--reason", "credentials stolen"]));
    assert_eq!(
        env.count(
            "SELECT count(*) FROM grants WHERE revoked_on IS NULL
               AND profile NOT IN ('AMMINISTRATORE', 'LEGALE_RAPPRESENTANTE')"
        ),
        0
    );
    let all = json(&env.ok(
        None,
        &[
            "--format",
            "json",
            "collab",
            "list",
            "--company",
            &w.acme,
            "--all",
        ],
    ));
    let revoked: Vec<_> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["state"] == "revoked")
        .collect();
    assert_eq!(revoked.len(), 3, "grants are never deleted");
    assert!(revoked.iter().any(|g| g["revoke_reason"] == "credentials stolen" && g["revoked_by"] == w.lr.as_str()));
}

#[test]
fn a_unit_administrator_revokes_only_in_their_unit() {
    let w = world();
    let env = &w.env;
    let ua = env.register(3, "Neri", "Piero");
    env.nominate(&w.lr, &w.acme, &ua, Some("Nord"));
    env.ok(Some(&w.lr), &grant(&w, "GESTIONE_CO", Some("Sud")));
    env.refused(
        Some(&ua),
        &[
            "collab",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.co,
            "--reason",
            "x",
        ],
        "administrator of unit Sud",
    );
}

/// A collaborator granted on 2026-01-10 whose relationship ends on `ended_on`, each change
/// recorded on the day it declares (at 10:00 in Italy).
fn ended_world(ended_on: &str) -> World {
    let w = world_at("2026-01-10T09:00:00Z");
    let mut a = grant(&w, "GESTIONE_CO", Some("Nord"));
    a.extend(["--on", "2026-01-10"]);
    w.env.ok(Some(&w.lr), &a);
    w.env.set_now(&format!("{ended_on}T09:00:00Z"));
    w.env.ok(
        Some(&w.lr),
        &[
            "collab",
            "end",
            "--company",
            &w.acme,
            "--person",
            &w.co,
            "--on",
            ended_on,
        ],
    );
    w
}

fn overdue(env: &Env, extra: &[&str]) -> (Option<i32>, String) {
    let mut a = vec!["audit", "overdue-revocations"];
    a.extend_from_slice(extra);
    let o = env.run(None, &a);
    (o.status.code(), stdout(&o))
}

#[test]
fn the_five_day_boundary_is_exact() {
    let w = ended_world("2026-03-10");
    // D + 5: not yet overdue, and nothing at all on stdout.
    let (code, out) = overdue(&w.env, &["--as-of", "2026-03-15", "--exit-code"]);
    assert_eq!(code, Some(0));
    assert_eq!(out, "", "nothing on stdout when nothing is overdue");
    // D + 6: overdue by one day.
    let (code, out) = overdue(
        &w.env,
        &["--as-of", "2026-03-16", "--exit-code", "--format", "json"],
    );
    assert_eq!(code, Some(3));
    let rows = json(&out);
    let r = &rows[0];
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(r["company_cf"], w.acme.as_str());
    assert_eq!(r["company_name"], "ACME Srl");
    assert_eq!(r["person_cf"], w.co.as_str());
    assert_eq!(r["family_name"], "Bianchi");
    assert_eq!(r["given_name"], "Anna");
    assert_eq!(r["profile"], "GESTIONE_CO");
    assert_eq!(r["unit"], "Nord");
    assert_eq!(r["ended_on"], "2026-03-10");
    assert_eq!(r["due_on"], "2026-03-15");
    assert_eq!(r["days_overdue"], 1);
    // Without --exit-code the status is 0 even when something is listed.
    assert_eq!(overdue(&w.env, &["--as-of", "2026-03-16"]).0, Some(0));
    // --company narrows; another company's list is empty.
    let (_, out) = overdue(
        &w.env,
        &[
            "--as-of",
            "2026-03-20",
            "--company",
            &company(99),
            "--format",
            "csv",
        ],
    );
    assert_eq!(out.lines().count(), 1, "only the header: {out}");
}

#[test]
fn include_late_shows_revocations_made_after_the_deadline() {
    let w = ended_world("2026-03-10");
    w.env.set_now("2026-03-18T09:00:00Z");
    w.env.ok(
        Some(&w.lr),
        &[
            "collab",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.co,
            "--reason",
            "left",
            "--on",
            "2026-03-18",
        ],
    );
    w.env.set_now("2026-04-01T09:00:00Z");
    let (code, out) = overdue(&w.env, &["--as-of", "2026-04-01", "--exit-code"]);
    assert_eq!(
        (code, out.as_str()),
        (Some(0), ""),
        "revoked: no longer overdue"
    );
    let (code, out) = overdue(
        &w.env,
        &[
            "--as-of",
            "2026-04-01",
            "--include-late",
            "--exit-code",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, Some(3));
    let r = &json(&out)[0];
    assert_eq!(r["days_overdue"], 3, "revoked on D+8: three days late");
    assert_eq!(r["revoked_on"], "2026-03-18");
}

#[test]
fn after_the_end_a_new_grant_opens_a_new_relationship() {
    let w = ended_world("2026-03-10");
    let env = &w.env;
    env.set_now("2026-11-01T09:00:00Z");
    env.ok(
        Some(&w.lr),
        &[
            "collab",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.co,
            "--reason",
            "left",
            "--on",
            "2026-03-12",
        ],
    );
    env.refused(
        Some(&w.lr),
        &[
            "collab",
            "end",
            "--company",
            &w.acme,
            "--person",
            &w.co,
            "--on",
            "2026-03-20",
        ],
        "no open relationship",
    );
    let mut a = grant(&w, "GESTIONE_CO", Some("Nord"));
    a.extend(["--on", "2026-03-05"]);
    env.refused(Some(&w.lr), &a, "previous relationship");
    let mut a = grant(&w, "GESTIONE_CO", Some("Nord"));
    a.extend(["--on", "2026-06-01"]);
    env.ok(Some(&w.lr), &a);
    assert_eq!(
        env.count("SELECT count(*) FROM relationship"),
        3,
        "the admin's, the ended one and the new one"
    );
    let shown = json(&env.ok(
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
    ));
    assert_eq!(shown[0]["relationship_started_on"], "2026-06-01");
    assert!(shown[0]["ended_on"].is_null());
    assert_eq!(shown[1]["ended_on"], "2026-03-10");
}

#[test]
fn end_refusals_change_nothing() {
    let w = world();
    w.env
        .ok(Some(&w.lr), &grant(&w, "GESTIONE_CO", Some("Sud")));
    let ua = w.env.register(3, "Neri", "Piero");
    w.env.nominate(&w.lr, &w.acme, &ua, Some("Nord"));
    let end = |on: &'static str| {
        [
            "collab",
            "end",
            "--company",
            w.acme.as_str(),
            "--person",
            w.co.as_str(),
            "--on",
            on,
        ]
    };
    w.env
        .refused(Some(&ua), &end("2026-11-01"), "may not record the end");
    w.env
        .refused(Some(&w.co), &end("2026-11-01"), "may not record the end");
    w.env.refused(Some(&w.lr), &end("2000-01-01"), "started on");
}

// ---- R9 suspension --------------------------------------------------------------------

#[test]
fn suspension_revokes_everywhere_and_blocks_the_person() {
    let w = world();
    let env = &w.env;
    let other_lr = env.register(5, "Rosa", "Maria");
    let beta = env.approved_company(2, &other_lr, &["DATORE_PUBBLICO"]);
    env.ok(Some(&w.lr), &grant(&w, "GESTIONE_CO", None));
    env.nominate(&w.lr, &w.acme, &w.co, Some("Nord"));
    env.ok(
        Some(&other_lr),
        &[
            "collab",
            "grant",
            "--company",
            &beta,
            "--person",
            &w.co,
            "--profile",
            "TIROCINI_SOGGETTO_PUBBLICO",
            "--data-processing-authorised",
        ],
    );
    env.refused(
        Some(&w.lr),
        &["person", "suspend", &w.co, "--reason", "stolen"],
        "only a regional operator",
    );
    let o = env.run(
        Some(OP),
        &[
            "--format",
            "json",
            "person",
            "suspend",
            &w.co,
            "--reason",
            "SPID stolen, PEC 2026/114",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let revoked = json(&stdout(&o));
    assert_eq!(revoked.as_array().unwrap().len(), 3, "{revoked}");
    let companies: std::collections::HashSet<_> = revoked
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["company_cf"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(companies.len(), 2, "grants in two companies at once");
    let person_id = format!("(SELECT id FROM person WHERE cf = '{}')", w.co);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM grants WHERE revoked_on IS NULL AND person_id = {person_id}"
        )),
        0
    );
    // Blocked as actor and as grantee.
    let third = env.register(3, "Neri", "Piero");
    env.refused(
        Some(&w.co),
        &[
            "collab",
            "grant",
            "--company",
            &w.acme,
            "--person",
            &third,
            "--profile",
            "GESTIONE_CO",
            "--unit",
            "Nord",
            "--data-processing-authorised",
        ],
        "suspended",
    );
    env.refused(Some(&w.lr), &grant(&w, "GESTIONE_CO", None), "suspended");
    // Coming back: re-registering (another identity provider) is no way round it.
    env.refused(
        Some(&w.co),
        &[
            "person",
            "register",
            &w.co,
            "--family-name",
            "Bianchi",
            "--given-name",
            "Anna",
            "--via",
            "cie",
        ],
        "suspended",
    );
    env.refused(
        Some(OP),
        &["person", "suspend", &w.co, "--reason", "again"],
        "already suspended",
    );
    env.ok(Some(OP), &["person", "reinstate", &w.co]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM grants WHERE revoked_on IS NULL AND person_id = {person_id}"
        )),
        0,
        "revoked grants are not restored"
    );
    env.ok(Some(&w.lr), &grant(&w, "GESTIONE_CO", None));
    env.ok(None, &["db", "check"]);
}

// ---- R12 review ----------------------------------------------------------------------

#[test]
fn confirmation_records_the_review_and_the_review_list_follows_it() {
    let w = world();
    let env = &w.env;
    env.ok(Some(&w.lr), &grant(&w, "GESTIONE_CO", None));
    let due = |extra: &[&str]| {
        let mut a = vec![
            "--format",
            "json",
            "audit",
            "review",
            "--company",
            w.acme.as_str(),
        ];
        a.extend_from_slice(extra);
        json(&env.ok(None, &a)).as_array().unwrap().len()
    };
    assert_eq!(
        due(&[]),
        3,
        "never confirmed: the administrator's grant, the legal representative's (R14) and the collaborator's"
    );
    env.refused(
        Some(&w.co),
        &["collab", "confirm", "--company", &w.acme, "--person", &w.co],
        "may not review",
    );
    env.ok(
        Some(&w.lr),
        &["collab", "confirm", "--company", &w.acme, "--person", &w.co],
    );
    assert_eq!(
        due(&[]),
        2,
        "the administrator's and legal representative's grants"
    );
    let shown = json(&env.ok(
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
    ));
    assert_eq!(shown[0]["confirmed_by"], w.lr.as_str());
    assert!(shown[0]["last_confirmed_on"].is_string());
    // A year and a day later the confirmation is stale again.
    let later = (chrono::Local::now().date_naive() + chrono::Days::new(366)).to_string();
    assert_eq!(due(&["--as-of", &later]), 3);
    assert_eq!(due(&["--as-of", &later, "--older-than", "400"]), 2);
}

#[test]
fn smaller_refusals_change_nothing_either() {
    let w = world();
    let env = &w.env;
    env.ok(Some(&w.lr), &grant(&w, "GESTIONE_CO", None));
    // R8: a revocation dated before its grant, or after today.
    let revoke = |on: &str| {
        vec![
            "collab",
            "revoke",
            "--company",
            w.acme.as_str(),
            "--person",
            w.co.as_str(),
            "--reason",
            "x",
            "--on",
            on,
        ]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>()
    };
    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    env.refused(
        Some(&w.lr),
        &refs(&revoke("2020-01-01")),
        "cannot be revoked on 2020-01-01",
    );
    env.refused(Some(&w.lr), &refs(&revoke("2999-01-01")), "after today");
    // R9: reinstating someone who is not suspended.
    env.refused(Some(OP), &["person", "reinstate", &w.co], "not suspended");
    // R2/R4: a register entry for a type that takes none.
    env.refused(
        Some(&w.lr),
        &[
            "company",
            "update",
            &w.acme,
            "--type",
            "DATORE_PRIVATO",
            "--register",
            "DATORE_PRIVATO=Albo:1:2020-01-01",
        ],
        "takes no register entry",
    );
    // R5: renaming a unit to the name it has.
    env.refused(
        Some(&w.lr),
        &["unit", "rename", &w.acme, "Nord", "Nord"],
        "already has that name",
    );
    // R7: approving what was never requested.
    env.refused(
        Some(OP),
        &[
            "collab",
            "approve",
            "--company",
            &w.acme,
            "--person",
            &w.co,
            "--profile",
            "GESTIONE_CO",
        ],
        "no pending request",
    );
}

/// R9: a suspension revokes at once and is never refused for a date, even for a grant dated
/// after today (a clock that ran ahead): that one is revoked on its own day.
#[test]
fn a_suspension_revokes_even_a_grant_dated_after_today() {
    let w = world();
    let mut c = w.env.cmd();
    c.env("LPT_TEST_NOW", "2099-01-02T10:00:00Z")
        .args(["--as", &w.lr])
        .args(grant(&w, "GESTIONE_CO", Some("Nord")));
    assert!(c.output().unwrap().status.success());
    w.env.ok(
        Some(OP),
        &["person", "suspend", &w.co, "--reason", "credentials stolen"],
    );
    let revoked = w.env.rows(&format!(
        "SELECT granted_on, revoked_on FROM grants g JOIN person p ON p.id = g.person_id
         WHERE p.cf = '{}'",
        w.co
    ));
    assert_eq!(
        revoked[0],
        [Some("2099-01-02".into()), Some("2099-01-02".into())]
    );
}
