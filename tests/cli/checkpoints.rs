//! Issue 12, R11 (items 1–3): signed checkpoints anchor the chain outside the database. Each
//! attack a writer of the file can make passes the chain's own check and fails against a
//! checkpoint, with the reason.

use crate::common::*;

/// A database with some history, a key, and a checkpoint of the chain as it stands.
fn checkpointed() -> (Env, String, String) {
    let env = Env::new();
    for n in 1..=4 {
        env.register(n, "Verdi", "Luigia");
    }
    let key = env.path("audit.key");
    let key = key.to_str().unwrap().to_string();
    env.ok(None, &["audit", "keygen", "--key", &key]);
    let cp = env.path("day1.checkpoint");
    let cp = cp.to_str().unwrap().to_string();
    env.ok(
        None,
        &["audit", "checkpoint", "--key", &key, "--output", &cp],
    );
    (env, key, cp)
}

fn verify(env: &Env, key: &str, checkpoints: &[&str]) -> std::process::Output {
    let public = format!("{key}.pub");
    let mut args = vec!["audit", "verify", "--public-key", &public, "--checkpoint"];
    args.extend_from_slice(checkpoints);
    env.run(None, &args)
}

fn fails_with(o: &std::process::Output, needle: &str) {
    assert_eq!(o.status.code(), Some(1), "{}", stderr(o));
    let err = stderr(o);
    assert!(err.contains(needle), "expected {needle:?} in: {err}");
}

/// Recomputes every commitment and hash after an edit and moves the head: what a writer of
/// the file (or a role with rights on the server's tables) can do.
fn rechain(env: &Env) {
    env.exec(
        "UPDATE audit_event SET personal = (SELECT salt || ' ' || part FROM audit_personal
                                            WHERE event_id = audit_event.id)
         WHERE personal IS NOT NULL",
    );
    let rows = env.rows(
        "SELECT id, at, actor_cf, action, company_cf, person_cf, details, login, login_cf, host, personal
         FROM audit_event ORDER BY id",
    );
    let mut prev = lpt::store::audit::GENESIS.to_string();
    let mut last = 0;
    for r in rows {
        let [
            id,
            at,
            actor,
            action,
            company,
            person,
            details,
            login,
            login_cf,
            host,
            personal,
        ]: [Option<String>; 11] = r.try_into().unwrap();
        let id: i64 = id.unwrap().parse().unwrap();
        let personal = personal.map(|p| {
            let (salt, part) = p.split_once(' ').unwrap();
            lpt::store::audit::commitment(salt, part).unwrap()
        });
        let entered = login
            .as_deref()
            .map(|l| (l, login_cf.as_deref(), host.as_deref().unwrap_or("")));
        let h = lpt::store::audit::hash(
            &prev,
            id,
            &at.unwrap(),
            actor.as_deref(),
            &action.unwrap(),
            company.as_deref(),
            person.as_deref(),
            &details.unwrap(),
            entered,
            personal.as_deref(),
        );
        env.exec(&format!(
            "UPDATE audit_event SET prev_hash = {}, hash = {}, personal = {} WHERE id = {id}",
            lit(&prev),
            lit(&h),
            personal.as_deref().map_or("NULL".into(), lit)
        ));
        prev = h;
        last = id;
    }
    env.exec(&format!(
        "UPDATE audit_head SET last_id = {last}, hash = {}",
        lit(&prev)
    ));
}

#[test]
fn a_checkpoint_verifies_and_keeps_verifying_as_the_log_grows() {
    let (env, key, cp) = checkpointed();
    let text = std::fs::read_to_string(&cp).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("lpt/"),
        "the origin names the database: {text}"
    );
    assert_eq!(lines[1], "6", "the number of events");
    assert_eq!(lines[3], "");
    assert!(lines[4].starts_with("\u{2014} lpt-audit "), "{text}");
    let o = verify(&env, &key, &[&cp]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("extends 1 checkpoint"),
        "{}",
        stderr(&o)
    );
    env.register(5, "Verdi", "Luigia");
    let o = verify(&env, &key, &[&cp]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Without checkpoints it says what it proved.
    let o = env.run(None, &["audit", "verify"]);
    assert!(
        stderr(&o).contains("consistent with itself only"),
        "{}",
        stderr(&o)
    );
    // The key files are the owner's only, and never overwritten.
    #[cfg(unix)]
    for f in [key.clone(), format!("{key}.pub")] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&f).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{f}");
    }
    env.refused(
        None,
        &["audit", "keygen", "--key", &key],
        "never overwrites a key",
    );
}

