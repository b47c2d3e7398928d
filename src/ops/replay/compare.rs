//! The replay's comparison: the state tables, read row by row, against the state the
//! trail rebuilt; every difference named.

use anyhow::Result;

use super::{Interner, Key, State};
use crate::store::{Db, check, company as cstore, person as pstore};

/// "at group level" / "in unit \"Nord\"".
fn scope_of(unit: Option<&str>) -> String {
    unit.map_or_else(
        || "at group level".to_string(),
        |u| format!("in unit {u:?}"),
    )
}

fn scope(n: &Interner, unit: Option<u32>) -> String {
    scope_of(unit.map(|u| n.name(u)))
}

/// A grant's key as the trail interned it; None when the trail never named one of its parts.
fn key_of(n: &Interner, g: &check::ReplayedGrant) -> Option<Key> {
    let unit = match &g.unit {
        Some(u) => Some(n.get(u)?),
        None => None,
    };
    Some((
        n.get(&g.company)?,
        n.get(&g.person)?,
        n.get(&g.profile)?,
        unit,
    ))
}

/// Each grant of the table, in one scan: a live one against the trail's live grants (its
/// scope, whether active, the end of its relationship), a revoked one against the trail's
/// revocations (the same declared day, recorded at the same instant: R8 judges lateness on
/// it).
fn grants(db: &impl Db, s: &mut State, out: &mut Vec<(&'static str, String)>) -> Result<()> {
    const GRANT: &str = "grant differs from the audit trail (R11)";
    const REVOCATION: &str = "revocation differs from the audit trail (R8, R11)";
    let mut expected: std::collections::HashMap<(Key, u32), Vec<String>> = Default::default();
    for r in std::mem::take(&mut s.revocations) {
        expected.entry((r.key, r.on)).or_default().push(r.at);
    }
    let n = &s.names;
    check::each_grant(db, |g| {
        let key = key_of(n, &g);
        let (person, profile, company) = (&g.person, &g.profile, &g.company);
        let scope = scope_of(g.unit.as_deref());
        if let Some(on) = &g.revoked_on {
            let what = format!("{person}'s {profile} {scope} in {company}, revoked on {on}");
            let found = key.zip(n.get(on)).and_then(|k| expected.get_mut(&k));
            match found {
                None => out.push((REVOCATION, format!("{what}: no event revoked it so"))),
                Some(ats) => match ats.iter().position(|a| Some(a) == g.revoked_at.as_ref()) {
                    Some(i) => {
                        ats.swap_remove(i);
                    }
                    None => out.push((
                        REVOCATION,
                        format!(
                            "{what}: recorded at {}, but the trail recorded it at {}",
                            g.revoked_at.as_deref().unwrap_or("no instant"),
                            ats.join(" or ")
                        ),
                    )),
                },
            }
            return Ok(());
        }
        match key.and_then(|k| s.grants.remove(&k)) {
            None => out.push((
                GRANT,
                format!(
                    "{person} holds {profile} {scope} in {company}, but the trail granted it to \
                     no one or revoked it"
                ),
            )),
            Some(live) if live.active != g.approved => {
                let (is, says) = if g.approved {
                    ("active", "a request awaiting the Region")
                } else {
                    ("a request", "active")
                };
                out.push((
                    GRANT,
                    format!(
                        "{person}'s {profile} {scope} in {company} is {is}, but the trail says {says}"
                    ),
                ));
            }
            Some(live) => {
                let ends = key
                    .and_then(|k| s.ends.get(&(k.0, k.1, live.relationship)))
                    .map(|d| n.name(*d).to_string());
                if ends != g.ended_on {
                    let says = |d: &Option<String>| {
                        d.as_ref()
                            .map_or_else(|| "no end".to_string(), |d| format!("an end on {d}"))
                    };
                    out.push((
                        GRANT,
                        format!(
                            "{person}'s {profile} {scope} in {company} rests on a relationship \
                             with {}, but the trail says {}",
                            says(&g.ended_on),
                            says(&ends)
                        ),
                    ));
                }
            }
        }
        Ok(())
    })?;
    let mut left: Vec<String> = expected
        .into_iter()
        .filter(|(_, ats)| !ats.is_empty())
        .map(|(((company, person, profile, unit), on), _)| {
            format!(
                "{}'s {} {} in {}, revoked on {}: revoked by the trail, but the grant is missing",
                n.name(person),
                n.name(profile),
                scope(n, unit),
                n.name(company),
                n.name(on)
            )
        })
        .collect();
    left.sort();
    out.extend(left.into_iter().map(|d| (REVOCATION, d)));
    Ok(())
}

pub(super) fn compare(
    db: &impl Db,
    mut s: State,
    out: &mut Vec<(&'static str, String)>,
) -> Result<()> {
    const PERSON: &str = "person differs from the audit trail (R11)";
    const OPERATOR: &str = "regional operator differs from the audit trail (R11)";
    const COMPANY: &str = "company differs from the audit trail (R11)";
    const UNIT: &str = "unit differs from the audit trail (R11)";
    const GRANT: &str = "grant differs from the audit trail (R11)";
    let n = &s.names;
    pstore::each(db, false, false, |p| {
        let id = n.get(&p.cf);
        match id.and_then(|i| s.persons.remove(&i)) {
            None => out.push((
                PERSON,
                format!("{} is registered, but no event registered them", p.cf),
            )),
            Some((family, given, suspended)) => {
                if (family.as_str(), given.as_str())
                    != (p.family_name.as_str(), p.given_name.as_str())
                {
                    out.push((
                        PERSON,
                        format!(
                            "{} is named {} {}, but the trail says {given} {family}",
                            p.cf, p.given_name, p.family_name
                        ),
                    ));
                }
                if suspended != p.suspended() {
                    let (is, says) = if p.suspended() {
                        ("suspended", "active")
                    } else {
                        ("active", "suspended")
                    };
                    out.push((
                        PERSON,
                        format!("{} is {is}, but the trail says {says}", p.cf),
                    ));
                }
            }
        }
        let made = id.is_some_and(|i| s.operators.remove(&i));
        if p.operator != made {
            let (is, says) = if p.operator {
                ("is", "no event made them one")
            } else {
                ("is not", "the trail made them one")
            };
            out.push((
                OPERATOR,
                format!("{} {is} a regional operator, but {says}", p.cf),
            ));
        }
        Ok(())
    })?;
    let mut persons: Vec<&str> = s.persons.keys().map(|i| n.name(*i)).collect();
    persons.sort_unstable();
    for cf in persons {
        out.push((
            PERSON,
            format!("{cf} was registered by the trail, but is missing"),
        ));
    }
    for cf in &s.operators {
        out.push((
            OPERATOR,
            format!(
                "{} was made a regional operator by the trail, but is not one",
                n.name(*cf)
            ),
        ));
    }
    for c in cstore::list(db, None)? {
        let id = n.get(&c.cf);
        match id.and_then(|i| s.companies.remove(&i)) {
            None => out.push((
                COMPANY,
                format!("{} exists, but no event registered it", c.cf),
            )),
            Some((status, name)) => {
                if status != c.status {
                    out.push((
                        COMPANY,
                        format!("{} is {}, but the trail says {status}", c.cf, c.status),
                    ));
                }
                if name != c.name {
                    out.push((
                        COMPANY,
                        format!(
                            "{} is named {:?}, but the trail says {name:?}",
                            c.cf, c.name
                        ),
                    ));
                }
            }
        }
        for u in cstore::units(db, c.id)? {
            let live = match (id, n.get(&u.name)) {
                (Some(c), Some(u)) => s.units.remove(&(c, u)),
                _ => false,
            };
            if !live {
                out.push((
                    UNIT,
                    format!(
                        "{} has a unit {:?} no event made (or one removed)",
                        c.cf, u.name
                    ),
                ));
            }
        }
    }
    let mut companies: Vec<&str> = s.companies.keys().map(|i| n.name(*i)).collect();
    companies.sort_unstable();
    for cf in companies {
        out.push((
            COMPANY,
            format!("{cf} was registered by the trail, but is missing"),
        ));
    }
    for (c, u) in &s.units {
        out.push((
            UNIT,
            format!(
                "{}'s unit {:?} is live by the trail, but missing or removed",
                n.name(*c),
                n.name(*u)
            ),
        ));
    }
    grants(db, &mut s, out)?;
    let n = &s.names;
    let mut left: Vec<&Key> = s.grants.keys().collect();
    left.sort();
    for &(company, person, profile, unit) in left {
        out.push((
            GRANT,
            format!(
                "{}'s {} {} in {} is live by the trail, but revoked or missing",
                n.name(person),
                n.name(profile),
                scope(n, unit),
                n.name(company)
            ),
        ));
    }
    Ok(())
}
