//! The end of a person's relationship with a company (R8): from that day every grant must
//! be revoked within 5 calendar days.

use anyhow::Result;

use super::events::{Ended, Event};
use super::{At, Field, actor, allow, record, refuse};
use crate::dates::{parse_date, revoke_by};
use crate::policy;
use crate::store::person::Person;
use crate::store::{RelationshipId, Session, UnitId, relationship};
use crate::tr;

/// Ends the open relationship `(id, started_on)` of `person` on `on`, given the units of
/// the person's live grants there (`None`: group level). Returns the revocation deadline.
pub fn end(
    s: &Session,
    at: At<'_>,
    person: &Person,
    open: (RelationshipId, &str),
    on: &str,
    live_units: &[Option<UnitId>],
) -> Result<String> {
    let actor = actor(s)?;
    allow(
        Some(Field::Day),
        policy::end_relationship(actor, at.standing, at.company, live_units),
    )?;
    let (rel, started_on) = open;
    if on < started_on {
        return refuse(
            Field::Day,
            tr!("refuse-end-before-start", started_on = started_on, on = on),
        );
    }
    if s.relationship_recorded_before(rel) {
        return refuse(Field::Day, tr!("refuse-end-historical"));
    }
    relationship::end(s, rel, on)?;
    let due = revoke_by(parse_date(on).map_err(anyhow::Error::msg)?).to_string();
    record(
        s,
        Event::RelationshipEnd {
            company: &at.company.cf,
            person: &person.cf,
            details: Ended {
                ended_on: on,
                started_on,
                revoke_by: &due,
                live_grants: live_units.len(),
            },
        },
    )?;
    Ok(due)
}
