//! The catalog tables (company types, profiles, incompatible pairs), read whole.

use anyhow::Result;

use super::Db;
use crate::catalog::{Catalog, ProfileInfo, TypeInfo};

/// The catalog in force, small enough to hold in memory for one command.
pub fn load(db: &impl Db) -> Result<Catalog> {
    let conn = db.conn();
    let pairs = conn
        .prepare_cached("SELECT a, b FROM catalog_incompatible")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::store::db::Result<_>>()?;
    let types = conn
        .prepare_cached(
            "SELECT code, label, reference, acts_for_employers, register_required
             FROM catalog_type ORDER BY position",
        )?
        .query_map([], |r| {
            Ok(TypeInfo {
                code: r.get(0)?,
                label: r.get(1)?,
                reference: r.get(2)?,
                acts_for_employers: r.get(3)?,
                register_required: r.get(4)?,
                incompatible_with: Vec::new(),
            })
        })?
        .collect::<crate::store::db::Result<_>>()?;
    let profiles = conn
        .prepare_cached(
            "SELECT p.code, p.label, p.group_level, p.unit_level, p.needs_regional_approval,
                    (SELECT group_concat(pt.type, ',') FROM
                        (SELECT pt.type FROM catalog_profile_type pt JOIN catalog_type t ON t.code = pt.type
                         WHERE pt.profile = p.code ORDER BY t.position) pt)
             FROM catalog_profile p ORDER BY p.position",
        )?
        .query_map([], |r| {
            let eligible: Option<String> = r.get(5)?;
            Ok(ProfileInfo {
                code: r.get(0)?,
                label: r.get(1)?,
                group_level: r.get(2)?,
                unit_level: r.get(3)?,
                needs_regional_approval: r.get(4)?,
                eligible_types: eligible
                    .map(|e| e.split(',').map(str::to_string).collect())
                    .unwrap_or_default(),
            })
        })?
        .collect::<crate::store::db::Result<_>>()?;
    Ok(Catalog::new(types, profiles, pairs))
}
