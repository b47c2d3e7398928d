//! Attacks on the rules of issue 13 (R2, R4, R7, R8, R11, R14, R15) that the code lets
//! through. Each test fails until the hole is closed; none of them fixes anything.

use crate::common::*;

/// An approved company (requester `requester`, its first administrator) whose legal
/// representative is `rep`.
fn company_with_rep(env: &Env, n: u32, requester: &str, rep: &str, types: &[&str]) -> String {
    let cf = company(n);
    let mut args = vec![
        "company",
        "register",
        &cf,
        "--name",
        "ACME Srl",
        "--office",
        "Via Roma 1, Catanzaro",
        "--email",
        "info@acme.example",
        "--legal-rep",
        rep,
    ];
    for t in types {
        args.push("--type");
        args.push(t);
    }
    env.ok(Some(requester), &args);
    env.ok(Some(OP), &["company", "approve", &cf]);
    cf
}

fn live_legal_rep_grants(env: &Env, person: &str) -> i64 {
    env.count(&format!(
        "SELECT count(*) FROM grants g JOIN person p ON p.id = g.person_id
          WHERE p.cf = '{person}' AND g.profile = 'LEGALE_RAPPRESENTANTE'
            AND g.revoked_on IS NULL"
    ))
}

fn db_check_fails(env: &Env) -> bool {
    !env.run(None, &["db", "check"]).status.success()
}

/// R14, R11: whoever can write the file re-arms the 0007 upgrade
/// (`database_info.legal_rep_grants_pending = 1`) with a stranger as the company's
/// legal representative for one command; the next command of anyone (an unbound login
/// reading) writes a LEGALE_RAPPRESENTANTE grant with a valid chained event; the field is
/// put back, and `db check` finds nothing.
#[test]
fn a_rearmed_upgrade_gives_a_stranger_the_legal_representatives_grant_unseen() {
    let env = Env::new();
    let admin = env.register(1, "Bianchi", "Lara");
    let stranger = env.register(3, "Neri", "Franco");
    let c = env.approved_company(1, &admin, &["DATORE_PRIVATO"]);
    env.exec(&format!(
        "UPDATE company SET legal_rep_cf = '{stranger}' WHERE cf = '{c}';
             UPDATE database_info SET legal_rep_grants_pending = 1;"
    ));
    env.set_login(Some("nobody"));
    let _ = env.run(None, &["company", "show", &c]);
    env.set_login(None);
    env.exec(&format!(
        "UPDATE company SET legal_rep_cf = '{admin}' WHERE cf = '{c}';"
    ));
    assert!(
        live_legal_rep_grants(&env, &stranger) == 0 || db_check_fails(&env),
        "the stranger holds LEGALE_RAPPRESENTANTE of {c} without the Region's approval, \
         and db check finds nothing"
    );
}

/// R14, R9: the same re-armed flag gives a suspended, then reinstated, legal
/// representative their grant back (reinstatement restores nothing), unseen by db check.
#[test]
fn a_rearmed_upgrade_restores_a_reinstated_legal_representatives_power_unseen() {
    let env = Env::new();
    let admin = env.register(1, "Bianchi", "Lara");
    let rep = env.register(2, "Verdi", "Giuseppe");
    let c = company_with_rep(&env, 1, &admin, &rep, &["DATORE_PRIVATO"]);
    env.ok(
        Some(OP),
        &["person", "suspend", &rep, "--reason", "stolen credentials"],
    );
    env.ok(Some(OP), &["person", "reinstate", &rep]);
    assert_eq!(live_legal_rep_grants(&env, &rep), 0);
    env.exec("UPDATE database_info SET legal_rep_grants_pending = 1;");
    env.set_login(Some("nobody"));
    let _ = env.run(None, &["catalog", "types"]);
    env.set_login(None);
    assert!(
        live_legal_rep_grants(&env, &rep) == 0 || db_check_fails(&env),
        "the reinstated legal representative of {c} holds LEGALE_RAPPRESENTANTE again, \
         and db check finds nothing"
    );
}

/// R4, R11: a pending change request edited in the table (another legal representative)
/// is what `company approve-change` applies, and once approved `db check` is clean: the
/// Region signed something other than what was requested, and the evidence is gone.
#[test]
fn approve_change_applies_an_edited_request_and_the_edit_vanishes() {
    let env = Env::new();
    let admin = env.register(1, "Bianchi", "Lara");
    let named = env.register(3, "Neri", "Franco");
    let c = env.approved_company(1, &admin, &["DATORE_PRIVATO"]);
    env.ok(
        Some(&admin),
        &["company", "update", &c, "--legal-rep", &named],
    );
    env.exec(&format!(
        "UPDATE company_change SET legal_rep_cf = '{admin}', legal_rep_family_name = 'Bianchi',
                    legal_rep_given_name = 'Lara' WHERE status = 'pending';"
    ));
    let _ = env.run(Some(OP), &["company", "approve-change", &c]);
    assert!(
        live_legal_rep_grants(&env, &admin) == 0 || db_check_fails(&env),
        "approve-change gave LEGALE_RAPPRESENTANTE to {admin}, whom no request named, and \
         db check finds nothing"
    );
}

