//! Codice fiscale: parse, classify and explain Italian tax codes (R1, DOMAIN.md "Codes"). No I/O.
//!
//! A code is accepted in any letter case with spaces anywhere; it is normalised
//! by removing the spaces and upper-casing. Personal codes (16 characters) may be
//! omocodic: any subset of the seven numeric positions may hold the letters
//! `L M N P Q R S T U V` for 0–9. Numeric codes (11 digits) are classified by
//! their office code. Every refusal says which position and which rule.
//!
//! This file owns the types (`Cf`, `Kind`, the error `Invalid`), normalisation
//! and `parse`, which dispatches on the length: `personal.rs` for 16 characters,
//! `numeric.rs` for 11. The name-letter rules live in `names.rs`. Every public
//! item of the submodules is re-exported here, so `crate::cf::X` is the path.

use std::fmt;

use crate::i18n::{FluentArgs, Lang, lang, message};

/// Why a code is invalid, built where the rule is: `why!("cf-…", name = value, …)`, a
/// message id and its arguments (a value may be another `Why`), said in English for what is
/// recorded and shown as data (`cf check`'s reason in CSV and JSON), and in the reader's
/// language on the terminal.
macro_rules! why {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::cf::Why {
            id: $id,
            args: vec![$((stringify!($name), $crate::cf::IntoArg::into_arg($value))),*],
        }
    };
}

mod names;
mod numeric;
mod personal;

pub use names::{given_name_letters, name_mismatch, surname_letters};
pub use numeric::{build_numeric, check_digit};
pub use personal::{
    Birth, OMOCODE_POSITIONS, build_personal, check_letter, omocode_family, omocode_variant,
};

use numeric::parse_numeric;
use personal::parse_personal;

/// What a valid code identifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A natural person's 16-character code.
    Person,
    /// A company (11 digits, office code of a company).
    Company,
    /// A body without VAT number (11 digits, serial 8000000 or more).
    Body,
    /// A person's provisional 11-digit code: identifies no company and no person here.
    Provisional,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Company => "company",
            Kind::Body => "body",
            Kind::Provisional => "provisional",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A valid, normalised fiscal code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cf {
    normalized: String,
    kind: Kind,
    omocode: bool,
    birth: Option<Birth>,
}

impl Cf {
    pub fn as_str(&self) -> &str {
        &self.normalized
    }
    pub fn kind(&self) -> Kind {
        self.kind
    }
    pub fn is_omocode(&self) -> bool {
        self.omocode
    }
    pub fn birth(&self) -> Option<&Birth> {
        self.birth.as_ref()
    }
    pub fn into_string(self) -> String {
        self.normalized
    }
}

impl fmt::Display for Cf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.normalized)
    }
}

/// Why a code is invalid, in words an operator can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// The code after normalisation (spaces removed, upper case).
    pub normalized: String,
    /// In English: what is recorded, and the data `cf check` prints as CSV or JSON.
    pub reason: String,
    /// In the reader's language: the error line, and `cf check`'s table.
    pub said: String,
}

/// A rule's reason as a message id and its arguments (see `why!`).
#[derive(Debug, Clone)]
pub struct Why {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Why`]: a text, or a reason of its own said in the same language.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Why(Why),
}

/// What `why!` takes as an argument.
pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl<T: fmt::Display> IntoArg for T {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl IntoArg for Arg {
    fn into_arg(self) -> Arg {
        self
    }
}

impl Why {
    /// The reason in `lang`.
    pub fn said_in(&self, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let text = match value {
                Arg::Text(t) => t.clone(),
                Arg::Why(w) => w.said_in(lang),
            };
            args.set(*name, text);
        }
        message(lang, self.id, Some(&args))
            .or_else(|| message(Lang::En, self.id, Some(&args)))
            .unwrap_or_else(|| self.id.to_string())
    }

    /// As an argument of another reason.
    pub fn arg(self) -> Arg {
        Arg::Why(self)
    }

    fn invalid(self, normalized: String) -> Invalid {
        Invalid {
            normalized,
            reason: self.said_in(Lang::En),
            said: self.said_in(lang()),
        }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = if self.normalized.is_empty() {
            crate::tr!("cf-invalid", reason = self.said)
        } else {
            crate::tr!(
                "cf-invalid-code",
                code = printable(&self.normalized),
                reason = self.said
            )
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Invalid {}

/// Shows control characters as escapes so that a message stays on one line.
fn printable(s: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = s.chars().take(MAX).flat_map(char::escape_debug).collect();
    if s.chars().count() > MAX {
        out.push('…');
    }
    out
}

/// Removes spaces and upper-cases ASCII letters: the stored form of a code. Other characters
/// are kept as typed, so that a look-alike (`ſ`, dotless `ı`, the ligature `ﬀ`, which Unicode
/// upper-cases to `S`, `I`, `FF`) is refused as what it is, never read as a letter of a code.
pub fn normalize(input: &str) -> String {
    if input.is_ascii() {
        // The usual case, byte by byte (bulk imports parse two codes a row).
        let mut s: String = input.chars().filter(|c| *c != ' ').collect();
        s.make_ascii_uppercase();
        return s;
    }
    input
        .chars()
        .filter(|c| *c != ' ')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Parses and validates any fiscal code.
pub fn parse(input: &str) -> Result<Cf, Invalid> {
    let normalized = normalize(input);
    let fail = |why: Why| why.invalid(normalized.clone());
    if normalized.is_empty() {
        return Err(fail(why!("cf-empty")));
    }
    if let Some((i, c)) = normalized
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
    {
        return Err(fail(why!(
            "cf-not-alphanumeric",
            character = printable(&c.to_string()),
            position = i + 1
        )));
    }
    let bytes = normalized.as_bytes();
    let parsed = match bytes.len() {
        16 => parse_personal(bytes),
        11 => parse_numeric(bytes),
        n => Err(why!("cf-length", n = n)),
    };
    match parsed {
        Ok((kind, omocode, birth)) => Ok(Cf {
            normalized,
            kind,
            omocode,
            birth,
        }),
        Err(why) => Err(why.invalid(normalized)),
    }
}

type Parsed = (Kind, bool, Option<Birth>);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_name_the_position() {
        let r = |s: &str| parse(s).unwrap_err().reason;
        assert!(r("RSSMRA80A01H501X").contains("expected 'U'"));
        assert!(r("RSSMRA80F01H501U").contains("position 9"));
        assert!(r("RSSMRA80A01N501U").contains("position 12"));
        assert!(r("RSS-MRA80A01H501U").contains("position 4"));
        assert!(r("RSSMRA80A35H501U").contains("35"));
        assert!(r("RSSMRA").contains("6 characters"));
    }

    #[test]
    fn only_ascii_letters_and_digits_make_a_code() {
        // R15: letters Unicode upper-cases into ASCII ones are not letters of a code.
        assert!(parse("rssmra80a01h501u").is_ok());
        let r = |s: &str| parse(s).unwrap_err().reason;
        assert!(r("ſSSMRA80A01H501U").contains("character ſ at position 1"));
        assert!(r("RSSMRA80A01H501ı").contains("position 16"));
        assert!(r("ﬀSSMRA80A01H501").contains("position 1"));
        assert!(r("RSSMRA80A01Ｈ501U").contains("position 12"));
    }
}