#[test]
fn an_edited_and_rechained_history_fails() {
    let (env, key, cp) = checkpointed();
    env.exec("UPDATE audit_personal SET part = replace(part, 'Verdi', 'Rossi') WHERE event_id = 3");
    rechain(&env);
    // The chain agrees with itself again: only the checkpoint shows the rewrite.
    env.ok(None, &["audit", "verify"]);
    fails_with(&verify(&env, &key, &[&cp]), "no longer extends checkpoint");
}

#[test]
fn a_truncated_log_with_its_head_moved_fails() {
    let (env, key, cp) = checkpointed();
    env.exec(
        "DELETE FROM audit_event WHERE id > 4; DELETE FROM audit_personal WHERE event_id > 4;",
    );
    rechain(&env);
    env.ok(None, &["audit", "verify"]);
    fails_with(
        &verify(&env, &key, &[&cp]),
        "the log is shorter than checkpoint",
    );
    // Every event deleted: "intact: 0 events" alone, shorter than the checkpoint with it.
    env.exec("DELETE FROM audit_event; DELETE FROM audit_personal;");
    env.exec("DELETE FROM audit_head");
    env.ok(None, &["audit", "verify"]);
    fails_with(&verify(&env, &key, &[&cp]), "the log has 0");
}

#[test]
fn a_fork_from_an_older_backup_fails() {
    crate::skip_on_pg!("looks at WAL files");
    let env = Env::new();
    env.register(1, "Verdi", "Luigia");
    let backup = env.path("old.db");
    env.ok(None, &["db", "backup", backup.to_str().unwrap()]);
    env.register(2, "Bianchi", "Anna");
    let key = env.path("audit.key").to_str().unwrap().to_string();
    env.ok(None, &["audit", "keygen", "--key", &key]);
    let cp = env.path("c").to_str().unwrap().to_string();
    env.ok(
        None,
        &["audit", "checkpoint", "--key", &key, "--output", &cp],
    );
    // Restore the backup and make other changes, with lpt itself, past the checkpoint's size.
    std::fs::copy(&backup, &env.db).unwrap();
    for p in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{p}", env.db.display()));
    }
    for n in 3..=6 {
        env.register(n, "Neri", "Carla");
    }
    env.ok(None, &["audit", "verify"]);
    fails_with(&verify(&env, &key, &[&cp]), "no longer extends checkpoint");
}

#[test]
fn a_checkpoint_of_another_database_or_altered_or_by_another_key_fails() {
    let (env, key, cp) = checkpointed();
    let (other, other_key, other_cp) = checkpointed();
    // Another database's checkpoint, with its own key.
    fails_with(
        &verify(&env, &other_key, &[&other_cp]),
        "of another database",
    );
    // Signed by another key than the one given.
    fails_with(&verify(&env, &other_key, &[&cp]), "no signature by the key");
    // Altered: a larger size, a different head.
    let text = std::fs::read_to_string(&cp).unwrap();
    let forged = env.path("forged");
    std::fs::write(&forged, text.replacen("\n6\n", "\n5\n", 1)).unwrap();
    fails_with(
        &verify(&env, &key, &[forged.to_str().unwrap()]),
        "signature does not verify",
    );
    std::fs::write(&forged, "garbage").unwrap();
    fails_with(
        &verify(&env, &key, &[forged.to_str().unwrap()]),
        "not a signed checkpoint",
    );
    // The secret key is no public key.
    let o = env.run(
        None,
        &["audit", "verify", "--public-key", &key, "--checkpoint", &cp],
    );
    fails_with(&o, "this is a secret key");
    drop(other);
}

#[test]
fn several_checkpoints_bound_where_the_rewrite_lies() {
    let (env, key, cp1) = checkpointed();
    for n in 5..=8 {
        env.register(n, "Neri", "Carla");
    }
    let cp2 = env.path("day2.checkpoint").to_str().unwrap().to_string();
    env.ok(
        None,
        &["audit", "checkpoint", "--key", &key, "--output", &cp2],
    );
    // Event 8 lies after the first checkpoint (6 events) and before the second (10).
    env.exec("UPDATE audit_personal SET part = replace(part, 'Neri', 'Nero') WHERE event_id = 8");
    rechain(&env);
    let o = verify(&env, &key, &[&cp2, &cp1]);
    fails_with(&o, "between event 7 and event 10");
}