/// R2, R11: a code rejected and registered again, whose new registration files a change
/// request, makes `db check` report two differences on an untouched database (the
/// replay matches the trail's request to the rejected row), so a real edit of that
/// request is hidden among them.
#[test]
fn a_pending_change_of_a_re_registered_code_is_a_false_alarm_in_db_check() {
    let env = Env::new();
    let admin = env.register(1, "Bianchi", "Lara");
    let squatter = env.register(3, "Neri", "Franco");
    let c = env.company(2, &squatter, &["DATORE_PRIVATO"]);
    env.ok(
        Some(OP),
        &["company", "reject", &c, "--reason", "not the real company"],
    );
    env.approved_company(2, &admin, &["DATORE_PRIVATO"]);
    env.ok(
        Some(&admin),
        &[
            "company",
            "update",
            &c,
            "--type",
            "DATORE_PRIVATO",
            "--type",
            "CONSULENTE_LAVORO",
            "--register",
            "CONSULENTE_LAVORO=Albo CZ:12:2020-01-01",
        ],
    );
    env.ok(None, &["db", "check"]);
}

/// R14, R6 (§4.1): a group administrator revokes the legal representative's grant while
/// the company still names him; neither he nor the Region can then have it back (no
/// command lets an operator file or grant it), so the administrator the legal
/// representative appointed keeps the company. R14: the grant is revoked when another
/// person becomes legal representative.
#[test]
fn an_administrator_cannot_strip_the_legal_representative() {
    let env = Env::new();
    let admin = env.register(1, "Bianchi", "Lara");
    let rep = env.register(2, "Verdi", "Giuseppe");
    let c = company_with_rep(&env, 1, &admin, &rep, &["DATORE_PRIVATO"]);
    env.refused(
        Some(&admin),
        &[
            "collab",
            "revoke",
            "--company",
            &c,
            "--person",
            &rep,
            "--profile",
            "LEGALE_RAPPRESENTANTE",
            "--reason",
            "coup",
        ],
        "LEGALE_RAPPRESENTANTE",
    );
}

/// R7, R8: the Region's approval of an OPERATORE_AGENDA request makes it active for a
/// person whose relationship had already ended (overdue at once); after the end a grant
/// needs a new relationship.
#[test]
fn the_region_cannot_enable_agenda_after_the_relationship_ended() {
    let env = Env::new();
    env.set_now("2024-03-10T10:00:00+01:00");
    let admin = env.register(1, "Bianchi", "Lara");
    let x = env.register(3, "Neri", "Franco");
    let c = company(1);
    env.ok(
        Some(&admin),
        &[
            "company",
            "register",
            &c,
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
    env.ok(Some(OP), &["company", "approve", &c]);
    env.ok(
        Some(&admin),
        &[
            "collab",
            "grant",
            "--company",
            &c,
            "--person",
            &x,
            "--profile",
            "OPERATORE_AGENDA",
            "--unit",
            "Sede legale",
            "--data-processing-authorised",
        ],
    );
    env.ok(
        Some(&admin),
        &[
            "collab",
            "end",
            "--company",
            &c,
            "--person",
            &x,
            "--on",
            "2024-03-10",
        ],
    );
    env.refused(
        Some(OP),
        &[
            "collab",
            "approve",
            "--company",
            &c,
            "--person",
            &x,
            "--profile",
            "OPERATORE_AGENDA",
            "--unit",
            "Sede legale",
        ],
        "ended",
    );
}

/// R15: U+00B4 (´, typed for an apostrophe) is in the look-alike table of names.rs, but
/// NFKC turns it into a space and a combining accent first, so "D´Amico" is not "D'Amico":
/// the same person registers an omocodic variant of their code by themselves.
#[test]
fn an_acute_accent_for_the_apostrophe_evades_the_same_names_check() {
    let env = Env::new();
    let luca = env.register(5, "D'Amico", "Luca");
    let variant = lpt::cf::omocode_variant(&luca, 0b1);
    env.refused(
        Some(&variant),
        &[
            "person",
            "register",
            &variant,
            "--family-name",
            "D\u{B4}Amico",
            "--given-name",
            "Luca",
        ],
        "R15",
    );
}

/// R13, R11: the legacy to-correct list (legacy_pending) is not replayed: an account
/// deleted from it, or its names changed, goes unseen by `db check`, and
/// `legacy-complete` then registers a person under the edited names with a consistent trail.
#[test]
fn an_edit_of_the_legacy_to_correct_list_is_found_by_db_check() {
    let env = Env::new();
    let file = env.path("legacy.csv");
    std::fs::write(
        &file,
        "username,cf,family_name,given_name,email,country\n\
         old1,,Gialli,Anna,,IT\n\
         old2,,Blu,Carlo,,IT\n",
    )
    .unwrap();
    env.ok(
        Some(OP),
        &["person", "import-legacy", file.to_str().unwrap()],
    );
    env.exec(
        "DELETE FROM legacy_pending WHERE username = 'old2';
             UPDATE legacy_pending SET family_name = 'Evil', given_name = 'Mallory'
              WHERE username = 'old1';",
    );
    assert!(
        db_check_fails(&env),
        "db check misses an account deleted from, and names changed in, the legacy to-correct list"
    );
}
