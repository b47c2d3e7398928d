//! Issue 13, items 4 and 8 (R15, R13): names in NFC without control characters on every
//! path, compared after NFC and case folding; one person, one code (omocodic variants);
//! `person update`; the legacy import's to-correct list kept and completed.

use crate::common::*;

const LEGACY_HEADER: &str = "username,cf,family_name,given_name,email,country";
const REGISTRY_HEADER: &str = "company_cf,person_cf,family_name,given_name,profile,unit,\
                               granted_on,ended_on,revoked_on,revoke_reason";

fn file(env: &Env, name: &str, content: &str) -> String {
    let p = env.path(name);
    std::fs::write(&p, content).unwrap();
    p.to_str().unwrap().to_string()
}

fn legacy(env: &Env, rows: &[String]) -> String {
    file(
        env,
        "legacy.csv",
        &format!("{LEGACY_HEADER}\n{}\n", rows.join("\n")),
    )
}

/// The stored names of a person.
fn stored(env: &Env, cf: &str) -> (String, String) {
    let of = |column: &str| env.text(&format!("SELECT {column} FROM person WHERE cf = '{cf}'"));
    (of("family_name"), of("given_name"))
}

/// A name with an escape sequence, one with a new line, one with a bidi override.
const BAD: [(&str, &str); 3] = [
    ("Rossi\u{1b}[2J", "control character"),
    ("Rossi\nBianchi", "control character"),
    ("Ro\u{202E}ssi", "invisible formatting character"),
];

