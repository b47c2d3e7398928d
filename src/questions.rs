//! The questions lpt asks on a terminal before a destructive or sweeping change commits
//! (STYLE habit 9): each one's text in one place (its Fluent id, `prompt-*` in
//! `i18n/<lang>/prompt.ftl`). Pure: [`crate::commands::Ctx::confirmed`] asks them.

use std::fmt;

use crate::tr;

/// What a command is about to change, as the session computed it: the question asked
/// before the commit. Counts and names are what the session holds, never a second guess.
#[derive(Debug)]
pub enum Question<'a> {
    /// `person suspend`: every live grant in every company is revoked (R9).
    Suspend {
        person: &'a str,
        grants: usize,
        companies: usize,
    },
    /// `collab revoke` without --profile: every live grant of the person in the company
    /// (or in --unit).
    RevokeAll {
        person: &'a str,
        company: &'a str,
        grants: &'a [String],
    },
    /// `admin revoke`: the person's administrator grants.
    AdminRevoke {
        person: &'a str,
        company: &'a str,
        grants: &'a [String],
    },
    /// `unit remove`.
    UnitRemove { unit: &'a str, company: &'a str },
    /// `operator remove`.
    OperatorRemove { person: &'a str },
    /// `collab end`: the 5-day clock starts for the live grants (R8).
    End {
        person: &'a str,
        company: &'a str,
        on: &'a str,
        grants: usize,
        due: &'a str,
    },
    /// `company reject`.
    Reject { company: &'a str },
    /// `company reject-change`.
    RejectChange { company: &'a str },
    /// `login unbind`.
    Unbind { login: &'a str, person: &'a str },
    /// `registry import` that revokes or ends anything: the counts its dry run prints.
    Import {
        rows: u64,
        granted: u64,
        requested: u64,
        revoked: u64,
        disable_requested: u64,
        ended: u64,
    },
}

impl Question<'_> {
    /// The lines shown before the question: what exactly will change, one item a line.
    pub fn details(&self) -> Vec<String> {
        match self {
            Question::RevokeAll { grants, .. } | Question::AdminRevoke { grants, .. } => {
                grants.iter().map(|g| format!("  {g}")).collect()
            }
            _ => Vec::new(),
        }
    }
}

impl fmt::Display for Question<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Question::Suspend {
                person,
                grants,
                companies,
            } => tr!(
                "prompt-suspend",
                person = *person,
                grants = *grants,
                companies = *companies
            ),
            Question::RevokeAll {
                person,
                company,
                grants,
            } => tr!(
                "prompt-revoke-all",
                person = *person,
                company = *company,
                grants = grants.len()
            ),
            Question::AdminRevoke {
                person,
                company,
                grants,
            } => tr!(
                "prompt-admin-revoke",
                person = *person,
                company = *company,
                grants = grants.len()
            ),
            Question::UnitRemove { unit, company } => {
                tr!("prompt-unit-remove", unit = *unit, company = *company)
            }
            Question::OperatorRemove { person } => tr!("prompt-operator-remove", person = *person),
            Question::End {
                person,
                company,
                on,
                grants,
                due,
            } => tr!(
                "prompt-end",
                person = *person,
                company = *company,
                on = *on,
                grants = *grants,
                due = *due
            ),
            Question::Reject { company } => tr!("prompt-reject", company = *company),
            Question::RejectChange { company } => tr!("prompt-reject-change", company = *company),
            Question::Unbind { login, person } => {
                tr!("prompt-unbind", login = *login, person = *person)
            }
            Question::Import {
                rows,
                granted,
                requested,
                revoked,
                disable_requested,
                ended,
            } => tr!(
                "prompt-import",
                rows = *rows,
                granted = *granted,
                requested = *requested,
                revoked = *revoked,
                disable_requested = *disable_requested,
                ended = *ended
            ),
        };
        f.write_str(&text)
    }
}

/// Said when the answer is No: the session rolled back.
pub fn declined() -> String {
    tr!("prompt-declined")
}

/// A question as asked: its text and the lines shown before it. Two runs of the same
/// change ask the same question exactly when they would write the same thing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    pub text: String,
    pub details: Vec<String>,
}

impl From<Question<'_>> for Asked {
    fn from(q: Question<'_>) -> Asked {
        Asked {
            text: q.to_string(),
            details: q.details(),
        }
    }
}

/// When the change made again after the answer differs from the one asked about.
pub fn changed() -> String {
    tr!("prompt-changed")
}
