//! A registry on a PostgreSQL server: where it is (a `postgresql://` URL, or `postgresql:`
//! and the usual `PG*` variables), the connection (TLS when the URL asks for it), who is
//! connected (the server's authenticated `session_user`, R10), the server's clock (R8), and
//! the numbered migrations in PostgreSQL's dialect.

use std::str::FromStr;

use anyhow::{Context, Result, bail};

use super::db::{Conn, Pg};

/// The numbered migrations in PostgreSQL's dialect. Append-only. The first brings a new
/// database to the schema the SQLite migrations reach at 0011.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_schema", include_str!("../../sql/pg/0001_schema.sql")),
    (
        "0002_functions",
        include_str!("../../sql/pg/0002_functions.sql"),
    ),
    (
        "0003_region_view",
        include_str!("../../sql/pg/0003_region_view.sql"),
    ),
];

/// The schema version a server database of this binary has.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Whether `--db` names a server rather than a file.
pub fn is_url(db: &str) -> bool {
    db.starts_with("postgresql:") || db.starts_with("postgres:")
}

/// The connection settings of `--db URL`; `postgresql:` alone takes them from the `PG*`
/// variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE, PGSSLROOTCERT).
fn config(url: &str) -> Result<(postgres::Config, super::tls::Mode)> {
    let (url, tls) = super::tls::split(url)?;
    let mut cfg = if url.trim_end_matches('/') == "postgresql:" || url == "postgres:" {
        postgres::Config::new()
    } else {
        postgres::Config::from_str(&url).map_err(|e| anyhow::anyhow!("{e}"))?
    };
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if cfg.get_hosts().is_empty() {
        match var("PGHOST") {
            Some(h) => {
                cfg.host(&h);
            }
            None => {
                cfg.host("/var/run/postgresql");
            }
        }
    }
    if cfg.get_ports().is_empty()
        && let Some(p) = var("PGPORT")
    {
        cfg.port(p.parse().context(crate::tr!("server-pgport"))?);
    }
    if cfg.get_user().is_none() {
        if let Some(u) = var("PGUSER") {
            cfg.user(&u);
        } else {
            cfg.user(&super::login::Login::os_name().unwrap_or_else(|| "postgres".into()));
        }
    }
    if cfg.get_dbname().is_none()
        && let Some(d) = var("PGDATABASE")
    {
        cfg.dbname(&d);
    }
    if cfg.get_password().is_none()
        && let Some(p) = var("PGPASSWORD")
    {
        cfg.password(p);
    }
    cfg.application_name("lpt");
    Ok((cfg, tls))
}

