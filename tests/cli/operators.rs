//! Issue 13, item 5 (R14): `operator remove`; the Region never locks itself out: the last
//! active regional operator cannot be suspended or removed, nor the operator holding every
//! login bound to an active operator.

use crate::common::*;

#[test]
fn an_operator_is_removed_but_never_the_regions_last() {
    let env = Env::new();
    let op2 = env.register(9, "Neri", "Franco");
    let anna = env.register(2, "Bianchi", "Anna");
    // Only a regional operator removes one; a person who is none is not removed.
    env.refused(Some(&anna), &["operator", "remove", OP], "may not");
    env.refused(
        Some(OP),
        &["operator", "remove", &anna],
        "is not a regional operator",
    );
    env.refused(
        Some(OP),
        &["operator", "remove", OP],
        "last active regional operator and cannot be removed",
    );
    env.ok(Some(OP), &["operator", "add", &op2]);
    // Franco has no login: removing or suspending Mario, who holds every operator's login,
    // would leave no one able to bind one.
    env.refused(
        Some(OP),
        &["operator", "remove", OP],
        "holds every login bound to an active regional operator",
    );
    env.refused(
        Some(OP),
        &["person", "suspend", OP, "--reason", "x"],
        "holds every login bound to an active regional operator",
    );
    env.ok(Some(OP), &["login", "bind", "franco", &op2]);
    env.ok(Some(OP), &["operator", "remove", OP]);
    let list = json(&env.ok(None, &["operator", "list", "--format", "json"]));
    let cfs: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["cf"].as_str().unwrap())
        .collect();
    assert_eq!(cfs, [op2.as_str()]);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_event WHERE action = 'operator.remove'"),
        1
    );
    // Mario no longer acts as an operator, and stays registered.
    env.refused(Some(OP), &["operator", "add", &anna], "may not");
    env.ok(None, &["person", "show", OP]);
    // The replay knows the removal: an operator row put back around lpt is found.
    env.ok(None, &["db", "check"]);
    env.exec(&format!(
        "INSERT INTO operator (person_id, added_at) SELECT id, 'x' FROM person WHERE cf = '{OP}'"
    ));
    let o = env.run(None, &["db", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains(&format!(
            "{OP} is a regional operator, but the trail says they are not"
        )),
        "{}",
        stdout(&o)
    );
}
