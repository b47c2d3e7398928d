//! Who is at the keyboard (R10): the login the system authenticated, and the persons logins
//! are bound to. This is the one place that decides the login: on the embedded database it
//! is the operating-system account of the process's effective uid, as the kernel reports
//! it (never `$USER` or `$LOGNAME`, which the caller sets); a database server's
//! authenticated role would stand in for it here.

use crate::params;
use crate::store::db::OptionalExtension;
use anyhow::Result;
use serde::Serialize;

use super::{Db, Session};

/// The login that runs this process, and the host it runs on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Login {
    pub name: String,
    pub host: String,
    /// The process runs in a user namespace of its own, where any user may give itself any
    /// uid: its uid then names no account the system authenticated, and it enters nothing.
    pub namespaced: bool,
}

impl Login {
    /// The process's login. Debug builds (the test suite's) honour `LPT_TEST_LOGIN`, so
    /// that tests can play several accounts without root; a release binary never does.
    pub fn of_process() -> Login {
        #[cfg(debug_assertions)]
        if let Some(name) = std::env::var_os("LPT_TEST_LOGIN") {
            return Login {
                name: name.to_string_lossy().into_owned(),
                host: host(),
                namespaced: false,
            };
        }
        Login {
            name: os_account(),
            host: host(),
            namespaced: namespaced(),
        }
    }

    /// The login a database server authenticated (its `session_user`). Debug builds honour
    /// `LPT_TEST_LOGIN` here too, for the same tests on both back ends.
    pub fn of_server(session_user: String) -> Login {
        #[cfg(debug_assertions)]
        if let Some(name) = std::env::var_os("LPT_TEST_LOGIN") {
            return Login {
                name: name.to_string_lossy().into_owned(),
                host: host(),
                namespaced: false,
            };
        }
        Login {
            name: session_user,
            host: host(),
            namespaced: false,
        }
    }

    /// The operating-system account's name (a server's default role).
    pub fn os_name() -> Option<String> {
        Some(os_account()).filter(|n| !n.is_empty())
    }
}

/// Whether the process's uids are mapped by a user namespace other than the initial one,
/// whose map is the identity over every uid. Anyone may create a namespace and map their
/// own uid to another's, so a uid seen through any other map proves nothing.
#[cfg(target_os = "linux")]
fn namespaced() -> bool {
    match std::fs::read_to_string("/proc/self/uid_map") {
        Ok(map) => {
            let fields: Vec<&str> = map.split_whitespace().collect();
            fields != ["0", "0", "4294967295"]
        }
        // No /proc: nothing says the map is the identity.
        Err(_) => true,
    }
}

#[cfg(not(target_os = "linux"))]
fn namespaced() -> bool {
    false
}

/// The name of the effective uid's account in the system's user database, or `uid N` when
/// the uid has no entry (a container's arbitrary uid): the kernel's word either way.
#[cfg(unix)]
fn os_account() -> String {
    // SAFETY: geteuid has no preconditions and cannot fail.
    let uid = unsafe { libc::geteuid() };
    let mut buf = vec![0u8; 4096];
    // SAFETY: an all-zero passwd is a valid value for getpwuid_r to fill.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer is to live memory of the sizes given; the strings it fills
    // point into `buf`, which outlives their use below.
    let rc = unsafe {
        libc::getpwuid_r(
            uid,
            &mut pwd,
            buf.as_mut_ptr().cast(),
            buf.len(),
            &mut found,
        )
    };
    if rc == 0 && !found.is_null() && !pwd.pw_name.is_null() {
        // SAFETY: getpwuid_r succeeded, so pw_name is a NUL-terminated string in `buf`.
        let name = unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) };
        if let Ok(n) = name.to_str()
            && !n.is_empty()
        {
            return n.to_string();
        }
    }
    format!("uid {uid}")
}

#[cfg(not(unix))]
fn os_account() -> String {
    std::env::var("USERNAME").unwrap_or_else(|_| "unknown".into())
}

#[cfg(unix)]
fn host() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is writable for its whole length.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if rc == 0 {
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        if let Ok(h) = std::str::from_utf8(&buf[..end])
            && !h.is_empty()
        {
            return h.to_string();
        }
    }
    "unknown".into()
}

#[cfg(not(unix))]
fn host() -> String {
    std::env::var("COMPUTERNAME").unwrap_or_else(|_| "unknown".into())
}

/// A login's binding to a person.
#[derive(Debug, Clone, Serialize)]
pub struct Binding {
    pub login: String,
    pub cf: String,
    pub bound_at: String,
    pub bound_by: Option<String>,
}

fn row(r: &crate::store::Row<'_>) -> crate::store::db::Result<Binding> {
    Ok(Binding {
        login: r.get(0)?,
        cf: r.get(1)?,
        bound_at: r.get(2)?,
        bound_by: r.get(3)?,
    })
}

/// The binding of a login, if it has one.
pub fn binding(db: &impl Db, login: &str) -> Result<Option<Binding>> {
    db.with(
        "SELECT name, cf, bound_at, bound_by FROM login WHERE name = ?1",
        |st| st.query_row([login], row).optional(),
    )
}

/// Every binding, by login.
pub fn each(db: &impl Db, mut f: impl FnMut(Binding) -> Result<()>) -> Result<()> {
    let mut st = db
        .conn()
        .prepare("SELECT name, cf, bound_at, bound_by FROM login ORDER BY name")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        f(row(&r)?)?;
    }
    Ok(())
}

/// How many logins are bound to a person who is an active regional operator.
pub fn operator_logins(db: &impl Db) -> Result<i64> {
    db.with(
        "SELECT count(*) FROM login l
         JOIN person p ON p.cf = l.cf
         JOIN operator o ON o.person_id = p.id
         WHERE p.suspended_at IS NULL",
        |st| st.query_row([], |r| r.get(0)),
    )
}

/// How many logins are bound to this person.
pub fn logins_of(db: &impl Db, cf: &str) -> Result<i64> {
    db.with("SELECT count(*) FROM login WHERE cf = ?1", |st| {
        st.query_row([cf], |r| r.get(0))
    })
}

/// Whether any login is bound, or ever was: a binding in the table, or an event with the
/// action `bound` in the trail (a database from before logins has neither; emptying the
/// table does not make one look like it).
pub fn ever_bound(db: &impl Db, bound: &str) -> Result<bool> {
    db.with(
        "SELECT EXISTS (SELECT 1 FROM login) OR EXISTS (SELECT 1 FROM audit_event WHERE action = ?1)",
        |st| st.query_row([bound], |r| r.get(0)),
    )
}

pub fn bind(s: &Session, login: &str, cf: &str, by: Option<&str>) -> Result<()> {
    s.with(
        "INSERT INTO login (name, cf, bound_at, bound_by) VALUES (?1, ?2, ?3, ?4)",
        |st| st.execute(params![login, cf, s.now(), by]),
    )?;
    Ok(())
}

pub fn unbind(s: &Session, login: &str) -> Result<()> {
    s.with("DELETE FROM login WHERE name = ?1", |st| {
        st.execute([login])
    })?;
    Ok(())
}
