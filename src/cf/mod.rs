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
    pub reason: String,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.normalized.is_empty() {
            write!(f, "invalid fiscal code: {}", self.reason)
        } else {
            write!(
                f,
                "invalid fiscal code {}: {}",
                printable(&self.normalized),
                self.reason
            )
        }
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
    let fail = |reason: String| Invalid {
        normalized: normalized.clone(),
        reason,
    };
    if normalized.is_empty() {
        return Err(fail("the code is empty".into()));
    }
    if let Some((i, c)) = normalized
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
    {
        return Err(fail(format!(
            "character {} at position {} is not a letter or a digit",
            printable(&c.to_string()),
            i + 1
        )));
    }
    let bytes = normalized.as_bytes();
    let parsed = match bytes.len() {
        16 => parse_personal(bytes),
        11 => parse_numeric(bytes),
        n => Err(format!(
            "it has {n} characters; a personal code has 16 and a numeric code 11"
        )),
    };
    match parsed {
        Ok((kind, omocode, birth)) => Ok(Cf {
            normalized,
            kind,
            omocode,
            birth,
        }),
        Err(reason) => Err(Invalid { normalized, reason }),
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
