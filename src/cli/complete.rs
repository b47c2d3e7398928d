//! Completion of values (issue 15): `COMPLETE=bash lpt` prints the shell's registration
//! (`source <(COMPLETE=bash lpt)`), and at each Tab the shell runs `COMPLETE=bash lpt --
//! WORDS…`. clap_complete's engine completes nouns, verbs and flags from the clap tree; the
//! completers attached here offer the values read from the database at that moment:
//! profile and type codes, the units of the company named earlier on the line, company codes
//! with their names, person codes with "Family Given".
//!
//! The engine hands a completer the current word only: the rest of the line (`--db`,
//! `--company`, the company of `unit rename`) is read again from the process's arguments,
//! the words after `--` up to the one completed (`_CLAP_COMPLETE_INDEX`, or the last one
//! for fish). The database is opened read-only, without waiting on a lock, never migrated
//! nor created; any failure offers nothing.

use std::ffi::OsStr;
use std::path::PathBuf;
use std::sync::OnceLock;

use clap::{Arg, Command};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use crate::i18n::Lang;
use crate::store::complete::{Reader, Value};

/// The most values offered for one word.
const LIMIT: usize = 100;
/// The variable that asks for completion, and names the shell.
const VAR: &str = "COMPLETE";
/// The global flags that take no value (every other option does, on the lines read here).
const FLAGS: [&str; 6] = ["--yes", "-y", "--wide", "--help", "-h", "--version"];

/// The shell asking, read before clap_complete removes the variable.
static SHELL: OnceLock<String> = OnceLock::new();

/// When the environment asks for completion (`COMPLETE=bash|zsh|fish|elvish|powershell`),
/// prints the registration script or the candidates and exits; otherwise returns.
pub fn complete_and_exit_if_asked(lang: Lang) {
    let Some(shell) = std::env::var_os(VAR) else {
        return;
    };
    let _ = SHELL.set(shell.to_string_lossy().into_owned());
    clap_complete::CompleteEnv::with_factory(move || command(lang))
        .var(VAR)
        .complete();
}

/// The clap tree in `lang` with the value completers attached.
pub fn command(lang: Lang) -> Command {
    let mut cmd = super::help::command(lang);
    // Built, so that the global flags (`--as`) are in every subcommand to be given theirs.
    cmd.build();
    attach(cmd, &[])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Profile,
    Type,
    Unit,
    Company,
    Person,
}

fn attach(cmd: Command, path: &[String]) -> Command {
    let cmd = cmd.mut_args(|a| match kind_of(&a, path) {
        Some(kind) => a.add(ArgValueCompleter::new(move |cur: &OsStr| values(kind, cur))),
        None => a,
    });
    cmd.mut_subcommands(|sub| {
        let mut here = path.to_vec();
        here.push(sub.get_name().to_string());
        attach(sub, &here)
    })
}

/// What an argument of the command at `path` (nouns and verbs below `lpt`) names.
fn kind_of(arg: &Arg, path: &[String]) -> Option<Kind> {
    let noun = path.first().map(String::as_str);
    let verb = path.get(1).map(String::as_str);
    if let Some(long) = arg.get_long() {
        return match long {
            "profile" => Some(Kind::Profile),
            "type" => Some(Kind::Type),
            // The first unit of a company being registered is new.
            "unit" if noun != Some("company") => Some(Kind::Unit),
            "company" => Some(Kind::Company),
            "person" | "as" | "legal-rep" => Some(Kind::Person),
            _ => None,
        };
    }
    if !arg.is_positional() {
        return None;
    }
    match (arg.get_id().as_str(), noun, verb) {
        ("company" | "company_cf", _, _) => Some(Kind::Company),
        ("person_cf", _, _) => Some(Kind::Person),
        // A code being registered is new: nothing to offer.
        ("cf", _, Some("register")) => None,
        ("cf", Some("person" | "operator" | "login"), _) => Some(Kind::Person),
        ("cf", Some("company"), _) => Some(Kind::Company),
        ("old", Some("unit"), Some("rename")) | ("name", Some("unit"), Some("remove")) => {
            Some(Kind::Unit)
        }
        _ => None,
    }
}

/// The candidates for the word `current` of an argument of `kind`.
fn values(kind: Kind, current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(current) = current.to_str() else {
        return Vec::new();
    };
    let current = unquote(current);
    let words = line();
    let Some(reader) = db_path(&words)
        .and_then(|p| Reader::open(&crate::store::Location::parse(p.as_os_str())).ok())
    else {
        return Vec::new();
    };
    let code = current.to_uppercase();
    let found = match kind {
        Kind::Profile => reader.profiles(&code).unwrap_or_default(),
        Kind::Type => reader.types(&code).unwrap_or_default(),
        Kind::Unit => company_on_line(&words)
            .and_then(|c| reader.units(&c, 10 * LIMIT).ok())
            .unwrap_or_default()
            .into_iter()
            .filter(|u| u.value.to_lowercase().starts_with(&current.to_lowercase()))
            .collect(),
        Kind::Person => by_code_or_name(
            reader.persons_by_code(&code, LIMIT),
            |w| reader.persons_by_name(w, LIMIT),
            &current,
        ),
        Kind::Company => by_code_or_name(
            reader.companies_by_code(&code, LIMIT),
            |w| reader.companies_by_name(w, LIMIT),
            &current,
        ),
    };
    found.into_iter().take(LIMIT).map(candidate).collect()
}

