//! Logins (R10): a claim is not an identity. Who acts is the `--as` person; who entered the
//! change is the login the system authenticated ([`crate::store::login`]), and a change is
//! accepted only from a login bound to the acting person, or to an active regional
//! operator entering it on the person's behalf.

use anyhow::{Result, bail};

use super::events::Event;
use super::{actor, allow, record};
use crate::policy;
use crate::store::Session;
use crate::store::login;
use crate::tr;

/// How to get a login bound, for the messages.
fn how_to_bind(login: &str) -> String {
    tr!("login-how-to-bind", login = login)
}

/// The gate every change passes (R10): the session's login must be bound to the acting
/// person, or to an active regional operator, who then enters it on the person's behalf.
pub fn gate(s: &Session) -> Result<()> {
    authenticated(s)?;
    let name = &s.login().name;
    let Some(b) = s.bound() else {
        bail!(tr!(
            "refuse-login-unbound",
            name = name,
            how = how_to_bind(name)
        ));
    };
    if b.cf == s.actor_cf() {
        return Ok(());
    }
    match &b.person {
        Some(p) if p.active_operator() => Ok(()),
        Some(p) if p.operator => bail!(tr!(
            "refuse-login-operator-suspended",
            name = name,
            person = p.label(),
            actor = s.actor_cf()
        )),
        bound => bail!(tr!(
            "refuse-login-other-person",
            name = name,
            person = bound.as_ref().map_or_else(|| b.cf.clone(), |p| p.label()),
            actor = s.actor_cf()
        )),
    }
}

/// The login is one the system authenticated: not a uid given inside a user namespace.
fn authenticated(s: &Session) -> Result<()> {
    if s.login().namespaced {
        bail!(tr!("refuse-login-namespace", uid = s.login().name));
    }
    Ok(())
}

/// Checks a login name as typed: an account name, without control characters or
/// surrounding spaces.
fn checked_name(name: &str) -> Result<&str> {
    if name.is_empty() || name.trim() != name || name.chars().any(char::is_control) {
        bail!(tr!("refuse-login-name", name = name));
    }
    Ok(name)
}

/// The binding `init` makes: the login that creates the database, to the first operator.
pub fn bind_first(s: &Session, cf: &str) -> Result<()> {
    let name = s.login().name.clone();
    login::bind(s, &name, cf, None)?;
    record(
        s,
        Event::LoginBind {
            login: &name,
            person: cf,
        },
    )
}

/// Binds a login to a person's code (a regional operator's act). The code may be one not
/// yet registered, so that a person's own account can make their first access.
///
/// `owner_may_start`: the login owns the database file. A database from before logins has
/// no binding at all; its owner binds their own login to the regional operator acting,
/// once, and from then on only regional operators bind.
pub fn bind(s: &Session, name: &str, cf: &str, owner_may_start: bool) -> Result<bool> {
    let name = checked_name(name)?;
    let starting = !login::ever_bound(s, bind_action())?;
    if starting {
        authenticated(s)?;
        let a = actor(s)?;
        allow(None, policy::operator(a, &tr!("doing-bind-logins")))?;
        let own = name == s.login().name && cf == a.cf;
        if !(owner_may_start && own) {
            bail!(tr!("refuse-login-first-bind", login = s.login().name));
        }
    } else {
        gate(s)?;
        allow(None, policy::operator(actor(s)?, &tr!("doing-bind-logins")))?;
    }
    if let Some(b) = login::binding(s, name)? {
        if b.cf == cf {
            return Ok(false);
        }
        bail!(tr!("refuse-login-bound", name = name, cf = b.cf));
    }
    login::bind(s, name, cf, Some(s.actor_cf()))?;
    record(
        s,
        Event::LoginBind {
            login: name,
            person: cf,
        },
    )?;
    Ok(true)
}

/// Unbinds a login (a regional operator's act). The last login bound to an active
/// regional operator stays: the Region never locks itself out.
pub fn unbind(s: &Session, name: &str) -> Result<String> {
    allow(
        None,
        policy::operator(actor(s)?, &tr!("doing-unbind-logins")),
    )?;
    let Some(b) = login::binding(s, name)? else {
        bail!(tr!("refuse-login-not-bound", name = name));
    };
    let to_operator =
        crate::store::person::by_cf(s, &b.cf)?.is_some_and(|p| p.operator && !p.suspended());
    if to_operator && login::operator_logins(s)? <= 1 {
        bail!(tr!("refuse-login-last-operator", name = name));
    }
    login::unbind(s, name)?;
    record(
        s,
        Event::LoginUnbind {
            login: name,
            person: &b.cf,
        },
    )?;
    Ok(b.cf)
}

fn bind_action() -> &'static str {
    Event::LoginBind {
        login: "",
        person: "",
    }
    .entry()
    .action
}

fn unbind_action() -> &'static str {
    Event::LoginUnbind {
        login: "",
        person: "",
    }
    .entry()
    .action
}

/// `db check`: the bindings the trail's login events leave, against the `login` table
/// (R11): a binding written around lpt, or one removed, is reported.
pub fn check(db: &impl crate::store::Db) -> Result<Vec<String>> {
    let mut want = std::collections::BTreeMap::new();
    crate::store::audit::each_of(db, &[bind_action(), unbind_action()], |e| {
        let d: serde_json::Value = serde_json::from_str(&e.details)?;
        let name = d["login"].as_str().unwrap_or_default().to_string();
        if e.action == bind_action() {
            want.insert(name, e.person_cf.unwrap_or_default());
        } else {
            want.remove(&name);
        }
        Ok(())
    })?;
    let mut have = std::collections::BTreeMap::new();
    login::each(db, |b| {
        have.insert(b.login, b.cf);
        Ok(())
    })?;
    let mut problems = Vec::new();
    for (name, cf) in &have {
        match want.get(name) {
            Some(w) if w == cf => {}
            Some(w) => problems.push(format!(
                "login '{name}' is bound to {cf}, but the trail bound it to {w}"
            )),
            None => problems.push(format!(
                "login '{name}' is bound to {cf}, but no event of the trail bound it"
            )),
        }
    }
    for (name, cf) in &want {
        if !have.contains_key(name) {
            problems.push(format!(
                "login '{name}' was bound to {cf} by the trail, but the binding is gone"
            ));
        }
    }
    Ok(problems)
}
