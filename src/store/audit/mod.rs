//! The audit trail (R11, §8.6): append events chained by SHA-256, read them, verify the chain.
//! Events are appended by the write session only ([`super::Session::record`]); what each one
//! says is defined in `src/ops/events.rs`.

use crate::params;
use crate::store::Conn;
use crate::store::db::{OptionalExtension, Param};
use anyhow::Result;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Db, optional};

/// The hash before the first event.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One event as the chain stores it: the action, what it concerns, and its details already
/// encoded as a JSON object.
pub struct Entry<'a> {
    pub action: &'static str,
    pub company_cf: Option<&'a str>,
    pub person_cf: Option<&'a str>,
    pub details: String,
    /// What the event holds about a person beyond their code, as a JSON object kept beside
    /// the chain under a salted commitment (R11, R16); None when it holds nothing personal.
    pub personal: Option<String>,
}

/// An event as stored.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Row {
    pub id: i64,
    pub at: String,
    pub actor_cf: Option<String>,
    pub action: String,
    pub company_cf: Option<String>,
    pub person_cf: Option<String>,
    /// The details whole: the hashed part and, where it is kept, the personal part.
    pub details: String,
    /// The login that entered the event, the person it was bound to, and the host (R10);
    /// empty on events written before logins.
    pub login: Option<String>,
    pub login_cf: Option<String>,
    pub host: Option<String>,
    #[serde(skip)]
    pub prev_hash: String,
    #[serde(skip)]
    pub hash: String,
    /// The details as hashed: without the personal part.
    #[serde(skip)]
    pub hashed: String,
    /// The commitment to the personal part, and the salt and part kept beside the chain
    /// (None once erased).
    #[serde(skip)]
    pub personal: Option<(String, Option<(String, String)>)>,
}

/// Who and when, as every event of a session records it.
pub struct Stamp<'a> {
    pub at: &'a str,
    pub actor: Option<&'a str>,
    pub login: &'a str,
    pub login_cf: Option<&'a str>,
    pub host: &'a str,
}

/// The login that entered an event: its name, the person it was bound to, the host.
pub type Entered<'a> = (&'a str, Option<&'a str>, &'a str);

/// The hash of an event: SHA-256 over the previous hash, a newline, and a canonical
/// encoding of every other column: the compact JSON array
/// `[id, at, actor, action, company, person, details]`, so no field can bleed into the next,
/// followed for events that record their login (every event since logins, R10) by
/// `login, login_cf, host`, and for events with a personal part (R11, since 0006) by its
/// commitment. Events written before logins keep the seven-element form.
#[allow(clippy::too_many_arguments)]
pub fn hash(
    prev: &str,
    id: i64,
    at: &str,
    actor: Option<&str>,
    action: &str,
    company: Option<&str>,
    person: Option<&str>,
    details: &str,
    entered: Option<Entered<'_>>,
    personal: Option<&str>,
) -> String {
    // Encoded whole, then hashed in one call: the escaper's many small writes cost more
    // fed to the hasher one by one.
    let mut buf = Vec::with_capacity(prev.len() + 1 + 96 + details.len() * 2);
    buf.extend_from_slice(prev.as_bytes());
    buf.push(b'\n');
    let fixed = (id, at, actor, action, company, person, details);
    match (entered, personal) {
        (None, _) => serde_json::to_writer(&mut buf, &fixed),
        (Some((login, login_cf, host)), None) => {
            let (a, b, c, d, e, f, g) = fixed;
            serde_json::to_writer(&mut buf, &(a, b, c, d, e, f, g, login, login_cf, host))
        }
        (Some((login, login_cf, host)), Some(commitment)) => {
            let (a, b, c, d, e, f, g) = fixed;
            let tail = (login, login_cf, host, commitment);
            serde_json::to_writer(
                &mut buf,
                &(a, b, c, d, e, f, g, tail.0, tail.1, tail.2, tail.3),
            )
        }
    }
    .expect("writing to a Vec cannot fail");
    hex(&Sha256::digest(&buf))
}

fn hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

fn head(conn: &Conn) -> Result<(i64, String)> {
    let mut st = conn.prepare_cached("SELECT last_id, hash FROM audit_head WHERE one = 1")?;
    Ok(optional(st.query_row([], |r| Ok((r.get(0)?, r.get(1)?))))?
        .unwrap_or((0, GENESIS.to_string())))
}

