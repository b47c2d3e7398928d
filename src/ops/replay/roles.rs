//! The replay's comparison of changes of role (R12): each row of the table, in the order
//! recorded, against the changes the trail recorded.

use anyhow::Result;

use super::State;
use super::compare::Out;
use crate::store::{Db, review};

const ROLE_CHANGE: &str = "change of role differs from the audit trail (R11, R12)";

/// Every change of role of the table against the trail's, one by one in the order made.
pub(super) fn role_changes(db: &impl Db, s: &mut State, out: &mut Out) -> Result<()> {
    let mut trail = std::mem::take(&mut s.role_changes).into_iter();
    review::each_role_change(db, |r| {
        let what = format!(
            "{}'s change of role in {} on {}",
            r.person, r.company, r.changed_on
        );
        let Some(t) = trail.next() else {
            out.push((ROLE_CHANGE, format!("{what}: no event recorded it")));
            return Ok(());
        };
        let fields = [
            (
                "company",
                Some(r.company.as_str()),
                Some(t.company.as_str()),
            ),
            ("person", Some(r.person.as_str()), Some(t.person.as_str())),
            (
                "day",
                Some(r.changed_on.as_str()),
                Some(t.changed_on.as_str()),
            ),
            ("record", Some(r.recorded_at.as_str()), Some(t.at.as_str())),
            ("recorder", Some(r.recorded_by.as_str()), t.by.as_deref()),
            // An erased note (R16) is not compared.
            (
                "note",
                Some(r.note.as_str()),
                t.note.as_deref().or(Some(&r.note)),
            ),
        ];
        for (field, is, says) in fields {
            if is != says {
                out.push((
                    ROLE_CHANGE,
                    format!(
                        "{what}: its {field} is {:?}, but the trail says {:?}",
                        is.unwrap_or("none"),
                        says.unwrap_or("none")
                    ),
                ));
            }
        }
        Ok(())
    })?;
    for t in trail {
        out.push((
            ROLE_CHANGE,
            format!(
                "{}'s change of role in {} on {}: recorded by the trail, but missing",
                t.person, t.company, t.changed_on
            ),
        ));
    }
    Ok(())
}
