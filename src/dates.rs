//! Days and instants: the strict `YYYY-MM-DD` form, and the clock read once at the edge.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

/// The clock as main read it, once: every change a command makes carries this instant, and
/// "today" is this day. Time is an input, never read below main.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
}

impl Clock {
    /// The instant as stored: RFC 3339, UTC, milliseconds.
    pub fn stamp(&self) -> String {
        self.now.to_rfc3339_opts(SecondsFormat::Millis, true)
    }
}

/// Parses a `YYYY-MM-DD` date, refusing days that do not exist.
/// Parsed by hand: bulk imports parse three dates a row, and chrono's format strings are
/// re-read on every call.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let num = |b: &[u8]| {
        b.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    match s.trim().as_bytes() {
        b @ [_, _, _, _, b'-', _, _, b'-', _, _] => {
            let (y, m, d) = (num(&b[..4]), num(&b[5..7]), num(&b[8..]));
            y.zip(m)
                .zip(d)
                .and_then(|((y, m), d)| NaiveDate::from_ymd_opt(y as i32, m, d))
        }
        _ => None,
    }
    .ok_or_else(|| format!("'{s}' is not a date in the form YYYY-MM-DD that exists"))
}

/// The last day on which the grants of a relationship ended on `ended_on` may still be
/// revoked on time (R8: within 5 calendar days).
pub fn revoke_by(ended_on: NaiveDate) -> NaiveDate {
    ended_on + chrono::Days::new(5)
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn dates_are_strict_and_must_exist() {
        for ok in ["2026-11-24", "2024-02-29", " 2026-01-01 ", "0001-01-01"] {
            let d = parse_date(ok).unwrap_or_else(|e| panic!("{ok}: {e}"));
            assert_eq!(d.to_string(), ok.trim());
        }
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-01",
            "26-01-01",
            "+202-01-01",
            "2026/01/01",
            "2026-01-01x",
            "2026-01-0a",
            "",
            "२०२६-01-01",
        ] {
            let e = parse_date(bad).expect_err(bad);
            assert!(e.contains("YYYY-MM-DD"), "{bad}: {e}");
        }
    }
}
