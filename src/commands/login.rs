//! `lpt login`: the logins that enter changes, bound to persons (R10).

use anyhow::Result;
use serde::Serialize;

use super::{Ctx, filters};
use crate::error::Exit;
use crate::ops::{self, events::Read};
use crate::output::note;
use crate::questions::Question;
use crate::store::{login, person};
use crate::tr;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Bind a login (an account of this machine) to a person's fiscal code (regional
    /// operators only)
    ///
    /// A change is accepted only from a login bound to the person who acts, or to an active
    /// regional operator entering it on that person's behalf. The code may be one not yet
    /// registered, so that the person's own account can make their first access. On a
    /// database from before logins, the owner of the file binds their own login first.
    #[command(
        after_help = "Examples:\n  lpt --as RSSMRA80A01H501U login bind lbianchi BNCGPP75C12D086Y\n  lpt --as RSSMRA80A01H501U login bind \"$(id -un)\" RSSMRA80A01H501U   # first binding of an upgraded database"
    )]
    Bind {
        /// The login: the account name, as `lpt login whoami` shows it
        login: String,
        /// The person's fiscal code
        cf: String,
    },
    /// Remove a login's binding (regional operators only); never the last regional
    /// operator's
    ///
    /// On a terminal it asks first (default No); --yes skips the question.
    #[command(after_help = "Example:\n  lpt --as RSSMRA80A01H501U login unbind lbianchi")]
    Unbind {
        /// The login
        login: String,
    },
    /// List the logins and the persons they are bound to
    #[command(after_help = "Example:\n  lpt login list --format csv")]
    List,
    /// Show this login, its host, and the person it is bound to
    #[command(after_help = "Example:\n  lpt login whoami")]
    Whoami,
}

/// One row of `login list`.
#[derive(Debug, Serialize, Default)]
struct LoginRow {
    login: String,
    cf: String,
    family_name: Option<String>,
    given_name: Option<String>,
    operator: bool,
    bound_at: String,
    bound_by: Option<String>,
}

/// The columns of `login list` in a table by default.
const LOGIN_LIST: &[&str] = &["login", "cf", "family_name", "given_name", "operator"];

/// What `login whoami` says.
#[derive(Debug, Serialize)]
struct Whoami {
    login: String,
    host: String,
    bound_to: Option<String>,
    family_name: Option<String>,
    given_name: Option<String>,
    operator: bool,
    may_change: String,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Bind { login, cf } => {
            let cf = ops::person_cf(&cf)?;
            let store = ctx.open()?;
            // Not through ctx.begin: binding the first login of an upgraded database is the
            // one change an unbound login may enter; ops::login::bind passes the gate itself.
            let actor = ctx.acting()?;
            let s = store.begin(Some(actor.as_str()), &ctx.clock.get())?;
            let changed = ops::login::bind(&s, &login, cf.as_str(), store.owned_by_login())?;
            s.commit()?;
            if changed {
                note(tr!("note-login-bound", login = login, cf = cf));
            } else {
                note(tr!("note-login-already", login = login, cf = cf));
            }
        }
        Cmd::Unbind { login } => {
            let store = ctx.open()?;
            let done = ctx.confirmed(&store, |s| {
                let person = ops::login::unbind(s, &login)?;
                let asked = Question::Unbind {
                    login: &login,
                    person: &person,
                };
                Ok(((), Some(asked.into())))
            })?;
            if done.is_none() {
                return Ok(Exit::Failure);
            }
            note(tr!("note-login-unbound", login = login));
        }
        Cmd::List => {
            let store = ctx.open()?;
            ctx.traced_list(
                &store,
                Read::LoginList,
                LOGIN_LIST,
                None,
                filters([]),
                |out| {
                    login::each(&store, |b| {
                        let p = person::by_cf(&store, &b.cf)?;
                        out.push(&LoginRow {
                            login: b.login,
                            family_name: p.as_ref().map(|p| p.family_name.clone()),
                            given_name: p.as_ref().map(|p| p.given_name.clone()),
                            operator: p.as_ref().is_some_and(|p| p.operator),
                            cf: b.cf,
                            bound_at: b.bound_at,
                            bound_by: b.bound_by,
                        })
                    })
                },
            )?;
        }
        Cmd::Whoami => {
            let store = ctx.open()?;
            let me = store.login().clone();
            let b = login::binding(&store, &me.name)?;
            let p = match &b {
                Some(b) => person::by_cf(&store, &b.cf)?,
                None => None,
            };
            let may_change = match (&b, &p) {
                _ if me.namespaced => {
                    "nothing: lpt runs inside a user namespace, where a uid is no account"
                        .to_string()
                }
                (None, _) => "nothing: this login is not bound to a person".to_string(),
                (Some(_), Some(p)) if p.active_operator() => {
                    "as this person, or on behalf of anyone (a regional operator)".to_string()
                }
                (Some(_), Some(p)) if p.suspended() => {
                    "nothing: the person is suspended by the Region".to_string()
                }
                (Some(_), Some(_)) => "as this person only".to_string(),
                (Some(_), None) => "only this person's own first access".to_string(),
            };
            ctx.out.one(&Whoami {
                login: me.name,
                host: me.host,
                bound_to: b.map(|b| b.cf),
                family_name: p.as_ref().map(|p| p.family_name.clone()),
                given_name: p.as_ref().map(|p| p.given_name.clone()),
                operator: p.as_ref().is_some_and(|p| p.operator),
                may_change,
            })?;
        }
    }
    Ok(Exit::Ok)
}
