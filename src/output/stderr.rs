//! Messages for people, on stderr: notes, warnings, and the error line main prints once.

use std::io::IsTerminal;

fn colour(code: &str, word: &str) -> String {
    let plain = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
        || !std::io::stderr().is_terminal();
    if plain {
        word.to_string()
    } else {
        format!("\x1b[{code}m{word}\x1b[0m")
    }
}

/// A message for people on stderr.
pub fn note(msg: impl std::fmt::Display) {
    eprintln!("{msg}");
}

/// A warning on stderr: the command goes on.
pub fn warn(msg: impl std::fmt::Display) {
    eprintln!("{}: {msg}", colour("33", "warning"));
}

/// The error line printed once by main.
pub fn error(msg: impl std::fmt::Display) {
    eprintln!("{}: {msg}", colour("31", "error"));
}
