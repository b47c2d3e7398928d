//! Issue 13 items 6 and 7: disabling OPERATORE_AGENDA goes through the Region (R7), and
//! the review rules (R12): no self-confirmation, no confirmation after the end, and the
//! change of role that puts a person's grants up for review.

use crate::common::*;
use crate::replay::check_after;

mod agenda;

pub(super) const UNIT: &str = "Sede legale";

/// A company that may use OPERATORE_AGENDA, its legal representative (first administrator),
/// a second group administrator and a collaborator.
pub(super) struct World {
    pub(super) env: Env,
    pub(super) lr: String,
    pub(super) ga: String,
    pub(super) co: String,
    pub(super) acme: String,
}

pub(super) fn world() -> World {
    let env = Env::new();
    env.set_now("2026-03-01T09:00:00.000Z");
    let lr = env.register(1, "Verdi", "Luigia");
    let ga = env.register(2, "Neri", "Carla");
    let co = env.register(3, "Bianchi", "Anna");
    let acme = company(3);
    env.ok(
        Some(&lr),
        &[
            "company",
            "register",
            &acme,
            "--name",
            "ACME Srl",
            "--office",
            "Reggio",
            "--email",
            "a@b.example",
            "--legal-rep",
            &lr,
            "--type",
            "DATORE_PRIVATO",
            "--type",
            "SOGGETTO_ACCREDITATO",
            "--register",
            "SOGGETTO_ACCREDITATO=Elenco regionale DGR 1959/2016:42:2017-03-01",
        ],
    );
    env.ok(Some(OP), &["company", "approve", &acme]);
    env.nominate(&lr, &acme, &ga, None);
    World {
        env,
        lr,
        ga,
        co,
        acme,
    }
}

impl World {
    pub(super) fn grant(&self, profile: &str, on: &str) {
        self.env.ok(
            Some(&self.lr),
            &[
                "collab",
                "grant",
                "--company",
                &self.acme,
                "--person",
                &self.co,
                "--profile",
                profile,
                "--unit",
                UNIT,
                "--on",
                on,
                "--data-processing-authorised",
            ],
        );
    }

    /// `co` holds OPERATORE_AGENDA in Sede legale, approved by the Region.
    pub(super) fn agenda(&self) {
        self.grant("OPERATORE_AGENDA", "2026-01-10");
        self.env.ok(Some(OP), &self.approve());
    }

    pub(super) fn approve(&self) -> Vec<&str> {
        vec![
            "collab",
            "approve",
            "--company",
            &self.acme,
            "--person",
            &self.co,
            "--profile",
            "OPERATORE_AGENDA",
            "--unit",
            UNIT,
        ]
    }

    pub(super) fn revoke_agenda(&self) -> Vec<&str> {
        vec![
            "collab",
            "revoke",
            "--company",
            &self.acme,
            "--person",
            &self.co,
            "--profile",
            "OPERATORE_AGENDA",
            "--unit",
            UNIT,
            "--reason",
            "moved to payroll",
        ]
    }

    /// The collaborator's grants, live first.
    pub(super) fn grants(&self) -> serde_json::Value {
        let a = [
            "--format",
            "json",
            "collab",
            "show",
            "--company",
            &self.acme,
            "--person",
            &self.co,
        ];
        json(&self.env.ok(None, &a))
    }

    pub(super) fn overdue(&self, extra: &[&str]) -> (Option<i32>, serde_json::Value) {
        let mut a = vec![
            "--format",
            "json",
            "audit",
            "overdue-revocations",
            "--exit-code",
        ];
        a.extend_from_slice(extra);
        let o = self.env.run(None, &a);
        let out = stdout(&o);
        (
            o.status.code(),
            if out.is_empty() {
                json("[]")
            } else {
                json(&out)
            },
        )
    }

    pub(super) fn review(&self) -> serde_json::Value {
        let a = ["--format", "json", "audit", "review", "--older-than", "365"];
        json(&self.env.ok(None, &a))
    }

    pub(super) fn role_change(&self, on: &str, note: &str) -> Vec<String> {
        [
            "collab",
            "role-change",
            "--company",
            &self.acme,
            "--person",
            &self.co,
            "--on",
            on,
        ]
        .iter()
        .map(|s| s.to_string())
        .chain(["--note".to_string(), note.to_string()])
        .collect()
    }
}

pub(super) fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn nobody_confirms_their_own_grants() {
    let w = world();
    let own = ["collab", "confirm", "--company", &w.acme, "--person", &w.lr];
    let e = w
        .env
        .refused(Some(&w.lr), &own, "may not confirm their own grants");
    assert!(e.contains("another administrator"), "{e}");
    w.env.ok(Some(&w.ga), &own);
}

