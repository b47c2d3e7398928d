//! The replay's comparison of relationships and grants: each row of the tables, in one scan,
//! against the relationships, live grants and revocations the trail rebuilt (R8, R11).

use std::collections::HashMap;

use anyhow::Result;

use super::compare::Out;
use super::{Dated, Interner, Key, Live, Span, State};
use crate::store::{Db, replayed};

const RELATIONSHIP: &str = "relationship differs from the audit trail (R8, R11)";
const GRANT: &str = "grant differs from the audit trail (R11)";
const REVOCATION: &str = "revocation differs from the audit trail (R8, R11)";

/// "at group level" / "in unit \"Nord\"".
fn scope_of(unit: Option<&str>) -> String {
    unit.map_or_else(
        || "at group level".to_string(),
        |u| format!("in unit {u:?}"),
    )
}

/// A grant's key as the trail interned it; None when the trail never named one of its parts.
fn key_of(n: &Interner, g: &replayed::Grant) -> Option<Key> {
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

fn day(n: &Interner, d: Option<Dated>) -> Option<String> {
    d.map(|(day, _)| n.name(day).to_string())
}

fn instant(n: &Interner, d: Option<Dated>) -> Option<String> {
    d.map(|(_, at)| n.name(at).to_string())
}

fn shown<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "none".to_string(), |v| v.to_string())
}

/// Every relationship of the table against the trail's, pair by pair in the order made.
pub(super) fn relationships(db: &impl Db, s: &mut State, out: &mut Out) -> Result<()> {
    let n = &s.names;
    let mut rows: HashMap<(u32, u32), usize> = HashMap::new();
    replayed::each_relationship(db, |r| {
        let what = format!(
            "{}'s relationship with {} from {}",
            r.person, r.company, r.started_on
        );
        let pair = n.get(&r.company).zip(n.get(&r.person));
        let i = pair.map(|p| {
            let c = rows.entry(p).or_default();
            *c += 1;
            *c - 1
        });
        let trail = pair
            .zip(i)
            .and_then(|(p, i)| s.relationships.get(&p).and_then(|rs| rs.get(i)));
        let Some(&(start, end)) = trail else {
            out.push((RELATIONSHIP, format!("{what}: no event began it")));
            return Ok(());
        };
        let fields = [
            ("start", Some(r.started_on.clone()), day(n, Some(start))),
            (
                "start's record",
                r.started_at.clone(),
                instant(n, Some(start)),
            ),
            ("end", r.ended_on.clone(), day(n, end)),
            ("end's record", r.ended_at.clone(), instant(n, end)),
        ];
        for (field, is, says) in fields {
            if is != says {
                out.push((
                    RELATIONSHIP,
                    format!(
                        "{what}: its {field} is {}, but the trail says {}",
                        shown(&is),
                        shown(&says)
                    ),
                ));
            }
        }
        Ok(())
    })?;
    let mut left: Vec<String> = Vec::new();
    for (pair, rs) in &s.relationships {
        let made = rows.get(pair).copied().unwrap_or(0);
        for (start, _) in rs.iter().skip(made) {
            left.push(format!(
                "{}'s relationship with {} from {}: begun by the trail, but missing",
                n.name(pair.1),
                n.name(pair.0),
                n.name(start.0)
            ));
        }
    }
    left.sort();
    out.extend(left.into_iter().map(|d| (RELATIONSHIP, d)));
    Ok(())
}

/// The end of the relationship a grant rests on, as the trail says.
fn end_of(rs: &HashMap<(u32, u32), Vec<Span>>, key: Option<Key>, live: &Live) -> Option<Dated> {
    key.and_then(|k| rs.get(&(k.0, k.1)))
        .and_then(|rs| rs.get(live.relationship as usize))
        .and_then(|r| r.1)
}

/// The fields of a grant the trail says otherwise, each as "its X is A, but the trail says B".
/// `end` is the end of its relationship (the day is compared by the caller).
fn grant_fields(n: &Interner, live: &Live, end: Option<Dated>, g: &replayed::Grant) -> Vec<String> {
    let fields = [
        // The overdue report reads the end's instant (R8).
        ("end's record", g.ended_at.clone(), instant(n, end)),
        (
            "declared day",
            Some(g.granted_on.clone()),
            day(n, Some(live.granted)),
        ),
        (
            "record",
            g.granted_at.clone(),
            instant(n, Some(live.granted)),
        ),
        (
            "attestation",
            g.data_processing_authorised.map(|b| b.to_string()),
            live.data_processing_authorised.map(|b| b.to_string()),
        ),
        (
            "approval",
            g.approved_at.clone(),
            live.approved_at.map(|a| n.name(a).to_string()),
        ),
        (
            "confirmation",
            g.confirmed_on.clone(),
            day(n, live.confirmed),
        ),
        (
            "confirmation's record",
            g.confirmed_at.clone(),
            instant(n, live.confirmed),
        ),
        // R7: a request to the Region to disable it.
        (
            "request to disable",
            g.disable_requested_on.clone(),
            day(n, live.disable_requested),
        ),
        (
            "request to disable's record",
            g.disable_requested_at.clone(),
            instant(n, live.disable_requested),
        ),
    ];
    fields
        .into_iter()
        .filter(|(_, is, says)| is != says)
        .map(|(field, is, says)| {
            format!(
                "its {field} is {}, but the trail says {}",
                shown(&is),
                shown(&says)
            )
        })
        .collect()
}

