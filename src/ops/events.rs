//! Every audit event lpt writes, as one enum: the only place an action name is spelled.
//!
//! Each variant carries what the change did; [`Event::entry`] encodes it for the chain. The
//! details of each event are encoded exactly as lpt 0.1.0 wrote them (the same keys in the
//! same order), so old and new events read alike; the fixture `tests/fixtures/v1-events.db`
//! proves that events written by 0.1.0 still verify.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::store::audit::Entry;

/// One change, as the audit trail records it.
pub enum Event<'a> {
    /// A new database and its first regional operator.
    Init {
        operator: &'a str,
        details: Init<'a>,
    },
    /// A person registered: a citizen's first access, or a migrated legacy account.
    PersonRegister {
        person: &'a str,
        details: Registered<'a>,
    },
    PersonSuspend {
        person: &'a str,
        reason: &'a str,
        grants_revoked: usize,
    },
    PersonReinstate {
        person: &'a str,
    },
    OperatorAdd {
        person: &'a str,
    },
    CompanyRegister {
        company: &'a str,
        details: CompanyRegistered<'a>,
    },
    CompanyApprove {
        company: &'a str,
        first_administrator: &'a str,
    },
    CompanyReject {
        company: &'a str,
        reason: &'a str,
    },
    /// The fields that changed, each as `{"from": …, "to": …}`.
    CompanyUpdate {
        company: &'a str,
        changes: Map<String, Value>,
    },
    UnitAdd {
        company: &'a str,
        unit: &'a str,
    },
    UnitRename {
        company: &'a str,
        from: &'a str,
        to: &'a str,
    },
    UnitRemove {
        company: &'a str,
        unit: &'a str,
    },
    /// A grant, active at once (`requested` false) or awaiting the Region (R7).
    Grant {
        company: &'a str,
        person: &'a str,
        requested: bool,
        details: Granted<'a>,
    },
    GrantRevoke {
        company: &'a str,
        person: &'a str,
        details: Revoked<'a>,
    },
    GrantApprove {
        company: &'a str,
        person: &'a str,
        profile: &'a str,
        unit: Option<&'a str>,
    },
    GrantConfirm {
        company: &'a str,
        person: &'a str,
        grants: Vec<String>,
    },
    RelationshipEnd {
        company: &'a str,
        person: &'a str,
        details: Ended<'a>,
    },
    RegistryImport(Imported),
    RegistryExport {
        company: Option<&'a str>,
        details: Exported<'a>,
    },
    /// A foreign user's legacy account kept with its credentials (R13).
    LegacyKeep {
        username: &'a str,
        country: &'a str,
    },
    LegacyImport(LegacyImported),
    /// A login bound to a person's code (R10).
    LoginBind {
        login: &'a str,
        person: &'a str,
    },
    LoginUnbind {
        login: &'a str,
        person: &'a str,
    },
    /// A bulk read of personal data (R10, §8.6): what was read, with which filters, and
    /// how many rows.
    Read {
        what: Read,
        company: Option<&'a str>,
        details: ReadDetails,
    },
}

/// The bulk reads that are traced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    PersonList,
    OperatorList,
    CompanyList,
    CollabList,
    AuditLog,
    AuditReview,
    AuditOverdue,
    LoginList,
    DbBackup,
}

#[derive(Serialize)]
pub struct ReadDetails {
    /// The filters given, by flag name (without the dashes).
    pub filters: Map<String, Value>,
    pub rows: u64,
}

#[derive(Serialize)]
pub struct Init<'a> {
    pub schema_version: usize,
    pub family_name: &'a str,
    pub given_name: &'a str,
}

#[derive(Serialize)]
#[serde(untagged)]
pub enum Registered<'a> {
    Citizen {
        family_name: &'a str,
        given_name: &'a str,
        email: Option<&'a str>,
        via: &'a str,
        first_access_on: &'a str,
    },
    Legacy {
        via: &'static str,
        username: &'a str,
        family_name: &'a str,
        given_name: &'a str,
    },
}

#[derive(Serialize)]
pub struct CompanyRegistered<'a> {
    #[serde(flatten)]
    pub data: crate::store::company::Data<'a>,
    pub legal_rep_cf: &'a str,
    pub types: Value,
    pub unit: &'a str,
}

/// A grant's details; a struct rather than a map, as bulk imports write one per row.
#[derive(Serialize)]
pub struct Granted<'a> {
    pub profile: &'a str,
    pub unit: Option<&'a str>,
    pub granted_on: &'a str,
    pub data_processing_authorised: Option<bool>,
}

#[derive(Serialize)]
pub struct Revoked<'a> {
    pub profile: &'a str,
    pub unit: Option<&'a str>,
    pub revoked_on: &'a str,
    pub reason: &'a str,
}

#[derive(Serialize)]
pub struct Ended<'a> {
    pub ended_on: &'a str,
    pub started_on: &'a str,
    pub revoke_by: &'a str,
    pub live_grants: usize,
}

/// What a registry import did (or, with --dry-run, would do).
#[derive(Debug, Serialize, Default, Clone)]
pub struct Imported {
    pub rows: u64,
    pub granted: u64,
    pub requested: u64,
    pub revoked: u64,
    pub relationships_ended: u64,
    pub unchanged: u64,
    pub dry_run: bool,
    /// `--historical`: the rows' declared days stand for the recorded ones (R8). Written
    /// only when set, so other imports encode as before.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub historical: bool,
}