#[test]
fn a_grant_whose_relationship_has_ended_cannot_be_confirmed_only_revoked() {
    let w = world();
    w.grant("GESTIONE_CO", "2026-01-10");
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
            "2026-02-01",
        ],
    );
    let confirm = ["collab", "confirm", "--company", &w.acme, "--person", &w.co];
    let e = w.env.refused(Some(&w.lr), &confirm, "ended on 2026-02-01");
    assert!(e.contains("cannot be confirmed, only revoked"), "{e}");
    // R8 still lets it be revoked.
    let revoke = [
        "collab",
        "revoke",
        "--company",
        &w.acme,
        "--person",
        &w.co,
        "--reason",
        "left",
    ];
    w.env.ok(Some(&w.lr), &revoke);
}

#[test]
fn a_change_of_role_is_refused_for_a_future_day_before_the_start_or_after_the_end() {
    let w = world();
    w.grant("GESTIONE_CO", "2026-01-10");
    let run = |who: &str, on: &str, note: &str, needle: &str| {
        w.env
            .refused(Some(who), &strs(&w.role_change(on, note)), needle)
    };
    run(
        &w.lr,
        "2026-03-02",
        "new duties",
        "a day after today (2026-03-01)",
    );
    run(&w.lr, "2026-01-09", "new duties", "started on 2026-01-10");
    run(&w.lr, "2026-02-01", "  ", "--note must not be empty");
    run(
        &w.co,
        "2026-02-01",
        "new duties",
        "may not record a change of role in",
    );
    let un = w.env.register(9, "Gialli", "Ugo");
    run(
        &un,
        "2026-02-01",
        "new duties",
        "may not record a change of role in",
    );
    // A unit administrator of another unit does not manage this person.
    w.env.ok(Some(&w.lr), &["unit", "add", &w.acme, "Nord"]);
    w.env.nominate(&w.lr, &w.acme, &un, Some("Nord"));
    run(
        &un,
        "2026-02-01",
        "new duties",
        "administrator of every unit",
    );
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
            "2026-02-01",
        ],
    );
    run(
        &w.lr,
        "2026-02-01",
        "new duties",
        "has no open relationship",
    );
}

#[test]
fn a_change_of_role_lists_every_live_grant_for_review_until_confirmed() {
    let w = world();
    w.grant("GESTIONE_CO", "2026-01-10");
    w.agenda();
    w.env.set_now("2026-03-02T09:00:00.000Z");
    w.env.ok(
        Some(&w.lr),
        &["collab", "confirm", "--company", &w.acme, "--person", &w.co],
    );
    w.env.ok(
        Some(&w.lr),
        &["collab", "confirm", "--company", &w.acme, "--person", &w.ga],
    );
    w.env.ok(
        Some(&w.ga),
        &["collab", "confirm", "--company", &w.acme, "--person", &w.lr],
    );
    assert_eq!(w.review(), json("[]"), "everything was just confirmed");
    w.env.set_now("2026-03-03T09:00:00.000Z");
    let o = w.env.run(
        Some(&w.lr),
        &strs(&w.role_change("2026-03-02", "moved to recruiting")),
    );
    assert!(
        stderr(&o).contains("2 active grant(s) are due"),
        "{}",
        stderr(&o)
    );
    let due = w.review();
    let due = due.as_array().unwrap();
    assert_eq!(due.len(), 2, "{due:?}");
    for r in due {
        assert_eq!(r["person_cf"], w.co.as_str());
        assert_eq!(
            r["reason"],
            "change of role on 2026-03-02: moved to recruiting"
        );
    }
    // The reason is the last column of the CSV.
    let csv = w.env.ok(None, &["--format", "csv", "audit", "review"]);
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with(",confirmed_by,reason"),
        "{csv}"
    );
    // The note is personal: kept beside the chain, not in the hashed details.
    let hidden = w.env.count(
        "SELECT count(*) FROM audit_event WHERE action = 'role.change' \
         AND details NOT LIKE '%recruiting%'",
    );
    assert_eq!(hidden, 1, "the note is in the hashed details");
    w.env.ok(None, &["db", "check"]);
    w.env.set_now("2026-03-04T09:00:00.000Z");
    w.env.ok(
        Some(&w.lr),
        &["collab", "confirm", "--company", &w.acme, "--person", &w.co],
    );
    assert_eq!(w.review(), json("[]"), "confirmed after the change of role");
    w.env.ok(None, &["db", "check"]);
}

#[test]
fn db_check_finds_a_change_of_role_or_a_request_to_disable_edited_in_the_tables() {
    let w = world();
    w.agenda();
    w.env.ok(
        Some(&w.lr),
        &strs(&w.role_change("2026-02-01", "new duties")),
    );
    w.env.ok(Some(&w.lr), &w.revoke_agenda());
    w.env.ok(None, &["db", "check"]);
    let found = check_after(&w.env, "UPDATE role_change SET changed_on = '2026-02-02'");
    assert!(found.contains("change of role in"), "{found}");
    let found = check_after(&w.env, "DELETE FROM role_change");
    assert!(
        found.contains("recorded by the trail, but missing"),
        "{found}"
    );
    let found = check_after(
        &w.env,
        "UPDATE grants SET disable_requested_on = NULL, disable_requested_at = NULL",
    );
    assert!(found.contains("request to disable"), "{found}");
}
