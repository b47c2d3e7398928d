//! What waits for the Region (issue 16, `lpt inbox`): every kind of pending item with the
//! day it has waited since and its age, oldest first, and the summary of one line a kind.
//! Overdue revocations are the overdue report's own (`store::report::overdue`, R8 on
//! recorded time), grouped by company; the rest are `store::inbox`'s questions. A signed
//! checkpoint of the audit chain (R11), when given, is opened and held against the log here.

use std::collections::BTreeMap;

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use serde::Serialize;

use crate::checkpoint::{Checkpoint, PublicKey};
use crate::dates;
use crate::store::{Db, audit, inbox, report};

/// A kind of item, by its code (machine output: the same in every language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A company waiting for verification (R3).
    CompanyPending,
    /// A request to change a company's types or legal representative (R4).
    CompanyChange,
    /// A request to enable a profile the Region approves (R7).
    EnableRequest,
    /// A request to disable one (R7).
    DisableRequest,
    /// Grants of one company still active past their deadline (R8).
    Overdue,
    /// An approved company without a group-level administrator (R6).
    WithoutAdmin,
    /// A suspended person (R9).
    Suspended,
    /// A login bound to a suspended person (R9, R10).
    SuspendedLogin,
    /// The last signed checkpoint of the audit chain given (R11): its age.
    Checkpoint,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::CompanyPending,
        Kind::CompanyChange,
        Kind::EnableRequest,
        Kind::DisableRequest,
        Kind::Overdue,
        Kind::WithoutAdmin,
        Kind::Suspended,
        Kind::SuspendedLogin,
        Kind::Checkpoint,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::CompanyPending => "company-pending",
            Kind::CompanyChange => "company-change",
            Kind::EnableRequest => "enable-request",
            Kind::DisableRequest => "disable-request",
            Kind::Overdue => "overdue-revocations",
            Kind::WithoutAdmin => "company-without-admin",
            Kind::Suspended => "person-suspended",
            Kind::SuspendedLogin => "login-of-suspended",
            Kind::Checkpoint => "audit-checkpoint",
        }
    }

    /// Whether the kind is work (`--exit-code` counts it); a checkpoint's age is news.
    pub fn is_work(self) -> bool {
        self != Kind::Checkpoint
    }
}

/// One item, or (in the summary) one kind: its count and its oldest item.
#[derive(Debug, Serialize, Default, Clone)]
pub struct Item {
    pub kind: String,
    /// How many: 1 an item, the grants of an overdue company, a kind's total in the summary.
    pub count: u64,
    /// The day in Italy it has waited since (for overdue revocations, the deadline).
    pub since_on: String,
    /// Calendar days from `since_on` to today.
    pub age_days: i64,
    pub company_cf: Option<String>,
    pub person_cf: Option<String>,
    /// A code saying what: the profile, the login, `types`/`legal_rep`, who must act on an
    /// overdue grant (`company`, or `region`: its disabling awaits the Region, R7).
    pub detail: Option<String>,
    pub company_name: Option<String>,
    /// The recorded instant it has waited since (R8); for overdue grants, the deadline's end.
    pub since_at: String,
}

/// A checkpoint given on the command line, opened and held against the log.
#[derive(Debug, Clone)]
pub struct Anchor {
    pub size: u64,
    pub head: String,
    /// When the event at its size was recorded.
    pub at: String,
}

/// The latest of the signed checkpoints given (`(name, text)`) that the log still extends;
/// a checkpoint of another database, not signed by `key`, or no longer extended, refuses.
pub fn anchor(db: &impl Db, notes: &[(String, String)], key: &str) -> Result<Option<Anchor>> {
    let key = PublicKey::decode(key)?;
    let origin = crate::checkpoint::origin(&audit::database_id(db)?);
    let mut best: Option<Checkpoint> = None;
    for (name, text) in notes {
        let c = Checkpoint::open(text, &key)
            .map_err(|e| anyhow!(crate::tr!("error-checkpoint-bad", file = name, reason = e)))?;
        if c.origin != origin {
            bail!(crate::tr!(
                "error-checkpoint-other-db",
                file = name,
                other = c.origin,
                origin = origin
            ));
        }
        let id = i64::try_from(c.size).map_err(|_| {
            anyhow!(crate::tr!(
                "error-checkpoint-bad",
                file = name,
                reason = "size out of range"
            ))
        })?;
        let hash = match id {
            0 => Some(audit::GENESIS.to_string()),
            _ => audit::hash_of(db, id)?,
        };
        if hash.as_deref() != Some(c.head.as_str()) {
            bail!(crate::tr!(
                "error-checkpoint-no-longer-extends",
                file = name
            ));
        }
        if best.as_ref().is_none_or(|b| b.size < c.size) {
            best = Some(c);
        }
    }
    let Some(c) = best else { return Ok(None) };
    let at = match i64::try_from(c.size)? {
        0 => None,
        id => inbox::event_at(db, id)?,
    };
    Ok(Some(Anchor {
        size: c.size,
        head: c.head,
        at: at.unwrap_or_default(),
    }))
}

