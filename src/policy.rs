//! Who may do what (R3, R5–R10): pure functions of facts gathered by the operations.
//!
//! Deny by default: every function returns `Ok(())` only on the paths the rules
//! allow, and otherwise one sentence naming who tried what and the right missing.

use crate::catalog::ProfileInfo;
use crate::store::UnitId;
use crate::store::company::Company;
use crate::store::person::Person;
use crate::tr;

/// What the acting person is in one company: what their live grants there give them
/// (R14; a field of the company record confers nothing).
#[derive(Debug, Clone, Default)]
pub struct Standing {
    /// Holds the legal representative's grant.
    pub legal_rep: bool,
    pub group_admin: bool,
    pub unit_admin: Vec<UnitId>,
}

impl From<crate::store::grant::Powers> for Standing {
    fn from(p: crate::store::grant::Powers) -> Standing {
        Standing {
            legal_rep: p.legal_rep,
            group_admin: p.group_admin,
            unit_admin: p.unit_admin,
        }
    }
}

impl Standing {
    /// The legal representative and group-level administrators manage the whole company.
    pub fn company_level(&self) -> bool {
        self.legal_rep || self.group_admin
    }
    pub fn manages_unit(&self, unit: UnitId) -> bool {
        self.company_level() || self.unit_admin.contains(&unit)
    }
}

/// Where a grant applies: the whole company, or one unit (with its name for messages).
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    Group,
    Unit(UnitId, &'a str),
}

impl Scope<'_> {
    pub fn unit_id(&self) -> Option<UnitId> {
        match self {
            Scope::Group => None,
            Scope::Unit(id, _) => Some(*id),
        }
    }
}

impl std::fmt::Display for Scope<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Scope::Group => f.write_str(&tr!("scope-group")),
            Scope::Unit(_, name) => f.write_str(&tr!("scope-unit", name = *name)),
        }
    }
}

pub type Verdict = Result<(), String>;

/// Actions only a regional operator may take.
pub fn operator(actor: &Person, what: &str) -> Verdict {
    if actor.operator {
        Ok(())
    } else {
        Err(tr!(
            "refuse-operator-only",
            actor = actor.label(),
            what = what
        ))
    }
}

/// A person registers themselves (first access as a citizen); a regional operator anyone (R10).
pub fn register_person(actor_cf: &str, actor: Option<&Person>, cf: &str) -> Verdict {
    match actor {
        _ if actor_cf == cf => Ok(()),
        Some(a) if a.operator => Ok(()),
        Some(a) => Err(tr!("refuse-register-other", actor = a.label(), cf = cf)),
        None => Err(tr!(
            "refuse-register-unregistered",
            actor = actor_cf,
            cf = cf
        )),
    }
}

/// Company data and units (R4, R5): the legal representative or a group-level administrator.
pub fn manage_company(actor: &Person, st: &Standing, company: &Company, what: &str) -> Verdict {
    if st.company_level() {
        Ok(())
    } else {
        Err(tr!(
            "refuse-manage-company",
            actor = actor.label(),
            what = what,
            company = company.label()
        ))
    }
}

/// Grants and nominations at a scope (R6, R7): company level anywhere, unit administrators in their unit.
pub fn manage_scope(
    actor: &Person,
    st: &Standing,
    company: &Company,
    scope: Scope<'_>,
    what: impl std::fmt::Display,
) -> Verdict {
    let ok = match scope {
        Scope::Group => st.company_level(),
        Scope::Unit(u, _) => st.manages_unit(u),
    };
    if ok {
        return Ok(());
    }
    let needs = match scope {
        Scope::Group => tr!("refuse-needs-company-level"),
        Scope::Unit(_, name) => tr!("refuse-needs-unit-admin", unit = name),
    };
    Err(tr!(
        "refuse-manage-scope",
        actor = actor.label(),
        what = what.to_string(),
        scope = scope.to_string(),
        company = company.label(),
        needs = needs
    ))
}

/// R3: grants exist only in approved companies.
pub fn holds_grants(company: &Company) -> Verdict {
    if company.approved() {
        Ok(())
    } else {
        Err(tr!(
            "refuse-company-not-approved",
            company = company.label(),
            status = company.status.to_string()
        ))
    }
}

/// R3, R7, R9: the facts about company, grantee and profile that allow a grant at a scope,
/// whoever grants it.
pub fn grantable(
    company: &Company,
    company_types: &[String],
    grantee: &Person,
    profile: &ProfileInfo,
    scope: Scope<'_>,
) -> Verdict {
    holds_grants(company)?;
    if grantee.suspended() {
        return Err(tr!("refuse-grantee-suspended", person = grantee.label()));
    }
    let level_ok = match scope {
        Scope::Group => profile.group_level,
        Scope::Unit(..) => profile.unit_level,
    };
    if !level_ok {
        return Err(tr!(
            "refuse-profile-level",
            profile = profile.code.as_str(),
            scope = scope.to_string(),
            levels = profile.levels()
        ));
    }
    if !profile.eligible(company_types.iter().map(String::as_str)) {
        return Err(tr!(
            "refuse-profile-type",
            profile = profile.code.as_str(),
            company = company.label(),
            types = company_types.join(", "),
            eligible = profile.eligible_types.join(", ")
        ));
    }
    Ok(())
}

/// R6: revoking the last group-level administrator of an approved company is for regional operators.
pub fn revoke_last_group_admin(actor: &Person, company: &Company) -> Verdict {
    if actor.operator || !company.approved() {
        Ok(())
    } else {
        Err(tr!(
            "refuse-last-group-admin",
            actor = actor.label(),
            company = company.label()
        ))
    }
}

/// R8: who may record the end of a person's relationship with a company: those who manage
/// the person there ([`manage_person`]).
pub fn end_relationship(
    actor: &Person,
    st: &Standing,
    company: &Company,
    live_units: &[Option<UnitId>],
) -> Verdict {
    manage_person(
        actor,
        st,
        company,
        live_units,
        &tr!("doing-end-relationship"),
    )
}

/// R12: who may record a change of a person's role in a company: those who manage the
/// person there ([`manage_person`]).
pub fn role_change(
    actor: &Person,
    st: &Standing,
    company: &Company,
    live_units: &[Option<UnitId>],
) -> Verdict {
    manage_person(actor, st, company, live_units, &tr!("doing-role-change"))
}

/// R8, R12: who manages a person in a company as a whole: company level, or a unit
/// administrator when every live grant of the person lies in units they manage.
fn manage_person(
    actor: &Person,
    st: &Standing,
    company: &Company,
    live_units: &[Option<UnitId>],
    what: &str,
) -> Verdict {
    let in_own_units = !live_units.is_empty()
        && live_units
            .iter()
            .all(|u| u.is_some_and(|u| st.unit_admin.contains(&u)));
    if st.company_level() || in_own_units {
        Ok(())
    } else {
        Err(tr!(
            "refuse-manage-person",
            actor = actor.label(),
            what = what,
            company = company.label()
        ))
    }
}
