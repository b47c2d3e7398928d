//! Issue 15, items 5 and 6: `person find` and `company find` (accents, case, order of the
//! words, ranking, the office's words, --limit, the index kept current by every write) and
//! `person history` (every change of one person in every company, in order, with both
//! times); all three traced as bulk reads.

use crate::common::*;

/// The codes in the first column of a CSV list.
fn codes(csv: &str) -> Vec<String> {
    csv.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect()
}

fn find(env: &Env, noun: &str, words: &[&str]) -> Vec<String> {
    let mut args = vec!["--format", "csv", noun, "find"];
    args.extend(words);
    codes(&env.ok(None, &args))
}

#[test]
fn person_find_ignores_accents_case_and_order_and_ranks_whole_words_first() {
    let env = Env::new();
    let nicolo = env.register(1, "Verdi", "Nicolò");
    let bianchi = env.register(2, "Bianchi", "Giuseppe");
    let bianchini = env.register(3, "Bianchini", "Giuseppe");
    let anna = env.register(4, "Bianchi", "Anna");
    let damico = env.register(5, "D'Amico", "Maria Grazia");

    // An accent typed or not, in any case, or typed as an apostrophe.
    for typed in ["nicolo", "NICOLÒ", "Nicolo\u{300}", "nicolo'", "VERDI nic"] {
        assert_eq!(find(&env, "person", &[typed]), [nicolo.as_str()], "{typed}");
    }
    // Either order; whole words before prefixes; then who matches fewer of the words.
    let expected = [bianchi.clone(), bianchini.clone(), anna.clone()];
    assert_eq!(find(&env, "person", &["bianchi", "giuseppe"]), expected);
    assert_eq!(find(&env, "person", &["Giuseppe Bianchi"]), expected);
    let csv = env.ok(
        None,
        &["--format", "csv", "person", "find", "giuseppe bianchi"],
    );
    assert_eq!(
        csv.lines().next().unwrap(),
        "cf,family_name,given_name,status,words_found"
    );
    assert!(csv.contains(&format!("{bianchi},Bianchi,Giuseppe,active,2")));
    assert!(csv.contains(&format!("{anna},Bianchi,Anna,active,1")));
    // --limit keeps the best.
    assert_eq!(
        find(&env, "person", &["bianchi", "giuseppe", "--limit", "1"]),
        [bianchi.as_str()]
    );
    // A joined name is found whole or by its parts; one letter matches only a whole word.
    assert_eq!(find(&env, "person", &["damico"]), [damico.as_str()]);
    assert_eq!(
        find(&env, "person", &["amico", "grazia"]),
        [damico.as_str()]
    );
    assert!(find(&env, "person", &["g"]).is_empty());
    // Nothing to look for is a usage error.
    assert_eq!(
        env.run(None, &["person", "find", "--", "--"]).status.code(),
        Some(2)
    );

    // A correction is found at once (the index follows every write), and db check agrees.
    env.ok(
        Some(OP),
        &["person", "update", &anna, "--family-name", "Zanetti"],
    );
    assert_eq!(find(&env, "person", &["zanetti"]), [anna.as_str()]);
    assert_eq!(
        find(&env, "person", &["bianchi"]),
        [bianchi.clone(), bianchini]
    );
    env.ok(None, &["db", "check"]);

    // Traced (R10): the text searched is personal, kept beside the chain (R16).
    let details = env.text(
        "SELECT e.details FROM audit_event e JOIN audit_personal p ON p.event_id = e.id
         WHERE e.action = 'person.find' ORDER BY e.id LIMIT 1",
    );
    let part = env.text(
        "SELECT p.part FROM audit_event e JOIN audit_personal p ON p.event_id = e.id
         WHERE e.action = 'person.find' ORDER BY e.id LIMIT 1",
    );
    assert!(details.contains("\"rows\":1") && !details.contains("nicolo"));
    assert!(part.contains("nicolo"));
    assert!(env.count("SELECT count(*) FROM audit_event WHERE action = 'person.find'") >= 10);
    env.ok(None, &["audit", "verify"]);
}