/// The chain's head as the session last wrote it: the last event's id and hash, and
/// whether the `audit_head` row still has to be written. A session holds the write lock:
/// within it, the head read once stays true, and a bulk command writes the head row once,
/// at [`flush`], instead of after every event.
#[derive(Debug, Default)]
pub(super) struct Head(std::cell::RefCell<Option<(i64, String, bool)>>);

/// Appends one event, reading the head from `cache` when the session already knows it.
/// The `audit_head` row is written by [`flush`], which runs before the commit.
pub(super) fn append(db: &impl Db, cache: &Head, who: &Stamp<'_>, e: Entry<'_>) -> Result<()> {
    let mut cached = cache.0.borrow_mut();
    let (last_id, prev) = match cached.take() {
        Some((id, hash, _)) => (id, hash),
        None => head(db.conn())?,
    };
    let id = last_id + 1;
    let salted = match &e.personal {
        Some(part) => {
            let salt = salt()?;
            let c = commitment(&salt, part).expect("a fresh salt is hex");
            Some((salt, part, c))
        }
        None => None,
    };
    let personal = salted.as_ref().map(|s| s.2.as_str());
    let h = hash(
        &prev,
        id,
        who.at,
        who.actor,
        e.action,
        e.company_cf,
        e.person_cf,
        &e.details,
        Some((who.login, who.login_cf, who.host)),
        personal,
    );
    db.insert_later(
        "INSERT INTO audit_event (id, at, actor_cf, action, company_cf, person_cf, details, prev_hash, hash,
                                  login, login_cf, host, personal)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            id, who.at, who.actor, e.action, e.company_cf, e.person_cf, e.details, prev, h,
            who.login, who.login_cf, who.host, personal
        ],
    )?;
    if let Some((salt, part, _)) = &salted {
        db.insert_later(
            "INSERT INTO audit_personal (event_id, salt, part) VALUES (?1, ?2, ?3)",
            params![id, salt, part],
        )?;
    }
    *cached = Some((id, h, true));
    Ok(())
}

/// Writes the head row if events were appended since the last flush.
pub(super) fn flush(conn: &Conn, cache: &Head) -> Result<()> {
    let mut cached = cache.0.borrow_mut();
    if let Some((id, h, dirty @ true)) = cached.as_mut() {
        conn.prepare_cached(
            "INSERT INTO audit_head (one, last_id, hash) VALUES (1, ?1, ?2)
             ON CONFLICT (one) DO UPDATE SET last_id = excluded.last_id, hash = excluded.hash",
        )?
        .execute(params![*id, h.as_str()])?;
        *dirty = false;
    }
    Ok(())
}

fn row(r: &crate::store::Row<'_>) -> crate::store::db::Result<Row> {
    let hashed: String = r.get(6)?;
    let commitment: Option<String> = r.get(12)?;
    let kept: Option<(String, String)> = match (r.get(13)?, r.get(14)?) {
        (Some(salt), Some(part)) => Some((salt, part)),
        _ => None,
    };
    let details = match &kept {
        Some((_, part)) => merged(&hashed, part),
        None => hashed.clone(),
    };
    Ok(Row {
        id: r.get(0)?,
        at: r.get(1)?,
        actor_cf: r.get(2)?,
        action: r.get(3)?,
        company_cf: r.get(4)?,
        person_cf: r.get(5)?,
        details,
        prev_hash: r.get(7)?,
        hash: r.get(8)?,
        login: r.get(9)?,
        login_cf: r.get(10)?,
        host: r.get(11)?,
        hashed,
        personal: commitment.map(|c| (c, kept)),
    })
}

/// Every column of an event, and its personal part where one is kept (`FROM` included).
const COLUMNS: &str = "id, at, actor_cf, action, company_cf, person_cf, details, prev_hash, hash,
    login, login_cf, host, personal, salt, part
    FROM audit_event LEFT JOIN audit_personal ON event_id = id";

