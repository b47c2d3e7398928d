//! One registry row applied through the operations (`registry import`'s writing thread):
//! its declared days checked, what is recorded of its person in its company (from the
//! reading thread while the file has not changed that pair), then the grant held, the
//! relationship ended or the grant revoked, as the single commands do.

use std::rc::Rc;

use serde::Serialize;

use super::facts::{Met, Standings};
use super::fault::{Fault, fault};
use super::read::Looked;
use crate::catalog::Catalog;
use crate::dates::parse_date;
use crate::ops::events::Imported;
use crate::ops::grant::{Added, NewGrant, Outcome, Recorded, Target, Verb};
use crate::ops::{self, At, Field, Refused};
use crate::store::{Session, grant};
use crate::tr;

/// One planned change, listed by --dry-run.
#[derive(Debug, Serialize, Default)]
pub(super) struct Change {
    line: u64,
    action: &'static str,
    company_cf: String,
    person_cf: String,
    profile: String,
    unit: Option<String>,
    on: String,
}

/// An operation's refusal as a row's fault: the column of the input it concerns, where the
/// declared day lies in `day`.
fn refused(e: anyhow::Error, day: &'static str) -> Fault {
    match e.downcast::<Refused>() {
        Ok(Refused { field, reason }) => Fault(
            field.map(|f| match f {
                Field::Company => "company_cf",
                Field::Person => "person_cf",
                Field::Profile => "profile",
                Field::Unit => "unit",
                Field::Day => day,
                Field::Reason => "revoke_reason",
            }),
            reason,
            false,
        ),
        Err(e) => Fault::from(e),
    }
}

pub(super) struct Importer<'a, 's> {
    pub(super) s: &'a Session<'s>,
    pub(super) catalog: Rc<Catalog>,
    pub(super) attested: bool,
    pub(super) standings: Standings,
    pub(super) summary: Imported,
    pub(super) plan: Option<Vec<Change>>,
    /// The (person, company) pairs of rows applied so far, which the file may have changed.
    pub(super) changed: Met,
}

impl Importer<'_, '_> {
    /// A declared day: a date that exists, not after today (the rule every path applies).
    fn date(&self, col: &'static str, s: &str, what: &str) -> Result<String, Fault> {
        let d = parse_date(s).or_else(|e| fault(col, e))?;
        ops::not_future(self.s.today(), d, what).map_err(|e| refused(e, col))?;
        // The form is strict, so the text is already the canonical YYYY-MM-DD.
        Ok(s.trim().to_string())
    }

    /// Adds a change to the --dry-run plan (built only for a dry run).
    fn note_change(&mut self, change: impl FnOnce() -> Change) {
        if let Some(plan) = &mut self.plan {
            plan.push(change());
        }
    }