fn register_company(env: &Env, n: u32, requester: &str, name: &str, office: &str) -> String {
    let cf = company(n);
    env.ok(
        Some(requester),
        &[
            "company",
            "register",
            &cf,
            "--name",
            name,
            "--office",
            office,
            "--email",
            "info@example.it",
            "--legal-rep",
            requester,
            "--type",
            "DATORE_PRIVATO",
        ],
    );
    env.ok(Some(OP), &["company", "approve", &cf]);
    cf
}

#[test]
fn company_find_by_name_and_office_words() {
    let env = Env::new();
    let rep = env.register(1, "Rossi", "Mario");
    let rossi = register_company(&env, 1, &rep, "Rossi S.r.l.", "Via Roma 1, 87100 Cosenza");
    let office = register_company(&env, 2, &rep, "Bianchi Spa", "Via Rossi 3, Cosenza");
    let other = register_company(
        &env,
        3,
        &rep,
        "ROSSI Costruzioni",
        "Corso Mazzini 2, Catanzaro",
    );

    // Name words and office words; the name before the office; then fewer words.
    assert_eq!(
        find(&env, "company", &["la ditta Rossi di Cosenza"]),
        [rossi.clone(), office.clone(), other.clone()]
    );
    assert_eq!(find(&env, "company", &["srl", "87100"]), [rossi.as_str()]);
    assert_eq!(find(&env, "company", &["catanz"]), [other.as_str()]);
    let csv = env.ok(
        None,
        &[
            "--format", "csv", "company", "find", "cosenza", "--limit", "1",
        ],
    );
    assert_eq!(
        csv.lines().next().unwrap(),
        "cf,name,office,status,words_found"
    );
    assert_eq!(codes(&csv), [office.as_str()]);

    // A change of office is found at once, and db check agrees.
    env.ok(
        Some(&rep),
        &[
            "company",
            "update",
            &other,
            "--office",
            "Piazza Duomo 1, Città di Castello",
        ],
    );
    assert_eq!(find(&env, "company", &["citta castello"]), [other.as_str()]);
    assert!(find(&env, "company", &["catanzaro"]).is_empty());
    env.ok(None, &["db", "check"]);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_event WHERE action = 'company.find'"),
        6
    );
}

fn collab(env: &Env, actor: &str, verb: &str, company: &str, person: &str, more: &[&str]) {
    let mut args = vec!["collab", verb, "--company", company, "--person", person];
    args.extend(more);
    env.ok(Some(actor), &args);
}