/// The codes that begin the word, then those of the names one of whose words it begins
/// (offered by bash, which puts the code in place of the name; zsh and fish keep only the
/// values that begin the word).
fn by_code_or_name(
    by_code: anyhow::Result<Vec<Value>>,
    by_name: impl Fn(&str) -> anyhow::Result<Vec<Value>>,
    current: &str,
) -> Vec<Value> {
    let mut out = by_code.unwrap_or_default();
    if let Some(word) = crate::search::terms(current).first() {
        for v in by_name(word).unwrap_or_default() {
            if !out.iter().any(|o| o.value == v.value) {
                out.push(v);
            }
        }
    }
    out
}

fn candidate(v: Value) -> CompletionCandidate {
    let value = if SHELL.get().is_some_and(|s| s.ends_with("bash")) {
        bash_quote(&v.value)
    } else {
        v.value
    };
    CompletionCandidate::new(value).help(v.about.map(Into::into))
}

/// bash puts a candidate on the line as it is: a name with spaces goes quoted.
fn bash_quote(s: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "_-./:=,@+%".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// A word as bash and zsh pass it, typed (`'Sede Co`, `Sede\ Co`), as the program would get
/// it; fish passes words unquoted already.
fn unquote(word: &str) -> String {
    let mut out = String::new();
    let mut quote = None;
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None | Some('"'), '\\') => out.extend(chars.next()),
            _ => out.push(c),
        }
    }
    out
}

/// The words of the line before the one completed, without the program's name, unquoted;
/// bash's `--company = CF` (it splits words at `=`) joined again.
fn line() -> Vec<String> {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let start = args
        .iter()
        .position(|a| a == "--")
        .map_or(args.len(), |i| i + 1);
    let words = &args[start..];
    let index = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|i| i.parse().ok())
        .unwrap_or(words.len().saturating_sub(1));
    let mut out: Vec<String> = Vec::new();
    let mut it = words.iter().take(index).skip(1).map(|w| unquote(w));
    while let Some(w) = it.next() {
        match out.last_mut() {
            Some(last) if w == "=" && last.starts_with("--") && !last.contains('=') => {
                last.push('=');
                last.extend(it.next());
            }
            _ => out.push(w),
        }
    }
    out
}

/// The last value given to `--name` on the line (`--name V` or `--name=V`).
fn option(words: &[String], name: &str) -> Option<String> {
    let flag = format!("--{name}");
    let mut found = None;
    let mut it = words.iter().take_while(|w| *w != "--");
    while let Some(w) = it.next() {
        if *w == flag {
            found = it.next().cloned().or(found);
        } else if let Some(v) = w.strip_prefix(&flag).and_then(|r| r.strip_prefix('=')) {
            found = Some(v.to_string());
        }
    }
    found
}

/// The words that are neither options nor their values: nouns, verbs, positional values.
fn positionals(words: &[String]) -> Vec<&str> {
    let mut out = Vec::new();
    let mut it = words.iter();
    while let Some(w) = it.next() {
        if w == "--" {
            out.extend(it.by_ref().map(String::as_str));
        } else if w.starts_with('-') {
            if !w.contains('=') && !FLAGS.contains(&w.as_str()) {
                it.next();
            }
        } else {
            out.push(w.as_str());
        }
    }
    out
}

/// The company the line names: `--company CF`, or the first value of `unit rename|remove`.
fn company_on_line(words: &[String]) -> Option<String> {
    option(words, "company").or_else(|| match positionals(words).as_slice() {
        ["unit", _, company, ..] => Some(company.to_string()),
        _ => None,
    })
}

/// The database the command would open: `--db` on the line, else `LPT_DB`, else the default.
fn db_path(words: &[String]) -> Option<PathBuf> {
    let given = option(words, "db").or_else(|| std::env::var("LPT_DB").ok());
    match given.filter(|p| !p.is_empty()) {
        Some(p) => match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
            (Some(rest), Some(home)) => Some(PathBuf::from(home).join(rest)),
            _ => Some(PathBuf::from(p)),
        },
        None => crate::store::default_path().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn reads_the_line() {
        let w = words("--db x.db collab grant --company=123 --unit");
        assert_eq!(option(&w, "db").as_deref(), Some("x.db"));
        assert_eq!(option(&w, "company").as_deref(), Some("123"));
        let w = words("--as P --yes unit rename 0123 --db d");
        assert_eq!(company_on_line(&w).as_deref(), Some("0123"));
        assert_eq!(option(&w, "db").as_deref(), Some("d"));
    }

    #[test]
    fn quotes_for_bash() {
        assert_eq!(unquote("'Sede Co"), "Sede Co");
        assert_eq!(unquote(r"Sede\ Co"), "Sede Co");
        assert_eq!(unquote(r#""D'Amico""#), "D'Amico");
        assert_eq!(bash_quote("Sede Cosenza"), "'Sede Cosenza'");
        assert_eq!(bash_quote("D'Amico"), r"'D'\''Amico'");
        assert_eq!(bash_quote("AMMINISTRATORE"), "AMMINISTRATORE");
    }
}
