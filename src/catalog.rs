//! Company types and profiles as read from the database (catalog v1 and later migrations,
//! loaded by `store::catalog`),
//! and the pure checks on them: compatibility, register entries, levels, eligibility.

use std::collections::HashSet;

use crate::tr;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, Default)]
pub struct TypeInfo {
    pub code: String,
    pub label: String,
    pub reference: String,
    pub acts_for_employers: bool,
    pub register_required: bool,
    /// Codes of the types this one cannot be held with.
    pub incompatible_with: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct ProfileInfo {
    pub code: String,
    pub label: String,
    pub group_level: bool,
    pub unit_level: bool,
    pub needs_regional_approval: bool,
    pub eligible_types: Vec<String>,
}

impl ProfileInfo {
    /// R7: whether a company holding `types` may be granted this profile.
    pub fn eligible<'a>(&self, mut types: impl Iterator<Item = &'a str>) -> bool {
        types.any(|t| self.eligible_types.iter().any(|e| e == t))
    }

    /// The levels it may be granted at, for people (in the chosen language).
    pub fn levels(&self) -> String {
        match (self.group_level, self.unit_level) {
            (true, true) => tr!("levels-group-or-unit"),
            (true, false) => tr!("levels-group-only"),
            _ => tr!("levels-unit-only"),
        }
    }
}

/// The whole catalog, small enough to hold in memory for one command.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub types: Vec<TypeInfo>,
    pub profiles: Vec<ProfileInfo>,
    incompatible: HashSet<(String, String)>,
}

/// A company type held, with its register entry when the type needs one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldType {
    pub code: String,
    pub register: Option<Register>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Register {
    pub name: String,
    pub number: String,
    pub date: String,
}

/// The profile that makes a person an administrator (R6).
pub const ADMIN: &str = "AMMINISTRATORE";
/// The legal representative's right to nominate administrators (§4.1), held as a grant
/// (R14): given only by the Region's approval of the company or of a change of legal
/// representative.
pub const LEGAL_REP: &str = "LEGALE_RAPPRESENTANTE";

impl Catalog {
    /// The catalog from its parts, as the store read them.
    pub fn new(
        mut types: Vec<TypeInfo>,
        profiles: Vec<ProfileInfo>,
        pairs: Vec<(String, String)>,
    ) -> Catalog {
        let mut incompatible = HashSet::new();
        for (a, b) in pairs {
            incompatible.insert((b.clone(), a.clone()));
            incompatible.insert((a, b));
        }
        let codes: Vec<String> = types.iter().map(|t| t.code.clone()).collect();
        for t in &mut types {
            t.incompatible_with = codes
                .iter()
                .filter(|c| incompatible.contains(&(t.code.clone(), (*c).clone())))
                .cloned()
                .collect();
        }
        Catalog {
            types,
            profiles,
            incompatible,
        }
    }

    pub fn type_info(&self, code: &str) -> Option<&TypeInfo> {
        self.types.iter().find(|t| t.code == code)
    }

    /// A profile by code, or a refusal that lists the valid codes.
    pub fn profile(&self, code: &str) -> Result<&ProfileInfo, String> {
        let code = code.trim();
        self.profiles
            .iter()
            .find(|p| p.code.eq_ignore_ascii_case(code))
            .ok_or_else(|| {
                tr!(
                    "refuse-unknown-profile",
                    code = code.to_ascii_uppercase(),
                    valid = self
                        .profiles
                        .iter()
                        .map(|p| p.code.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
    }

    /// A company type by code, or a refusal that lists the valid codes.
    pub fn company_type(&self, code: &str) -> Result<&TypeInfo, String> {
        let code = code.trim().to_ascii_uppercase();
        self.type_info(&code).ok_or_else(|| {
            tr!(
                "refuse-unknown-type",
                code = code.as_str(),
                valid = self
                    .types
                    .iter()
                    .map(|t| t.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
    }

    /// R2: at least one type, all known, pairwise compatible, each with a register
    /// entry exactly when the type requires one.
    pub fn check_types(&self, held: &[HeldType]) -> Result<(), String> {
        if held.is_empty() {
            return Err(tr!("refuse-no-type"));
        }
        for t in held {
            let info = self.company_type(&t.code)?;
            if info.register_required && t.register.is_none() {
                return Err(tr!("refuse-type-needs-register", code = info.code.as_str()));
            }
            if !info.register_required && t.register.is_some() {
                return Err(tr!("refuse-type-no-register", code = info.code.as_str()));
            }
        }
        for (i, a) in held.iter().enumerate() {
            for b in &held[i + 1..] {
                if a.code == b.code {
                    return Err(tr!("refuse-type-twice", code = a.code.as_str()));
                }
                if self
                    .incompatible
                    .contains(&(a.code.clone(), b.code.clone()))
                {
                    return Err(tr!(
                        "refuse-types-incompatible",
                        a = a.code.as_str(),
                        b = b.code.as_str()
                    ));
                }
            }
        }
        Ok(())
    }
}
