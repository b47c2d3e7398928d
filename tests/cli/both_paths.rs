//! Issue item 8, "one rule, both paths, tested": every refusal that a single command makes
//! and a registry row (`lpt registry import`) or a legacy row (`lpt person import-legacy`)
//! can reach is shown on each path: the same refusal, in the command's words, and an
//! unchanged database. The import is also run with --dry-run, which must refuse as well.
//!
//! Where the two paths disagree today, the test is written to the rule, not to the code.

use crate::common::*;

const HEADER: &str = "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason";
const LEGACY_HEADER: &str = "username,cf,family_name,given_name,email,country";

/// A registered person, with the names a registry row must carry.
struct Who {
    cf: String,
    family: &'static str,
    given: &'static str,
}

fn who(env: &Env, n: u32, family: &'static str, given: &'static str) -> Who {
    Who {
        cf: env.register(n, family, given),
        family,
        given,
    }
}

struct World {
    env: Env,
    /// Legal representative and the only group-level administrator.
    lr: Who,
    /// A registered person, no grant yet.
    co: Who,
    /// An approved private employer with units Nord and Sud.
    acme: String,
}

fn world() -> World {
    let env = Env::new();
    let lr = who(&env, 1, "Verdi", "Luigia");
    let co = who(&env, 2, "Bianchi", "Anna");
    let acme = env.approved_company(1, &lr.cf, &["DATORE_PRIVATO"]);
    env.ok(Some(&lr.cf), &["unit", "add", &acme, "Nord"]);
    env.ok(Some(&lr.cf), &["unit", "add", &acme, "Sud"]);
    World { env, lr, co, acme }
}

/// How the messages name a company: "ACME Srl (CF)".
fn label(company: &str) -> String {
    format!("ACME Srl ({company})")
}

/// A registry row; `dates` is `granted_on,ended_on,revoked_on,revoke_reason`.
fn row(company: &str, p: &Who, profile: &str, unit: &str, dates: &str) -> String {
    format!(
        "{company},{},{},{},{profile},{unit},{dates}",
        p.cf, p.family, p.given
    )
}

/// `collab grant` of `profile` to `person`, attested, at group level or in `unit`.
fn grant<'a>(
    company: &'a str,
    person: &'a str,
    profile: &'a str,
    unit: Option<&'a str>,
) -> Vec<&'a str> {
    let mut a = vec![
        "collab",
        "grant",
        "--company",
        company,
        "--person",
        person,
        "--profile",
        profile,
        "--data-processing-authorised",
    ];
    if let Some(u) = unit {
        a.extend(["--unit", u]);
    }
    a
}

/// The single command is refused (`Env::refused`: exit 1, one error line, nothing written)
/// and its error line holds every needle. Returns the line.
fn command_refused(env: &Env, actor: &str, args: &[&str], needles: &[&str]) -> String {
    let line = env.refused(Some(actor), args, needles[0]);
    for n in &needles[1..] {
        assert!(
            line.contains(n),
            "refusal of lpt {args:?} should say {n:?}; got: {line}"
        );
    }
    line
}

/// Imports a registry file of the header and `row` (with `extra` flags), then the same with
/// --dry-run: each run is refused with exit 1 and one error line that names `at` (the file's
/// line, and the column where the import reports one) and every needle, and writes nothing.
fn import_refused(env: &Env, actor: &str, row: &str, extra: &[&str], at: &str, needles: &[&str]) {
    let file = env.path("row.csv");
    std::fs::write(&file, format!("{HEADER}\n{row}\n")).unwrap();
    let file = file.to_str().unwrap();
    for dry_run in [false, true] {
        let mut args = vec!["registry", "import", file];
        args.extend_from_slice(extra);
        if dry_run {
            args.push("--dry-run");
        }
        let line = env.refused(Some(actor), &args, at);
        for n in needles {
            assert!(
                line.contains(n),
                "import of {row:?} ({args:?}) should say {n:?} as the command does; got: {line}"
            );
        }
    }
}

/// An import refused before any row is read (the actor): exit 1, the needles, nothing written.
fn import_refused_for_actor(env: &Env, actor: &str, row: &str, needles: &[&str]) {
    import_refused(
        env,
        actor,
        row,
        &["--data-processing-authorised"],
        needles[0],
        &needles[1..],
    );
}

fn legacy_file(env: &Env, row: &str) -> String {
    let file = env.path("legacy.csv");
    std::fs::write(&file, format!("{LEGACY_HEADER}\n{row}\n")).unwrap();
    file.to_str().unwrap().to_string()
}