/// The URL as shown to the user: without its password.
pub fn shown(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.find(':') {
                Some(c) => format!("{}{}:***{}", &url[..s + 3], &creds[..c], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Connects, without touching the schema.
pub fn connect(url: &str) -> Result<Conn> {
    connect_as(url, None)
}

/// Connects for a shell completion: gives up after a second (connecting or querying),
/// reads only, never waits for a lock.
pub fn connect_for_completion(url: &str) -> Result<Conn> {
    let conn = connect_as(url, Some(std::time::Duration::from_secs(1)))?;
    conn.execute_batch(
        "SET default_transaction_read_only = on; SET statement_timeout = 1000; \
         SET lock_timeout = 100;",
    )?;
    Ok(conn)
}

fn connect_as(url: &str, timeout: Option<std::time::Duration>) -> Result<Conn> {
    let (mut cfg, tls) = config(url)?;
    if let Some(t) = timeout {
        cfg.connect_timeout(t);
    }
    let client = super::tls::connect(&cfg, &tls)
        .with_context(|| crate::tr!("server-cannot-connect", url = shown(url)))?;
    let conn = Conn::Pg(Pg::new(client));
    conn.execute_batch("SET TIME ZONE 'UTC'; SET client_min_messages = WARNING;")?;
    Ok(conn)
}

/// Connects to an lpt database on a server and brings its schema up to date.
pub fn open(url: &str) -> Result<Conn> {
    let conn = connect(url)?;
    let have = version(&conn)?;
    match have {
        None => bail!(crate::tr!("server-no-lpt", url = shown(url))),
        Some(v) if v > SCHEMA_VERSION => bail!(crate::tr!(
            "server-newer",
            url = shown(url),
            have = v,
            known = SCHEMA_VERSION
        )),
        Some(v) if v < SCHEMA_VERSION && in_recovery(&conn)? => {
            bail!(crate::tr!("server-standby-older", url = shown(url)))
        }
        Some(v) if v < SCHEMA_VERSION => migrate(&conn, url)?,
        Some(_) => {}
    }
    Ok(conn)
}

/// Creates lpt's schema in an empty database; refuses one that has tables.
pub fn create(url: &str) -> Result<Conn> {
    let conn = connect(url)?;
    if let Some(v) = version(&conn)? {
        let persons: i64 =
            conn.query_row("SELECT count(*) FROM operator", crate::params![], |r| {
                r.get(0)
            })?;
        if persons > 0 {
            bail!(crate::tr!("server-initialised", url = shown(url)));
        }
        if v < SCHEMA_VERSION {
            migrate(&conn, url)?;
        }
        return Ok(conn);
    }
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
        crate::params![],
        |r| r.get(0),
    )?;
    if tables > 0 {
        bail!(crate::tr!("server-foreign", url = shown(url)));
    }
    migrate(&conn, url)?;
    Ok(conn)
}

/// The schema version, or None when lpt's version table is absent.
fn version(conn: &Conn) -> Result<Option<usize>> {
    let exists: bool = conn.query_row(
        "SELECT to_regclass('lpt_schema') IS NOT NULL",
        crate::params![],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(None);
    }
    let v: i64 = conn.query_row("SELECT version FROM lpt_schema", crate::params![], |r| {
        r.get(0)
    })?;
    Ok(Some(usize::try_from(v).unwrap_or(usize::MAX)))
}

/// Applies the missing migrations in one transaction, holding lpt's lock so that two
/// processes never migrate at once.
fn migrate(conn: &Conn, url: &str) -> Result<()> {
    conn.execute_batch("BEGIN")?;
    let done = (|| -> Result<()> {
        lock(conn)?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS lpt_schema (
                 one BIGINT PRIMARY KEY CHECK (one = 1), version BIGINT NOT NULL);
             INSERT INTO lpt_schema VALUES (1, 0) ON CONFLICT DO NOTHING;",
        )?;
        let have = version(conn)?.unwrap_or(0);
        if have > SCHEMA_VERSION {
            bail!(crate::tr!(
                "server-newer",
                url = shown(url),
                have = have,
                known = SCHEMA_VERSION
            ));
        }
        for (name, sql) in &MIGRATIONS[have..] {
            conn.execute_batch(sql)
                .with_context(|| crate::tr!("server-migration-failed", name = name))?;
        }
        conn.execute(
            "UPDATE lpt_schema SET version = ?1",
            [SCHEMA_VERSION as i64],
        )?;
        conn.execute_batch("COMMIT")?;
        Ok(())
    })();
    if done.is_err() {
        let _ = conn.execute_batch("ROLLBACK");
    }
    done
}

/// lpt's one writer lock on a server, held to the end of the transaction: every change
/// queues behind the one in progress, as on an SQLite file, so the audit chain stays one
/// chain and no rule is checked against a state another writer is changing.
pub fn lock(conn: &Conn) -> Result<()> {
    conn.query_row(
        "SELECT pg_advisory_xact_lock(7401030516)::text",
        crate::params![],
        |r| r.get::<_, String>(0),
    )?;
    Ok(())
}

/// Refuses a change on a read-only standby, before anything is tried.
pub fn writable(conn: &Conn) -> Result<()> {
    if in_recovery(conn)? {
        bail!(crate::tr!("server-standby"));
    }
    Ok(())
}

/// Whether the server is a standby replaying its primary's changes.
pub fn in_recovery(conn: &Conn) -> Result<bool> {
    Ok(conn.query_row("SELECT pg_is_in_recovery()", crate::params![], |r| r.get(0))?)
}

/// The server's authenticated login (R10).
pub fn session_user(conn: &Conn) -> Result<String> {
    Ok(conn.query_row("SELECT session_user::text", crate::params![], |r| r.get(0))?)
}

/// The server's clock (R8), as RFC 3339 UTC with milliseconds like every stored instant.
pub fn now(conn: &Conn) -> Result<chrono::DateTime<chrono::Utc>> {
    let t: String = conn.query_row(
        "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
        crate::params![],
        |r| r.get(0),
    )?;
    Ok(chrono::DateTime::parse_from_rfc3339(&t)
        .with_context(|| crate::tr!("server-clock", time = t))?
        .to_utc())
}
