//! Issue 12, R11 (item 4): the replay rebuilds every field of the state tables the events
//! carry (persons' e-mails and first accesses, companies' contacts, legal representatives
//! and types, relationships, grants' days, instants, attestations, approvals and
//! confirmations), agrees with a registry lpt made through every kind of change, and names
//! each field edited around lpt.

use crate::common::*;
use crate::replay::check_after;

struct World {
    env: Env,
    acme: String,
    co: String,
}

fn grant(env: &Env, actor: &str, company: &str, person: &str, profile: &str, on: &str) {
    let unit: &[&str] = if profile == "OPERATORE_AGENDA" {
        &["--unit", "Sede legale"]
    } else {
        &[]
    };
    let mut args = vec![
        "collab",
        "grant",
        "--company",
        company,
        "--person",
        person,
        "--profile",
        profile,
        "--data-processing-authorised",
        "--on",
        on,
    ];
    args.extend_from_slice(unit);
    env.ok(Some(actor), &args);
}

/// Every kind of change: a request approved by the Region, a review, an update of a
/// company's contacts, types and legal representative, a relationship ended and a new one
/// begun, a legacy migration and a historical load.
fn world() -> World {
    let env = Env::empty();
    env.set_now("2026-03-01T09:00:00Z");
    env.init();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Anna");
    let rep = env.register(3, "Gallo", "Paolo");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    grant(&env, &lr, &acme, &co, "GESTIONE_CO", "2026-02-01");
    env.ok(
        Some(&lr),
        &[
            "company",
            "update",
            &acme,
            "--office",
            "Via Roma 2, Cosenza",
            "--pec",
            "acme@pec.example.it",
            "--legal-rep",
            &rep,
            "--type",
            "DATORE_PRIVATO",
            "--type",
            "SOGGETTO_ACCREDITATO",
            "--register",
            "SOGGETTO_ACCREDITATO=Albo regionale:42:2020-05-01",
        ],
    );
    // The new type and legal representative are a request until the Region approves (R4).
    env.ok(Some(OP), &["company", "approve-change", &acme]);
    // Operatore Agenda needs the Region's approval (R7).
    grant(&env, &lr, &acme, &co, "OPERATORE_AGENDA", "2026-02-15");
    env.ok(
        Some(OP),
        &[
            "collab",
            "approve",
            "--company",
            &acme,
            "--person",
            &co,
            "--profile",
            "OPERATORE_AGENDA",
            "--unit",
            "Sede legale",
        ],
    );
    env.set_now("2026-03-05T09:00:00Z");
    env.ok(
        Some(&lr),
        &["collab", "confirm", "--company", &acme, "--person", &co],
    );
    // Anna leaves, her grants are revoked, and she comes back later.
    env.ok(
        Some(&lr),
        &[
            "collab",
            "end",
            "--company",
            &acme,
            "--person",
            &co,
            "--on",
            "2026-03-04",
        ],
    );
    env.ok(
        Some(&lr),
        &[
            "collab",
            "revoke",
            "--company",
            &acme,
            "--person",
            &co,
            "--reason",
            "left",
        ],
    );
    // R7: disabling Operatore Agenda was requested from the Region, which approves it.
    env.ok(
        Some(OP),
        &[
            "collab",
            "approve",
            "--company",
            &acme,
            "--person",
            &co,
            "--profile",
            "OPERATORE_AGENDA",
            "--unit",
            "Sede legale",
        ],
    );
    env.set_now("2026-04-01T09:00:00Z");
    grant(&env, &lr, &acme, &co, "GESTIONE_CO", "2026-03-20");
    // A legacy account migrated, and history loaded (by the operator's login, on Luigia's
    // authority).
    let legacy = env.path("legacy.csv");
    std::fs::write(
        &legacy,
        format!(
            "username,cf,family_name,given_name,email,country\nmneri,{},Neri,Marta,m@example.it,\n",
            person(4)
        ),
    )
    .unwrap();
    env.ok(
        Some(OP),
        &["person", "import-legacy", legacy.to_str().unwrap()],
    );
    let carla = env.register(5, "Russo", "Carla");
    let history = env.path("history.csv");
    std::fs::write(
        &history,
        format!(
            "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason\n\
             {acme},{carla},Russo,Carla,GESTIONE_CO,,2025-01-10,,,\n\
             {acme},{carla},Russo,Carla,GESTIONE_CO,,2025-01-10,2025-03-10,2025-03-12,left\n"
        ),
    )
    .unwrap();
    env.ok(
        Some(&lr),
        &[
            "registry",
            "import",
            history.to_str().unwrap(),
            "--historical",
            "--data-processing-authorised",
        ],
    );
    World { env, acme, co }
}

