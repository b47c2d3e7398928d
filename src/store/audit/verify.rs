//! `audit verify`'s walk of the chain (R11): ids, links, hashes, logins and the personal
//! parts kept beside the chain.

use anyhow::Result;

use super::{COLUMNS, Db, GENESIS, commitment, hash, head, personal::well_formed, row};

/// Walks the whole chain; returns the first problem found, or `None` and the event count.
pub fn verify(db: &impl Db) -> Result<(u64, Option<String>)> {
    let conn = db.conn();
    let mut prev = GENESIS.to_string();
    let mut expected_id = 1;
    let mut count = 0u64;
    // Since logins every event names its login; none after the first one may lack it.
    let mut logins_since: Option<i64> = None;
    // The first problem: the walk stops there (the rest of the rows are let go by).
    let mut problem: Option<String> = None;
    conn.each_row(&format!("SELECT {COLUMNS} ORDER BY id"), [], |r| -> Result<()> {
        if problem.is_some() {
            return Ok(());
        }
        let e = row(r)?;
        count += 1;
        problem = (|| -> Option<String> {
            let entered = match (&e.login, &e.login_cf, &e.host) {
                (Some(l), cf, Some(h)) => Some((l.as_str(), cf.as_deref(), h.as_str())),
                (None, None, None) => None,
                _ => {
                    return Some(format!(
                        "event {} ({} at {}) names a login only in part: it was edited",
                        e.id, e.action, e.at
                    ));
                }
            };
            match (entered, logins_since) {
                (Some(_), None) => logins_since = Some(e.id),
                (None, Some(first)) => {
                    return Some(format!(
                        "event {} ({} at {}) names no login, though every event since event \
                         {first} does: it was edited",
                        e.id, e.action, e.at
                    ));
                }
                _ => {}
            }
            if e.id != expected_id {
                return Some(format!(
                    "event {} follows event {}: event {expected_id} is missing or was renumbered",
                    e.id,
                    expected_id - 1
                ));
            }
            if e.prev_hash != prev {
                return Some(format!(
                    "event {} does not link to the event before it: an event was deleted, inserted or edited",
                    e.id
                ));
            }
            let h = hash(
                &prev,
                e.id,
                &e.at,
                e.actor_cf.as_deref(),
                &e.action,
                e.company_cf.as_deref(),
                e.person_cf.as_deref(),
                &e.hashed,
                entered,
                e.personal.as_ref().map(|p| p.0.as_str()),
            );
            if h != e.hash {
                return Some(format!(
                    "event {} ({} at {}) does not match its hash: it was edited",
                    e.id, e.action, e.at
                ));
            }
            if let Some((committed, kept)) = &e.personal {
                let problem = match kept {
                    // Events before logins hash seven fields: a commitment on one is not hashed.
                    _ if entered.is_none() => Some(
                        "it commits to a personal part, which no event before logins does: it was edited",
                    ),
                    None => Some("its personal part is missing: it was deleted outside lpt"),
                    Some((_, part)) if !well_formed(&e.hashed, part) => {
                        Some("its personal part is not a set of fields of its own: it was edited")
                    }
                    Some((salt, part)) if commitment(salt, part).as_ref() != Some(committed) => {
                        Some("its personal part does not match its commitment: it was edited")
                    }
                    Some(_) => None,
                };
                if let Some(p) = problem {
                    let (id, action, at) = (e.id, &e.action, &e.at);
                    return Some(format!("event {id} ({action} at {at}): {p}"));
                }
            }
            prev = h;
            expected_id += 1;
            None
            })();
        Ok(())
    })?;
    if let Some(p) = problem {
        return Ok((count, Some(p)));
    }
    // A personal part the chain does not commit to was added beside it.
    let stray: Option<i64> = crate::store::optional(conn.query_row(
        "SELECT event_id FROM audit_personal
         WHERE event_id NOT IN (SELECT id FROM audit_event WHERE personal IS NOT NULL)
         ORDER BY event_id LIMIT 1",
        [],
        |r| r.get(0),
    ))?;
    if let Some(id) = stray {
        return Ok((
            count,
            Some(format!(
                "a personal part is kept for event {id}, which commits to none: it was added \
                 outside lpt"
            )),
        ));
    }
    let (last_id, head_hash) = head(conn)?;
    if last_id != expected_id - 1 || head_hash != prev {
        return Ok((
            count,
            Some(format!(
                "the chain ends at event {} but the head records event {last_id}: \
                 events were deleted from or added to the end",
                expected_id - 1
            )),
        ));
    }
    Ok((count, None))
}