#[derive(Serialize)]
pub struct Exported<'a> {
    pub unit: Option<&'a str>,
    pub active: bool,
    pub rows: u64,
    pub output: Option<String>,
}

#[derive(Serialize)]
pub struct LegacyImported {
    pub migrated: usize,
    pub to_correct: usize,
    pub foreign: usize,
    pub changes: usize,
}

#[derive(Serialize)]
struct Empty {}

impl Event<'_> {
    /// The event as the chain stores it: action, company, person and encoded details.
    pub fn entry(&self) -> Entry<'_> {
        use Event::*;
        let (action, company, person, details) = match self {
            Init { operator, details } => ("init", None, Some(*operator), encode(details)),
            PersonRegister { person, details } => {
                ("person.register", None, Some(*person), encode(details))
            }
            PersonSuspend {
                person,
                reason,
                grants_revoked,
            } => {
                #[derive(Serialize)]
                struct D<'a> {
                    reason: &'a str,
                    grants_revoked: usize,
                }
                let d = D {
                    reason,
                    grants_revoked: *grants_revoked,
                };
                ("person.suspend", None, Some(*person), encode(&d))
            }
            PersonReinstate { person } => {
                ("person.reinstate", None, Some(*person), encode(&Empty {}))
            }
            OperatorAdd { person } => ("operator.add", None, Some(*person), encode(&Empty {})),
            CompanyRegister { company, details } => {
                ("company.register", Some(*company), None, encode(details))
            }
            CompanyApprove {
                company,
                first_administrator,
            } => {
                #[derive(Serialize)]
                struct D<'a> {
                    first_administrator: &'a str,
                }
                let d = D {
                    first_administrator,
                };
                let p = Some(*first_administrator);
                ("company.approve", Some(*company), p, encode(&d))
            }
            CompanyReject { company, reason } => {
                let d = serde_json::json!({ "reason": reason });
                ("company.reject", Some(*company), None, encode(&d))
            }
            CompanyUpdate { company, changes } => {
                ("company.update", Some(*company), None, encode(changes))
            }
            UnitAdd { company, unit } => {
                let d = serde_json::json!({ "unit": unit });
                ("unit.add", Some(*company), None, encode(&d))
            }
            UnitRename { company, from, to } => {
                let d = serde_json::json!({ "from": from, "to": to });
                ("unit.rename", Some(*company), None, encode(&d))
            }
            UnitRemove { company, unit } => {
                let d = serde_json::json!({ "unit": unit });
                ("unit.remove", Some(*company), None, encode(&d))
            }
            Grant {
                company,
                person,
                requested,
                details,
            } => {
                let action = if *requested {
                    "grant.request"
                } else {
                    "grant.add"
                };
                (action, Some(*company), Some(*person), encode(details))
            }
            GrantRevoke {
                company,
                person,
                details,
            } => (
                "grant.revoke",
                Some(*company),
                Some(*person),
                encode(details),
            ),
            GrantApprove {
                company,
                person,
                profile,
                unit,
            } => {
                let d = serde_json::json!({ "profile": profile, "unit": unit });
                ("grant.approve", Some(*company), Some(*person), encode(&d))
            }
            GrantConfirm {
                company,
                person,
                grants,
            } => {
                let d = serde_json::json!({ "grants": grants });
                ("grant.confirm", Some(*company), Some(*person), encode(&d))
            }
            RelationshipEnd {
                company,
                person,
                details,
            } => {
                let (c, p) = (Some(*company), Some(*person));
                ("relationship.end", c, p, encode(details))
            }
            RegistryImport(d) => ("registry.import", None, None, encode(d)),
            RegistryExport { company, details } => {
                ("registry.export", *company, None, encode(details))
            }
            LegacyKeep { username, country } => {
                let d = serde_json::json!({
                    "username": username, "country": country, "must_change_password": true,
                });
                ("legacy.keep", None, None, encode(&d))
            }
            LegacyImport(d) => ("person.import-legacy", None, None, encode(d)),
            LoginBind { login, person } => {
                let d = serde_json::json!({ "login": login });
                ("login.bind", None, Some(*person), encode(&d))
            }
            LoginUnbind { login, person } => {
                let d = serde_json::json!({ "login": login });
                ("login.unbind", None, Some(*person), encode(&d))
            }
            Read {
                what,
                company,
                details,
            } => {
                let action = match what {
                    self::Read::PersonList => "person.list",
                    self::Read::OperatorList => "operator.list",
                    self::Read::CompanyList => "company.list",
                    self::Read::CollabList => "collab.list",
                    self::Read::AuditLog => "audit.log",
                    self::Read::AuditReview => "audit.review",
                    self::Read::AuditOverdue => "audit.overdue-revocations",
                    self::Read::LoginList => "login.list",
                    self::Read::DbBackup => "db.backup",
                };
                (action, *company, None, encode(details))
            }
        };
        Entry {
            action,
            company_cf: company,
            person_cf: person,
            details,
        }
    }
}

fn encode(details: &impl Serialize) -> String {
    serde_json::to_string(details).expect("event details always encode")
}
