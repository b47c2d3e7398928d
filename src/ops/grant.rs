//! Grants (R7): holding a profile at a scope, revoking it (R8), the Region's approval of a
//! request, and the periodic review (R12). Administrators are grants too (R6): see
//! [`super::admin`].

use anyhow::Result;

use super::events::{Event, Granted, Revoked};
use super::{At, Field, actor, allow, record, refuse};
use crate::catalog::{ADMIN, ProfileInfo};
use crate::policy::{self, Scope};
use crate::store::grant::{self as gstore, Grant, Live};
use crate::store::person::Person;
use crate::store::relationship::{self as rstore, Relationship};
use crate::store::{CompanyId, Db, GrantId, PersonId, Session, UnitId};

/// What [`hold`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    Granted,
    /// Awaits a regional operator (R7: OPERATORE_AGENDA).
    Requested,
    /// Already held at that scope ("active" or "requested"): nothing changed.
    AlreadyHeld(&'static str),
}

/// A grant to hold.
pub struct NewGrant<'a> {
    pub person: &'a Person,
    pub profile: &'a ProfileInfo,
    pub scope: Scope<'a>,
    /// The day it takes effect, `YYYY-MM-DD`.
    pub on: &'a str,
    /// The attestation that the person may process personal data for the company (§4.2,
    /// §8.3); not asked of administrators.
    pub attested: bool,
}

/// What is recorded of a person in a company: the relationships, and the live grant of a
/// profile at one scope. Bulk paths load it once per row and hand it to each operation.
pub struct Recorded {
    pub relationships: Vec<Relationship>,
    pub live: Option<Live>,
}

impl Recorded {
    pub fn load(
        db: &impl Db,
        person: PersonId,
        company: CompanyId,
        profile: &str,
        unit: Option<UnitId>,
    ) -> Result<Recorded> {
        let relationships = rstore::of(db, person, company)?;
        // Every grant hangs on a relationship: with none, nothing can be held.
        let live = if relationships.is_empty() {
            None
        } else {
            gstore::live_one(db, person, company, profile, unit)?
        };
        Ok(Recorded {
            relationships,
            live,
        })
    }

    /// The open relationship: its id and start day.
    pub fn open(&self) -> Option<(crate::store::RelationshipId, &str)> {
        self.relationships
            .iter()
            .find(|r| r.2.is_none())
            .map(|(id, start, _)| (*id, start.as_str()))
    }
}

/// The input a refusal about the scope concerns.
fn scope_field(scope: Scope<'_>) -> Option<Field> {
    Some(match scope {
        Scope::Group => Field::Company,
        Scope::Unit(..) => Field::Unit,
    })
}

/// What an actor would do to a grant, for the scope check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Grant,
    Revoke,
    /// Confirm in a periodic review (R12).
    Review,
}

/// R6, R7, R12: whether the actor may grant (nominate, for AMMINISTRATORE), revoke or
/// review `profile` at `scope`: company level anywhere, a unit administrator in their unit;
/// a regional operator revokes anywhere.
pub fn authorise(
    s: &Session,
    at: At<'_>,
    profile: &str,
    scope: Scope<'_>,
    verb: Verb,
) -> Result<()> {
    let actor = actor(s)?;
    let verdict = match verb {
        Verb::Revoke if actor.operator => Ok(()),
        Verb::Revoke => {
            let what = format_args!("revoke {profile}");
            policy::manage_scope(actor, at.standing, at.company, scope, what)
        }
        Verb::Grant if profile == ADMIN => {
            let what = "nominate administrators";
            policy::manage_scope(actor, at.standing, at.company, scope, what)
        }
        Verb::Grant => {
            let what = format_args!("grant {profile}");
            policy::manage_scope(actor, at.standing, at.company, scope, what)
        }
        Verb::Review => {
            let what = format_args!("review {profile}");
            policy::manage_scope(actor, at.standing, at.company, scope, what)
        }
    };
    allow(scope_field(scope), verdict)
}

/// R6, R7: grants a profile, or nominates an administrator (profile AMMINISTRATORE), at a
/// scope the actor manages. `recorded` is what a bulk path already looked up.
pub fn hold(
    s: &Session,
    at: At<'_>,
    g: &NewGrant<'_>,
    recorded: Option<&Recorded>,
) -> Result<Added> {
    authorise(s, at, &g.profile.code, g.scope, Verb::Grant)?;
    add(s, actor(s)?, at, g, recorded)
}

