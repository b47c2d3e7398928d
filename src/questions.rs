//! The questions lpt asks on a terminal before a destructive or sweeping change commits
//! (STYLE habit 9): each one's text in one place, so that the Italian arrives here and
//! nowhere else. Pure: [`crate::commands::Ctx::confirmed`] asks them.

use std::fmt;

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
        match self {
            Question::Suspend {
                person,
                grants,
                companies,
            } => write!(
                f,
                "Suspend {person}? This will revoke {grants} grant(s) in {companies} company(ies)"
            ),
            Question::RevokeAll {
                person,
                company,
                grants,
            } => write!(
                f,
                "Revoke every grant of {person} in {company}: {} grant(s)?",
                grants.len()
            ),
            Question::AdminRevoke {
                person,
                company,
                grants,
            } => write!(
                f,
                "Revoke {} administrator grant(s) of {person} in {company}?",
                grants.len()
            ),
            Question::UnitRemove { unit, company } => {
                write!(f, "Remove unit '{unit}' from company {company}?")
            }
            Question::OperatorRemove { person } => {
                write!(f, "Remove {person} from the regional operators?")
            }
            Question::End {
                person,
                company,
                on,
                grants,
                due,
            } => write!(
                f,
                "End {person}'s relationship with {company} on {on}? {grants} live grant(s) \
                 will have to be revoked by {due}"
            ),
            Question::Reject { company } => {
                write!(f, "Reject the registration of {company}?")
            }
            Question::RejectChange { company } => {
                write!(f, "Reject the pending change of {company}?")
            }
            Question::Unbind { login, person } => {
                write!(f, "Unbind login '{login}' from {person}?")
            }
            Question::Import {
                rows,
                granted,
                requested,
                revoked,
                disable_requested,
                ended,
            } => write!(
                f,
                "The import of {rows} row(s) will grant {granted}, request {requested}, revoke \
                 {revoked}, request the disabling of {disable_requested}, end {ended} \
                 relationship(s). Apply it?"
            ),
        }
    }
}

/// Said when the answer is No: the session rolled back.
pub const DECLINED: &str = "not confirmed: nothing changed";

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
pub const CHANGED: &str = "the registry changed while you were asked: the command would now \
    do something else than you agreed to; nothing changed, run it again";
