//! Grants (R7): holding a profile at a scope (revoking it is [`super::revoke`]), the Region's approval of a
//! request, and the periodic review (R12). Administrators are grants too (R6): see
//! [`super::admin`].

use anyhow::Result;

use super::events::{Event, Granted};
use super::{At, Field, actor, allow, record, refuse};
use crate::catalog::{ADMIN, LEGAL_REP, ProfileInfo};
use crate::policy::{self, Scope};
use crate::store::grant::{self as gstore, Live};
use crate::store::person::Person;
use crate::store::relationship::{self as rstore, Relationship};
use crate::store::{CompanyId, Db, PersonId, Session, UnitId};
use crate::tr;

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
            let what = tr!("doing-revoke", profile = profile);
            policy::manage_scope(actor, at.standing, at.company, scope, what)
        }
        Verb::Grant if profile == ADMIN => {
            let what = tr!("doing-nominate");
            policy::manage_scope(actor, at.standing, at.company, scope, what)
        }
        Verb::Grant => {
            let what = tr!("doing-grant", profile = profile);
            policy::manage_scope(actor, at.standing, at.company, scope, what)
        }
        Verb::Review => {
            let what = tr!("doing-review", profile = profile);
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
    // A company that holds no grants is said first: in it nobody has standing either.
    allow(Some(Field::Company), policy::holds_grants(at.company))?;
    authorise(s, at, &g.profile.code, g.scope, Verb::Grant)?;
    add(s, actor(s)?, at, g, recorded, Origin::Administrator)
}

/// Who or what makes a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// An administrator, within their scope.
    Administrator,
    /// The Region's decision (approval of a company or of a change).
    Region,
    /// An upgrade of the database, recording the power an earlier version gave (R14).
    Migration(&'static str),
}

/// R3, R14: a grant that follows from the Region's decision: the first administrator of a
/// company just approved, the legal representative's grant (approval of the company or of
/// a change of legal representative), or an upgrade giving it to an existing one.
pub(super) fn by_the_region(s: &Session, at: At<'_>, g: &NewGrant<'_>) -> Result<Added> {
    add(s, actor(s)?, at, g, None, Origin::Region)
}

/// A grant an upgrade of the database makes (`migration` names it), on the authority of
/// `granter`, the regional operator whose decision conferred the power.
pub(super) fn by_migration(
    s: &Session,
    at: At<'_>,
    g: &NewGrant<'_>,
    granter: &Person,
    migration: &'static str,
) -> Result<Added> {
    add(s, granter, at, g, None, Origin::Migration(migration))
}

/// The checks every grant passes whoever makes it, then the write.
fn add(
    s: &Session,
    actor: &Person,
    at: At<'_>,
    g: &NewGrant<'_>,
    recorded: Option<&Recorded>,
    origin: Origin,
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
    if profile.code == LEGAL_REP && origin == Origin::Administrator {
        return refuse(
            Field::Profile,
            tr!("refuse-legal-rep-granted", legal_rep = LEGAL_REP),
        );
    }
    let data_processing_authorised = if profile.code == ADMIN || profile.code == LEGAL_REP {
        None
    } else if g.attested {
        Some(true)
    } else {
        return refuse(
            Field::Profile,
            tr!(
                "refuse-needs-attestation",
                profile = profile.code,
                person = person.label(),
                company = company.label()
            ),
        );
    };
    // R8: a declared day is not before the person existed here, nor before the
    // relationship the grant rests on.
    if g.on < person.first_access_on.as_str() {
        return refuse(
            Field::Day,
            tr!(
                "refuse-grant-before-first-access",
                person = person.label(),
                first_access = person.first_access_on,
                on = g.on
            ),
        );
    }
    let relationship = match recorded.open() {
        Some((_, started)) if g.on < started => {
            return refuse(
                Field::Day,
                tr!(
                    "refuse-grant-before-relationship",
                    person = person.label(),
                    company = company.label(),
                    started = started,
                    on = g.on
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
                    tr!(
                        "refuse-relationship-before-end",
                        person = person.label(),
                        company = company.label(),
                        end = end,
                        on = g.on
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
                origin: match origin {
                    Origin::Migration(m) => Some(m),
                    _ => None,
                },
            },
        },
    )?;
    Ok(if requested {
        Added::Requested
    } else {
        Added::Granted
    })
}

pub use super::revoke::{Outcome, Target, revoke};
