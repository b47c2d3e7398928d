//! How each audit event is encoded for the chain ([`Event::entry`]): its action, company,
//! person, and details split into the hashed part and the personal part (R11, R16).

use serde::Serialize;
use serde_json::Map;

use super::details::{encode, split};
use super::events::{Action, Event};
use crate::store::audit::Entry;

#[derive(Serialize)]
struct Empty {}

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
            PersonUpdate {
                person,
                fields,
                changes,
            } => {
                let mut d = Map::new();
                d.insert("fields".into(), serde_json::json!(fields));
                d.extend(changes.clone());
                (Action::PersonUpdate.name(), None, Some(*person), split(&d))
            }
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
            GrantDisableRequest {
                company,
                person,
                details,
            } => {
                let (c, p) = (Some(*company), Some(*person));
                (Action::GrantDisableRequest.name(), c, p, split(details))
            }
            GrantDisable {
                company,
                person,
                profile,
                unit,
                revoked_on,
            } => {
                let d = serde_json::json!({
                    "profile": profile, "unit": unit, "revoked_on": revoked_on,
                });
                let (c, p) = (Some(*company), Some(*person));
                (Action::GrantDisable.name(), c, p, encode(&d))
            }
            RoleChange {
                company,
                person,
                changed_on,
                note,
                live_grants,
            } => {
                let d = serde_json::json!({
                    "changed_on": changed_on, "note": note, "live_grants": live_grants,
                });
                let (c, p) = (Some(*company), Some(*person));
                (Action::RoleChange.name(), c, p, split(&d))
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
            LegacyToCorrect {
                account: a,
                cf,
                reason,
            } => {
                let d = serde_json::json!({
                    "username": a.username, "cf": cf, "reason": reason,
                    "family_name": a.family_name, "given_name": a.given_name, "email": a.email,
                    "country": a.country,
                });
                (Action::LegacyToCorrect.name(), None, None, split(&d))
            }
            LegacyComplete {
                username,
                person,
                registered,
            } => {
                let d = serde_json::json!({ "username": username, "registered": registered });
                (
                    Action::LegacyComplete.name(),
                    None,
                    Some(*person),
                    split(&d),
                )
            }
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
                person,
                details,
            } => (what.action().name(), *company, *person, split(details)),
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
