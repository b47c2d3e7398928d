//! Opening a database file: where it lives, who may read it, which application wrote it,
//! and the numbered migrations that bring its schema up to date.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

/// The numbered migrations, embedded in the binary. Append-only.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_schema", include_str!("../../sql/0001_schema.sql")),
    (
        "0002_catalog_v1",
        include_str!("../../sql/0002_catalog_v1.sql"),
    ),
    (
        "0003_legacy_accounts",
        include_str!("../../sql/0003_legacy_accounts.sql"),
    ),
    (
        "0004_logins_recorded_time",
        include_str!("../../sql/0004_logins_recorded_time.sql"),
    ),
    (
        "0005_database_id",
        include_str!("../../sql/0005_database_id.sql"),
    ),
    (
        "0006_personal_part",
        include_str!("../../sql/0006_personal_part.sql"),
    ),
    (
        "0007_power_from_grants",
        include_str!("../../sql/0007_power_from_grants.sql"),
    ),
    (
        "0008_name_keys",
        include_str!("../../sql/0008_name_keys.sql"),
    ),
    (
        "0009_legacy_pending",
        include_str!("../../sql/0009_legacy_pending.sql"),
    ),
    ("0010_review", include_str!("../../sql/0010_review.sql")),
    ("0011_search", include_str!("../../sql/0011_search.sql")),
    (
        "0012_region_view",
        include_str!("../../sql/0012_region_view.sql"),
    ),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// The default database path: `$LPT_DB` is handled by clap; this is the user's data directory.
pub fn default_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("it", "Regione Calabria", "lpt")
        .context("cannot find the user's data directory: pass --db PATH or set LPT_DB")?;
    Ok(dirs.data_dir().join("lpt.db"))
}

/// The calendar in SQL (R8): `lpt_day(instant)` is the day in Italy of a stored instant,
/// `lpt_start_of(day)` the first instant of a day in Italy; and `lpt_name_key(name)` the
/// key a name is compared by (R15, migration 0008). All are NULL for NULL.
fn calendar(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function("lpt_day", 1, flags, |ctx| {
        let s: Option<String> = ctx.get(0)?;
        Ok(s.map(|s| crate::dates::day_of_stamp(&s)))
    })?;
    conn.create_scalar_function("lpt_start_of", 1, flags, |ctx| {
        let s: Option<String> = ctx.get(0)?;
        Ok(s.map(|s| match crate::dates::parse_date(&s) {
            Ok(d) => crate::dates::start_of(d),
            Err(_) => s,
        }))
    })?;
    conn.create_scalar_function("lpt_name_key", 1, flags, |ctx| {
        let s: Option<String> = ctx.get(0)?;
        Ok(s.map(|s| crate::names::key(&s)))
    })?;
    super::search::functions(conn)?;
    Ok(())
}

fn configure(conn: &Connection) -> Result<()> {
    calendar(conn)?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    // Bulk commands cycle through a few dozen statements: keep them all prepared.
    conn.set_prepared_statement_cache_capacity(64);
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA synchronous = FULL;
         -- Reads map the file instead of copying pages: a third off a lookup's time.
         PRAGMA mmap_size = 268435456;",
    )?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        bail!("cannot switch the database to WAL mode (got {mode})");
    }
    Ok(())
}

/// Creates a new database file readable by its owner only, and migrates it.
/// Refuses when the file is already an initialised database.
pub fn create(path: &Path) -> Result<Connection> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the directory {}", dir.display()))?;
    }
    let exists = path.exists();
    if exists {
        not_someone_elses(path)?;
    }
    if exists && std::fs::metadata(path)?.len() > 0 {
        let conn = open(path)?;
        let persons: i64 = conn.query_row("SELECT count(*) FROM operator", [], |r| r.get(0))?;
        if persons > 0 {
            bail!(crate::tr!("error-db-initialised", path = path.display()));
        }
        return Ok(conn);
    }
    if !exists {
        create_private_file(path)?;
    }
    open_any(path)
}