/// A legacy import of one row by `actor` is refused, with and without --dry-run.
fn legacy_refused(env: &Env, actor: &str, row: &str, needles: &[&str]) {
    let file = legacy_file(env, row);
    for dry_run in [false, true] {
        let mut args = vec!["person", "import-legacy", file.as_str()];
        if dry_run {
            args.push("--dry-run");
        }
        let line = env.refused(Some(actor), &args, needles[0]);
        for n in &needles[1..] {
            assert!(
                line.contains(n),
                "legacy import should say {n:?}; got: {line}"
            );
        }
    }
}

/// R13: a legacy row whose code the commands refuse is not migrated but listed for
/// correction with the reason (exit 0, with and without --dry-run). A dry run writes
/// nothing; the import keeps the listing (R13, issue 13 item 8), registers nobody, and run
/// again changes nothing.
fn legacy_listed_for_correction(env: &Env, row: &str, needles: &[&str]) {
    let file = legacy_file(env, row);
    let persons = env.count("SELECT count(*) FROM person");
    for (run, dry_run) in [true, false, false].into_iter().enumerate() {
        let before = env.snapshot();
        let mut args = vec!["--format", "json", "person", "import-legacy", file.as_str()];
        if dry_run {
            args.push("--dry-run");
        }
        let o = env.run(Some(OP), &args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        let rows = json(&stdout(&o));
        let r = rows
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["line"] == 2)
            .unwrap_or_else(|| panic!("line 2 missing: {rows}"))
            .clone();
        assert_eq!(r["list"], "to_correct", "{row:?} must not be migrated: {r}");
        let reason = r["reason"].as_str().unwrap_or_default();
        for n in needles {
            assert!(
                reason.contains(n),
                "the reason for {row:?} should say {n:?} as the command does; got: {reason}"
            );
        }
        assert_eq!(env.count("SELECT count(*) FROM person"), persons);
        if run == 2 {
            assert_eq!(r["changed"], false, "run again, {row:?} changed: {r}");
        }
        if dry_run || run == 2 {
            assert_eq!(
                env.snapshot(),
                before,
                "legacy row {row:?} changed the database"
            );
        }
        if !dry_run {
            let kept = env.text(&format!(
                "SELECT reason FROM legacy_pending WHERE username = {}",
                lit(row.split(',').next().unwrap())
            ));
            assert_eq!(kept, reason);
        }
    }
}

/// The stored granted_on of `person`'s live grant of `profile`.
fn stored_granted_on(env: &Env, person: &str, profile: &str) -> String {
    env.text(&format!(
        "SELECT g.granted_on FROM grants g JOIN person p ON p.id = g.person_id
         WHERE p.cf = {} AND g.profile = {} AND g.revoked_on IS NULL",
        lit(person),
        lit(profile)
    ))
}

fn days_before(day: &str, n: u64) -> String {
    let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
    (d - chrono::Days::new(n)).to_string()
}

// ---- R8 revocation, the end of the relationship, the two times ---------------------------

/// R8: a revocation cannot be dated before the grant it closes, as the database holds it.
#[test]
fn r8_revocation_dated_before_the_stored_grant_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    // Granted today; revoked "on" yesterday.
    env.ok(
        Some(&w.lr.cf),
        &grant(&w.acme, &w.co.cf, "GESTIONE_CO", None),
    );
    let today = stored_granted_on(env, &w.co.cf, "GESTIONE_CO");
    let (yesterday, earlier) = (days_before(&today, 1), days_before(&today, 2));
    let said = format!("was granted on {today}: it cannot be revoked on {yesterday}");
    command_refused(
        env,
        &w.lr.cf,
        &[
            "collab",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.co.cf,
            "--profile",
            "GESTIONE_CO",
            "--reason",
            "moved",
            "--on",
            &yesterday,
        ],
        &[&said],
    );
    // The row's granted_on cell names an earlier day: the stored grant is what is revoked,
    // and what the revocation's day is held against.
    import_refused(
        env,
        &w.lr.cf,
        &row(
            &w.acme,
            &w.co,
            "GESTIONE_CO",
            "",
            &format!("{earlier},,{yesterday},moved"),
        ),
        &[],
        "line 2, column revoked_on",
        &[&said],
    );
}

/// R8: a revocation dated before the row's own granted_on is refused in the command's words.
#[test]
fn r8_revocation_dated_before_its_grant_in_the_same_row_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let mut g = grant(&w.acme, &w.co.cf, "GESTIONE_CO", None);
    g.extend(["--on", "2026-02-10"]);
    env.ok(Some(&w.lr.cf), &g);
    let said = "was granted on 2026-02-10: it cannot be revoked on 2026-02-05";
    command_refused(
        env,
        &w.lr.cf,
        &[
            "collab",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.co.cf,
            "--profile",
            "GESTIONE_CO",
            "--reason",
            "moved",
            "--on",
            "2026-02-05",
        ],
        &[said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(
            &w.acme,
            &w.co,
            "GESTIONE_CO",
            "",
            "2026-02-10,,2026-02-05,moved",
        ),
        &[],
        "line 2, column revoked_on",
        &[said],
    );
}

