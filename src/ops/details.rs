//! The details of the audit events (`ops::events`): what each kind of change records, as
//! structs serialised in the key order lpt 0.1.0 wrote.

use serde::Serialize;
use serde_json::{Map, Value};

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
    LegacyList,
    PersonFind,
    CompanyFind,
    PersonHistory,
    Inbox,
    ReportCompliance,
}

impl Read {
    /// The action a read is recorded as.
    pub fn action(self) -> super::events::Action {
        use super::events::Action as A;
        match self {
            Read::PersonList => A::PersonList,
            Read::OperatorList => A::OperatorList,
            Read::CompanyList => A::CompanyList,
            Read::CollabList => A::CollabList,
            Read::AuditLog => A::AuditLog,
            Read::AuditReview => A::AuditReview,
            Read::AuditOverdue => A::AuditOverdueRevocations,
            Read::LoginList => A::LoginList,
            Read::DbBackup => A::DbBackup,
            Read::LegacyList => A::LegacyList,
            Read::PersonFind => A::PersonFind,
            Read::CompanyFind => A::CompanyFind,
            Read::PersonHistory => A::PersonHistory,
            Read::Inbox => A::Inbox,
            Read::ReportCompliance => A::ReportCompliance,
        }
    }

    /// Whether an action is the trace of a read.
    pub fn traces(action: &str) -> bool {
        use Read::*;
        [
            PersonList,
            OperatorList,
            CompanyList,
            CollabList,
            AuditLog,
            AuditReview,
            AuditOverdue,
            LoginList,
            DbBackup,
            LegacyList,
            PersonFind,
            CompanyFind,
            PersonHistory,
            Inbox,
            ReportCompliance,
        ]
        .iter()
        .any(|r| r.action().name() == action)
    }
}

#[derive(Serialize)]
pub struct ReadDetails {
    /// The filters given, by flag name (without the dashes).
    pub filters: Map<String, Value>,
    pub rows: u64,
    /// The text a search was given (`person find`, `company find`): a name, so personal
    /// (R16). Written only for a search, so other reads encode as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Serialize)]
pub struct Init<'a> {
    pub schema_version: usize,
    pub family_name: &'a str,
    pub given_name: &'a str,
    /// Since 0006 (the complete form): the rest of what init registered.
    pub email: Option<&'a str>,
    pub via: &'a str,
    pub first_access_on: &'a str,
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
        /// Since 0006 (the complete form).
        email: Option<&'a str>,
        first_access_on: &'a str,
    },
}

#[derive(Serialize)]
pub struct CompanyRegistered<'a> {
    #[serde(flatten)]
    pub data: crate::store::company::Data<'a>,
    pub legal_rep_cf: &'a str,
    pub types: Value,
    pub unit: &'a str,
    /// Since 0006 (the complete form): the names the legal representative was recorded with.
    pub legal_rep_family_name: &'a str,
    pub legal_rep_given_name: &'a str,
}

/// A grant's details; a struct rather than a map, as bulk imports write one per row.
#[derive(Serialize)]
pub struct Granted<'a> {
    pub profile: &'a str,
    pub unit: Option<&'a str>,
    pub granted_on: &'a str,
    pub data_processing_authorised: Option<bool>,
    /// Set only for a grant no person made: the upgrade that created it (R14, 0007).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<&'a str>,
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
    /// R7: revocations recorded as requests to the Region (OPERATORE_AGENDA). Written only
    /// when some were, so other imports encode as before.
    #[serde(skip_serializing_if = "is_zero")]
    pub disable_requested: u64,
    pub unchanged: u64,
    pub dry_run: bool,
    /// `--historical`: the rows' declared days stand for the recorded ones (R8). Written
    /// only when set, so other imports encode as before.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub historical: bool,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
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

/// The keys of an event's details that hold what it says about a person beyond their code
/// (R11, R16): names, contacts, user names and free-text reasons. They are kept beside the
/// chain, under a salted commitment, so that they can be erased while the chain verifies.
pub const PERSONAL: &[&str] = &[
    "family_name",
    "given_name",
    "email",
    "pec",
    "phone",
    "username",
    "reason",
    "note",
    "legal_rep_family_name",
    "legal_rep_given_name",
    "text",
];

/// Details with nothing personal in them: all hashed.
pub(super) fn encode(details: &impl Serialize) -> (String, Option<String>) {
    let d = serde_json::to_string(details).expect("event details always encode");
    (d, None)
}

/// Details split in two: the fields the chain hashes, and the [`PERSONAL`] ones (None when
/// there are none).
pub(super) fn split(details: &impl Serialize) -> (String, Option<String>) {
    let Ok(Value::Object(mut all)) = serde_json::to_value(details) else {
        unreachable!("event details are always an object");
    };
    let mut personal = Map::new();
    for k in PERSONAL {
        if let Some(v) = all.shift_remove(*k) {
            personal.insert((*k).to_string(), v);
        }
    }
    let hashed = Value::Object(all).to_string();
    (
        hashed,
        (!personal.is_empty()).then(|| Value::Object(personal).to_string()),
    )
}
