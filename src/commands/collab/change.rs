//! `lpt collab grant | revoke | end | role-change`: the changes to a collaborator's grants, each through
//! its operation in `ops`.

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::{GrantArgs, RevokeArgs};
use crate::catalog::ProfileInfo;
use crate::commands::{Ctx, confirm};
use crate::error::Exit;
use crate::ops::grant::{Added, NewGrant, Outcome, Target};
use crate::ops::{self, InCompany, Named};
use crate::output::note;
use crate::questions::{Asked, Question};
use crate::store::grant::{self, Grant};
use crate::store::{Session, catalog, relationship};
use crate::tr;

pub(super) fn grant(ctx: &Ctx, a: GrantArgs) -> Result<Exit> {
    if let Some(on) = a.on {
        ops::not_future(ctx.today(), on, &tr!("what-grant"))?;
    }
    let on = a.on.unwrap_or(ctx.today()).to_string();
    let store = ctx.open()?;
    let catalog = catalog::load(&store)?;
    // The grant as one session sees it; `attested: None` checks everything and writes nothing.
    let attempt = |attested: Option<bool>| -> Result<(Named, &ProfileInfo, Added)> {
        let s = ctx.begin(&store)?;
        let actor = ops::actor(&s)?;
        let n = Named::load(&s, actor, &a.company, &a.person, a.unit.as_deref())?;
        let profile = catalog.profile(&a.profile).map_err(anyhow::Error::msg)?;
        ops::admin::not_through_collab(profile)?;
        let g = NewGrant {
            person: &n.person,
            profile,
            scope: n.scope(),
            on: &on,
            attested: attested.unwrap_or(true),
        };
        let added = ops::grant::hold(&s, n.here.at(), &g, None)?;
        match attested {
            Some(_) => s.commit()?,
            None => s.rollback()?,
        }
        Ok((n, profile, added))
    };
    let mut attested = a.data_processing_authorised;
    if !attested && ctx.interactive {
        // Check everything before asking, outside any write; then again when writing.
        let (n, profile, added) = attempt(None)?;
        if matches!(added, Added::AlreadyHeld(_)) {
            return report(&n, profile, added);
        }
        attested = confirm(&tr!(
            "prompt-attest",
            person = n.person.label(),
            company = n.here.company.label()
        ))?;
        if !attested {
            bail!(tr!("refuse-not-attested"));
        }
    }
    let (n, profile, added) = attempt(Some(attested))?;
    report(&n, profile, added)
}

fn report(n: &Named, profile: &ProfileInfo, added: Added) -> Result<Exit> {
    let scope = n.scope();
    let (person, company) = (n.person.label(), n.here.company.label());
    note(match added {
        Added::Granted => tr!(
            "note-granted",
            profile = profile.code,
            scope = scope,
            person = person,
            company = company
        ),
        Added::Requested => tr!(
            "note-requested",
            profile = profile.code,
            scope = scope,
            person = person,
            company = company
        ),
        Added::AlreadyHeld(state) => tr!(
            "note-already-held",
            person = person,
            profile = profile.code,
            scope = scope,
            company = company,
            state = state
        ),
    });
    Ok(Exit::Ok)
}

/// What `collab revoke` did: to whom, where, the grants revoked, those whose disabling was
/// asked of the Region, and those whose disabling already awaited it.
struct Revocation {
    person: String,
    company: String,
    revoked: Vec<String>,
    requested: Vec<String>,
    waiting: Vec<String>,
}