#[test]
fn person_history_in_every_company_in_order_with_both_times() {
    let env = Env::new();
    env.set_now("2026-03-01T09:00:00Z");
    let admin = env.register(1, "Bianchi", "Anna");
    let a = env.approved_company(1, &admin, &["DATORE_PRIVATO"]);
    let b = env.approved_company(2, &admin, &["DATORE_PRIVATO"]);
    let p = env.register(2, "Verdi", "Nicolò");
    let dpa = "--data-processing-authorised";
    collab(
        &env,
        &admin,
        "grant",
        &a,
        &p,
        &["--profile", "GESTIONE_CO", "--on", "2026-02-20", dpa],
    );
    env.set_now("2026-03-02T09:00:00Z");
    collab(
        &env,
        &admin,
        "grant",
        &b,
        &p,
        &["--profile", "VISUALIZZAZIONE_CO", dpa],
    );
    env.set_now("2026-03-03T09:00:00Z");
    collab(&env, &admin, "confirm", &a, &p, &[]);
    env.set_now("2026-03-04T09:00:00Z");
    collab(
        &env,
        &admin,
        "role-change",
        &b,
        &p,
        &["--on", "2026-03-04", "--note", "new duties"],
    );
    env.set_now("2026-03-05T09:00:00Z");
    collab(&env, &admin, "end", &a, &p, &["--on", "2026-03-05"]);
    env.set_now("2026-03-06T09:00:00Z");
    let revoke = [
        "--profile",
        "GESTIONE_CO",
        "--reason",
        "left",
        "--on",
        "2026-03-05",
    ];
    collab(&env, &admin, "revoke", &a, &p, &revoke);
    env.set_now("2026-03-07T09:00:00Z");
    env.ok(Some(OP), &["person", "suspend", &p, "--reason", "stolen"]);
    env.ok(Some(OP), &["person", "reinstate", &p]);
    // Someone else's change is not in it.
    collab(
        &env,
        &admin,
        "grant",
        &b,
        &env.register(3, "Neri", "Luca"),
        &["--profile", "GESTIONE_CO", dpa],
    );

    let out = env.ok(None, &["--format", "json", "person", "history", &p]);
    let rows = json(&out);
    let rows = rows.as_array().unwrap();
    let step = |i: usize, k: &str| rows[i][k].as_str().unwrap_or("").to_string();
    let actions: Vec<String> = (0..rows.len()).map(|i| step(i, "action")).collect();
    assert_eq!(
        actions,
        [
            "person.register",
            "grant.add",
            "grant.add",
            "grant.confirm",
            "role.change",
            "relationship.end",
            "grant.revoke",
            "grant.revoke",
            "person.suspend",
            "person.reinstate",
        ]
    );
    let events: Vec<i64> = rows.iter().map(|r| r["event"].as_i64().unwrap()).collect();
    assert!(
        events.windows(2).all(|w| w[0] < w[1]),
        "in order of recording"
    );
    // Both companies; who acted and the login that entered it.
    assert_eq!(
        (step(1, "company_cf"), step(2, "company_cf")),
        (a.clone(), b.clone())
    );
    assert_eq!(
        (step(1, "profile"), step(1, "actor_cf")),
        ("GESTIONE_CO".into(), admin.clone())
    );
    assert!(!step(1, "login").is_empty());
    assert_eq!(step(8, "actor_cf"), OP);
    // Declared day beside the recorded one: granted on 20 February, recorded on 1 March;
    // revoked on the 5th, recorded on the 6th.
    assert_eq!(
        (step(1, "declared_on"), step(1, "recorded_on")),
        ("2026-02-20".into(), "2026-03-01".into())
    );
    assert_eq!(
        (step(6, "declared_on"), step(6, "recorded_on")),
        ("2026-03-05".into(), "2026-03-06".into())
    );
    assert!(step(6, "recorded_at").starts_with("2026-03-06T09:00:00"));
    assert_eq!(step(6, "detail"), "left");
    assert_eq!(
        (step(7, "company_cf"), step(7, "detail")),
        (b.clone(), "suspended by the Region: stolen".into())
    );
    assert_eq!(step(4, "detail"), "new duties");
    assert!(step(3, "detail").contains("GESTIONE_CO"));

    // Stable CSV columns; traced as a read of this person's data (R10), left out of it.
    let csv = env.ok(None, &["--format", "csv", "person", "history", &p]);
    assert_eq!(
        csv.lines().next().unwrap(),
        "event,recorded_at,recorded_on,declared_on,action,company_cf,profile,unit,actor_cf,login,detail"
    );
    assert_eq!(csv.lines().count(), rows.len() + 1);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_event WHERE action = 'person.history' AND person_cf = '{p}'"
        )),
        2
    );
    env.refused(None, &["person", "history", &person(9)], "");
    env.ok(None, &["db", "check"]);
}

/// The search words are derived data: db check recomputes them from the names on both back
/// ends and names the person or company whose words were edited around lpt.
#[test]
fn db_check_finds_search_words_edited_around_lpt() {
    let env = Env::new();
    let verdi = env.register(1, "Verdi", "Nicolò");
    env.ok(None, &["db", "check"]);
    env.exec("UPDATE person_word SET word = 'rossi' WHERE word = 'verdi'");
    let o = env.run(None, &["--format", "json", "db", "check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("search words are not their names'") && out.contains(&verdi),
        "{out}"
    );
}
