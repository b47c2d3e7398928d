//! R7 (issue 13 item 6): disabling OPERATORE_AGENDA goes through the Region, on every path
//! that revokes it: `collab revoke` (one grant, or all of a person's) and `registry import`.

use super::{UNIT, world};
use crate::common::*;

#[test]
fn an_administrators_revocation_of_agenda_is_a_request_until_the_region_approves() {
    let w = world();
    w.agenda();
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
    // Overdue and nobody asked: the company's to act.
    let (code, rows) = w.overdue(&[]);
    assert_eq!(code, Some(3));
    assert_eq!(rows[0]["awaiting"], "company");
    w.env.set_now("2026-03-02T09:00:00.000Z");
    let o = w.env.run(Some(&w.lr), &w.revoke_agenda());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("requested from the Region the disabling"),
        "{}",
        stderr(&o)
    );
    let g = &w.grants()[0];
    assert_eq!(
        g["state"], "active",
        "access stays until the Region approves"
    );
    assert_eq!(g["disable_requested_on"], "2026-03-02");
    // Asked again: nothing changes, and it says so.
    let before = w.env.snapshot();
    let o = w.env.run(Some(&w.lr), &w.revoke_agenda());
    assert!(
        stderr(&o).contains("already awaits the Region"),
        "{}",
        stderr(&o)
    );
    assert_eq!(w.env.snapshot(), before);
    // Awaiting the Region, not the company's fault; still work, so still exit 3.
    let (code, rows) = w.overdue(&[]);
    assert_eq!(code, Some(3));
    assert_eq!(rows[0]["awaiting"], "region");
    assert_eq!(rows[0]["disable_requested_at"], "2026-03-02T09:00:00.000Z");
    // As the database knew it before the request: the company's.
    let (_, then) = w.overdue(&["--as-of", "2026-03-01"]);
    assert_eq!(then[0]["awaiting"], "company");
    // Only a regional operator approves it.
    w.env
        .refused(Some(&w.ga), &w.approve(), "only a regional operator");
    w.env.set_now("2026-03-04T09:00:00.000Z");
    let o = w.env.run(Some(OP), &w.approve());
    assert!(
        stderr(&o).contains("approved the disabling of OPERATORE_AGENDA"),
        "{}",
        stderr(&o)
    );
    let g = &w.grants()[0];
    assert_eq!(g["state"], "revoked");
    assert_eq!(
        g["revoked_on"], "2026-03-02",
        "on the day the administrator asked for"
    );
    assert_eq!(
        g["revoked_at"], "2026-03-04T09:00:00.000Z",
        "recorded at the approval"
    );
    assert_eq!(g["revoke_reason"], "moved to payroll");
    assert_eq!(w.overdue(&[]).0, Some(0));
    let (_, late) = w.overdue(&["--include-late"]);
    assert_eq!(late[0]["awaiting"], serde_json::Value::Null);
    assert_eq!(late[0]["disable_requested_at"], "2026-03-02T09:00:00.000Z");
    w.env.refused(
        Some(OP),
        &w.approve(),
        "no pending request to enable or disable",
    );
    w.env.ok(None, &["audit", "verify"]);
    w.env.ok(None, &["db", "check"]);
}

#[test]
fn the_region_disables_agenda_at_once_and_a_request_never_approved_is_withdrawn_at_once() {
    let w = world();
    w.agenda();
    let mut by_op = w.revoke_agenda();
    let last = by_op.len() - 1;
    by_op[last] = "stolen credentials";
    w.env.ok(Some(OP), &by_op);
    assert_eq!(w.grants()[0]["state"], "revoked");
    w.env.set_now("2026-03-01T10:00:00.000Z");
    // A request to enable that the Region has not approved was never access.
    w.grant("OPERATORE_AGENDA", "2026-02-01");
    w.env.ok(Some(&w.lr), &w.revoke_agenda());
    assert_eq!(w.grants()[0]["state"], "revoked");
    assert_eq!(w.grants()[1]["state"], "revoked");
    w.env.set_now("2026-03-01T11:00:00.000Z");
    // R9: a suspension revokes an approved one at once too.
    w.grant("OPERATORE_AGENDA", "2026-02-02");
    w.env.ok(Some(OP), &w.approve());
    w.env.ok(
        Some(OP),
        &["person", "suspend", &w.co, "--reason", "stolen"],
    );
    let live = w
        .grants()
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["state"] != "revoked")
        .count();
    assert_eq!(live, 0);
    w.env.ok(None, &["db", "check"]);
}

#[test]
fn revoking_every_grant_of_a_person_revokes_the_rest_and_requests_agenda() {
    let w = world();
    w.agenda();
    w.grant("GESTIONE_CO", "2026-01-10");
    let a = [
        "collab",
        "revoke",
        "--company",
        &w.acme,
        "--person",
        &w.co,
        "--reason",
        "left",
    ];
    let o = w.env.run(Some(&w.lr), &a);
    assert!(stderr(&o).contains("revoked from"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("requested from the Region"),
        "{}",
        stderr(&o)
    );
    let states: Vec<(String, String)> = w
        .grants()
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["profile"].as_str().unwrap().into(),
                g["state"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        states.contains(&("OPERATORE_AGENDA".into(), "active".into())),
        "{states:?}"
    );
    assert!(
        states.contains(&("GESTIONE_CO".into(), "revoked".into())),
        "{states:?}"
    );
    w.env.ok(None, &["db", "check"]);
}

#[test]
fn a_registry_revocation_of_agenda_is_a_request_too() {
    let w = world();
    w.agenda();
    let csv = w.env.path("revoke.csv");
    std::fs::write(
        &csv,
        format!(
            "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason\n\
             {},{},Bianchi,Anna,OPERATORE_AGENDA,{UNIT},2026-01-10,,2026-02-20,left\n",
            w.acme, w.co
        ),
    )
    .unwrap();
    let file = csv.to_str().unwrap();
    let plan = w.env.ok(
        Some(&w.lr),
        &["--format", "csv", "registry", "import", file, "--dry-run"],
    );
    assert!(plan.contains("request-disable"), "{plan}");
    let out = json(&w.env.ok(
        Some(&w.lr),
        &["--format", "json", "registry", "import", file],
    ));
    assert_eq!(out["disable_requested"], 1);
    assert_eq!(out["revoked"], 0);
    assert_eq!(w.grants()[0]["state"], "active");
    assert_eq!(w.grants()[0]["disable_requested_on"], "2026-02-20");
    // The same file again: already awaiting, nothing written.
    let before = w.env.snapshot();
    let again = json(&w.env.ok(
        Some(&w.lr),
        &["--format", "json", "registry", "import", file],
    ));
    assert_eq!(again["unchanged"], 1);
    assert_eq!(w.env.snapshot(), before);
    w.env.ok(Some(OP), &w.approve());
    assert_eq!(w.grants()[0]["revoked_on"], "2026-02-20");
    w.env.ok(None, &["db", "check"]);
}