    /// Applies one row through the operations, with what the reading thread looked up.
    pub(super) fn row(&mut self, line: u64, looked: Looked) -> Result<(), Fault> {
        let Looked {
            fields: f,
            company: info,
            person,
            known,
        } = looked;
        let info = info?;
        let company = &info.company;
        let person = person?;
        let catalog = Rc::clone(&self.catalog);
        let profile = catalog
            .profile(&f.profile)
            .or_else(|e| fault("profile", e))?;
        let unit = match &f.unit {
            Some(name) => Some(info.unit(name)?),
            None => None,
        };
        let scope = ops::scope(unit);
        let granted_on = self.date("granted_on", &f.granted_on, &tr!("what-grant"))?;
        let ended_on = f
            .ended_on
            .as_deref()
            .map(|d| self.date("ended_on", d, &tr!("what-end")))
            .transpose()?;
        let revoked_on = f
            .revoked_on
            .as_deref()
            .map(|d| self.date("revoked_on", d, &tr!("what-revocation")))
            .transpose()?;
        if revoked_on.is_some() != f.revoke_reason.is_some() {
            return if revoked_on.is_some() {
                fault("revoke_reason", tr!("fault-revoke-needs-reason"))
            } else {
                fault("revoke_reason", tr!("fault-reason-without-revoke"))
            };
        }
        let standing = self.standings.of(company);
        let at = At {
            company,
            types: &info.types,
            standing: &standing,
        };
        // The row as a line of the --dry-run plan, in the registered spelling.
        let change = |action: &'static str, on: &str| Change {
            line,
            action,
            company_cf: company.cf.clone(),
            person_cf: person.cf.clone(),
            profile: profile.code.clone(),
            unit: unit.map(|u| u.name.clone()),
            on: on.to_string(),
        };
        let verb = if revoked_on.is_some() {
            Verb::Revoke
        } else {
            Verb::Grant
        };
        // What the reading thread found holds until the file changes this person here:
        // from then on, it is read again (facts::Known).
        let rec = if !self.changed.insert((person.id, company.id)) {
            known.recorded(&profile.code, scope.unit_id())
        } else {
            Recorded::load(
                self.s,
                person.id,
                company.id,
                &profile.code,
                scope.unit_id(),
            )?
        };
        // 1. A grant to hold that is not held: add it.
        if revoked_on.is_none() && rec.live.is_none() {
            if ended_on.is_some() {
                ops::grant::authorise(self.s, at, &profile.code, scope, verb)
                    .map_err(|e| refused(e, "granted_on"))?;
                return fault("ended_on", tr!("fault-nothing-to-hold"));
            }
            let g = NewGrant {
                person: &person,
                profile,
                scope,
                on: &granted_on,
                attested: self.attested,
            };
            let added = ops::grant::hold(self.s, at, &g, Some(&rec))
                .map_err(|e| refused(e, "granted_on"))?;
            match added {
                Added::Requested => {
                    self.summary.requested += 1;
                    self.note_change(|| change("request", &granted_on));
                }
                Added::Granted => {
                    self.summary.granted += 1;
                    self.note_change(|| change("grant", &granted_on));
                }
                // No event is written: not counted as a change (the replay counts on it).
                Added::AlreadyHeld(_) => self.summary.unchanged += 1,
            }
            self.standings
                .after(self.s, company, &profile.code, person.id)?;
            return Ok(());
        }
        // A row about a grant already held (or revoked): the actor must manage its scope.
        ops::grant::authorise(self.s, at, &profile.code, scope, verb)
            .map_err(|e| refused(e, "granted_on"))?;
        let mut changed = false;
        // 2. The end of the relationship.
        if let Some(end) = &ended_on
            && let Some(open) = rec.open()
        {
            let units = grant::live_units(self.s, person.id, company.id)?;
            ops::relationship::end(self.s, at, &person, open, end, &units)
                .map_err(|e| refused(e, "ended_on"))?;
            self.summary.relationships_ended += 1;
            self.note_change(|| change("end", end));
            self.standings
                .after(self.s, company, &profile.code, person.id)?;
            changed = true;
        }
        // 3. A revocation of a live grant.
        if let (Some(on), Some(live)) = (&revoked_on, &rec.live) {
            let target = Target {
                id: live.id,
                person_cf: &person.cf,
                profile: &profile.code,
                unit: unit.map(|u| (u.id, u.name.as_str())),
                granted_on: &live.granted_on,
                active: live.approved,
                disable_requested: live.disable_requested,
            };
            let reason = f.revoke_reason.as_deref().unwrap_or_default();
            let done = ops::grant::revoke(self.s, at, &[target], on, reason)
                .map_err(|e| refused(e, "revoked_on"))?;
            match done.first() {
                Some(Outcome::Revoked) => {
                    self.summary.revoked += 1;
                    self.note_change(|| change("revoke", on));
                    changed = true;
                }
                // R7: asked of the Region; the grant stays active until approved.
                Some(Outcome::DisableRequested) => {
                    self.summary.disable_requested += 1;
                    self.note_change(|| change("request-disable", on));
                    changed = true;
                }
                _ => {}
            }
            self.standings
                .after(self.s, company, &profile.code, person.id)?;
        }
        // A revocation of a grant no longer live changes nothing, but the row must still
        // make sense (with a live grant, the operation judged the stored day).
        if let (Some(on), None) = (&revoked_on, &rec.live)
            && *on < granted_on
        {
            return fault(
                "revoked_on",
                tr!(
                    "fault-revoke-before-grant",
                    on = on,
                    granted_on = granted_on
                ),
            );
        }
        if !changed {
            self.summary.unchanged += 1;
        }
        Ok(())
    }
}
