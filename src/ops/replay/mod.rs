//! `db check`'s replay of the audit trail (R11): the events, applied in order, rebuild the
//! state tables (persons, operators, companies and their types, units, relationships,
//! grants and revocations, requests to disable, changes of role) and each row that differs from what the events say is reported,
//! named. An edit of a table that bypassed lpt is found this way even when the chain itself
//! is intact. Logins are replayed by [`super::login::check`].
//!
//! What an event never carried is not compared: the fields the complete form added (0006:
//! a company's legal representative's names, a migrated legacy account's first access) are
//! compared only for what was recorded in it, and a personal part erased (R16) leaves its
//! fields unknown.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::Result;
use serde_json::{Map, Value};

use crate::store::{Db, audit};

mod apply;
mod compare;
mod legacy;
mod vetting;

pub use vetting::MODERN;
mod grants;
mod roles;

/// Codes, profiles, unit names, days and instants, each kept once: the state of a million
/// grants fits in tens of megabytes instead of hundreds.
#[derive(Default)]
pub(super) struct Interner {
    ids: HashMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        let i = u32::try_from(self.names.len()).expect("fewer than 4 billion names");
        self.ids.insert(s.to_string(), i);
        self.names.push(s.to_string());
        i
    }
    pub(super) fn get(&self, s: &str) -> Option<u32> {
        self.ids.get(s).copied()
    }
    pub(super) fn name(&self, i: u32) -> &str {
        &self.names[i as usize]
    }
}

/// A grant's identity: company, person, profile, unit name (None: group level), interned.
/// Ordered, so that one company's or one person's grants are a range.
pub(super) type Key = (u32, u32, u32, Option<u32>);

/// A day and the instant it was recorded, interned.
pub(super) type Dated = (u32, u32);

/// A relationship as the trail says: its start and, once ended, its end.
pub(super) type Span = (Dated, Option<Dated>);

/// A person as the trail says: each field None where no event carried it.
#[derive(Default)]
pub(super) struct Person {
    pub(super) family_name: Option<String>,
    pub(super) given_name: Option<String>,
    pub(super) email: Option<Option<String>>,
    pub(super) via: Option<String>,
    pub(super) first_access_on: Option<String>,
    /// Suspended, with the reason where it is known.
    pub(super) suspended: Option<Option<String>>,
}

#[derive(Default)]
pub(super) struct State {
    pub(super) names: Interner,
    pub(super) persons: HashMap<u32, Person>,
    pub(super) operators: BTreeSet<u32>,
    /// Companies by code, each registration of the code in order (a rejected one stays
    /// when the code is registered again, R2): every field the trail recorded, by column
    /// name (`types` as the events encode them).
    pub(super) companies: HashMap<u32, Vec<Map<String, Value>>>,
    /// Each company's change request awaiting the Region, as its event recorded it (R4).
    pub(super) pending_changes: HashMap<u32, Map<String, Value>>,
    /// Live units: company, name.
    pub(super) units: BTreeSet<(u32, u32)>,
    pub(super) grants: BTreeMap<Key, Live>,
    /// Each person–company pair's relationships, in order: start and end.
    pub(super) relationships: HashMap<(u32, u32), Vec<Span>>,
    /// Every revocation, with the grant it closed.
    pub(super) revocations: Vec<Revocation>,
    /// Every change of role (R12), in the order recorded.
    pub(super) role_changes: Vec<RoleChange>,
    /// The events of historical loads (R8), as ranges of ids, first to last: what they
    /// recorded stands at its declared days' first instants.
    pub(super) historical: Vec<(i64, i64)>,
    /// Where the trail stands with respect to the upgrade to 0007 ([`vetting`]).
    pub(super) upgrade: vetting::Upgrade,
    /// Legacy accounts listed for correction, by username (R13): the listing the trail
    /// recorded, with the code it was completed with.
    pub(super) legacy: BTreeMap<String, Map<String, Value>>,
    /// Events that could not have been written as they are (see [`vetting`]).
    pub(super) anomalies: Vec<(&'static str, String)>,
}

/// A live grant as the trail says.
#[derive(Clone, Copy)]
pub(super) struct Live {
    pub(super) granted: Dated,
    pub(super) data_processing_authorised: Option<bool>,
    /// The approval's instant; None while a request awaits the Region (R7).
    pub(super) approved_at: Option<u32>,
    pub(super) confirmed: Option<Dated>,
    /// A request to the Region to disable it (R7): the day it asks for, and when recorded.
    pub(super) disable_requested: Option<Dated>,
    /// Which of its pair's relationships it rests on, numbered from 0.
    pub(super) relationship: u32,
}

pub(super) struct Revocation {
    pub(super) key: Key,
    pub(super) grant: Live,
    /// The day it declares and the instant it was recorded (the event's, or in a historical
    /// load the declared day's first instant in Italy).
    pub(super) revoked: Dated,
}

/// A change of role as the trail says (R12): codes, day and instant, who recorded it, and
/// the note where it is kept (None once erased, R16).
pub(super) struct RoleChange {
    pub(super) company: String,
    pub(super) person: String,
    pub(super) changed_on: String,
    pub(super) at: String,
    pub(super) by: Option<String>,
    pub(super) note: Option<String>,
}

/// What the replay found: each difference as (what, detail); the event it stopped at if the
/// trail holds an event lpt does not write (then the state is not compared); and the first
/// event in the complete form.
pub struct Findings {
    pub differences: Vec<(&'static str, String)>,
    pub events: u64,
    pub stopped: Option<(i64, String)>,
    pub complete_from: i64,
}

/// The row events of every historical load: the events just before its summary, one for
/// each grant, request, revocation and end it counts.
fn historical(db: &impl Db) -> Result<Vec<(i64, i64)>> {
    let mut ranges = Vec::new();
    let name = super::events::Action::RegistryImport.name();
    audit::each_of(db, &[name], |e| {
        let d: Value = serde_json::from_str(&e.details)?;
        if d["historical"] == Value::Bool(true) {
            let count = |k: &str| d[k].as_i64().unwrap_or(0);
            let rows = count("granted")
                + count("requested")
                + count("revoked")
                + count("disable_requested")
                + count("relationships_ended");
            ranges.push((e.id - rows, e.id - 1));
        }
        Ok(())
    })?;
    Ok(ranges)
}

/// Replays the trail and compares the state tables with it.
pub fn check(db: &impl Db) -> Result<Findings> {
    let mut state = State {
        historical: historical(db)?,
        ..State::default()
    };
    let mut stopped = None;
    let mut events = 0u64;
    audit::each(db, None, None, None, |e| {
        if stopped.is_none() {
            events += 1;
            if !state.apply(&e)? {
                stopped = Some((e.id, e.action));
            }
        }
        Ok(())
    })?;
    let mut differences = Vec::new();
    if stopped.is_none() {
        compare::compare(db, state, &mut differences)?;
    }
    Ok(Findings {
        differences,
        events,
        stopped,
        complete_from: audit::complete_from(db)?,
    })
}
