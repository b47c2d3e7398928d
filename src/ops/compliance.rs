//! The figures of the compliance report (issue 16): revocations in a period on time and
//! late (R8, judged on recorded time with `dates::revoke_by`, the overdue report's rule),
//! by month and by company, the days from the end of a relationship to the recorded
//! revocation (median and 95th percentile, nearest rank), the grants overdue at the end of
//! the period (`store::report::overdue` itself), the reviews (R12), what waits for the
//! Region (`ops::inbox`) and the audit chain's state (R11). Pure arithmetic over the
//! store's rows; the page is `output::html`'s.

use std::collections::{BTreeMap, HashMap};

use anyhow::Result;
use chrono::{Datelike, NaiveDate};

use super::inbox::{self, Anchor, Item, Kind};
use crate::dates;
use crate::store::{CompanyId, Db, audit, compliance, report};

/// One month of the period: revocations recorded in it, on time and late.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    pub on_time: u64,
    pub late: u64,
}

/// One company's record in the period.
#[derive(Debug, Clone, Default)]
pub struct CompanyRow {
    pub cf: String,
    pub name: String,
    pub on_time: u64,
    pub late: u64,
    /// The most calendar days a revocation of theirs was late.
    pub max_days_late: i64,
    /// Grants still active past their deadline at the end of the period.
    pub overdue_at_end: u64,
}

/// The audit chain as the report found it.
#[derive(Debug, Clone)]
pub struct Chain {
    /// The database's identifier, as checkpoints name it (`lpt/<id>`).
    pub origin: String,
    /// Events in the chain, and the last one's hash: what a checkpoint now would sign.
    pub size: i64,
    pub head: String,
    /// None when verified; else the first problem found.
    pub problem: Option<String>,
    /// Whether the chain was verified at all (`--no-verify` skips the walk).
    pub verified: bool,
    pub anchor: Option<Anchor>,
}

/// Every figure of the report.
#[derive(Debug, Clone)]
pub struct Figures {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub today: NaiveDate,
    pub months: Vec<Month>,
    pub on_time: u64,
    pub late: u64,
    /// Late, but the company had asked the Region to disable the grant by its deadline (R7).
    pub late_awaiting_region: u64,
    /// Calendar days from the end of the relationship to the recorded revocation.
    pub median_days: Option<i64>,
    pub p95_days: Option<i64>,
    /// How many revocations each count of days late (1, 2, …) had: the distribution chart.
    pub late_buckets: Vec<(String, u64)>,
    /// Companies with a late revocation or an overdue grant, the worst first.
    pub companies: Vec<CompanyRow>,
    pub overdue_at_end: u64,
    pub overdue_awaiting_region: u64,
    pub reviews_done: u64,
    pub reviews_due: u64,
    /// The requests waiting for the Region now: one line a kind, with the oldest's age.
    pub waiting: Vec<Item>,
    pub chain: Chain,
}

/// The nearest-rank percentile `p` (0–100) of sorted values.
pub fn percentile(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (u64::from(p) * sorted.len() as u64).div_ceil(100).max(1);
    sorted.get(rank as usize - 1).copied()
}

/// The buckets of the distribution of days late.
const BUCKETS: [(i64, i64, &str); 5] = [
    (1, 1, "1"),
    (2, 5, "2–5"),
    (6, 10, "6–10"),
    (11, 30, "11–30"),
    (31, i64::MAX, "> 30"),
];