/// R10: `init` never adopts a file that another account made (it could read or change
/// the registry through it).
#[cfg(unix)]
fn not_someone_elses(path: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let owner = std::fs::metadata(path)?.uid();
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if owner != me {
        bail!(crate::tr!(
            "error-db-other-owner",
            path = path.display(),
            owner = owner
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn not_someone_elses(_path: &Path) -> Result<()> {
    Ok(())
}

/// Whether the process's effective uid owns the file.
#[cfg(unix)]
pub fn owned_by_me(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    std::fs::metadata(path).is_ok_and(|m| m.uid() == me)
}

#[cfg(not(unix))]
pub fn owned_by_me(_path: &Path) -> bool {
    true
}

#[cfg(unix)]
pub fn create_private_file(path: &Path) -> Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| crate::tr!("error-cannot-create", path = path.display()))
}

#[cfg(not(unix))]
pub fn create_private_file(path: &Path) -> Result<std::fs::File> {
    std::fs::File::create_new(path)
        .with_context(|| crate::tr!("error-cannot-create", path = path.display()))
}

/// R10, the file is part of the boundary: refuses a database that users other than its
/// owner and group may read or write, or that is shared with a group while its folder lets
/// others in; the message says how to fix it. (Its -wal and -shm files are created by
/// SQLite with the database's own mode.)
#[cfg(unix)]
fn check_permissions(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
    let p = path.display();
    if mode & 0o007 != 0 {
        bail!(crate::tr!(
            "error-db-mode",
            p = p,
            mode = format!("{mode:03o}")
        ));
    }
    if mode & 0o070 != 0 {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let dmode = std::fs::metadata(dir)?.permissions().mode() & 0o777;
        if dmode & 0o007 != 0 {
            bail!(crate::tr!(
                "error-db-dir-mode",
                p = p,
                mode = format!("{mode:03o}"),
                dir = dir.display(),
                dmode = format!("{dmode:03o}"),
                dir2 = dir.display()
            ));
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_permissions(_path: &Path) -> Result<()> {
    Ok(())
}

/// Creates a new file beside the database (a backup) with the database's own mode and
/// group: owner-only, or shared with the group kept for lpt as the database is.
#[cfg(unix)]
pub fn create_like(db: &Path, path: &Path) -> Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let meta = std::fs::metadata(db)?;
    let mode = meta.permissions().mode() & 0o660;
    create_private_file(path)?;
    if mode != 0o600 {
        std::os::unix::fs::chown(path, None, Some(meta.gid()))
            .with_context(|| format!("cannot give {} the database's group", path.display()))?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    }
    Ok(())
}

#[cfg(not(unix))]
pub fn create_like(_db: &Path, path: &Path) -> Result<()> {
    create_private_file(path).map(drop)
}

/// Opens an existing database and brings its schema up to date.
pub fn open(path: &Path) -> Result<Connection> {
    if !path.exists() {
        bail!(crate::tr!("error-db-missing", path = path.display()));
    }
    if std::fs::metadata(path)?.len() == 0 {
        bail!(crate::tr!("error-db-empty", path = path.display()));
    }
    open_any(path)
}

/// Opens a database file, new or not, and migrates it.
fn open_any(path: &Path) -> Result<Connection> {
    check_permissions(path)?;
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| format!("cannot open {}", path.display()))?;
    identify(&conn)
        .and_then(|()| configure(&conn))
        .and_then(|()| migrate(&mut conn))
        .with_context(|| format!("{} is not a usable lpt database", path.display()))?;
    Ok(conn)
}

/// Refuses, before anything is written, a file that is not SQLite, another application's
/// database, or an lpt database newer than this binary.
fn identify(conn: &Connection) -> Result<()> {
    let have = user_version(conn)?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    if have == 0 && tables > 0 {
        bail!(crate::tr!("error-db-foreign"));
    }
    if have > SCHEMA_VERSION {
        bail!(
            "its schema version {have} is newer than this lpt knows ({SCHEMA_VERSION}); \
             use a newer lpt"
        );
    }
    Ok(())
}

fn user_version(conn: &Connection) -> Result<usize> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    Ok(usize::try_from(v).unwrap_or(usize::MAX))
}

fn migrate(conn: &mut Connection) -> Result<()> {
    if user_version(conn)? == SCHEMA_VERSION {
        return Ok(());
    }
    // SQLite's recipe for rebuilding a table: foreign keys off (it cannot change inside a
    // transaction), every key checked before the commit, and on again whatever happens.
    conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    let done = migrate_unchecked(conn);
    conn.execute_batch("PRAGMA foreign_keys = ON")?;
    done
}

fn migrate_unchecked(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let have = user_version(&tx)?;
    if have > SCHEMA_VERSION {
        bail!(
            "its schema version {have} is newer than this lpt knows ({SCHEMA_VERSION}); \
             use a newer lpt"
        );
    }
    for (name, sql) in &MIGRATIONS[have..] {
        tx.execute_batch(sql)
            .with_context(|| format!("migration {name} failed"))?;
    }
    let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })?;
    if broken > 0 {
        bail!("the migrations would leave {broken} row(s) pointing at rows that do not exist");
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION as i64)?;
    tx.commit()?;
    Ok(())
}

/// A second, read-only connection to a database this process already has open, for lookups
/// on another thread. Opened while the first holds the write lock, its snapshot is the state
/// that write transaction started from: what it reads is what the writer would read of any
/// table the writer does not change. No mapping, and a page cache of `cache_kib` KiB.
pub fn open_reader(path: &Path, cache_kib: u32) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| format!("cannot open {}", path.display()))?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    calendar(&conn)?;
    conn.execute_batch(&format!(
        "PRAGMA query_only = ON; PRAGMA cache_size = -{cache_kib}; PRAGMA mmap_size = 0;"
    ))?;
    // One read transaction for the connection's whole life, its snapshot taken now: every
    // lookup reads the same state, without a lock and a check of the file per query.
    conn.execute_batch("BEGIN; SELECT count(*) FROM sqlite_master;")?;
    Ok(conn)
}

/// A connection for a shell's completion: reads only (`query_only` too), gives up at once
/// on a lock instead of waiting, never migrates, and never creates the file (no
/// `SQLITE_OPEN_CREATE`: a missing file is an error). Nor its -wal and -shm files, which a
/// read-only connection would make and leave behind: while there is no -wal file, no
/// process has the database open and all of it is in the file, read as immutable (no lock,
/// no WAL); should a writer check its WAL into the file meanwhile, the read may fail or be
/// stale, and the completion offers less, which is all a completion may risk.
pub fn open_for_completion(path: &Path) -> Result<Connection> {
    check_permissions(path)?;
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = if Path::new(&wal).exists() {
        Connection::open_with_flags(path, flags)?
    } else {
        let mut uri = String::from("file:");
        for c in path.to_str().context("the path is not UTF-8")?.chars() {
            match c {
                '%' => uri.push_str("%25"),
                '?' => uri.push_str("%3f"),
                '#' => uri.push_str("%23"),
                c => uri.push(c),
            }
        }
        uri.push_str("?immutable=1");
        Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)?
    };
    conn.busy_timeout(std::time::Duration::ZERO)?;
    conn.execute_batch("PRAGMA query_only = ON;")?;
    Ok(conn)
}