/// Each grant of the table, in one scan: a live one against the trail's live grants (its
/// scope, whether active, its days and instants, the end of its relationship), a revoked one
/// against the trail's revocations (the same declared day, recorded at the same instant: R8
/// judges lateness on it).
pub(super) fn grants(db: &impl Db, s: &mut State, out: &mut Out) -> Result<()> {
    let mut expected: HashMap<(Key, u32), Vec<(u32, Live)>> = HashMap::new();
    for r in std::mem::take(&mut s.revocations) {
        expected
            .entry((r.key, r.revoked.0))
            .or_default()
            .push((r.revoked.1, r.grant));
    }
    let n = &s.names;
    replayed::each_grant(db, |g| {
        let key = key_of(n, &g);
        let (person, profile, company) = (&g.person, &g.profile, &g.company);
        let scope = scope_of(g.unit.as_deref());
        if let Some(on) = &g.revoked_on {
            let what = format!("{person}'s {profile} {scope} in {company}, revoked on {on}");
            let found = key.zip(n.get(on)).and_then(|k| expected.get_mut(&k));
            let Some(candidates) = found else {
                out.push((REVOCATION, format!("{what}: no event revoked it so")));
                return Ok(());
            };
            let at = g.revoked_at.as_deref().and_then(|a| n.get(a));
            match candidates.iter().position(|c| Some(c.0) == at) {
                Some(i) => {
                    let (_, live) = candidates.swap_remove(i);
                    let end = end_of(&s.relationships, key, &live);
                    if g.ended_on != day(n, end) {
                        out.push((
                            GRANT,
                            format!(
                                "{what}: its end is {}, but the trail says {}",
                                shown(&g.ended_on),
                                shown(&day(n, end))
                            ),
                        ));
                    }
                    for d in grant_fields(n, &live, end, &g) {
                        out.push((GRANT, format!("{what}: {d}")));
                    }
                }
                None => {
                    let ats: Vec<&str> = candidates.iter().map(|c| n.name(c.0)).collect();
                    out.push((
                        REVOCATION,
                        format!(
                            "{what}: recorded at {}, but the trail recorded it at {}",
                            g.revoked_at.as_deref().unwrap_or("no instant"),
                            ats.join(" or ")
                        ),
                    ));
                }
            }
            return Ok(());
        }
        let what = format!("{person}'s {profile} {scope} in {company}");
        let Some(live) = key.and_then(|k| s.grants.remove(&k)) else {
            out.push((
                GRANT,
                format!(
                    "{person} holds {profile} {scope} in {company}, but the trail granted it to \
                     no one or revoked it"
                ),
            ));
            return Ok(());
        };
        let end = end_of(&s.relationships, key, &live);
        let ends = day(n, end);
        if ends != g.ended_on {
            let says = |d: &Option<String>| {
                d.as_ref()
                    .map_or_else(|| "no end".to_string(), |d| format!("an end on {d}"))
            };
            out.push((
                GRANT,
                format!(
                    "{what} rests on a relationship with {}, but the trail says {}",
                    says(&g.ended_on),
                    says(&ends)
                ),
            ));
        }
        for d in grant_fields(n, &live, end, &g) {
            out.push((GRANT, format!("{what}: {d}")));
        }
        Ok(())
    })?;
    let mut left: Vec<String> = expected
        .into_iter()
        .filter(|(_, c)| !c.is_empty())
        .map(|(((company, person, profile, unit), on), _)| {
            format!(
                "{}'s {} {} in {}, revoked on {}: revoked by the trail, but the grant is missing",
                n.name(person),
                n.name(profile),
                scope_of(unit.map(|u| n.name(u))),
                n.name(company),
                n.name(on)
            )
        })
        .collect();
    left.sort();
    out.extend(left.into_iter().map(|d| (REVOCATION, d)));
    let mut live: Vec<&Key> = s.grants.keys().collect();
    live.sort();
    for &(company, person, profile, unit) in live {
        out.push((
            GRANT,
            format!(
                "{}'s {} {} in {} is live by the trail, but revoked or missing",
                n.name(person),
                n.name(profile),
                scope_of(unit.map(|u| n.name(u))),
                n.name(company)
            ),
        ));
    }
    Ok(())
}
