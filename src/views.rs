//! The rows several nouns print: views of the store's rows for people and machines (the
//! field names are the CSV headers and JSON keys of DOMAIN.md "Machine output").

use serde::Serialize;

use crate::store::grant::Grant;
use crate::store::person::Person;

/// A person as shown by `person show` and `person list`.
#[derive(Debug, Serialize, Default)]
pub struct PersonView {
    pub cf: String,
    pub family_name: String,
    pub given_name: String,
    pub email: Option<String>,
    pub via: String,
    pub first_access_on: String,
    pub status: &'static str,
    pub regional_operator: bool,
    pub suspended_reason: Option<String>,
}

impl PersonView {
    /// The columns `person list` and `operator list` show in a table by default.
    pub const NARROW: &[&str] = &["cf", "family_name", "given_name", "status", "email"];
}

impl From<Person> for PersonView {
    fn from(p: Person) -> Self {
        PersonView {
            status: if p.suspended() { "suspended" } else { "active" },
            cf: p.cf,
            family_name: p.family_name,
            given_name: p.given_name,
            email: p.email,
            via: p.via,
            first_access_on: p.first_access_on,
            regional_operator: p.operator,
            suspended_reason: p.suspended_reason,
        }
    }
}

/// One grant in `collab show` and `collab list`.
#[derive(Debug, Serialize, Default)]
pub struct GrantRow {
    pub person_cf: String,
    pub family_name: String,
    pub given_name: String,
    pub profile: String,
    pub unit: Option<String>,
    pub state: &'static str,
    pub granted_on: String,
    pub granted_by: String,
    pub data_processing_authorised: Option<bool>,
    pub approved_by: Option<String>,
    pub relationship_started_on: String,
    pub ended_on: Option<String>,
    pub last_confirmed_on: Option<String>,
    pub confirmed_by: Option<String>,
    pub revoked_on: Option<String>,
    pub revoked_by: Option<String>,
    pub revoke_reason: Option<String>,
    /// Recorded time (R8): the instants lpt recorded the grant, the end of the
    /// relationship and the revocation, beside the days they declare.
    pub granted_at: Option<String>,
    pub ended_at: Option<String>,
    pub revoked_at: Option<String>,
    /// R7: the day an administrator asked the Region to disable it; the grant stays active
    /// until a regional operator approves (then it is revoked on that day).
    pub disable_requested_on: Option<String>,
}

impl GrantRow {
    /// The columns `collab list`, `collab show` and `admin list` show in a table by default.
    pub const NARROW: &[&str] = &["person_cf", "family_name", "profile", "unit", "state"];
}

impl From<Grant> for GrantRow {
    fn from(g: Grant) -> Self {
        GrantRow {
            state: g.state(),
            person_cf: g.person_cf,
            family_name: g.family_name,
            given_name: g.given_name,
            profile: g.profile,
            unit: g.unit,
            granted_on: g.granted_on,
            granted_by: g.granted_by,
            data_processing_authorised: g.data_processing_authorised,
            approved_by: g.approved_by,
            relationship_started_on: g.started_on,
            ended_on: g.ended_on,
            last_confirmed_on: g.confirmed_on,
            confirmed_by: g.confirmed_by,
            revoked_on: g.revoked_on,
            revoked_by: g.revoked_by,
            revoke_reason: g.revoke_reason,
            granted_at: g.granted_at,
            ended_at: g.ended_at,
            revoked_at: g.revoked_at,
            disable_requested_on: g.disable_requested_on,
        }
    }
}
