//! Administrators (R6): grants of profile AMMINISTRATORE, nominated and revoked through
//! the same operations as every grant.

use anyhow::{Result, bail};

use super::grant::{self, Added, NewGrant, Target};
use super::{At, Field, refuse};
use crate::catalog::{ADMIN, Catalog};
use crate::policy::Scope;
use crate::store::person::Person;
use crate::store::{Session, grant as gstore};
use crate::tr;

/// Nominates `person` administrator at `scope`, from today.
pub fn nominate(
    s: &Session,
    catalog: &Catalog,
    at: At<'_>,
    person: &Person,
    scope: Scope<'_>,
) -> Result<Added> {
    let profile = catalog.profile(ADMIN).map_err(anyhow::Error::msg)?;
    let today = s.today().to_string();
    let g = NewGrant {
        person,
        profile,
        scope,
        on: &today,
        attested: false,
    };
    grant::hold(s, at, &g, None)
}

/// Revokes today every administrator grant of `person` (or only that of `unit`); returns
/// what was revoked, described.
pub fn revoke(
    s: &Session,
    at: At<'_>,
    person: &Person,
    unit: Option<&crate::store::company::Unit>,
    reason: &str,
) -> Result<Vec<String>> {
    let selected: Vec<_> = gstore::of_person(s, person.id, at.company.id, true)?
        .into_iter()
        .filter(|g| g.profile == ADMIN && unit.is_none_or(|u| g.unit_id == Some(u.id)))
        .collect();
    if selected.is_empty() {
        return refuse(
            Field::Person,
            tr!(
                "refuse-not-admin",
                person = person.label(),
                company = at.company.label(),
                unit = unit
                    .map(|u| tr!("refuse-not-admin-unit", unit = u.name))
                    .unwrap_or_default()
            ),
        );
    }
    let targets: Vec<Target> = selected.iter().map(Target::from).collect();
    grant::revoke(s, at, &targets, &s.today().to_string(), reason)?;
    Ok(selected.iter().map(super::describe).collect())
}

/// R6: the administrator profile is nominated with `admin nominate`, never granted as a
/// collaborator profile.
pub fn not_through_collab(profile: &crate::catalog::ProfileInfo) -> Result<()> {
    if profile.code == ADMIN {
        bail!(tr!("refuse-admin-through-collab"));
    }
    Ok(())
}
