//! Italian and English (issue 15, item 1): both languages have the same message ids, every
//! command and argument has its Italian help, and the language is chosen by `--lang`, then
//! `LPT_LANG`, then the locale; machine output is the same in both.

use std::collections::BTreeSet;
use std::ffi::OsString;

use lpt::cli::help;
use lpt::i18n::{self, Lang};

use crate::common::{Env, stderr, stdout};

#[test]
fn every_message_id_exists_in_both_languages() {
    let it: BTreeSet<String> = i18n::ids(Lang::It).into_iter().collect();
    let en: BTreeSet<String> = i18n::ids(Lang::En).into_iter().collect();
    assert!(it.len() > 100, "the .ftl files were not read: {}", it.len());
    let only_it: Vec<_> = it.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&it).collect();
    assert!(
        only_it.is_empty() && only_en.is_empty(),
        "message ids in one language only:\n  Italian only: {only_it:?}\n  English only: {only_en:?}"
    );
}

#[test]
fn every_command_and_argument_has_italian_help() {
    let entries = help::entries();
    let missing: Vec<&str> = entries
        .iter()
        .filter(|e| i18n::message(Lang::It, &e.id, None).is_none())
        .map(|e| e.id.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "no Italian help in i18n/it/help.ftl for: {missing:?}"
    );
    // i18n/en/help.ftl says exactly what the doc comments say (its escaping is faithful).
    for e in &entries {
        assert_eq!(
            i18n::message(Lang::En, &e.id, None).as_deref(),
            Some(e.english.as_str()),
            "{} in i18n/en/help.ftl",
            e.id
        );
    }
}

/// Every help page of the Italian tree, `-h` and `--help`, has none of clap's English.
#[test]
fn italian_help_has_no_english_headings() {
    fn walk(cmd: &mut clap::Command, path: &str, bad: &mut Vec<String>) {
        for page in [cmd.render_help(), cmd.render_long_help()] {
            let page = page.to_string();
            for english in [
                "Usage:",
                "Commands:",
                "Options:",
                "Arguments:",
                "Print help",
            ] {
                if page.contains(english) {
                    bad.push(format!("{path}: {english}"));
                }
            }
        }
        // clap's `help` holds a copy of the tree for completion only: `lpt help X` shows X's.
        for sub in cmd.get_subcommands_mut().filter(|s| s.get_name() != "help") {
            let p = format!("{path} {}", sub.get_name());
            walk(sub, &p, bad);
        }
    }
    let mut bad = Vec::new();
    walk(&mut help::command(Lang::It), "lpt", &mut bad);
    assert!(bad.is_empty(), "English left in the Italian help: {bad:?}");
}