/// R8: the registry records what has happened: no grant, revocation or end after today.
#[test]
fn r8_a_grant_a_revocation_or_an_end_on_a_day_after_today_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let lr = w.lr.cf.as_str();
    let mut g = grant(&w.acme, &w.co.cf, "GESTIONE_CO", None);
    g.extend(["--on", "2026-02-10"]);
    env.ok(Some(lr), &g);
    let said = ["2999-01-01", "after today ("];
    // A grant.
    let mut g = grant(&w.acme, &w.co.cf, "VISUALIZZAZIONE_CO", None);
    g.extend(["--on", "2999-01-01"]);
    command_refused(env, lr, &g, &said);
    import_refused(
        env,
        lr,
        &row(&w.acme, &w.co, "VISUALIZZAZIONE_CO", "", "2999-01-01,,,"),
        &["--data-processing-authorised"],
        "line 2, column granted_on",
        &said,
    );
    // A revocation.
    command_refused(
        env,
        lr,
        &[
            "collab",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.co.cf,
            "--profile",
            "GESTIONE_CO",
            "--reason",
            "moved",
            "--on",
            "2999-01-01",
        ],
        &said,
    );
    import_refused(
        env,
        lr,
        &row(
            &w.acme,
            &w.co,
            "GESTIONE_CO",
            "",
            "2026-02-10,,2999-01-01,moved",
        ),
        &[],
        "line 2, column revoked_on",
        &said,
    );
    // The end of the relationship.
    command_refused(
        env,
        lr,
        &[
            "collab",
            "end",
            "--company",
            &w.acme,
            "--person",
            &w.co.cf,
            "--on",
            "2999-01-01",
        ],
        &said,
    );
    import_refused(
        env,
        lr,
        &row(&w.acme, &w.co, "GESTIONE_CO", "", "2026-02-10,2999-01-01,,"),
        &[],
        "line 2, column ended_on",
        &said,
    );
}

/// R8: a relationship cannot end before it began.
#[test]
fn r8_the_end_of_a_relationship_before_it_began_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let mut g = grant(&w.acme, &w.co.cf, "GESTIONE_CO", None);
    g.extend(["--on", "2026-02-10"]);
    env.ok(Some(&w.lr.cf), &g);
    let said = "the relationship started on 2026-02-10: it cannot end on 2026-02-01";
    command_refused(
        env,
        &w.lr.cf,
        &[
            "collab",
            "end",
            "--company",
            &w.acme,
            "--person",
            &w.co.cf,
            "--on",
            "2026-02-01",
        ],
        &[said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &w.co, "GESTIONE_CO", "", "2026-02-10,2026-02-01,,"),
        &[],
        "line 2, column ended_on",
        &[said],
    );
}

/// R8: after the end, a new grant needs a new relationship, which cannot start before that end.
#[test]
fn r8_a_grant_after_the_relationship_ended_dated_before_that_end_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let lr = w.lr.cf.as_str();
    let mut g = grant(&w.acme, &w.co.cf, "GESTIONE_CO", Some("Nord"));
    g.extend(["--on", "2026-01-10"]);
    env.ok(Some(lr), &g);
    env.ok(
        Some(lr),
        &[
            "collab",
            "end",
            "--company",
            &w.acme,
            "--person",
            &w.co.cf,
            "--on",
            "2026-03-10",
        ],
    );
    env.ok(
        Some(lr),
        &[
            "collab",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.co.cf,
            "--reason",
            "left",
            "--on",
            "2026-03-12",
        ],
    );
    let said = [
        &format!(
            "previous relationship with {} ended on 2026-03-10",
            label(&w.acme)
        ),
        "a new one cannot start on 2026-03-05",
    ];
    let mut g = grant(&w.acme, &w.co.cf, "GESTIONE_CO", Some("Nord"));
    g.extend(["--on", "2026-03-05"]);
    command_refused(env, lr, &g, &[said[0], said[1]]);
    import_refused(
        env,
        lr,
        &row(&w.acme, &w.co, "GESTIONE_CO", "Nord", "2026-03-05,,,"),
        &["--data-processing-authorised"],
        "line 2",
        &[said[0], said[1]],
    );
}

