//! Every audit event lpt writes, as one enum: the only place an action name is spelled.
//!
//! Each variant carries what the change did; [`Event::entry`] encodes it for the chain. The
//! details of each event are encoded exactly as lpt 0.1.0 wrote them (the same keys in the
//! same order), so old and new events read alike; the fixture `tests/fixtures/v1-events.db`
//! proves that events written by 0.1.0 still verify.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::store::audit::Entry;

pub use super::details::*;

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
    OperatorRemove {
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
    /// A change that confers rights, requested of the Region (R4): types to add, a
    /// different legal representative.
    CompanyRequestChange {
        company: &'a str,
        details: Map<String, Value>,
    },
    /// The Region approved the request: the fields that changed, as in `CompanyUpdate`.
    CompanyApproveChange {
        company: &'a str,
        changes: Map<String, Value>,
    },
    CompanyRejectChange {
        company: &'a str,
        reason: &'a str,
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

#[derive(Serialize)]
struct Empty {}

/// Every action name, spelled once: what the `action` column holds.
macro_rules! actions {
    ($($variant:ident = $name:literal),* $(,)?) => {
        /// The kind of an event, by its action name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Action {
            $($variant),*
        }

        impl Action {
            const ALL: &'static [Action] = &[$(Action::$variant),*];

            /// The name stored in the `action` column.
            pub fn name(self) -> &'static str {
                match self {
                    $(Action::$variant => $name),*
                }
            }
        }
    };
}

actions! {
    Init = "init",
    PersonRegister = "person.register",
    PersonSuspend = "person.suspend",
    PersonReinstate = "person.reinstate",
    OperatorAdd = "operator.add",
    OperatorRemove = "operator.remove",
    CompanyRegister = "company.register",
    CompanyApprove = "company.approve",
    CompanyReject = "company.reject",
    CompanyUpdate = "company.update",
    CompanyRequestChange = "company.request-change",
    CompanyApproveChange = "company.approve-change",
    CompanyRejectChange = "company.reject-change",
    UnitAdd = "unit.add",
    UnitRename = "unit.rename",
    UnitRemove = "unit.remove",
    GrantRequest = "grant.request",
    GrantAdd = "grant.add",
    GrantRevoke = "grant.revoke",
    GrantApprove = "grant.approve",
    GrantConfirm = "grant.confirm",
    RelationshipEnd = "relationship.end",
    RegistryImport = "registry.import",
    RegistryExport = "registry.export",
    LegacyKeep = "legacy.keep",
    PersonImportLegacy = "person.import-legacy",
    LoginBind = "login.bind",
    LoginUnbind = "login.unbind",
    PersonList = "person.list",
    OperatorList = "operator.list",
    CompanyList = "company.list",
    CollabList = "collab.list",
    AuditLog = "audit.log",
    AuditReview = "audit.review",
    AuditOverdueRevocations = "audit.overdue-revocations",
    LoginList = "login.list",
    DbBackup = "db.backup",
}

impl Action {
    /// The action a stored name stands for, if lpt writes it.
    pub fn of(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }
}

