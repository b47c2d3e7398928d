//! Personal (16-character) codes: positions, omocodia, birth date and place, check letter.

use super::Why;
use super::{Kind, Parsed};

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

const MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
const OMOCODES: &[u8; 10] = b"LMNPQRSTUV";
/// Positions (0-based) that hold digits or omocode letters.
pub const OMOCODE_POSITIONS: [usize; 7] = [6, 7, 9, 10, 12, 13, 14];
const ODD: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

fn position_name(i: usize) -> Why {
    match i {
        0..=2 => why!("cf-pos-surname"),
        3..=5 => why!("cf-pos-given-name"),
        6 | 7 => why!("cf-pos-year"),
        8 => why!("cf-pos-month"),
        9 | 10 => why!("cf-pos-day"),
        11 => why!("cf-pos-place-letter"),
        12..=14 => why!("cf-pos-place-number"),
        _ => why!("cf-pos-check"),
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

pub(super) fn parse_personal(b: &[u8]) -> Result<Parsed, Why> {
    for (i, &c) in b.iter().enumerate() {
        let pos = i + 1;
        let ok = match i {
            0..=5 | 8 | 11 | 15 => c.is_ascii_uppercase(),
            _ => omocode_digit(c).is_some(),
        };
        if !ok {
            let want = match i {
                0..=5 | 8 | 11 | 15 => why!("cf-want-letter"),
                _ => why!("cf-want-digit"),
            };
            return Err(why!(
                "cf-position",
                pos = pos,
                name = position_name(i).arg(),
                want = want.arg(),
                found = char::from(c)
            ));
        }
    }
    let num = |i: usize| omocode_digit(b[i]).expect("checked above");
    let year2 = num(6) * 10 + num(7);
    let month = match MONTHS.iter().position(|&m| m == b[8]) {
        Some(m) => m as u8 + 1,
        None => {
            return Err(why!("cf-month", found = char::from(b[8])));
        }
    };
    let raw_day = num(9) * 10 + num(10);
    let (day, female) = match raw_day {
        1..=31 => (raw_day, false),
        41..=71 => (raw_day - 40, true),
        _ => {
            return Err(why!("cf-day", raw_day = format!("{raw_day:02}")));
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
            why!("cf-no-29-february", year2 = format!("{year2:02}"))
        } else {
            why!(
                "cf-no-such-day",
                day = day,
                month = format!("{month:02}"),
                days_in_month = days_in_month
            )
        };
        return Err(why!("cf-day-why", why = why.arg()));
    }
    let place_letter = char::from(b[11]);
    if !matches!(place_letter, 'A'..='I' | 'L' | 'M' | 'Z') {
        return Err(why!("cf-place-letter", place_letter = place_letter));
    }
    let place_number = u16::from(num(12)) * 100 + u16::from(num(13)) * 10 + u16::from(num(14));
    if place_number == 0 {
        return Err(why!("cf-place-zero", place_letter = place_letter));
    }
    let expected = check_letter(&b[..15]);
    if char::from(b[15]) != expected {
        return Err(why!(
            "cf-check-letter",
            found = char::from(b[15]),
            expected = expected
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

/// Every omocodic spelling of a personal code (R15): its 128 variants, the code itself among
/// them. Two codes with the same variants decode to the same base: the same name letters,
/// birth date and place.
pub fn omocode_family(code: &str) -> Vec<String> {
    let mut base = code.as_bytes()[..15].to_vec();
    for &i in &OMOCODE_POSITIONS {
        base[i] = b'0' + omocode_digit(base[i]).expect("numeric position");
    }
    let base = String::from_utf8(base).expect("ascii");
    (0..128u8)
        .map(|mask| omocode_variant(&base, mask))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cf::parse;

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
    fn one_family_whatever_the_spelling() {
        let family = omocode_family("RSSMRA80A01H501U");
        assert_eq!(family.len(), 128);
        let variant = omocode_variant("RSSMRA80A01H501U", 0b101);
        assert!(family.contains(&variant));
        assert_eq!(omocode_family(&variant), family);
        assert!(family.iter().all(|c| parse(c).is_ok()));
    }

    #[test]
    fn builder_matches_known_code() {
        assert_eq!(
            build_personal("RSSMRA", 80, 1, 1, false, 'H', 501),
            "RSSMRA80A01H501U"
        );
    }
}