pub(super) fn revoke(ctx: &Ctx, a: RevokeArgs) -> Result<Exit> {
    let reason = ops::text("--reason", &a.reason)?;
    if let Some(on) = a.on {
        ops::not_future(ctx.today(), on, &tr!("what-revocation"))?;
    }
    let on = a.on.unwrap_or(ctx.today()).to_string();
    let store = ctx.open()?;
    let work = |s: &Session<'_>| -> Result<(Revocation, Option<Asked>)> {
        let actor = ops::actor(s)?;
        let company = ops::find_company(s, &a.company)?;
        let person = ops::find_person(s, &a.person)?;
        let unit = a
            .unit
            .as_deref()
            .map(|u| ops::find_unit(s, &company, u))
            .transpose()?;
        let catalog = catalog::load(s)?;
        let profile = a
            .profile
            .as_deref()
            .map(|p| catalog.profile(p).map(|p| p.code.clone()))
            .transpose()
            .map_err(anyhow::Error::msg)?;
        let selected: Vec<Grant> = grant::of_person(s, person.id, company.id, true)?
            .into_iter()
            .filter(|g| match (&profile, &unit) {
                (Some(p), u) => &g.profile == p && g.unit_id == u.as_ref().map(|u| u.id),
                (None, Some(u)) => g.unit_id == Some(u.id),
                (None, None) => true,
            })
            .collect();
        if selected.is_empty() {
            let what = match (&profile, &unit) {
                (Some(p), Some(u)) => tr!("what-profile-in-unit", p = p, unit = u.name),
                (Some(p), None) => tr!("what-profile-group", p = p),
                (None, Some(u)) => tr!("what-any-in-unit", unit = u.name),
                (None, None) => tr!("what-any-grant"),
            };
            bail!(tr!(
                "refuse-holds-nothing",
                person = person.label(),
                what = what,
                company = company.label()
            ));
        }
        let here = InCompany::load(s, actor, company)?;
        let targets: Vec<Target> = selected.iter().map(Target::from).collect();
        let done = ops::grant::revoke(s, here.at(), &targets, &on, &reason)?;
        let (person, company) = (person.label(), here.company.label());
        let of = |o: Outcome| -> Vec<String> {
            let picked = selected.iter().zip(&done).filter(|(_, d)| **d == o);
            picked.map(|(g, _)| ops::describe(g)).collect()
        };
        let (revoked, requested) = (of(Outcome::Revoked), of(Outcome::DisableRequested));
        // Every grant of the person (in the company, or in --unit): asked on a terminal.
        let grants: Vec<String> = revoked.iter().chain(&requested).cloned().collect();
        let asked = (a.profile.is_none() && !grants.is_empty()).then(|| {
            Question::RevokeAll {
                person: &person,
                company: &company,
                grants: &grants,
            }
            .into()
        });
        let waiting = of(Outcome::AlreadyRequested);
        let done = Revocation {
            person,
            company,
            revoked,
            requested,
            waiting,
        };
        Ok((done, asked))
    };
    let Some(Revocation {
        person,
        company,
        revoked,
        requested,
        waiting,
    }) = ctx.confirmed(&store, work)?
    else {
        return Ok(Exit::Failure);
    };
    if !revoked.is_empty() {
        note(tr!(
            "note-revoked",
            person = person,
            company = company,
            grants = revoked.join("; ")
        ));
    }
    if !requested.is_empty() {
        note(tr!(
            "note-disable-requested",
            grants = requested.join("; "),
            person = person,
            company = company
        ));
    }
    if !waiting.is_empty() {
        note(tr!(
            "note-disable-waiting",
            grants = waiting.join("; "),
            person = person,
            company = company
        ));
    }
    Ok(Exit::Ok)
}

pub(super) fn end(ctx: &Ctx, company: &str, person: &str, on: NaiveDate) -> Result<Exit> {
    ops::not_future(ctx.today(), on, &tr!("what-end"))?;
    let on = on.to_string();
    let store = ctx.open()?;
    // To whom, where, how many live grants, and the day they are due.
    type Ended = (String, String, usize, String);
    let work = |s: &Session<'_>| -> Result<(Ended, Option<Asked>)> {
        let actor = ops::actor(s)?;
        let company = ops::find_company(s, company)?;
        let person = ops::find_person(s, person)?;
        let live_units = grant::live_units(s, person.id, company.id)?;
        let here = InCompany::load(s, actor, company)?;
        let Some((rel, started_on)) = relationship::open(s, person.id, here.company.id)? else {
            // Who may end it is checked first: a refusal says nothing of the relationship.
            ops::allow(
                None,
                crate::policy::end_relationship(actor, &here.standing, &here.company, &live_units),
            )?;
            let last = relationship::last_end(s, person.id, here.company.id)?;
            bail!(tr!(
                "refuse-no-open-relationship",
                person = person.label(),
                company = here.company.label(),
                last = last
                    .map(|d| tr!("refuse-role-last-ended", d = d))
                    .unwrap_or_default()
            ));
        };
        let due =
            ops::relationship::end(s, here.at(), &person, (rel, &started_on), &on, &live_units)?;
        let (person, company, due) = (person.label(), here.company.label(), due.to_string());
        let asked = Question::End {
            person: &person,
            company: &company,
            on: &on,
            grants: live_units.len(),
            due: &due,
        }
        .into();
        Ok(((person, company, live_units.len(), due), Some(asked)))
    };
    let Some((person, company, live, due)) = ctx.confirmed(&store, work)? else {
        return Ok(Exit::Failure);
    };
    note(tr!(
        "note-ended",
        person = person,
        company = company,
        on = on,
        live = live,
        due = due
    ));
    Ok(Exit::Ok)
}

pub(super) fn role_change(
    ctx: &Ctx,
    company: &str,
    person: &str,
    on: NaiveDate,
    text: &str,
) -> Result<Exit> {
    let store = ctx.open()?;
    let s = ctx.begin(&store)?;
    let actor = ops::actor(&s)?;
    let n = Named::load(&s, actor, company, person, None)?;
    let due = ops::review::role_change(&s, n.here.at(), &n.person, on, text)?;
    s.commit()?;
    note(tr!(
        "note-role-change",
        person = n.person.label(),
        company = n.here.company.label(),
        on = on,
        due = due
    ));
    Ok(Exit::Ok)
}