/// R8 (with R6): only company level, or an administrator of every unit the person holds
/// grants in, records the end of the relationship.
#[test]
fn r8_the_end_recorded_by_an_administrator_of_only_some_of_the_units_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    for unit in ["Nord", "Sud"] {
        let mut g = grant(&w.acme, &w.co.cf, "GESTIONE_CO", Some(unit));
        g.extend(["--on", "2026-02-10"]);
        env.ok(Some(&w.lr.cf), &g);
    }
    let ua = who(env, 3, "Neri", "Piero");
    env.nominate(&w.lr.cf, &w.acme, &ua.cf, Some("Nord"));
    let said = format!(
        "may not record the end of a relationship with {}",
        label(&w.acme)
    );
    command_refused(
        env,
        &ua.cf,
        &[
            "collab",
            "end",
            "--company",
            &w.acme,
            "--person",
            &w.co.cf,
            "--on",
            "2026-11-01",
        ],
        &[&said],
    );
    import_refused(
        env,
        &ua.cf,
        &row(
            &w.acme,
            &w.co,
            "GESTIONE_CO",
            "Nord",
            "2026-02-10,2026-11-01,,",
        ),
        &[],
        "line 2, column ended_on",
        &[&said],
    );
}

// ---- R6 administrators ------------------------------------------------------------------

/// R6: a unit administrator manages that unit only, and nothing at group level.
#[test]
fn r6_a_unit_administrator_acting_in_another_unit_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let ua = who(env, 3, "Neri", "Piero");
    env.nominate(&w.lr.cf, &w.acme, &ua.cf, Some("Nord"));
    let fourth = who(env, 4, "Gialli", "Ugo");
    let in_sud = format!(
        "in unit Sud of {}: only the legal representative, a group-level administrator or an \
         administrator of unit Sud may",
        label(&w.acme)
    );
    let may_not = format!("{}) may not", ua.cf);
    // A grant in Sud.
    command_refused(
        env,
        &ua.cf,
        &grant(&w.acme, &fourth.cf, "GESTIONE_CO", Some("Sud")),
        &["may not grant GESTIONE_CO in unit Sud", &in_sud, &may_not],
    );
    import_refused(
        env,
        &ua.cf,
        &row(&w.acme, &fourth, "GESTIONE_CO", "Sud", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column unit",
        &["may not grant GESTIONE_CO in unit Sud", &in_sud, &may_not],
    );
    // A revocation in Sud.
    let mut g = grant(&w.acme, &w.co.cf, "GESTIONE_CO", Some("Sud"));
    g.extend(["--on", "2026-02-10"]);
    env.ok(Some(&w.lr.cf), &g);
    command_refused(
        env,
        &ua.cf,
        &[
            "collab",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.co.cf,
            "--profile",
            "GESTIONE_CO",
            "--unit",
            "Sud",
            "--reason",
            "moved",
            "--on",
            "2026-03-01",
        ],
        &["may not revoke GESTIONE_CO in unit Sud", &in_sud, &may_not],
    );
    import_refused(
        env,
        &ua.cf,
        &row(
            &w.acme,
            &w.co,
            "GESTIONE_CO",
            "Sud",
            "2026-02-10,,2026-03-01,moved",
        ),
        &[],
        "line 2, column unit",
        &["may not revoke GESTIONE_CO in unit Sud", &in_sud, &may_not],
    );
    // An administrator for Sud.
    command_refused(
        env,
        &ua.cf,
        &nominate_args(&w.acme, &fourth.cf, Some("Sud")),
        &[&in_sud, &may_not],
    );
    import_refused(
        env,
        &ua.cf,
        &row(&w.acme, &fourth, "AMMINISTRATORE", "Sud", "2026-02-10,,,"),
        &[],
        "line 2, column unit",
        &[&in_sud, &may_not],
    );
    // A grant at group level.
    let at_group = format!(
        "may not grant GESTIONE_CO at group level of {}: only the legal representative or a \
         group-level administrator may",
        label(&w.acme)
    );
    command_refused(
        env,
        &ua.cf,
        &grant(&w.acme, &fourth.cf, "GESTIONE_CO", None),
        &[&at_group, &may_not],
    );
    import_refused(
        env,
        &ua.cf,
        &row(&w.acme, &fourth, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column company_cf",
        &[&at_group, &may_not],
    );
}

/// R6 (with R10): who is neither legal representative nor administrator grants and
/// nominates nothing.
#[test]
fn r6_a_non_administrator_actor_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let mut g = grant(&w.acme, &w.co.cf, "GESTIONE_CO", None);
    g.extend(["--on", "2026-02-10"]);
    env.ok(Some(&w.lr.cf), &g);
    let third = who(env, 3, "Neri", "Piero");
    let at_group = format!(
        "at group level of {}: only the legal representative or a group-level administrator may",
        label(&w.acme)
    );
    let may_not = format!("{}) may not", w.co.cf);
    command_refused(
        env,
        &w.co.cf,
        &grant(&w.acme, &third.cf, "GESTIONE_CO", None),
        &[
            "may not grant GESTIONE_CO at group level",
            &at_group,
            &may_not,
        ],
    );
    import_refused(
        env,
        &w.co.cf,
        &row(&w.acme, &third, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column company_cf",
        &[
            "may not grant GESTIONE_CO at group level",
            &at_group,
            &may_not,
        ],
    );
    command_refused(
        env,
        &w.co.cf,
        &nominate_args(&w.acme, &third.cf, None),
        &[&at_group, &may_not],
    );
    import_refused(
        env,
        &w.co.cf,
        &row(&w.acme, &third, "AMMINISTRATORE", "", "2026-02-10,,,"),
        &[],
        "line 2, column company_cf",
        &[&at_group, &may_not],
    );
}

/// R6: the last group-level administrator of an approved company is removed only by a
/// regional operator, not by herself.
#[test]
fn r6_the_last_group_administrator_revoking_herself_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let since = stored_granted_on(env, &w.lr.cf, "AMMINISTRATORE");
    let said = format!(
        "may not revoke the last group-level administrator of {}: only a regional operator may",
        label(&w.acme)
    );
    command_refused(
        env,
        &w.lr.cf,
        &[
            "admin",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.lr.cf,
            "--reason",
            "stepping down",
        ],
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(
            &w.acme,
            &w.lr,
            "AMMINISTRATORE",
            "",
            &format!("{since},,{since},stepping down"),
        ),
        &[],
        "line 2, column revoked_on",
        &[&said],
    );
}