/// Events filtered by company, person and first day, oldest first, handed to `each` one
/// at a time: the trail is never held in memory whole.
pub fn each(
    db: &impl Db,
    company: Option<&str>,
    person: Option<&str>,
    since: Option<&str>,
    mut each: impl FnMut(Row) -> Result<()>,
) -> Result<()> {
    let sql = format!(
        "SELECT {COLUMNS}
         WHERE (?1 IS NULL OR company_cf = ?1)
           AND (?2 IS NULL OR person_cf = ?2 OR actor_cf = ?2)
           AND (?3 IS NULL OR at >= ?3)
         ORDER BY id"
    );
    db.conn()
        .each_row(&sql, params![company, person, since], |r| each(row(r)?))
}

/// The events about one person (`person_cf`), oldest first, handed to `each` one at a
/// time. No index serves it: the trail is scanned (see BENCHMARKS.md, `person history`).
pub fn each_about(
    db: &impl Db,
    person: &str,
    mut each: impl FnMut(Row) -> Result<()>,
) -> Result<()> {
    db.conn().each_row(
        &format!("SELECT {COLUMNS} WHERE person_cf = ?1 ORDER BY id"),
        [person],
        |r| each(row(r)?),
    )
}

/// The database's identifier, generated once (the origin of its checkpoints, R11).
pub fn database_id(db: &impl Db) -> Result<String> {
    db.with("SELECT id FROM database_info WHERE one = 1", |st| {
        st.query_row([], |r| r.get(0))
    })
}

/// The first event in the complete form (migration 0006): personal data committed beside
/// the chain, and every field the replay compares. 1 for a database made since.
pub fn complete_from(db: &impl Db) -> Result<i64> {
    db.with(
        "SELECT complete_from FROM database_info WHERE one = 1",
        |st| st.query_row([], |r| r.get(0)),
    )
}

/// The chain's head as recorded: the number of events and the last hash.
pub fn recorded_head(db: &impl Db) -> Result<(i64, String)> {
    head(db.conn())
}

/// The stored hash of event `id`, if there is one.
pub fn hash_of(db: &impl Db, id: i64) -> Result<Option<String>> {
    db.with("SELECT hash FROM audit_event WHERE id = ?1", |st| {
        st.query_row([id], |r| r.get(0)).optional()
    })
}

/// The events with one of these actions, oldest first, handed to `each` one at a time.
pub fn each_of(
    db: &impl Db,
    actions: &[&str],
    mut each: impl FnMut(Row) -> Result<()>,
) -> Result<()> {
    let marks = vec!["?"; actions.len().max(1)].join(", ");
    let sql = format!("SELECT {COLUMNS} WHERE action IN ({marks}) ORDER BY id");
    let none = [""];
    let actions = if actions.is_empty() {
        &none[..]
    } else {
        actions
    };
    db.conn().each_row(
        &sql,
        actions.iter().map(|a| a as &dyn Param).collect::<Vec<_>>(),
        |r| each(row(r)?),
    )
}

mod personal;
mod verify;
pub use personal::commitment;
use personal::{merged, salt};
pub use verify::verify;

#[cfg(test)]
mod tests {
    #[test]
    fn the_canonical_encoding_is_the_compact_json_array() {
        // The chain's meaning must not drift: this is the documented encoding, hashed by hand.
        use sha2::{Digest, Sha256};
        let by_hand = |canonical: serde_json::Value| -> String {
            let mut h = Sha256::new();
            h.update(b"prev\n");
            h.update(canonical.to_string().as_bytes());
            h.finalize().iter().map(|b| format!("{b:02x}")).collect()
        };
        let at = "2026-01-01T00:00:00.000Z";
        let hash = |entered, personal| {
            super::hash(
                "prev",
                7,
                at,
                Some("X"),
                "a",
                None,
                Some("P"),
                "{}",
                entered,
                personal,
            )
        };
        assert_eq!(
            hash(None, None),
            by_hand(serde_json::json!([7, at, "X", "a", null, "P", "{}"]))
        );
        // Since logins, the login, its bound person and the host follow.
        assert_eq!(
            hash(Some(("mario", Some("X"), "pc1")), None),
            by_hand(serde_json::json!([
                7, at, "X", "a", null, "P", "{}", "mario", "X", "pc1"
            ]))
        );
        // Since 0006, an event with a personal part ends with its commitment.
        assert_eq!(
            hash(Some(("mario", Some("X"), "pc1")), Some("c0ffee")),
            by_hand(serde_json::json!([
                7, at, "X", "a", null, "P", "{}", "mario", "X", "pc1", "c0ffee"
            ]))
        );
    }
}
