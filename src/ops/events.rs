//! Every audit event lpt writes, as one enum: the only place an action name is spelled.
//!
//! Each variant carries what the change did; `Event::entry` (`entry.rs`) encodes it for the
//! chain. The details of each event are encoded exactly as lpt 0.1.0 wrote them (the same
//! keys in the same order), so old and new events read alike; the fixture
//! `tests/fixtures/v1-events.db` proves that events written by 0.1.0 still verify.

use serde_json::{Map, Value};

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
    /// A regional operator corrected a person's names or e-mail (R15): the fields changed
    /// (hashed) and each as `{"from": …, "to": …}` (personal).
    PersonUpdate {
        person: &'a str,
        fields: Vec<String>,
        changes: Map<String, Value>,
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
    /// R7: an administrator asks the Region to disable an active grant of a profile that
    /// needs its approval; the grant stays active. The reason is personal.
    GrantDisableRequest {
        company: &'a str,
        person: &'a str,
        details: Revoked<'a>,
    },
    /// R7: a regional operator approves a request to disable: the grant is revoked on the
    /// day requested, recorded now, with the request's reason.
    GrantDisable {
        company: &'a str,
        person: &'a str,
        profile: &'a str,
        unit: Option<&'a str>,
        revoked_on: &'a str,
    },
    /// R12 (§8.2): a change of role or duties, declared on `changed_on`; the note is
    /// personal. Every live grant of the person in the company is due for review.
    RoleChange {
        company: &'a str,
        person: &'a str,
        changed_on: &'a str,
        note: &'a str,
        live_grants: usize,
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
    /// A legacy account listed for correction (R13, case b), or its listing brought up to
    /// date: the code as typed and why.
    /// A legacy account listed for correction, or its listing brought up to date: the
    /// whole listing, so that `db check` can hold the table to it.
    LegacyToCorrect {
        account: &'a crate::store::legacy::NewAccount<'a>,
        cf: &'a str,
        reason: &'a str,
    },
    /// A legacy account listed for correction, completed with a valid code (`person`):
    /// `registered` when the person was registered now, else already registered.
    LegacyComplete {
        username: &'a str,
        person: &'a str,
        registered: bool,
    },
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
        /// The one person whose data was read (`person history`).
        person: Option<&'a str>,
        details: ReadDetails,
    },
}

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
    PersonUpdate = "person.update",
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
    GrantDisableRequest = "grant.disable-request",
    GrantDisable = "grant.disable",
    RoleChange = "role.change",
    RelationshipEnd = "relationship.end",
    RegistryImport = "registry.import",
    RegistryExport = "registry.export",
    LegacyKeep = "legacy.keep",
    PersonImportLegacy = "person.import-legacy",
    LegacyToCorrect = "legacy.to-correct",
    LegacyComplete = "legacy.complete",
    LegacyList = "legacy.list",
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
    PersonFind = "person.find",
    CompanyFind = "company.find",
    PersonHistory = "person.history",
    Inbox = "inbox.list",
    ReportCompliance = "report.compliance",
}

impl Action {
    /// The action a stored name stands for, if lpt writes it.
    pub fn of(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }
}
