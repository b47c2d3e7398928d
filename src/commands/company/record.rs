//! `lpt company show` and `update`: the company's record and its upkeep (R4).

use anyhow::{Result, bail};
use serde::Serialize;

use super::UpdateArgs;
use crate::catalog::ADMIN;
use crate::commands::Ctx;
use crate::error::Exit;
use crate::ops::{
    self,
    company::{LegalRep, Update},
};
use crate::output::note;
use crate::store::company::{self as cstore};
use crate::store::{catalog, change, grant, person};
use crate::tr;

#[derive(Debug, Serialize)]
struct Detail {
    cf: String,
    name: String,
    office: String,
    email: String,
    pec: Option<String>,
    phone: Option<String>,
    legal_rep_cf: String,
    legal_rep_name: String,
    status: String,
    types: Vec<String>,
    units: Vec<String>,
    administrators: Vec<String>,
    history: Vec<String>,
    /// The change awaiting the Region, if any (R4).
    pending_change: Option<String>,
}

pub(super) fn show(ctx: &Ctx, cf: &str) -> Result<Exit> {
    let store = ctx.open()?;
    let c = ops::find_company(&store, cf)?;
    let types = cstore::types(&store, c.id)?
        .into_iter()
        .map(|t| match t.register {
            Some(r) => format!("{} ({} n. {} of {})", t.code, r.name, r.number, r.date),
            None => t.code,
        })
        .collect();
    let units = cstore::units(&store, c.id)?
        .into_iter()
        .map(|u| u.name)
        .collect();
    let administrators = grant::of_company(&store, c.id, None, Some(ADMIN), true)?
        .into_iter()
        .map(|g| {
            format!(
                "{} {} {} ({})",
                g.person_cf,
                g.given_name,
                g.family_name,
                match &g.unit {
                    Some(u) => format!("unit {u}"),
                    None => "group level".into(),
                }
            )
        })
        .collect();
    let requester = person::by_id(&store, c.requested_by)?;
    let mut history = vec![format!(
        "{} registered by {}",
        c.registered_at,
        requester.label()
    )];
    if let (Some(at), Some(by)) = (&c.decided_at, c.decided_by) {
        let by = person::by_id(&store, by)?;
        history.push(match &c.reject_reason {
            Some(r) => format!("{at} rejected by {}: {r}", by.label()),
            None => format!("{at} approved by {}", by.label()),
        });
    }
    let pending_change = match change::pending(&store, c.id)? {
        None => None,
        Some(p) => {
            let mut what: Vec<String> = p
                .add_types
                .iter()
                .map(|t| match &t.register {
                    Some(r) => format!("add {} ({} n. {} of {})", t.code, r.name, r.number, r.date),
                    None => format!("add {}", t.code),
                })
                .collect();
            if let Some(r) = &p.legal_rep {
                what.push(format!(
                    "legal representative {} {} ({})",
                    r.given_name, r.family_name, r.cf
                ));
            }
            let by = person::by_id(&store, p.requested_by)?;
            Some(format!(
                "{}; requested {} by {}",
                what.join("; "),
                p.requested_at,
                by.label()
            ))
        }
    };
    ctx.out.one(&Detail {
        cf: c.cf,
        name: c.name,
        office: c.office,
        email: c.email,
        pec: c.pec,
        phone: c.phone,
        legal_rep_cf: c.legal_rep_cf,
        legal_rep_name: format!("{} {}", c.legal_rep_given_name, c.legal_rep_family_name),
        status: c.status,
        types,
        units,
        administrators,
        history,
        pending_change,
    })?;
    Ok(Exit::Ok)
}

pub(super) fn update(ctx: &Ctx, a: UpdateArgs) -> Result<Exit> {
    if a.new_cf.is_some() {
        bail!(tr!("refuse-company-cf-fixed"));
    }
    let store = ctx.open()?;
    let s = ctx.begin(&store)?;
    let catalog = catalog::load(&s)?;
    let l = &a.legal_rep;
    let u = Update {
        name: a.name.as_deref(),
        office: a.office.as_deref(),
        email: a.email.as_deref(),
        pec: a.pec.as_deref(),
        phone: a.phone.as_deref(),
        legal_rep: l.legal_rep.as_deref().map(|cf| LegalRep {
            cf,
            family_name: l.legal_rep_family_name.as_deref(),
            given_name: l.legal_rep_given_name.as_deref(),
        }),
        types: &a.types,
        registers: &a.register,
    };
    let up = ops::company::update(&s, &catalog, &a.cf, &u)?;
    let c = &up.company;
    if up.fields.is_empty() && up.requested.is_empty() {
        note(tr!("note-nothing-to-change", company = c.label()));
        return Ok(Exit::Ok);
    }
    s.commit()?;
    if !up.fields.is_empty() {
        note(tr!(
            "note-company-updated",
            company = c.label(),
            fields = up.fields.join(", ")
        ));
    }
    if !up.requested.is_empty() {
        note(tr!(
            "note-change-requested",
            company = c.label(),
            requested = up.requested.join(", "),
            cf = c.cf
        ));
    }
    if !up.unallowed.is_empty() {
        note(tr!(
            "warn-unallowed",
            count = up.unallowed.len(),
            grants = up.unallowed.join("; ")
        ));
    }
    Ok(Exit::Ok)
}
