//! The registry as a whole: who may export which part of it (a bulk read of personal
//! data, traced, §8.6), and the import's own event.

use std::collections::HashSet;

use anyhow::{Result, bail};

use super::events::{Event, Exported, Imported};
use super::{actor, record, standing};
use crate::store::company::{Company, Unit};
use crate::store::{Session, UnitId};
use crate::tr;

/// Which grants the actor may export: `Ok(None)` all those selected, `Ok(Some(units))` only
/// those in these units (a unit administrator's); otherwise a refusal. A regional operator
/// may export everything; an administrator their company, a unit administrator their units.
pub fn export_scope(
    s: &Session,
    company: Option<&Company>,
    unit: Option<&Unit>,
) -> Result<Option<HashSet<UnitId>>> {
    let actor = actor(s)?;
    let Some(c) = company else {
        if !actor.operator {
            bail!(tr!("refuse-export-all", actor = actor.label()));
        }
        return Ok(None);
    };
    if actor.operator {
        return Ok(None);
    }
    let st = standing(s, actor, c)?;
    if st.company_level() {
        return Ok(None);
    }
    match unit {
        Some(u) if st.unit_admin.contains(&u.id) => Ok(None),
        Some(u) => bail!(tr!(
            "refuse-export-unit",
            actor = actor.label(),
            unit = u.name,
            company = c.label()
        )),
        None if !st.unit_admin.is_empty() => Ok(Some(st.unit_admin.iter().copied().collect())),
        None => bail!(tr!(
            "refuse-export-company",
            actor = actor.label(),
            company = c.label()
        )),
    }
}

/// Traces an export (§8.6).
pub fn exported(s: &Session, company: Option<&str>, details: Exported<'_>) -> Result<()> {
    record(s, Event::RegistryExport { company, details })
}

/// A historical load (R8): only a regional operator may have declared days stand for
/// recorded ones. The operator enters it (their login), on the authority of whoever `--as`
/// names, who must be entitled to each row as ever (an administrator grants, say). From
/// here on the session records declared days for what it creates.
pub fn historical(s: &Session) -> Result<()> {
    actor(s)?;
    let entered_by_operator = s
        .bound()
        .and_then(|b| b.person.as_ref())
        .is_some_and(|p| p.active_operator());
    if !entered_by_operator {
        bail!(tr!("refuse-historical-login", login = s.login().name));
    }
    s.set_historical()
}

/// The import's summary event, written when it changed anything.
pub fn imported(s: &Session, summary: Imported) -> Result<()> {
    record(s, Event::RegistryImport(summary))
}