// ---- R7 grants ----------------------------------------------------------------------------

/// R7: a profile is granted only in a company whose types allow it.
#[test]
fn r7_a_profile_the_companys_types_do_not_allow_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let said = [
        &format!(
            "profile TIROCINI_PROMOTORE_COMPILATORE is not available to {}",
            label(&w.acme)
        ),
        "DATORE_PRIVATO",
        "PROMOTORE_TIROCINIO",
    ];
    command_refused(
        env,
        &w.lr.cf,
        &grant(
            &w.acme,
            &w.co.cf,
            "TIROCINI_PROMOTORE_COMPILATORE",
            Some("Nord"),
        ),
        &said,
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(
            &w.acme,
            &w.co,
            "TIROCINI_PROMOTORE_COMPILATORE",
            "Nord",
            "2026-02-10,,,",
        ),
        &["--data-processing-authorised"],
        "line 2, column profile",
        &said,
    );
}

/// R7: a profile is granted only at a level it allows (group, unit or both).
#[test]
fn r7_a_profile_at_a_level_it_does_not_allow_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    for (profile, unit, said) in [
        (
            "STORICO_CO",
            Some("Nord"),
            "profile STORICO_CO cannot be granted in unit Nord: it is group level only",
        ),
        (
            "PROSPETTI_CIG",
            None,
            "profile PROSPETTI_CIG cannot be granted at group level: it is unit level only",
        ),
    ] {
        command_refused(
            env,
            &w.lr.cf,
            &grant(&w.acme, &w.co.cf, profile, unit),
            &[said],
        );
        import_refused(
            env,
            &w.lr.cf,
            &row(&w.acme, &w.co, profile, unit.unwrap_or(""), "2026-02-10,,,"),
            &["--data-processing-authorised"],
            "line 2, column profile",
            &[said],
        );
    }
}

/// R7: only a profile of the catalog is granted.
#[test]
fn r7_an_unknown_profile_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let said = ["unknown profile 'SUPERUSER'", "GESTIONE_CO"];
    command_refused(
        env,
        &w.lr.cf,
        &grant(&w.acme, &w.co.cf, "SUPERUSER", None),
        &said,
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &w.co, "SUPERUSER", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column profile",
        &said,
    );
}

/// R5/R7: a grant or a nomination names a unit the company has.
#[test]
fn r7_an_unknown_unit_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let said = format!("{} has no unit named 'Ovest'", label(&w.acme));
    command_refused(
        env,
        &w.lr.cf,
        &grant(&w.acme, &w.co.cf, "GESTIONE_CO", Some("Ovest")),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &w.co, "GESTIONE_CO", "Ovest", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column unit",
        &[&said],
    );
    command_refused(
        env,
        &w.lr.cf,
        &nominate_args(&w.acme, &w.co.cf, Some("Ovest")),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &w.co, "AMMINISTRATORE", "Ovest", "2026-02-10,,,"),
        &[],
        "line 2, column unit",
        &[&said],
    );
}

