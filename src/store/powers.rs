//! What a person may do in a company, read from their grants only (R14): the legal
//! representative's grant and the administrator grants, live and approved, whose
//! relationship has not ended.

use crate::params;
use anyhow::Result;

use super::{CompanyId, Db, PersonId, UnitId};
use crate::catalog::LEGAL_REP;

/// The power a person holds in a company (R14: only from grants): the legal
/// representative's grant, a group-level administrator grant, and the units they
/// administer. Only active grants count, and none whose relationship has ended, even while
/// its revocation is overdue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Powers {
    pub legal_rep: bool,
    pub group_admin: bool,
    pub unit_admin: Vec<UnitId>,
}

impl Powers {
    fn add(&mut self, profile: &str, unit: Option<UnitId>) {
        match (profile, unit) {
            (LEGAL_REP, _) => self.legal_rep = true,
            (_, None) => self.group_admin = true,
            (_, Some(u)) => self.unit_admin.push(u),
        }
    }
}

const POWERS: &str = "SELECT company_id, profile, unit_id FROM grants
     WHERE person_id = ?1 AND profile IN ('AMMINISTRATORE', 'LEGALE_RAPPRESENTANTE')
       AND revoked_on IS NULL AND approved_at IS NOT NULL AND ended_on IS NULL";

/// The power of a person in one company.
pub fn powers(db: &impl Db, person: PersonId, company: CompanyId) -> Result<Powers> {
    let mut st = db
        .conn()
        .prepare_cached(&format!("{POWERS} AND company_id = ?2"))?;
    let mut p = Powers::default();
    for r in st.query_map(params![person, company], |r| {
        Ok((r.get::<_, String>(1)?, r.get::<_, Option<UnitId>>(2)?))
    })? {
        let (profile, unit) = r?;
        p.add(&profile, unit);
    }
    Ok(p)
}

/// A person's power in every company where they hold any.
pub fn powers_everywhere(
    db: &impl Db,
    person: PersonId,
) -> Result<std::collections::HashMap<CompanyId, Powers>> {
    let mut st = db.conn().prepare(POWERS)?;
    let mut out: std::collections::HashMap<CompanyId, Powers> = Default::default();
    for r in st.query_map([person], |r| {
        Ok((
            r.get::<_, CompanyId>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<UnitId>>(2)?,
        ))
    })? {
        let (c, profile, unit) = r?;
        out.entry(c).or_default().add(&profile, unit);
    }
    Ok(out)
}
