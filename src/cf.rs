//! Codice fiscale: parse, classify and explain Italian tax codes (R1, DOMAIN.md "Codes"). No I/O.
//!
//! A code is accepted in any letter case with spaces anywhere; it is normalised
//! by removing the spaces and upper-casing. Personal codes (16 characters) may be
//! omocodic: any subset of the seven numeric positions may hold the letters
//! `L M N P Q R S T U V` for 0–9. Numeric codes (11 digits) are classified by
//! their office code. Every refusal says which position and which rule.

use std::fmt;

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

/// Birth data decoded from a personal code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Birth {
    /// Two-digit year: the century is not in the code.
    pub year2: u8,
    pub month: u8,
    pub day: u8,
    pub female: bool,
    /// Birthplace letter and decoded number, e.g. `('H', 501)`; `Z` is a foreign country.
    pub place_letter: char,
    pub place_number: u16,
}

impl Birth {
    /// The full birth date, placing the two-digit year in the century that
    /// makes it no later than `this_year` (the code itself does not say).
    pub fn date(&self, this_year: i32) -> chrono::NaiveDate {
        let century_now = this_year - this_year.rem_euclid(100);
        let mut year = century_now + i32::from(self.year2);
        if year > this_year {
            year -= 100;
        }
        // The day was checked against a year divisible by 4 when year2 is; the
        // pivot can only pick 1900 for year2 == 0 when this_year < 2000.
        chrono::NaiveDate::from_ymd_opt(year, u32::from(self.month), u32::from(self.day))
            .or_else(|| {
                chrono::NaiveDate::from_ymd_opt(
                    year + 100,
                    u32::from(self.month),
                    u32::from(self.day),
                )
            })
            .expect("day validated at parse time")
    }

    pub fn sex(&self) -> char {
        if self.female { 'F' } else { 'M' }
    }

    pub fn birthplace(&self) -> String {
        format!("{}{:03}", self.place_letter, self.place_number)
    }

    pub fn born_abroad(&self) -> bool {
        self.place_letter == 'Z'
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

const MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
const OMOCODES: &[u8; 10] = b"LMNPQRSTUV";
/// Positions (0-based) that hold digits or omocode letters.
pub const OMOCODE_POSITIONS: [usize; 7] = [6, 7, 9, 10, 12, 13, 14];
const ODD: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

fn position_name(i: usize) -> &'static str {
    match i {
        0..=2 => "surname letters",
        3..=5 => "given-name letters",
        6 | 7 => "year of birth",
        8 => "month of birth",
        9 | 10 => "day of birth",
        11 => "birthplace letter",
        12..=14 => "birthplace number",
        _ => "check character",
    }
}

/// The value of one numeric position: a digit or an omocode letter.
fn omocode_digit(c: u8) -> Option<u8> {
    if c.is_ascii_digit() {
        Some(c - b'0')
    } else {
        OMOCODES.iter().position(|&o| o == c).map(|p| p as u8)
    }
}

/// The check letter of the first 15 characters of a personal code.
pub fn check_letter(first15: &[u8]) -> char {
    let sum: u32 = first15
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let idx = if c.is_ascii_digit() {
                u32::from(c - b'0')
            } else {
                u32::from(c - b'A')
            };
            if i % 2 == 0 { ODD[idx as usize] } else { idx }
        })
        .sum();
    char::from(b'A' + (sum % 26) as u8)
}

