//! Revoking grants (R6, R8): one or several, within the actor's scope, never before the
//! day granted, the last group-level administrator only by the Region, and what the Region
//! disables only as a request (R7).

use anyhow::Result;

use super::events::{Event, Revoked};
use super::grant::{Verb, authorise};
use super::{At, Field, actor, allow, record, refuse};
use crate::catalog::{ADMIN, LEGAL_REP};
use crate::policy::{self, Scope};
use crate::store::grant::{self as gstore, Grant};
use crate::store::{GrantId, Session, UnitId};
use crate::tr;

/// A live grant to revoke, as the path that found it knows it.
pub struct Target<'a> {
    pub id: GrantId,
    pub person_cf: &'a str,
    pub profile: &'a str,
    pub unit: Option<(UnitId, &'a str)>,
    pub granted_on: &'a str,
    /// Approved (not a request awaiting the Region).
    pub active: bool,
    /// Its disabling already awaits the Region (R7).
    pub disable_requested: bool,
}

impl<'a> From<&'a Grant> for Target<'a> {
    fn from(g: &'a Grant) -> Self {
        Target {
            id: g.id,
            person_cf: &g.person_cf,
            profile: &g.profile,
            unit: g.unit_id.zip(g.unit.as_deref()),
            granted_on: &g.granted_on,
            active: g.active(),
            disable_requested: g.disable_requested_on.is_some(),
        }
    }
}

impl Target<'_> {
    pub fn scope(&self) -> Scope<'_> {
        match self.unit {
            Some((id, name)) => Scope::Unit(id, name),
            None => Scope::Group,
        }
    }
}

/// What [`revoke`] did to one grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Revoked,
    /// R7: an administrator's revocation of a profile the Region disables: requested; the
    /// grant stays active until a regional operator approves.
    DisableRequested,
    /// Its disabling already awaited the Region: nothing changed.
    AlreadyRequested,
}

/// R6, R7, R8: revokes grants on `on`, each within the actor's scope (regional operators:
/// any), none before the day it was granted; the last group-level administrator of an
/// approved company only by a regional operator; an active grant the Region disables only
/// as a request ([`super::review::through_region`]). All or none.
pub fn revoke(
    s: &Session,
    at: At<'_>,
    targets: &[Target<'_>],
    on: &str,
    reason: &str,
) -> Result<Vec<Outcome>> {
    let actor = actor(s)?;
    for t in targets {
        authorise(s, at, t.profile, t.scope(), Verb::Revoke)?;
        // R14: the legal representative's grant follows the Region's decisions; a company
        // revokes it only as the duty of the end of the relationship (R8).
        if t.profile == LEGAL_REP && !actor.operator && !gstore::relationship_ended(s, t.id)? {
            return refuse(
                Field::Profile,
                tr!(
                    "refuse-revoke-legal-rep",
                    person = t.person_cf,
                    legal_rep = LEGAL_REP
                ),
            );
        }
        if s.recorded_before(t.id) {
            return refuse(
                Field::Day,
                tr!(
                    "refuse-revoke-historical",
                    person = t.person_cf,
                    profile = t.profile,
                    scope = t.scope()
                ),
            );
        }
        if on < t.granted_on {
            return refuse(
                Field::Day,
                tr!(
                    "refuse-revoke-before-grant",
                    person = t.person_cf,
                    profile = t.profile,
                    scope = t.scope(),
                    granted_on = t.granted_on,
                    on = on
                ),
            );
        }
    }
    let removing = targets
        .iter()
        .filter(|t| t.profile == ADMIN && t.unit.is_none() && t.active)
        .count() as i64;
    if removing > 0 && removing >= gstore::group_admin_count(s, at.company.id)? {
        allow(
            Some(Field::Day),
            policy::revoke_last_group_admin(actor, at.company),
        )?;
    }
    let mut done = Vec::with_capacity(targets.len());
    for t in targets {
        if let Some(o) = super::review::through_region(s, at, t, on, reason)? {
            done.push(o);
            continue;
        }
        done.push(Outcome::Revoked);
        gstore::revoke(s, t.id, on, actor.id, reason)?;
        record(
            s,
            Event::GrantRevoke {
                company: &at.company.cf,
                person: t.person_cf,
                details: Revoked {
                    profile: t.profile,
                    unit: t.unit.map(|u| u.1),
                    revoked_on: on,
                    reason,
                },
            },
        )?;
    }
    Ok(done)
}