/// R7: a grant records the attestation that the person may process personal data (§4.2, §8.3).
#[test]
fn r7_a_missing_data_processing_attestation_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let said = [
        "needs the attestation that",
        "authorised to process personal data",
        "(§4.2, §8.3): pass --data-processing-authorised",
    ];
    command_refused(
        env,
        &w.lr.cf,
        &[
            "collab",
            "grant",
            "--company",
            &w.acme,
            "--person",
            &w.co.cf,
            "--profile",
            "GESTIONE_CO",
            "--unit",
            "Nord",
        ],
        &said,
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &w.co, "GESTIONE_CO", "Nord", "2026-02-10,,,"),
        &[],
        "line 2, column profile",
        &said,
    );
}

/// R7: only a registered person is granted anything or nominated.
#[test]
fn r7_a_grant_to_an_unregistered_person_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let ghost = Who {
        cf: person(40),
        family: "Fantasma",
        given: "Gino",
    };
    let said = format!("no registered person has fiscal code {}", ghost.cf);
    command_refused(
        env,
        &w.lr.cf,
        &grant(&w.acme, &ghost.cf, "GESTIONE_CO", None),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &ghost, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column person_cf",
        &[&said],
    );
    command_refused(
        env,
        &w.lr.cf,
        &nominate_args(&w.acme, &ghost.cf, None),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &ghost, "AMMINISTRATORE", "", "2026-02-10,,,"),
        &[],
        "line 2, column person_cf",
        &[&said],
    );
}

// ---- R9 suspension ------------------------------------------------------------------------

/// R9: a person suspended by the Region can be granted nothing until reinstated.
#[test]
fn r9_a_grant_to_a_suspended_person_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let sus = who(env, 3, "Neri", "Piero");
    env.ok(
        Some(OP),
        &[
            "person",
            "suspend",
            &sus.cf,
            "--reason",
            "credentials stolen",
        ],
    );
    let said = format!(
        "{}) is suspended by the Region and cannot be granted anything until reinstated",
        sus.cf
    );
    command_refused(
        env,
        &w.lr.cf,
        &grant(&w.acme, &sus.cf, "GESTIONE_CO", None),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &sus, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column profile",
        &[&said],
    );
    command_refused(
        env,
        &w.lr.cf,
        &nominate_args(&w.acme, &sus.cf, None),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &sus, "AMMINISTRATORE", "", "2026-02-10,,,"),
        &[],
        "line 2, column profile",
        &[&said],
    );
}

// ---- R3 verification ----------------------------------------------------------------------

/// R3: no grant exists for a company that is pending.
#[test]
fn r3_a_pending_company_has_no_grants_on_both_paths() {
    let w = world();
    let env = &w.env;
    let pending = env.company(2, &w.lr.cf, &["DATORE_PRIVATO"]);
    let said = format!(
        "{} is pending: grants exist only in approved companies",
        label(&pending)
    );
    command_refused(
        env,
        &w.lr.cf,
        &grant(&pending, &w.co.cf, "GESTIONE_CO", None),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&pending, &w.co, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column company_cf",
        &[&said],
    );
    command_refused(
        env,
        &w.lr.cf,
        &nominate_args(&pending, &w.co.cf, None),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&pending, &w.co, "AMMINISTRATORE", "", "2026-02-10,,,"),
        &[],
        "line 2, column company_cf",
        &[&said],
    );
}

/// R3: no grant exists for a company whose registration was rejected.
#[test]
fn r3_a_rejected_company_has_no_grants_on_both_paths() {
    let w = world();
    let env = &w.env;
    let rejected = env.company(3, &w.lr.cf, &["DATORE_PRIVATO"]);
    env.ok(
        Some(OP),
        &[
            "company",
            "reject",
            &rejected,
            "--reason",
            "no such company",
        ],
    );
    let said = format!(
        "{} is rejected: grants exist only in approved companies",
        label(&rejected)
    );
    command_refused(
        env,
        &w.lr.cf,
        &grant(&rejected, &w.co.cf, "GESTIONE_CO", None),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&rejected, &w.co, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column company_cf",
        &[&said],
    );
}

// ---- R1 codes and R13 legacy accounts -----------------------------------------------------