/// Every item waiting on `today`, oldest first.
pub fn items(db: &impl Db, today: NaiveDate, anchor: Option<&Anchor>) -> Result<Vec<Item>> {
    let mut out = Vec::new();
    let mut add = |kind: Kind, w: inbox::Waiting| {
        let day = dates::day_of_stamp(&w.since);
        let age = dates::parse_date(&day).map_or(0, |d| (today - d).num_days());
        out.push(Item {
            kind: kind.code().into(),
            count: 1,
            since_on: day,
            age_days: age,
            company_cf: w.company_cf,
            person_cf: w.person_cf,
            detail: w.detail,
            company_name: w.company_name,
            since_at: w.since,
        });
        Ok(())
    };
    inbox::pending_companies(db, |w| add(Kind::CompanyPending, w))?;
    inbox::change_requests(db, |w| add(Kind::CompanyChange, w))?;
    inbox::enable_requests(db, |w| add(Kind::EnableRequest, w))?;
    inbox::disable_requests(db, |w| add(Kind::DisableRequest, w))?;
    inbox::without_group_admin(db, |w| add(Kind::WithoutAdmin, w))?;
    inbox::suspended_persons(db, |w| add(Kind::Suspended, w))?;
    inbox::logins_of_suspended(db, |w| add(Kind::SuspendedLogin, w))?;
    if let Some(a) = anchor {
        add(
            Kind::Checkpoint,
            inbox::Waiting {
                since: a.at.clone(),
                detail: Some(format!("{} events", a.size)),
                ..Default::default()
            },
        )?;
    }
    out.extend(overdue_by_company(db, today)?);
    out.sort_by(|a, b| {
        (&a.since_at, kind_of(&a.kind), &a.company_cf, &a.person_cf).cmp(&(
            &b.since_at,
            kind_of(&b.kind),
            &b.company_cf,
            &b.person_cf,
        ))
    });
    Ok(out)
}

fn kind_of(code: &str) -> Option<Kind> {
    Kind::ALL.into_iter().find(|k| k.code() == code)
}

/// The overdue report on `today` (R8), one item per company and who must act.
fn overdue_by_company(db: &impl Db, today: NaiveDate) -> Result<Vec<Item>> {
    let mut by: BTreeMap<(String, String), Item> = BTreeMap::new();
    report::overdue(db, today, today, None, false, |r| {
        let who = r.awaiting.clone().unwrap_or_default();
        let e = by
            .entry((r.company_cf.clone(), who.clone()))
            .or_insert_with(|| Item {
                kind: Kind::Overdue.code().into(),
                count: 0,
                since_on: r.due_on.clone(),
                age_days: r.days_overdue,
                company_cf: Some(r.company_cf.clone()),
                person_cf: None,
                detail: Some(who),
                company_name: Some(r.company_name.clone()),
                since_at: String::new(),
            });
        e.count += 1;
        if r.due_on < e.since_on {
            e.since_on = r.due_on.clone();
            e.age_days = r.days_overdue;
        }
        Ok(())
    })?;
    Ok(by
        .into_values()
        .map(|mut i| {
            // The deadline's day ends at the next day's first instant.
            if let Ok(d) = dates::parse_date(&i.since_on) {
                i.since_at = dates::start_of(d + chrono::Days::new(1));
            }
            i
        })
        .collect())
}

/// One line a kind: its total count and its oldest item, oldest kind first.
pub fn summary(items: &[Item]) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    for i in items {
        match out.iter_mut().find(|s| s.kind == i.kind) {
            Some(s) => s.count += i.count,
            None => out.push(i.clone()),
        }
    }
    out
}
