//! Days and instants: the strict `YYYY-MM-DD` form, the Italian calendar, and the clock
//! read once at the edge.

use crate::tr;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

/// The calendar of the rules (R8): days are calendar days in Italy.
pub const ZONE: chrono_tz::Tz = chrono_tz::Europe::Rome;

/// The day an instant falls on in Italy, whatever the machine's time zone.
pub fn day_of(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&ZONE).date_naive()
}

/// The day in Italy of an instant as stored (RFC 3339); the text as it is if it is not one.
pub fn day_of_stamp(stamp: &str) -> String {
    match DateTime::parse_from_rfc3339(stamp) {
        Ok(t) => day_of(t.to_utc()).to_string(),
        Err(_) => stamp.to_string(),
    }
}

/// The first instant of a day in Italy, as stored (RFC 3339, UTC): where a day's events
/// begin in the audit trail.
pub fn start_of(day: NaiveDate) -> String {
    let midnight = day.and_hms_opt(0, 0, 0).expect("midnight exists");
    // Italy's clocks change at 02:00 or 03:00, never at midnight: midnight is one instant.
    let t = midnight
        .and_local_timezone(ZONE)
        .earliest()
        .map_or_else(|| midnight.and_utc(), |t| t.to_utc());
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The clock as main read it, once: every change a command makes carries this instant, and
/// "today" is its day in Italy. Time is an input, never read below main.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
}

impl Clock {
    /// The clock at an instant.
    pub fn at(now: DateTime<Utc>) -> Clock {
        Clock {
            now,
            today: day_of(now),
        }
    }

    /// The system clock. Debug builds (the test suite's) honour `LPT_TEST_NOW`, an RFC 3339
    /// instant, so that tests can place a change in time; a release binary never does, so
    /// the clock is never a caller's claim in production.
    pub fn read() -> anyhow::Result<Clock> {
        #[cfg(debug_assertions)]
        if let Some(t) = std::env::var_os("LPT_TEST_NOW") {
            let t = t.to_string_lossy();
            let now = DateTime::parse_from_rfc3339(&t).map_err(|e| {
                anyhow::anyhow!("LPT_TEST_NOW '{t}' is not an RFC 3339 instant: {e}")
            })?;
            return Ok(Clock::at(now.to_utc()));
        }
        Ok(Clock::at(Utc::now()))
    }

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
    .ok_or_else(|| tr!("refuse-date", s = s))
}

/// The last day on which the grants of a relationship ended on `ended_on` may still be
/// revoked on time (R8: within 5 calendar days).
pub fn revoke_by(ended_on: NaiveDate) -> NaiveDate {
    ended_on + chrono::Days::new(5)
}

#[cfg(test)]
mod tests {
    use super::{day_of, parse_date};

    #[test]
    fn a_day_starts_at_midnight_in_rome() {
        let d = |s: &str| parse_date(s).unwrap();
        assert_eq!(super::start_of(d("2026-12-02")), "2026-12-01T23:00:00.000Z");
        assert_eq!(super::start_of(d("2026-07-01")), "2026-06-30T22:00:00.000Z");
        assert_eq!(
            super::day_of_stamp("2026-12-01T23:30:00.000Z"),
            "2026-12-02"
        );
    }

    #[test]
    fn the_day_is_the_day_in_rome() {
        let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        // Summer (UTC+2) and winter (UTC+1), either side of midnight in Rome.
        assert_eq!(day_of(at("2026-06-30T21:59:59Z")).to_string(), "2026-06-30");
        assert_eq!(day_of(at("2026-06-30T22:00:00Z")).to_string(), "2026-07-01");
        assert_eq!(day_of(at("2026-12-31T22:59:59Z")).to_string(), "2026-12-31");
        assert_eq!(day_of(at("2026-12-31T23:00:00Z")).to_string(), "2027-01-01");
        // The night the clocks go back: 02:30 comes twice, one day.
        assert_eq!(day_of(at("2026-10-25T00:30:00Z")).to_string(), "2026-10-25");
        assert_eq!(day_of(at("2026-10-25T01:30:00Z")).to_string(), "2026-10-25");
    }

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