fn help_of(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> String {
    let mut c = env.cmd();
    for (k, v) in vars {
        c.env(k, v);
    }
    let o = c.args(args).output().unwrap();
    assert!(o.status.success(), "lpt {args:?}: {}", stderr(&o));
    stdout(&o)
}

const IT: &str = "Registra una persona che ha effettuato l'accesso al portale come cittadino";
const EN: &str = "Register a person who has accessed the portal as a citizen";

fn is_italian(help: &str) -> bool {
    help.contains(IT) && help.contains("Uso:") && !help.contains(EN)
}

fn is_english(help: &str) -> bool {
    help.contains(EN) && help.contains("Usage:") && !help.contains(IT)
}

#[test]
fn lang_flag_chooses_the_help_language() {
    let env = Env::empty();
    let it = help_of(&env, &[], &["--lang", "it", "person", "register", "--help"]);
    let en = help_of(&env, &[], &["--lang", "en", "person", "register", "--help"]);
    assert!(is_italian(&it), "{it}");
    assert!(is_english(&en), "{en}");
    assert!(it.contains("Cognome") && it.contains("Argomenti:") && it.contains("Opzioni:"));
    // After the verb, and with `=`, as clap accepts a global flag anywhere.
    let it = help_of(&env, &[], &["person", "register", "--lang=it", "-h"]);
    assert!(is_italian(&it), "{it}");
    // No flag, no locale (the scrubbed environment): English.
    assert!(is_english(&help_of(
        &env,
        &[],
        &["person", "register", "-h"]
    )));
}

#[test]
fn the_locale_chooses_the_help_language_and_lpt_lang_overrides_it() {
    let env = Env::empty();
    let args = ["person", "register", "--help"];
    let cases: &[(&[(&str, &str)], bool)] = &[
        (&[("LANG", "it_IT.UTF-8")], true),
        (&[("LANG", "C")], false),
        (&[("LANG", "POSIX")], false),
        (&[("LANG", "de_DE.UTF-8")], false),
        (&[("LC_MESSAGES", "it_IT.UTF-8"), ("LANG", "C")], true),
        (&[("LC_ALL", "C"), ("LANG", "it_IT.UTF-8")], false),
        (&[("LANGUAGE", "it:en"), ("LANG", "C")], true),
        (&[("LPT_LANG", "en"), ("LANG", "it_IT.UTF-8")], false),
        (&[("LPT_LANG", "it"), ("LANG", "C")], true),
        (&[("LPT_LANG", "it"), ("LC_ALL", "en_US.UTF-8")], true),
    ];
    for (vars, italian) in cases {
        let help = help_of(&env, vars, &args);
        let ok = if *italian {
            is_italian(&help)
        } else {
            is_english(&help)
        };
        assert!(
            ok,
            "{vars:?} should give {}:\n{help}",
            if *italian { "Italian" } else { "English" }
        );
    }
    // --lang overrides them all.
    let help = help_of(
        &env,
        &[("LPT_LANG", "it"), ("LANG", "it_IT.UTF-8")],
        &["--lang", "en", "person", "register", "--help"],
    );
    assert!(is_english(&help), "{help}");
}

/// The register of the conditions of Lavoro per te, in the help of a sample of verbs.
#[test]
fn italian_help_speaks_as_the_administration_does() {
    let env = Env::empty();
    let cases: &[(&[&str], &[&str])] = &[
        (
            &[],
            &["Uso:", "Comandi:", "Opzioni:", "unità organizzative"],
        ),
        (
            &["person", "suspend"],
            &["Sospende una persona", "abilitazione"],
        ),
        (
            &["company", "register"],
            &["legale rappresentante", "amministratore delle utenze"],
        ),
        (
            &["collab", "grant"],
            &[
                "Abilita",
                "unità organizzativa",
                "trattamento dei dati personali",
            ],
        ),
        (
            &["collab", "revoke"],
            &["Revoca", "abilitazione", "operatore regionale"],
        ),
        (&["collab", "end"], &["cessazione del rapporto", "Esempio:"]),
        (
            &["admin", "nominate"],
            &["amministratore delle utenze", "unità organizzativa"],
        ),
        (&["cf", "check"], &["codice fiscale", "Codice di uscita"]),
        (
            &["audit", "overdue-revocations"],
            &["cessazione del rapporto", "Esempi:"],
        ),
    ];
    for (verb, words) in cases {
        let mut args = vec!["--lang", "it"];
        args.extend_from_slice(verb);
        args.push("--help");
        let help = help_of(&env, &[], &args);
        for w in *words {
            assert!(
                help.contains(w),
                "lpt {verb:?} --help in Italian lacks {w:?}:\n{help}"
            );
        }
    }
}

#[test]
fn machine_output_is_the_same_in_every_language() {
    let env = Env::empty();
    for format in ["csv", "json"] {
        let run = |lang: &str| {
            let o = env
                .cmd()
                .args(["--lang", lang, "--format", format, "cf", "check"])
                .args(["RSSMRA80A01H501U", "RSSMRA80A01H501X"])
                .output()
                .unwrap();
            (o.status.code(), stdout(&o))
        };
        assert_eq!(run("it"), run("en"), "--format {format}");
    }
}

#[test]
fn choose_reads_the_flag_before_clap_and_the_locale_in_order() {
    let args = |a: &[&str]| -> Vec<OsString> { a.iter().map(OsString::from).collect() };
    let none = |_: &str| None::<String>;
    assert_eq!(
        Lang::choose(&args(&["lpt", "--lang", "it"]), none),
        Lang::It
    );
    assert_eq!(Lang::choose(&args(&["lpt", "--lang=IT"]), none), Lang::It);
    assert_eq!(Lang::choose(&args(&["lpt"]), none), Lang::En);
    // After `--` it is an operand, not the flag; an unknown value is left to clap.
    assert_eq!(
        Lang::choose(&args(&["lpt", "--", "--lang", "it"]), none),
        Lang::En
    );
    assert_eq!(
        Lang::choose(&args(&["lpt", "--lang", "fr"]), none),
        Lang::En
    );
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let no_args = args(&["lpt"]);
    assert_eq!(
        Lang::choose(&no_args, env(&[("LANG", "it_IT.UTF-8")])),
        Lang::It
    );
    assert_eq!(Lang::choose(&no_args, env(&[("LANG", "it")])), Lang::It);
    assert_eq!(
        Lang::choose(&no_args, env(&[("LANG", "it_CH@euro")])),
        Lang::It
    );
    assert_eq!(
        Lang::choose(&no_args, env(&[("LANG", "C.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::choose(&no_args, env(&[("LANGUAGE", ""), ("LANG", "it_IT")])),
        Lang::It
    );
    assert_eq!(
        Lang::choose(&no_args, env(&[("LANGUAGE", "en:it"), ("LANG", "it_IT")])),
        Lang::En
    );
    assert_eq!(
        Lang::choose(&args(&["lpt", "--lang", "en"]), env(&[("LPT_LANG", "it")])),
        Lang::En
    );
}

#[test]
fn tr_looks_messages_up_with_arguments_and_falls_back_to_english() {
    // This process never chose a language: English, as main's default.
    assert_eq!(i18n::lang(), Lang::En);
    assert_eq!(lpt::tr!("clap-usage"), "Usage");
    assert_eq!(lpt::tr!("clap-usage", unused = 3), "Usage");
    assert_eq!(
        i18n::message(Lang::It, "clap-usage", None).as_deref(),
        Some("Uso")
    );
    assert_eq!(
        i18n::message(Lang::It, "cmd-person-register.after", None).as_deref(),
        Some(
            "Esempio:\n  lpt --as VRDLGU85M41F205T person register VRDLGU85M41F205T --family-name Verdi --given-name Luigia --via cie"
        )
    );
    assert_eq!(lpt::tr!("no-such-message"), "no-such-message");
}