/// The Luhn check digit of the first ten digits of a numeric code.
pub fn check_digit(first10: &[u8]) -> u8 {
    let sum: u32 = first10
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let d = u32::from(c - b'0');
            if i % 2 == 0 {
                d
            } else if d * 2 > 9 {
                d * 2 - 9
            } else {
                d * 2
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// Removes spaces and upper-cases: the stored form of a code.
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
        .flat_map(char::to_uppercase)
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

fn parse_personal(b: &[u8]) -> Result<Parsed, String> {
    for (i, &c) in b.iter().enumerate() {
        let pos = i + 1;
        let ok = match i {
            0..=5 | 8 | 11 | 15 => c.is_ascii_uppercase(),
            _ => omocode_digit(c).is_some(),
        };
        if !ok {
            let want = match i {
                0..=5 | 8 | 11 | 15 => "a letter".to_string(),
                _ => "a digit or an omocode letter (L M N P Q R S T U V)".to_string(),
            };
            return Err(format!(
                "position {pos} ({}) must be {want}, found '{}'",
                position_name(i),
                char::from(c)
            ));
        }
    }
    let num = |i: usize| omocode_digit(b[i]).expect("checked above");
    let year2 = num(6) * 10 + num(7);
    let month = match MONTHS.iter().position(|&m| m == b[8]) {
        Some(m) => m as u8 + 1,
        None => {
            return Err(format!(
                "position 9 (month of birth) '{}' is not a month letter (A B C D E H L M P R S T)",
                char::from(b[8])
            ));
        }
    };
    let raw_day = num(9) * 10 + num(10);
    let (day, female) = match raw_day {
        1..=31 => (raw_day, false),
        41..=71 => (raw_day - 40, true),
        _ => {
            return Err(format!(
                "positions 10–11 (day of birth) decode to {raw_day:02}: \
                 expected 01–31 for men or 41–71 for women"
            ));
        }
    };
    let days_in_month = match month {
        2 if year2 % 4 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day > days_in_month {
        let why = if month == 2 && day == 29 {
            format!("29 February does not exist in year ..{year2:02} (not divisible by 4)")
        } else {
            format!("day {day} does not exist in month {month:02}, which has {days_in_month} days")
        };
        return Err(format!("positions 10–11 (day of birth): {why}"));
    }
    let place_letter = char::from(b[11]);
    if !matches!(place_letter, 'A'..='I' | 'L' | 'M' | 'Z') {
        return Err(format!(
            "position 12 (birthplace letter) '{place_letter}' is not A–I, L, M (Italian \
             municipality) or Z (foreign country)"
        ));
    }
    let place_number = u16::from(num(12)) * 100 + u16::from(num(13)) * 10 + u16::from(num(14));
    if place_number == 0 {
        return Err(format!(
            "positions 13–15 (birthplace number) decode to 000, which is no place ({place_letter}000)"
        ));
    }
    let expected = check_letter(&b[..15]);
    if char::from(b[15]) != expected {
        return Err(format!(
            "position 16 (check character) is '{}', expected '{expected}'",
            char::from(b[15])
        ));
    }
    let omocode = OMOCODE_POSITIONS.iter().any(|&i| b[i].is_ascii_uppercase());
    Ok((
        Kind::Person,
        omocode,
        Some(Birth {
            year2,
            month,
            day,
            female,
            place_letter,
            place_number,
        }),
    ))
}

fn parse_numeric(b: &[u8]) -> Result<Parsed, String> {
    if let Some(i) = b.iter().position(|c| !c.is_ascii_digit()) {
        return Err(format!(
            "an 11-character code must be all digits, found '{}' at position {}",
            char::from(b[i]),
            i + 1
        ));
    }
    let digits = |r: std::ops::Range<usize>| -> u32 {
        b[r].iter()
            .fold(0, |acc, &c| acc * 10 + u32::from(c - b'0'))
    };
    let serial = digits(0..7);
    let office = digits(7..10);
    if serial == 0 {
        return Err("positions 1–7 (serial number) are all zeros".into());
    }
    let kind = match office {
        1..=100 | 120 | 121 | 888 | 999 => {
            if serial >= 8_000_000 {
                if office > 95 {
                    return Err(format!(
                        "serial {serial:07} marks a body without VAT number, whose office \
                         code (positions 8–10) must be at most 095, found {office:03}"
                    ));
                }
                Kind::Body
            } else {
                Kind::Company
            }
        }
        0 | 151..=245 | 301..=766 | 900..=950 => Kind::Provisional,
        _ => {
            return Err(format!(
                "positions 8–10 (office code) {office:03} belong to no company, body or \
                 provisional code"
            ));
        }
    };
    let expected = check_digit(&b[..10]);
    if b[10] - b'0' != expected {
        return Err(format!(
            "position 11 (check digit) is {}, expected {expected}",
            char::from(b[10])
        ));
    }
    Ok((kind, false, None))
}

/// Three letters for a surname: consonants, then vowels, then X.
pub fn surname_letters(name: &str) -> String {
    let (cons, vows) = split_letters(name);
    cons.chain_letters(&vows)
}

/// Three letters for a given name: with four or more consonants the 1st, 3rd and 4th.
pub fn given_name_letters(name: &str) -> String {
    let (cons, vows) = split_letters(name);
    if cons.len() >= 4 {
        [cons[0], cons[2], cons[3]].iter().collect()
    } else {
        cons.chain_letters(&vows)
    }
}

trait ChainLetters {
    fn chain_letters(&self, vows: &[char]) -> String;
}

impl ChainLetters for Vec<char> {
    fn chain_letters(&self, vows: &[char]) -> String {
        self.iter()
            .chain(vows.iter())
            .chain(['X'; 3].iter())
            .take(3)
            .collect()
    }
}

fn split_letters(name: &str) -> (Vec<char>, Vec<char>) {
    let mut cons = Vec::new();
    let mut vows = Vec::new();
    for c in name.chars().flat_map(char::to_uppercase) {
        let c = match c {
            'À' | 'Á' | 'Â' | 'Ä' => 'A',
            'È' | 'É' | 'Ê' | 'Ë' => 'E',
            'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
            'Ò' | 'Ó' | 'Ô' | 'Ö' => 'O',
            'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
            c => c,
        };
        match c {
            'A' | 'E' | 'I' | 'O' | 'U' => vows.push(c),
            'A'..='Z' => cons.push(c),
            _ => {}
        }
    }
    (cons, vows)
}

/// Compares a personal code's name letters with the names given. `None` when
/// they match; otherwise a warning (never a refusal: the Agenzia's code is the truth).
pub fn name_mismatch(cf: &Cf, family_name: &str, given_name: &str) -> Option<String> {
    if cf.kind() != Kind::Person {
        return None;
    }
    let code = cf.as_str();
    let want_s = surname_letters(family_name);
    let want_n = given_name_letters(given_name);
    if code[0..3] == want_s && code[3..6] == want_n {
        return None;
    }
    Some(format!(
        "the name letters of {code} are {}/{}, but '{family_name}' '{given_name}' give {want_s}/{want_n}; \
         registered as given (the Agenzia's code is the truth)",
        &code[0..3],
        &code[3..6]
    ))
}

/// Builds a valid personal code from its parts (used by tests and the data generator).
pub fn build_personal(
    letters6: &str,
    year2: u8,
    month: u8,
    day: u8,
    female: bool,
    place_letter: char,
    place_number: u16,
) -> String {
    let mut s = String::with_capacity(16);
    s.push_str(letters6);
    s.push_str(&format!("{year2:02}"));
    s.push(char::from(MONTHS[usize::from(month) - 1]));
    s.push_str(&format!("{:02}", if female { day + 40 } else { day }));
    s.push(place_letter);
    s.push_str(&format!("{place_number:03}"));
    let c = check_letter(s.as_bytes());
    s.push(c);
    s
}

/// Applies omocodia to the positions selected by the bits of `mask` (bit k is
/// the k-th of the seven numeric positions) and recomputes the check letter.
pub fn omocode_variant(code: &str, mask: u8) -> String {
    let mut b = code.as_bytes()[..15].to_vec();
    for (k, &i) in OMOCODE_POSITIONS.iter().enumerate() {
        if mask & (1 << k) != 0 {
            let d = omocode_digit(b[i]).expect("numeric position");
            b[i] = OMOCODES[usize::from(d)];
        }
    }
    let c = check_letter(&b);
    b.push(c as u8);
    String::from_utf8(b).expect("ascii")
}

/// Builds a valid 11-digit code from a serial and an office code.
pub fn build_numeric(serial: u32, office: u16) -> String {
    let mut s = format!("{serial:07}{office:03}");
    let d = check_digit(s.as_bytes());
    s.push(char::from(b'0' + d));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_personal_code() {
        let cf = parse("rss mra 80A01 H501U").unwrap();
        assert_eq!(cf.as_str(), "RSSMRA80A01H501U");
        assert_eq!(cf.kind(), Kind::Person);
        let b = cf.birth().unwrap();
        assert_eq!((b.year2, b.month, b.day, b.female), (80, 1, 1, false));
        assert_eq!(b.birthplace(), "H501");
        assert_eq!(b.date(2026).to_string(), "1980-01-01");
    }

    #[test]
    fn builder_matches_known_code() {
        assert_eq!(
            build_personal("RSSMRA", 80, 1, 1, false, 'H', 501),
            "RSSMRA80A01H501U"
        );
    }

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
    fn name_letters() {
        assert_eq!(surname_letters("Rossi"), "RSS");
        assert_eq!(given_name_letters("Mario"), "MRA");
        assert_eq!(given_name_letters("Gianfranco"), "GFR");
        assert_eq!(surname_letters("Fo"), "FOX");
        assert_eq!(surname_letters("De Luca"), "DLC");
    }

    #[test]
    fn numeric_codes() {
        let c = build_numeric(1234567, 1);
        assert_eq!(parse(&c).unwrap().kind(), Kind::Company);
        let b = build_numeric(8000001, 95);
        assert_eq!(parse(&b).unwrap().kind(), Kind::Body);
        assert!(parse(&build_numeric(8000001, 96)).is_err());
        assert_eq!(
            parse(&build_numeric(1234567, 200)).unwrap().kind(),
            Kind::Provisional
        );
        assert!(parse(&build_numeric(1234567, 130)).is_err());
        assert!(parse(&build_numeric(0, 1)).is_err());
    }
}