/// R3: the first administrator of a company the Region has just approved.
pub(super) fn first_administrator(s: &Session, at: At<'_>, g: &NewGrant<'_>) -> Result<Added> {
    add(s, actor(s)?, at, g, None)
}

/// The checks every grant passes whoever makes it, then the write.
fn add(
    s: &Session,
    actor: &Person,
    at: At<'_>,
    g: &NewGrant<'_>,
    recorded: Option<&Recorded>,
) -> Result<Added> {
    let (company, person, profile) = (at.company, g.person, g.profile);
    allow(
        Some(Field::Profile),
        policy::grantable(company, at.types, person, profile, g.scope),
    )?;
    let loaded;
    let recorded = match recorded {
        Some(r) => r,
        None => {
            loaded = Recorded::load(s, person.id, company.id, &profile.code, g.scope.unit_id())?;
            &loaded
        }
    };
    if let Some(live) = &recorded.live {
        return Ok(Added::AlreadyHeld(if live.approved {
            "active"
        } else {
            "requested"
        }));
    }
    let data_processing_authorised = if profile.code == ADMIN {
        None
    } else if g.attested {
        Some(true)
    } else {
        return refuse(
            Field::Profile,
            format!(
                "granting {} to {} needs the attestation that they are authorised to process personal \
                 data for {} (§4.2, §8.3): pass --data-processing-authorised",
                profile.code,
                person.label(),
                company.label()
            ),
        );
    };
    // R8: a declared day is not before the person existed here, nor before the
    // relationship the grant rests on.
    if g.on < person.first_access_on.as_str() {
        return refuse(
            Field::Day,
            format!(
                "{} first accessed the portal on {}: nothing can be granted to them on {}, before it",
                person.label(),
                person.first_access_on,
                g.on
            ),
        );
    }
    let relationship = match recorded.open() {
        Some((_, started)) if g.on < started => {
            return refuse(
                Field::Day,
                format!(
                    "{}'s relationship with {} started on {started}: a grant cannot take effect on {}, before it",
                    person.label(),
                    company.label(),
                    g.on
                ),
            );
        }
        Some((id, _)) => id,
        None => {
            let ended = recorded.relationships.iter().filter_map(|r| r.2.as_deref());
            if let Some(end) = ended.max()
                && g.on < end
            {
                return refuse(
                    Field::Day,
                    format!(
                        "{}'s previous relationship with {} ended on {end}: a new one cannot start on {}",
                        person.label(),
                        company.label(),
                        g.on
                    ),
                );
            }
            rstore::start(s, person.id, company.id, g.on)?
        }
    };
    let requested = profile.needs_regional_approval;
    let approved_at = s.recorded(g.on);
    gstore::insert(
        s,
        &gstore::NewGrant {
            person: person.id,
            company: company.id,
            profile: &profile.code,
            unit: g.scope.unit_id(),
            relationship,
            granted_on: g.on,
            granted_by: actor.id,
            data_processing_authorised,
            approved: (!requested).then_some((approved_at.as_str(), actor.id)),
        },
    )?;
    let unit = match g.scope {
        Scope::Group => None,
        Scope::Unit(_, n) => Some(n),
    };
    record(
        s,
        Event::Grant {
            company: &company.cf,
            person: &person.cf,
            requested,
            details: Granted {
                profile: &profile.code,
                unit,
                granted_on: g.on,
                data_processing_authorised,
            },
        },
    )?;
    Ok(if requested {
        Added::Requested
    } else {
        Added::Granted
    })
}

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
        if s.recorded_before(t.id) {
            return refuse(
                Field::Day,
                format!(
                    "{} {} {} was recorded before this historical load: its revocation is \
                     recorded now, so import it without --historical",
                    t.person_cf,
                    t.profile,
                    t.scope()
                ),
            );
        }
        if on < t.granted_on {
            return refuse(
                Field::Day,
                format!(
                    "{} {} {} was granted on {}: it cannot be revoked on {on}",
                    t.person_cf,
                    t.profile,
                    t.scope(),
                    t.granted_on
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
