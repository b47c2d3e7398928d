//! Numeric (11-digit) codes: Luhn check digit, office codes and the company / body /
//! provisional classification.

use super::Why;
use super::{Kind, Parsed};

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

pub(super) fn parse_numeric(b: &[u8]) -> Result<Parsed, Why> {
    if let Some(i) = b.iter().position(|c| !c.is_ascii_digit()) {
        return Err(why!(
            "cf-numeric-digits",
            found = char::from(b[i]),
            position = i + 1
        ));
    }
    let digits = |r: std::ops::Range<usize>| -> u32 {
        b[r].iter()
            .fold(0, |acc, &c| acc * 10 + u32::from(c - b'0'))
    };
    let serial = digits(0..7);
    let office = digits(7..10);
    if serial == 0 {
        return Err(why!("cf-serial-zero"));
    }
    let kind = match office {
        1..=100 | 120 | 121 | 888 | 999 => {
            if serial >= 8_000_000 {
                if office > 95 {
                    return Err(why!(
                        "cf-body-office",
                        serial = format!("{serial:07}"),
                        office = format!("{office:03}")
                    ));
                }
                Kind::Body
            } else {
                Kind::Company
            }
        }
        0 | 151..=245 | 301..=766 | 900..=950 => Kind::Provisional,
        _ => {
            return Err(why!("cf-office", office = format!("{office:03}")));
        }
    };
    let expected = check_digit(&b[..10]);
    if b[10] - b'0' != expected {
        return Err(why!(
            "cf-check-digit",
            found = char::from(b[10]),
            expected = expected
        ));
    }
    Ok((kind, false, None))
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
    use crate::cf::parse;

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