#[test]
fn names_with_control_or_invisible_characters_are_refused_on_every_path() {
    let env = Env::new();
    let anna = env.register(2, "Bianchi", "Anna");
    let acme = env.approved_company(1, &anna, &["DATORE_PRIVATO"]);
    let new = person(3);
    for (bad, why) in BAD {
        let register = ["person", "register", &new, "--family-name", bad];
        let register = [&register[..], &["--given-name", "Luca"]].concat();
        env.refused(Some(OP), &register, why);
        let update = ["person", "update", &anna, "--given-name", bad];
        env.refused(Some(OP), &update, why);
        env.refused(Some(&anna), &["unit", "add", &acme, bad], why);
        env.refused(
            Some(&anna),
            &["unit", "rename", &acme, "Sede legale", bad],
            why,
        );
        env.refused(
            Some(&anna),
            &["company", "update", &acme, "--name", bad],
            why,
        );
        let c2 = company(2);
        let register = [
            "company",
            "register",
            &c2,
            "--name",
            bad,
            "--office",
            "Via Roma 1",
            "--email",
            "a@b.example",
            "--legal-rep",
            &anna,
            "--type",
            "DATORE_PRIVATO",
        ];
        env.refused(Some(&anna), &register, why);
        let rep = [
            "company",
            "update",
            &acme,
            "--legal-rep",
            &new,
            "--legal-rep-family-name",
            bad,
            "--legal-rep-given-name",
            "Luca",
        ];
        env.refused(Some(&anna), &rep, why);
        // The legacy import: the file is refused, naming the line and the column.
        let f = legacy(&env, &[format!("luca,{new},\"{bad}\",Luca,,IT")]);
        let line = env.refused(Some(OP), &["person", "import-legacy", &f], why);
        assert!(
            line.contains("line 2") && line.contains("family_name"),
            "{line}"
        );
    }
    // A registry row: a bidi override in a name is the row's fault, with line and column.
    let f = file(
        &env,
        "reg.csv",
        &format!(
            "{REGISTRY_HEADER}\n{acme},{anna},Bianchi,\"An\u{202E}na\",GESTIONE_CO,,2026-01-10,,,\n"
        ),
    );
    let before = env.snapshot();
    let o = env.run(
        Some(&anna),
        &["registry", "import", &f, "--data-processing-authorised"],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("line 2") && err.contains("column given_name") && err.contains("invisible"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn names_are_stored_in_nfc_and_compared_after_case_folding() {
    let env = Env::new();
    env.set_now("2026-01-10T10:00:00Z");
    // NFD (as typed on a Mac) and a non-breaking space are stored NFC, one space.
    let nico = env.register(2, "De\u{A0}\u{A0}Luca", "Nicolo\u{300}");
    assert_eq!(stored(&env, &nico), ("De Luca".into(), "Nicolò".into()));
    let acme = env.approved_company(1, &nico, &["DATORE_PRIVATO"]);
    // A registry row with the names in NFD and another letter case is the same person.
    let f = file(
        &env,
        "reg.csv",
        &format!(
            "{REGISTRY_HEADER}\n{acme},{nico},DE LUCA,NICOLO\u{300},GESTIONE_CO,,2026-01-10,,,\n"
        ),
    );
    env.ok(
        Some(&nico),
        &["registry", "import", &f, "--data-processing-authorised"],
    );
    // Units: one name whatever the case, the spaces, or a Cyrillic look-alike.
    env.ok(Some(&nico), &["unit", "add", &acme, "Città"]);
    for same in [
        "CITTÀ",
        "Citta\u{300}",
        "Sede\u{A0}legale",
        "SEDE  LEGALE",
        "Ѕеdе legale",
    ] {
        env.refused(
            Some(&nico),
            &["unit", "add", &acme, same],
            "already has a unit named",
        );
    }
    env.refused(
        Some(&nico),
        &["unit", "rename", &acme, "Sede legale", "città"],
        "the same name as 'città' once letter case and spelling are folded (R15)",
    );
    // The unit is found by any spelling of its name, and a change of case is a rename.
    env.ok(Some(&nico), &["unit", "rename", &acme, "CITTÀ", "CITTÀ"]);
    let names = env.text("SELECT group_concat(name, '|') FROM unit WHERE removed_at IS NULL");
    assert!(
        names.contains("CITTÀ") && !names.contains("Città"),
        "{names}"
    );
    env.ok(None, &["db", "check"]);
}

#[test]
fn an_omocodic_variant_with_the_same_names_is_registered_only_by_an_operator() {
    let env = Env::new();
    let anna = env.register(2, "Bianchi", "Anna");
    let variant = lpt::cf::omocode_variant(&anna, 0b1);
    // Her own first access with the variant code (entered by the operator's login).
    let args = [
        "person",
        "register",
        &variant,
        "--family-name",
        "BIANCHI",
        "--given-name",
        "Anna",
    ];
    env.refused(
        Some(&variant),
        &args,
        "registered with the same names: the same person is never registered twice (R15)",
    );
    // Other names: a distinct person, registered.
    let other = lpt::cf::omocode_variant(&anna, 0b10);
    env.ok(
        Some(&other),
        &[
            "person",
            "register",
            &other,
            "--family-name",
            "Bianchi",
            "--given-name",
            "Anita",
        ],
    );
    // A regional operator registers the variant, with a warning.
    let o = env.run(Some(OP), &args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("registered by a regional operator as a distinct person"));
    env.ok(None, &["db", "check"]);
}

#[test]
fn a_variant_of_a_suspended_persons_code_is_never_registered() {
    let env = Env::new();
    let anna = env.register(2, "Bianchi", "Anna");
    env.ok(
        Some(OP),
        &["person", "suspend", &anna, "--reason", "stolen credentials"],
    );
    let variant = lpt::cf::omocode_variant(&anna, 0b100);
    for names in [["Bianchi", "Anna"], ["Bianca", "Annalisa"]] {
        let args = [
            "person",
            "register",
            &variant,
            "--family-name",
            names[0],
            "--given-name",
            names[1],
        ];
        env.refused(
            Some(OP),
            &args,
            "who is suspended: a variant of a suspended person's code is never registered",
        );
        env.refused(Some(&variant), &args, "who is suspended");
    }
    // The legacy import lists it for correction (and the suspended code itself) instead.
    let f = legacy(
        &env,
        &[
            format!("anna2,{variant},Bianchi,Anna,,IT"),
            format!("anna1,{anna},Bianchi,Anna,,IT"),
        ],
    );
    let rows = json(&env.ok(
        Some(OP),
        &["--format", "json", "person", "import-legacy", &f],
    ));
    for r in rows.as_array().unwrap() {
        assert_eq!(r["list"], "to_correct", "{r}");
        assert!(r["reason"].as_str().unwrap().contains("suspended"), "{r}");
    }
    assert_eq!(env.count("SELECT count(*) FROM person"), 2);
}

#[test]
fn person_update_by_an_operator_is_audited_and_replayed() {
    let env = Env::new();
    let anna = env.register(2, "Bianchi", "Anna");
    let luca = env.register(3, "Verdi", "Luca");
    env.refused(
        Some(&luca),
        &["person", "update", &anna, "--family-name", "Neri"],
        "may not",
    );
    env.refused(
        Some(&anna),
        &["person", "update", &anna, "--family-name", "Neri"],
        "may not",
    );
    env.refused(
        Some(OP),
        &["person", "update", &anna],
        "give at least one of",
    );
    env.refused(
        Some(OP),
        &["person", "update", &person(9), "--given-name", "X"],
        "no registered person",
    );
    env.ok(
        Some(OP),
        &[
            "person",
            "update",
            &anna,
            "--given-name",
            "Anna\u{A0}Maria",
            "--email",
            "a@b.example",
        ],
    );
    assert_eq!(stored(&env, &anna), ("Bianchi".into(), "Anna Maria".into()));
    // Nothing to change: nothing written.
    let before = env.snapshot();
    env.ok(
        Some(OP),
        &["person", "update", &anna, "--given-name", "Anna Maria"],
    );
    assert_eq!(env.snapshot(), before);
    // The names are the personal part, beside the chain; the code never changed.
    let of = |column: &str| {
        env.text(&format!(
            "SELECT {column} FROM audit_event JOIN audit_personal ON event_id = id
             WHERE action = 'person.update'"
        ))
    };
    let (details, part) = (of("details"), of("part"));
    assert!(
        !details.contains("Anna Maria") && part.contains("Anna Maria"),
        "{details} {part}"
    );
    env.ok(None, &["db", "check"]);
    env.ok(None, &["audit", "verify"]);
    // An edit of the names that bypassed lpt is found by the replay.
    env.exec(&format!(
        "UPDATE person SET family_name = 'Neri' WHERE cf = '{anna}'"
    ));
    let o = env.run(None, &["db", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains(&format!(
            "{anna}'s family name is \"Neri\", but the trail says \"Bianchi\""
        )),
        "{}",
        stdout(&o)
    );
}