/// R1: an invalid code is refused with the reason, for a person and for a company.
#[test]
fn r1_an_invalid_code_is_refused_with_its_reason_on_every_path() {
    let w = world();
    let env = &w.env;
    let bad = Who {
        cf: "RSSMRA80A01H501X".into(),
        family: "Rossi",
        given: "Mario",
    };
    let said = ["invalid fiscal code RSSMRA80A01H501X", "expected 'U'"];
    command_refused(
        env,
        &w.lr.cf,
        &grant(&w.acme, &bad.cf, "GESTIONE_CO", None),
        &said,
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &bad, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column person_cf",
        &said,
    );
    command_refused(
        env,
        OP,
        &[
            "person",
            "register",
            &bad.cf,
            "--family-name",
            "Rossi",
            "--given-name",
            "Mario",
        ],
        &said,
    );
    legacy_listed_for_correction(
        env,
        &format!("mrossi,{},Rossi,Mario,,IT", bad.cf),
        &["invalid fiscal code", "expected 'U'"],
    );
    // A company code whose check digit is wrong.
    let good = company(5);
    let last = good.as_bytes()[10] - b'0';
    let badco = format!("{}{}", &good[..10], (last + 1) % 10);
    let said = format!("invalid fiscal code {badco}");
    command_refused(
        env,
        &w.lr.cf,
        &grant(&badco, &w.co.cf, "GESTIONE_CO", None),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&badco, &w.co, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column company_cf",
        &[&said],
    );
}

/// R15: a letter Unicode upper-cases into an ASCII one (`ſ` into `S`) is no letter of a code:
/// "Rſsmra…" is not the operator's code on any path.
#[test]
fn r15_a_look_alike_letter_is_no_letter_of_a_code_on_every_path() {
    let w = world();
    let env = &w.env;
    let bad = Who {
        cf: "RſSMRA80A01H501U".into(),
        family: "Rossi",
        given: "Mario",
    };
    let said = ["character ſ at position 2 is not a letter or a digit"];
    command_refused(
        env,
        &w.lr.cf,
        &grant(&w.acme, &bad.cf, "GESTIONE_CO", None),
        &said,
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &bad, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column person_cf",
        &said,
    );
    command_refused(
        env,
        OP,
        &[
            "person",
            "register",
            &bad.cf,
            "--family-name",
            "Rossi",
            "--given-name",
            "Mario",
        ],
        &said,
    );
    legacy_listed_for_correction(
        env,
        &format!("mrossi,{},Rossi,Mario,,IT", bad.cf),
        &["invalid fiscal code", "position 2"],
    );
}

/// R1/R13: a provisional code identifies neither a person nor a company.
#[test]
fn r13_a_provisional_code_is_no_identity_on_every_path() {
    let w = world();
    let env = &w.env;
    let prov = Who {
        cf: "12345672005".into(),
        family: "Neri",
        given: "Piero",
    };
    let said = format!(
        "{} is a provisional code: a person's identity here is their definitive 16-character fiscal code",
        prov.cf
    );
    command_refused(
        env,
        &w.lr.cf,
        &grant(&w.acme, &prov.cf, "GESTIONE_CO", None),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &prov, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column person_cf",
        &[&said],
    );
    command_refused(
        env,
        OP,
        &[
            "person",
            "register",
            &prov.cf,
            "--family-name",
            "Neri",
            "--given-name",
            "Piero",
        ],
        &[&said],
    );
    legacy_listed_for_correction(
        env,
        &format!("pneri,{},Neri,Piero,,IT", prov.cf),
        &["provisional", "definitive"],
    );
    // As a company's code.
    let said = format!(
        "{} is a person's provisional code and identifies no company",
        prov.cf
    );
    command_refused(
        env,
        &w.lr.cf,
        &grant(&prov.cf, &w.co.cf, "GESTIONE_CO", None),
        &[&said],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&prov.cf, &w.co, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column company_cf",
        &[&said],
    );
}

/// R1: a company's code is not a person's.
#[test]
fn r1_a_company_code_is_not_a_persons_code_on_every_path() {
    let w = world();
    let env = &w.env;
    let ditta = Who {
        cf: company(7),
        family: "Ditta",
        given: "Srl",
    };
    let said = "the code of a company, not of a person";
    command_refused(
        env,
        &w.lr.cf,
        &grant(&w.acme, &ditta.cf, "GESTIONE_CO", None),
        &[said, &ditta.cf],
    );
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &ditta, "GESTIONE_CO", "", "2026-02-10,,,"),
        &["--data-processing-authorised"],
        "line 2, column person_cf",
        &[said, &ditta.cf],
    );
    command_refused(
        env,
        OP,
        &[
            "person",
            "register",
            &ditta.cf,
            "--family-name",
            "Ditta",
            "--given-name",
            "Srl",
        ],
        &[said],
    );
    legacy_listed_for_correction(env, &format!("ditta,{},Ditta,Srl,,IT", ditta.cf), &[said]);
}

// ---- R10 who may act ----------------------------------------------------------------------

