//! Decisions on grants already made: the Region's approval of a request to enable or to
//! disable a profile (R7), the periodic review by an administrator and the changes of role
//! that call for one (R12).

use anyhow::{Result, anyhow, bail};

use super::events::{Event, Revoked};
use super::grant::{Outcome, Target, Verb, authorise};
use super::{At, Field, actor, allow, record, refuse};
use crate::catalog::Catalog;
use crate::policy;
use crate::store::company::Company;
use crate::store::grant::{self as gstore, Grant};
use crate::store::person::Person;
use crate::store::review::{self as rv, NewRoleChange};
use crate::store::{Session, relationship as rstore};
use crate::tr;

/// R7 (§6.1: "nuove abilitazioni o disabilitazioni"): an administrator's revocation of an
/// active grant whose profile needs regional approval is a request to the Region, recorded
/// with its day and reason; the grant stays active until a regional operator approves it
/// ([`approve`]). None when the revocation takes effect at once: by a regional operator
/// (R9's suspension too), or of a request never approved (it never was access).
pub(super) fn through_region(
    s: &Session,
    at: At<'_>,
    t: &Target<'_>,
    on: &str,
    reason: &str,
) -> Result<Option<Outcome>> {
    let actor = actor(s)?;
    if actor.operator || !t.active || !rv::needs_region(s, t.profile)? {
        return Ok(None);
    }
    if t.disable_requested {
        return Ok(Some(Outcome::AlreadyRequested));
    }
    rv::request_disable(s, t.id, on, actor.id, reason)?;
    record(
        s,
        Event::GrantDisableRequest {
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
    Ok(Some(Outcome::DisableRequested))
}

/// R7: a regional operator approves a request to enable a profile, or to disable it
/// (named as typed: codes, the profile and the unit's name). Returns the company, the
/// person and what was approved, for the message.
pub fn approve(
    s: &Session,
    catalog: &Catalog,
    company: &str,
    person: &str,
    profile: &str,
    unit: Option<&str>,
) -> Result<(Company, Person, String)> {
    let actor = actor(s)?;
    allow(
        None,
        policy::operator(actor, &tr!("doing-approve-requests")),
    )?;
    let company = &super::find_company(s, company)?;
    let person = &super::find_person(s, person)?;
    let profile = catalog.profile(profile).map_err(anyhow::Error::msg)?;
    let unit = unit.map(|u| super::find_unit(s, company, u)).transpose()?;
    let scope = super::scope(unit.as_ref());
    let none = || {
        anyhow!(tr!(
            "refuse-no-pending-request",
            profile = profile.code,
            scope = scope,
            person = person.label(),
            company = company.label()
        ))
    };
    let g = gstore::live_at(s, person.id, company.id, &profile.code, scope.unit_id())?
        .ok_or_else(none)?;
    let what = format!("{} {scope}", profile.code);
    if !g.requested() {
        let (on, reason) = rv::disable_request(s, g.id)?.ok_or_else(none)?;
        // Revoked on the day the administrator asked for; recorded now (R8).
        gstore::revoke(s, g.id, &on, actor.id, &reason)?;
        record(
            s,
            Event::GrantDisable {
                company: &company.cf,
                person: &person.cf,
                profile: &profile.code,
                unit: g.unit.as_deref(),
                revoked_on: &on,
            },
        )?;
        let what = tr!("note-disabling-approved", what = what, on = on);
        return Ok((company.clone(), person.clone(), what));
    }
    // The facts every grant needs hold at approval too (R3, R7, R9), and after the end of
    // the relationship a grant needs a new one (R8).
    let types: Vec<String> = crate::store::company::types(s, company.id)?
        .into_iter()
        .map(|t| t.code)
        .collect();
    allow(
        Some(super::Field::Profile),
        policy::grantable(company, &types, person, profile, scope),
    )
    .map_err(|e| anyhow!(tr!("refuse-request-unapprovable", e = e)))?;
    if let Some(end) = &g.ended_on {
        bail!(tr!(
            "refuse-request-ended",
            person = person.label(),
            company = company.label(),
            end = end
        ));
    }
    gstore::approve(s, g.id, actor.id)?;
    record(
        s,
        Event::GrantApprove {
            company: &company.cf,
            person: &person.cf,
            profile: &profile.code,
            unit: g.unit.as_deref(),
        },
    )?;
    Ok((company.clone(), person.clone(), what))
}

/// R12: an administrator confirms, today, every active grant of a person within their
/// scope. Returns the grants confirmed.
/// Nobody confirms their own grants, and a grant whose relationship has ended cannot be
/// confirmed, only revoked.
pub fn confirm(s: &Session, at: At<'_>, person: &Person) -> Result<Vec<Grant>> {
    let actor = actor(s)?;
    let company = at.company;
    let live: Vec<Grant> = gstore::of_person(s, person.id, company.id, true)?
        .into_iter()
        .filter(Grant::active)
        .collect();
    if live.is_empty() {
        bail!(tr!(
            "refuse-review-nothing",
            person = person.label(),
            company = company.label()
        ));
    }
    for g in &live {
        authorise(s, at, &g.profile, Target::from(g).scope(), Verb::Review)?;
    }
    if actor.id == person.id {
        return refuse(
            Field::Person,
            tr!(
                "refuse-review-own",
                actor = actor.label(),
                company = company.label()
            ),
        );
    }
    let ended: Vec<&Grant> = live.iter().filter(|g| g.ended_on.is_some()).collect();
    if let Some(first) = ended.first() {
        let grants: Vec<String> = ended.iter().map(|g| super::describe(g)).collect();
        return refuse(
            Field::Person,
            tr!(
                "refuse-review-ended",
                person = person.label(),
                company = company.label(),
                end = first.ended_on.as_deref().unwrap_or_default(),
                grants = grants.join(", ")
            ),
        );
    }
    let today = s.today().to_string();
    for g in &live {
        gstore::confirm(s, g.id, &today, actor.id)?;
    }
    record(
        s,
        Event::GrantConfirm {
            company: &company.cf,
            person: &person.cf,
            grants: live.iter().map(Grant::describe).collect(),
        },
    )?;
    Ok(live)
}

/// R12 (§8.2): records a change of role or duties of `person` in the company, declared on
/// `on` (not in the future, not before their relationship began); recorded at the
/// session's instant. From then every live grant of theirs there is due for review until
/// confirmed or revoked. Who may: those who manage the person there (as for the end of a
/// relationship). Returns how many active grants are now due.
pub fn role_change(
    s: &Session,
    at: At<'_>,
    person: &Person,
    on: chrono::NaiveDate,
    note: &str,
) -> Result<usize> {
    let actor = actor(s)?;
    let company = at.company;
    let live = gstore::of_person(s, person.id, company.id, true)?;
    let units: Vec<_> = live.iter().map(|g| g.unit_id).collect();
    allow(
        Some(Field::Person),
        policy::role_change(actor, at.standing, company, &units),
    )?;
    let note = super::text("--note", note)?;
    super::not_future(s.today(), on, &tr!("what-role-change"))?;
    let on = on.to_string();
    let Some((_, started)) = rstore::open(s, person.id, company.id)? else {
        let last = rstore::last_end(s, person.id, company.id)?;
        return refuse(
            Field::Person,
            tr!(
                "refuse-role-no-relationship",
                person = person.label(),
                company = company.label(),
                last = last
                    .map(|d| tr!("refuse-role-last-ended", d = d))
                    .unwrap_or_default()
            ),
        );
    };
    if on < started {
        return refuse(
            Field::Day,
            tr!(
                "refuse-role-before-start",
                person = person.label(),
                company = company.label(),
                started = started,
                on = on
            ),
        );
    }
    rv::role_change(
        s,
        &NewRoleChange {
            person: person.id,
            company: company.id,
            on: &on,
            by: actor.id,
            note: &note,
        },
    )?;
    let due = live.iter().filter(|g| g.active()).count();
    record(
        s,
        Event::RoleChange {
            company: &company.cf,
            person: &person.cf,
            changed_on: &on,
            note: &note,
            live_grants: due,
        },
    )?;
    Ok(due)
}