impl Event<'_> {
    /// The event as the chain stores it: action, company, person and encoded details.
    pub fn entry(&self) -> Entry<'_> {
        use Event::*;
        let (action, company, person, details) = match self {
            Init { operator, details } => {
                (Action::Init.name(), None, Some(*operator), split(details))
            }
            PersonRegister { person, details } => (
                Action::PersonRegister.name(),
                None,
                Some(*person),
                split(details),
            ),
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
                (Action::PersonSuspend.name(), None, Some(*person), split(&d))
            }
            PersonReinstate { person } => (
                Action::PersonReinstate.name(),
                None,
                Some(*person),
                encode(&Empty {}),
            ),
            OperatorAdd { person } | OperatorRemove { person } => {
                let a = match self {
                    OperatorAdd { .. } => Action::OperatorAdd,
                    _ => Action::OperatorRemove,
                };
                (a.name(), None, Some(*person), encode(&Empty {}))
            }
            CompanyRegister { company, details } => (
                Action::CompanyRegister.name(),
                Some(*company),
                None,
                split(details),
            ),
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
                (Action::CompanyApprove.name(), Some(*company), p, encode(&d))
            }
            CompanyReject { company, reason } => {
                let d = serde_json::json!({ "reason": reason });
                (
                    Action::CompanyReject.name(),
                    Some(*company),
                    None,
                    split(&d),
                )
            }
            CompanyUpdate { company, changes } => (
                Action::CompanyUpdate.name(),
                Some(*company),
                None,
                split(changes),
            ),
            CompanyRequestChange { company, details } => (
                Action::CompanyRequestChange.name(),
                Some(*company),
                None,
                split(details),
            ),
            CompanyApproveChange { company, changes } => (
                Action::CompanyApproveChange.name(),
                Some(*company),
                None,
                split(changes),
            ),
            CompanyRejectChange { company, reason } => {
                let d = serde_json::json!({ "reason": reason });
                let a = Action::CompanyRejectChange.name();
                (a, Some(*company), None, split(&d))
            }
            UnitAdd { company, unit } => {
                let d = serde_json::json!({ "unit": unit });
                (Action::UnitAdd.name(), Some(*company), None, encode(&d))
            }
            UnitRename { company, from, to } => {
                let d = serde_json::json!({ "from": from, "to": to });
                (Action::UnitRename.name(), Some(*company), None, encode(&d))
            }
            UnitRemove { company, unit } => {
                let d = serde_json::json!({ "unit": unit });
                (Action::UnitRemove.name(), Some(*company), None, encode(&d))
            }
            Grant {
                company,
                person,
                requested,
                details,
            } => {
                let action = if *requested {
                    Action::GrantRequest.name()
                } else {
                    Action::GrantAdd.name()
                };
                (action, Some(*company), Some(*person), encode(details))
            }
            GrantRevoke {
                company,
                person,
                details,
            } => (
                Action::GrantRevoke.name(),
                Some(*company),
                Some(*person),
                split(details),
            ),
            GrantApprove {
                company,
                person,
                profile,
                unit,
            } => {
                let d = serde_json::json!({ "profile": profile, "unit": unit });
                (
                    Action::GrantApprove.name(),
                    Some(*company),
                    Some(*person),
                    encode(&d),
                )
            }
            GrantConfirm {
                company,
                person,
                grants,
            } => {
                let d = serde_json::json!({ "grants": grants });
                (
                    Action::GrantConfirm.name(),
                    Some(*company),
                    Some(*person),
                    encode(&d),
                )
            }
            RelationshipEnd {
                company,
                person,
                details,
            } => {
                let (c, p) = (Some(*company), Some(*person));
                (Action::RelationshipEnd.name(), c, p, encode(details))
            }
            RegistryImport(d) => (Action::RegistryImport.name(), None, None, encode(d)),
            RegistryExport { company, details } => (
                Action::RegistryExport.name(),
                *company,
                None,
                encode(details),
            ),
            LegacyKeep { username, country } => {
                let d = serde_json::json!({
                    "username": username, "country": country, "must_change_password": true,
                });
                (Action::LegacyKeep.name(), None, None, split(&d))
            }
            LegacyImport(d) => (Action::PersonImportLegacy.name(), None, None, encode(d)),
            LoginBind { login, person } => {
                let d = serde_json::json!({ "login": login });
                (Action::LoginBind.name(), None, Some(*person), encode(&d))
            }
            LoginUnbind { login, person } => {
                let d = serde_json::json!({ "login": login });
                (Action::LoginUnbind.name(), None, Some(*person), encode(&d))
            }
            Read {
                what,
                company,
                details,
            } => {
                let action = match what {
                    self::Read::PersonList => Action::PersonList.name(),
                    self::Read::OperatorList => Action::OperatorList.name(),
                    self::Read::CompanyList => Action::CompanyList.name(),
                    self::Read::CollabList => Action::CollabList.name(),
                    self::Read::AuditLog => Action::AuditLog.name(),
                    self::Read::AuditReview => Action::AuditReview.name(),
                    self::Read::AuditOverdue => Action::AuditOverdueRevocations.name(),
                    self::Read::LoginList => Action::LoginList.name(),
                    self::Read::DbBackup => Action::DbBackup.name(),
                };
                (action, *company, None, encode(details))
            }
        };
        let (details, personal) = details;
        Entry {
            action,
            company_cf: company,
            person_cf: person,
            details,
            personal,
        }
    }
}