/// R10: an unregistered person may not act, on any path.
#[test]
fn r10_an_unregistered_actor_is_refused_on_every_path() {
    let w = world();
    let env = &w.env;
    let ghost = person(41);
    let said = format!("{ghost} may not act: no registered person has this fiscal code");
    command_refused(
        env,
        &ghost,
        &grant(&w.acme, &w.co.cf, "GESTIONE_CO", None),
        &[&said],
    );
    import_refused_for_actor(
        env,
        &ghost,
        &row(&w.acme, &w.co, "GESTIONE_CO", "", "2026-02-10,,,"),
        &[&said],
    );
    let newcomer = person(42);
    legacy_refused(
        env,
        &ghost,
        &format!("nuovo,{newcomer},Cognome42,Nome42,,IT"),
        &[&said],
    );
}

/// R9/R10: a suspended person may not act, on any path, even a regional operator.
#[test]
fn r10_a_suspended_actor_is_refused_on_every_path() {
    let w = world();
    let env = &w.env;
    let op2 = who(env, 5, "Rosa", "Maria");
    env.ok(Some(OP), &["operator", "add", &op2.cf]);
    env.nominate(&w.lr.cf, &w.acme, &op2.cf, None);
    env.ok(
        Some(OP),
        &[
            "person",
            "suspend",
            &op2.cf,
            "--reason",
            "credentials stolen",
        ],
    );
    let said = format!(
        "{}) may not act: suspended by the Region (credentials stolen)",
        op2.cf
    );
    command_refused(
        env,
        &op2.cf,
        &grant(&w.acme, &w.co.cf, "GESTIONE_CO", None),
        &[&said],
    );
    import_refused_for_actor(
        env,
        &op2.cf,
        &row(&w.acme, &w.co, "GESTIONE_CO", "", "2026-02-10,,,"),
        &[&said],
    );
    let newcomer = person(42);
    legacy_refused(
        env,
        &op2.cf,
        &format!("nuovo,{newcomer},Cognome42,Nome42,,IT"),
        &[&said],
    );
}

/// R10: only a regional operator registers someone else, one by one or from legacy accounts.
#[test]
fn r10_a_person_who_is_no_regional_operator_registers_nobody_else_on_either_path() {
    let w = world();
    let env = &w.env;
    let newcomer = person(42);
    let said = [
        &format!("{}) may not", w.co.cf) as &str,
        "regional operator",
    ];
    command_refused(
        env,
        &w.co.cf,
        &[
            "person",
            "register",
            &newcomer,
            "--family-name",
            "Cognome42",
            "--given-name",
            "Nome42",
        ],
        &said,
    );
    legacy_refused(
        env,
        &w.co.cf,
        &format!("nuovo,{newcomer},Cognome42,Nome42,,IT"),
        &said,
    );
}

/// R8 (issue 11, date sanity): nothing is granted on a day before the person's first access.
#[test]
fn r8_a_grant_before_the_first_access_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let late = Who {
        cf: person(40),
        family: "Tardi",
        given: "Lia",
    };
    env.ok(
        Some(OP),
        &[
            "person",
            "register",
            &late.cf,
            "--family-name",
            late.family,
            "--given-name",
            late.given,
            "--on",
            "2026-03-01",
        ],
    );
    let said =
        "first accessed the portal on 2026-03-01: nothing can be granted to them on 2026-02-01";
    let mut args = grant(&w.acme, &late.cf, "GESTIONE_CO", None);
    args.extend(["--on", "2026-02-01"]);
    command_refused(env, &w.lr.cf, &args, &[said]);
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &late, "GESTIONE_CO", "", "2026-02-01,,,"),
        &["--data-processing-authorised"],
        "line 2, column granted_on",
        &[said],
    );
}

/// R8 (issue 11, date sanity): a grant cannot take effect before the relationship it rests on.
#[test]
fn r8_a_grant_before_its_relationship_began_is_refused_on_both_paths() {
    let w = world();
    let env = &w.env;
    let mut first = grant(&w.acme, &w.co.cf, "GESTIONE_CO", None);
    first.extend(["--on", "2026-03-01"]);
    env.ok(Some(&w.lr.cf), &first);
    let said = "relationship with ACME Srl";
    let when = "started on 2026-03-01: a grant cannot take effect on 2026-02-01";
    let mut args = grant(&w.acme, &w.co.cf, "VISUALIZZAZIONE_CO", None);
    args.extend(["--on", "2026-02-01"]);
    command_refused(env, &w.lr.cf, &args, &[said, when]);
    import_refused(
        env,
        &w.lr.cf,
        &row(&w.acme, &w.co, "VISUALIZZAZIONE_CO", "", "2026-02-01,,,"),
        &["--data-processing-authorised"],
        "line 2, column granted_on",
        &[said, when],
    );
}