/// Gathers the figures for `from`..=`to` on `today`. `verify` walks the chain (R11).
pub fn figures(
    db: &impl Db,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
    verify: bool,
    anchor: Option<Anchor>,
) -> Result<Figures> {
    let start = dates::start_of(from);
    let end = dates::start_of(to + chrono::Days::new(1));
    let names = compliance::companies(db)?;
    let mut months: BTreeMap<String, Month> = BTreeMap::new();
    let mut d = from.with_day(1).unwrap_or(from);
    while d <= to {
        let m = format!("{:04}-{:02}", d.year(), d.month());
        months.insert(
            m.clone(),
            Month {
                month: m,
                ..Default::default()
            },
        );
        d = d + chrono::Months::new(1);
    }
    let mut by: HashMap<CompanyId, CompanyRow> = HashMap::new();
    let mut days = Vec::new();
    let (mut on_time, mut late, mut late_region) = (0, 0, 0);
    let mut buckets = [0u64; BUCKETS.len()];
    compliance::revocations(db, &start, &end, |r| {
        let (Ok(ended), Ok(t)) = (
            dates::parse_date(&r.ended_on),
            chrono::DateTime::parse_from_rfc3339(&r.revoked_at),
        ) else {
            return Ok(());
        };
        let day = dates::day_of(t.to_utc());
        let due = dates::revoke_by(ended);
        let days_late = (day - due).num_days();
        days.push((day - ended).num_days());
        let row = by.entry(r.company).or_insert_with(|| {
            let (cf, name) = names.get(&r.company).cloned().unwrap_or_default();
            CompanyRow {
                cf,
                name,
                ..Default::default()
            }
        });
        let month = months
            .entry(format!("{:04}-{:02}", day.year(), day.month()))
            .or_default();
        if days_late > 0 {
            late += 1;
            row.late += 1;
            month.late += 1;
            row.max_days_late = row.max_days_late.max(days_late);
            let b = BUCKETS
                .iter()
                .position(|(lo, hi, _)| (*lo..=*hi).contains(&days_late));
            buckets[b.unwrap_or(BUCKETS.len() - 1)] += 1;
            let asked = r.disable_requested_at.as_deref().map(dates::day_of_stamp);
            if asked.is_some_and(|a| a <= due.to_string()) {
                late_region += 1;
            }
        } else {
            on_time += 1;
            row.on_time += 1;
            month.on_time += 1;
        }
        Ok(())
    })?;
    days.sort_unstable();
    // What was overdue on the period's last day, as the database knew it then (R8).
    let (mut overdue_at_end, mut overdue_region) = (0, 0);
    let cf_to_id: HashMap<&str, CompanyId> = names
        .iter()
        .map(|(id, (cf, _))| (cf.as_str(), *id))
        .collect();
    report::overdue(db, to.min(today), today, None, false, |r| {
        overdue_at_end += 1;
        if r.awaiting.as_deref() == Some("region") {
            overdue_region += 1;
        }
        let id = cf_to_id
            .get(r.company_cf.as_str())
            .copied()
            .unwrap_or(CompanyId(0));
        let row = by.entry(id).or_insert_with(|| CompanyRow {
            cf: r.company_cf.clone(),
            name: r.company_name.clone(),
            ..Default::default()
        });
        row.overdue_at_end += 1;
        Ok(())
    })?;
    let mut companies: Vec<CompanyRow> = by
        .into_values()
        .filter(|c| c.late > 0 || c.overdue_at_end > 0)
        .collect();
    companies.sort_by(|a, b| {
        (b.late + b.overdue_at_end, b.max_days_late, &a.cf).cmp(&(
            a.late + a.overdue_at_end,
            a.max_days_late,
            &b.cf,
        ))
    });
    let cutoff = (today - chrono::Days::new(365)).to_string();
    let mut reviews_due = 0;
    report::due_for_review(db, &cutoff, None, |_| {
        reviews_due += 1;
        Ok(())
    })?;
    let requests = [
        Kind::CompanyPending,
        Kind::CompanyChange,
        Kind::EnableRequest,
        Kind::DisableRequest,
    ];
    let waiting = inbox::summary(&inbox::items(db, today, None)?)
        .into_iter()
        .filter(|i| requests.iter().any(|k| k.code() == i.kind))
        .collect();
    let (size, head) = audit::recorded_head(db)?;
    let problem = if verify { audit::verify(db)?.1 } else { None };
    Ok(Figures {
        from,
        to,
        today,
        months: months.into_values().collect(),
        on_time,
        late,
        late_awaiting_region: late_region,
        median_days: percentile(&days, 50),
        p95_days: percentile(&days, 95),
        late_buckets: BUCKETS
            .iter()
            .zip(buckets)
            .map(|((_, _, label), n)| (label.to_string(), n))
            .collect(),
        companies,
        overdue_at_end,
        overdue_awaiting_region: overdue_region,
        reviews_done: compliance::reviews_recorded(db, &start, &end)?,
        reviews_due,
        waiting,
        chain: Chain {
            origin: crate::checkpoint::origin(&audit::database_id(db)?),
            size,
            head,
            problem,
            verified: verify,
            anchor,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::percentile;

    #[test]
    fn nearest_rank_percentiles() {
        assert_eq!(percentile(&[], 50), None);
        assert_eq!(percentile(&[7], 95), Some(7));
        assert_eq!(percentile(&[1, 2, 3, 4, 5], 50), Some(3));
        assert_eq!(percentile(&[1, 2, 3, 4], 50), Some(2));
        let v: Vec<i64> = (1..=100).collect();
        assert_eq!(percentile(&v, 95), Some(95));
        assert_eq!(percentile(&v, 50), Some(50));
    }
}