#[test]
fn a_registry_made_through_every_kind_of_change_agrees_with_its_trail() {
    let w = world();
    let o = w.env.run(None, &["--format", "json", "db", "check"]);
    assert!(o.status.success(), "{}\n{}", stdout(&o), stderr(&o));
    assert!(
        stderr(&o).contains("every event is in the complete form"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_registry_of_0_1_0_agrees_with_its_trail() {
    crate::skip_on_pg!("opens the SQLite fixture of lpt 0.1.0 (tests/fixtures/v1-events.db)");
    // The fixture from 0.1.0, migrated: its replay agrees too, and says where the complete
    // form begins.
    let env = Env::fixture();
    let o = env.run(None, &["db", "check"]);
    assert!(o.status.success(), "{}\n{}", stdout(&o), stderr(&o));
    assert!(
        stderr(&o).contains("predate the complete form (migration 0006)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn each_field_edited_around_lpt_is_found_and_named() {
    let w = world();
    let (acme, co) = (&w.acme, &w.co);
    let marta = person(4);
    let live = format!("{co}'s GESTIONE_CO at group level in {acme}");
    for (sql, needle) in [
        (
            format!("UPDATE person SET email = 'x@evil.example' WHERE cf = '{marta}'"),
            format!("{marta}'s e-mail is \"x@evil.example\", but the trail says \"m@example.it\""),
        ),
        (
            format!("UPDATE person SET first_access_on = '2019-01-01' WHERE cf = '{co}'"),
            format!("{co}'s first access is \"2019-01-01\", but the trail says \"2020-01-01\""),
        ),
        (
            format!("UPDATE person SET via = 'cie' WHERE cf = '{marta}'"),
            format!("{marta}'s means of first access is \"cie\", but the trail says \"legacy\""),
        ),
        (
            format!("UPDATE company SET office = 'Via Falsa 1' WHERE cf = '{acme}'"),
            format!("{acme}'s office is \"Via Falsa 1\", but the trail says \"Via Roma 2, Cosenza\""),
        ),
        (
            format!("UPDATE company SET legal_rep_cf = '{co}' WHERE cf = '{acme}'"),
            format!("{acme}'s legal_rep_cf is \"{co}\", but the trail says \"{}\"", person(3)),
        ),
        (
            format!("UPDATE company SET legal_rep_family_name = 'Bianchi' WHERE cf = '{acme}'"),
            format!("{acme}'s legal_rep_family_name is \"Bianchi\", but the trail says \"Gallo\""),
        ),
        (
            "UPDATE company_type SET register_date = '2099-01-01' WHERE type = 'SOGGETTO_ACCREDITATO'"
                .to_string(),
            format!("{acme}'s types is"),
        ),
        (
            "INSERT INTO company_type (company_id, type) SELECT id, 'DATORE_PUBBLICO' FROM company"
                .to_string(),
            "DATORE_PUBBLICO".to_string(),
        ),
        (
            "UPDATE relationship SET started_on = '2020-01-01' WHERE id = (SELECT min(id) FROM relationship WHERE ended_on IS NOT NULL)"
                .to_string(),
            "its start is 2020-01-01, but the trail says".to_string(),
        ),
        (
            format!(
                "INSERT INTO relationship (person_id, company_id, started_on, started_at)
                 SELECT (SELECT id FROM person WHERE cf = '{marta}'),
                        (SELECT id FROM company WHERE cf = '{acme}'), '2026-01-01', '2026-01-01T00:00:00.000Z'"
            ),
            format!("{marta}'s relationship with {acme} from 2026-01-01: no event began it"),
        ),
        (
            format!("UPDATE grants SET granted_on = '2026-03-04' WHERE revoked_on IS NULL AND profile = 'GESTIONE_CO' AND person_id = (SELECT id FROM person WHERE cf = '{co}')"),
            format!("{live}: its declared day is 2026-03-04, but the trail says 2026-03-20"),
        ),
        (
            "UPDATE grants SET granted_at = '2026-03-20T00:00:00.000Z' WHERE revoked_on IS NULL AND profile = 'GESTIONE_CO'"
                .to_string(),
            "its record is 2026-03-20T00:00:00.000Z, but the trail says".to_string(),
        ),
        (
            "UPDATE grants SET data_processing_authorised = 1 WHERE profile = 'AMMINISTRATORE'"
                .to_string(),
            "its attestation is true, but the trail says none".to_string(),
        ),
        (
            "UPDATE grants SET confirmed_on = '2026-04-01', confirmed_at = '2026-04-01T09:00:00.000Z' WHERE revoked_on IS NULL AND profile = 'GESTIONE_CO'"
                .to_string(),
            format!("{live}: its confirmation is 2026-04-01, but the trail says none"),
        ),
        (
            // A revoked grant's review moved: revoked grants are compared field by field too.
            "UPDATE grants SET confirmed_on = NULL, confirmed_at = NULL WHERE profile = 'OPERATORE_AGENDA'"
                .to_string(),
            "revoked on 2026-03-05: its confirmation is none, but the trail says 2026-03-05"
                .to_string(),
        ),
        (
            "UPDATE grants SET approved_at = NULL, approved_by = NULL WHERE profile = 'OPERATORE_AGENDA'"
                .to_string(),
            "its approval is none, but the trail says".to_string(),
        ),
        (
            // Moving the end's instant hides a grant from the overdue report (R8).
            "UPDATE grants SET ended_at = '2099-01-01T00:00:00.000Z' WHERE ended_at IS NOT NULL"
                .to_string(),
            "its end's record is 2099-01-01T00:00:00.000Z, but the trail says".to_string(),
        ),
        (
            // Whoever registered a company becomes its first administrator on approval.
            format!("UPDATE company SET requested_by = (SELECT id FROM person WHERE cf = '{marta}')"),
            format!("{acme}'s requested_by is \"{marta}\", but the trail says"),
        ),
        (
            // The historical load's grant: recorded at its declared day, not at the load.
            "UPDATE grants SET granted_at = '2026-04-01T09:00:00.000Z' WHERE granted_on = '2025-01-10'"
                .to_string(),
            "its record is 2026-04-01T09:00:00.000Z, but the trail says 2025-01-09T23:00:00.000Z"
                .to_string(),
        ),
    ] {
        let out = check_after(&w.env, &sql);
        assert!(out.contains(&needle), "{sql}\nexpected {needle:?} in:\n{out}");
    }
}
