//! The test environment: a fresh database in a temporary directory, the real `lpt` binary
//! with a scrubbed environment, valid codes on demand, and a logical snapshot of the
//! database to show that a refusal changed nothing.
//!
//! Two back ends (issue 14). By default each `Env` is an SQLite file `lpt.db` in its
//! temporary directory. When `LPT_TEST_PG` names the socket directory of a PostgreSQL
//! cluster (`scripts/pg-cluster start DIR` prints it; the test process's own OS account
//! must be a superuser role there), each `Env` creates its own database `lpt_t_…` on that
//! cluster, every command gets `LPT_DB=postgresql:///lpt_t_…?host=DIR`, and the database is
//! dropped with the `Env`. Reads and edits around lpt (what a writer of the file, or a role
//! with rights on the server's tables, can do) run on both: `Env::exec`, `Env::count`,
//! `Env::text`, `Env::rows`, `Env::copy`, with SQL that runs on both (`lit` for a string).
//! A test that needs the SQLite file itself (`Env::sql`, `env.db` as a path, fixtures, file
//! modes, WAL files, pragmas) starts with `crate::skip_on_pg!("why")`.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

/// The day of the first access of the persons `Env::register` registers.
pub const FIRST_ACCESS: &str = "2020-01-01";

/// The first regional operator of every test database.
pub const OP: &str = "RSSMRA80A01H501U";

/// A valid personal code, distinct for each `n`.
pub fn person(n: u32) -> String {
    let letters: String = (0..6)
        .map(|i| char::from(b'B' + ((n / 20u32.pow(i)) % 20) as u8))
        .collect();
    lpt::cf::build_personal(
        &letters,
        70 + (n % 29) as u8,
        1 + (n % 12) as u8,
        1 + (n % 28) as u8,
        n % 2 == 1,
        'H',
        501,
    )
}

/// A valid company code (11 digits), distinct for each `n`.
pub fn company(n: u32) -> String {
    lpt::cf::build_numeric(1_000_000 + n, 1)
}

/// The PostgreSQL cluster the suite runs on: `LPT_TEST_PG`, its socket directory.
pub fn pg_socket() -> Option<String> {
    std::env::var("LPT_TEST_PG").ok().filter(|s| !s.is_empty())
}

/// Whether this run is the PostgreSQL one.
/// A database name no other test of any process takes: `prefix`, the process, a counter
/// and the clock's nanoseconds.
pub fn unique_db_name(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}_{}_{}_{nanos:x}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

pub fn on_pg() -> bool {
    pg_socket().is_some()
}

/// At the top of a test that only has a meaning on SQLite (the file, its modes, a fixture,
/// a rusqlite connection): on PostgreSQL it returns at once, saying why on stderr.
#[macro_export]
macro_rules! skip_on_pg {
    ($why:expr) => {
        if $crate::common::on_pg() {
            eprintln!("skipped on PostgreSQL (SQLite only): {}", $why);
            return;
        }
    };
}

/// A client of the cluster of `LPT_TEST_PG`, connected to `dbname` over its socket.
pub fn pg_client(dbname: &str) -> postgres::Client {
    let socket = pg_socket().expect("LPT_TEST_PG is set");
    let mut config = postgres::Config::new();
    config.host(&socket).dbname(dbname);
    if let Ok(user) = std::env::var("USER").or_else(|_| std::env::var("LOGNAME")) {
        config.user(&user);
    }
    config
        .connect(postgres::NoTls)
        .unwrap_or_else(|e| panic!("cannot connect to PostgreSQL in {socket} (LPT_TEST_PG): {e}"))
}

/// A PostgreSQL error with the server's message (its Display says only "db error").
pub fn pg_error(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(d) => format!("{}: {}", d.code().code(), d.message()),
        None => e.to_string(),
    }
}

/// A database of its own on the cluster of `LPT_TEST_PG`, dropped with it.
pub struct PgDb {
    pub name: String,
    pub url: String,
}

impl PgDb {
    fn create() -> PgDb {
        PgDb::create_from("template0")
    }

    /// A new database, a copy of `template` (a database no one is connected to).
    fn create_from(template: &str) -> PgDb {
        let name = unique_db_name("lpt_t");
        // Locale C, as lpt's PostgreSQL schema expects (sql/pg/0001_schema.sql).
        pg_client("postgres")
            .batch_execute(&format!(
                "CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8' LOCALE 'C'"
            ))
            .unwrap_or_else(|e| panic!("cannot create the test database {name}: {}", pg_error(&e)));
        let url = format!(
            "postgresql:///{name}?host={}",
            pg_socket().expect("LPT_TEST_PG is set")
        );
        PgDb { name, url }
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        // Best effort: a failing test must not hide its own message behind this one.
        let Ok(mut c) = std::panic::catch_unwind(|| pg_client("postgres")) else {
            return;
        };
        if let Err(e) = c.batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        )) {
            eprintln!("could not drop the test database {}: {e}", self.name);
        }
    }
}

pub struct Env {
    pub dir: TempDir,
    /// The SQLite file; on PostgreSQL a path where no database is (use [`Env::db_url`]).
    pub db: PathBuf,
    /// The test's own database on PostgreSQL (`LPT_TEST_PG`), None on SQLite.
    pub pg: Option<PgDb>,
    /// The instant every command's clock reads (`LPT_TEST_NOW`, honoured by debug builds
    /// only); the real clock when unset.
    now: std::cell::RefCell<Option<String>>,
    /// The login every command runs as (`LPT_TEST_LOGIN`, debug builds only); the test
    /// process's own account when unset.
    login: std::cell::RefCell<Option<String>>,
}

impl Env {
    /// An empty directory, no database yet (on PostgreSQL: an empty database).
    pub fn empty() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("lpt.db");
        Env {
            dir,
            db,
            pg: pg_socket().map(|_| PgDb::create()),
            now: Default::default(),
            login: Default::default(),
        }
    }

    /// An SQLite file whatever the run, not yet created: one side of a copy between back
    /// ends (`db copy`, `db backup` of a server) on the PostgreSQL half too.
    pub fn empty_sqlite() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("lpt.db");
        Env {
            dir,
            db,
            pg: None,
            now: Default::default(),
            login: Default::default(),
        }
    }

    /// A private copy of the database lpt 0.1.0 wrote (`tests/fixtures/v1-events.db`), with
    /// the owner-only mode git does not keep.
    pub fn fixture() -> Env {
        Env::fixture_file("v1-events.db")
    }

    /// A private copy of a database in `tests/fixtures/`. SQLite only: a test using it
    /// starts with `skip_on_pg!`.
    pub fn fixture_file(name: &str) -> Env {
        assert!(
            !on_pg(),
            "fixtures are SQLite files: start the test with crate::skip_on_pg!"
        );
        let env = Env::empty();
        let file = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        std::fs::copy(file, &env.db).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        env
    }

    /// A copy of this database as it stands, in an `Env` of its own, made as a writer of
    /// the file or the server's owner makes one, without lpt: the file copied, or on
    /// PostgreSQL a database made with this one as its template. Nothing is written here.
    pub fn copy(&self) -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("lpt.db");
        if self.pg.is_none() {
            std::fs::copy(&self.db, &db).unwrap();
        }
        Env {
            dir,
            db,
            pg: self.pg.as_ref().map(|pg| PgDb::create_from(&pg.name)),
            now: Default::default(),
            login: Default::default(),
        }
    }

    /// A database with its first regional operator.
    pub fn new() -> Env {
        let env = Env::empty();
        env.init();
        env
    }

    /// Initialises the database with the first regional operator [`OP`], bound to the
    /// current login.
    pub fn init(&self) {
        self.ok(
            None,
            &[
                "init",
                "--operator",
                OP,
                "--family-name",
                "Rossi",
                "--given-name",
                "Mario",
            ],
        );
    }

    /// From now on, commands run at this instant (RFC 3339): a change is recorded then.
    pub fn set_now(&self, instant: &str) {
        *self.now.borrow_mut() = Some(instant.to_string());
    }

    /// From now on, commands run as this login (None: the test process's own account).
    pub fn set_login(&self, login: Option<&str>) {
        *self.login.borrow_mut() = login.map(str::to_string);
    }

    /// What `LPT_DB` names for this test: the SQLite file, or the PostgreSQL URL.
    pub fn db_url(&self) -> std::ffi::OsString {
        match &self.pg {
            Some(pg) => pg.url.clone().into(),
            None => self.db.clone().into_os_string(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `lpt` with a clean environment pointed at this database.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("lpt").unwrap();
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("LPT_DB", self.db_url())
            .current_dir(self.dir.path());
        if let Some(t) = &*self.now.borrow() {
            c.env("LPT_TEST_NOW", t);
        }
        if let Some(l) = &*self.login.borrow() {
            c.env("LPT_TEST_LOGIN", l);
        }
        c
    }

    pub fn run(&self, actor: Option<&str>, args: &[&str]) -> Output {
        let mut c = self.cmd();
        if let Some(a) = actor {
            c.arg("--as").arg(a);
        }
        let o = c.args(args).output().unwrap();
        self.not_a_file_named_like_the_url();
        o
    }

    /// On PostgreSQL, fails if lpt took the `postgresql:` URL for a file path (it would
    /// then run the test on an SQLite file named after the URL, and pass for nothing).
    fn not_a_file_named_like_the_url(&self) {
        if self.pg.is_some() {
            let stray = self.dir.path().join("postgresql:");
            assert!(
                !stray.exists(),
                "lpt created {} : it took LPT_DB={:?} for a file path, not a PostgreSQL URL",
                stray.display(),
                self.db_url()
            );
        }
    }

    pub fn run_stdin(&self, actor: Option<&str>, args: &[&str], stdin: &str) -> Output {
        let mut c = self.cmd();
        if let Some(a) = actor {
            c.arg("--as").arg(a);
        }
        let o = c
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .unwrap();
        self.not_a_file_named_like_the_url();
        o
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, actor: Option<&str>, args: &[&str]) -> String {
        let o = self.run(actor, args);
        assert!(
            o.status.success(),
            "lpt {args:?} failed ({:?}):\n{}",
            o.status.code(),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }

    /// `actor` nominates `person` administrator of `company`, at group level or of `unit`.
    pub fn nominate(&self, actor: &str, company: &str, person: &str, unit: Option<&str>) {
        self.ok(Some(actor), &nominate_args(company, person, unit));
    }

    /// Runs `args` expecting a refusal: exit 1, one error line containing `needle`,
    /// nothing on stdout, and the database logically unchanged. Returns the error line.
    pub fn refused(&self, actor: Option<&str>, args: &[&str], needle: &str) -> String {
        let before = self.snapshot();
        let o = self.run(actor, args);
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        assert_eq!(
            o.status.code(),
            Some(1),
            "lpt {args:?} should be refused with exit 1; stderr:\n{err}"
        );
        let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
        assert_eq!(
            lines.len(),
            1,
            "one error line expected for {args:?}, got:\n{err}"
        );
        assert!(
            lines[0].contains(needle),
            "refusal of {args:?} should mention {needle:?}; got: {}",
            lines[0]
        );
        assert_eq!(
            self.snapshot(),
            before,
            "lpt {args:?} was refused but changed the database"
        );
        lines[0].to_string()
    }

    /// Every row of every table, in a stable order: equal snapshots mean nothing was written.
    pub fn snapshot(&self) -> String {
        match &self.pg {
            Some(pg) => pg_snapshot(&pg.name),
            None => snapshot(&self.db),
        }
    }

    /// A connection to the SQLite file. SQLite only: a test using it starts with
    /// `skip_on_pg!`.
    pub fn sql(&self) -> rusqlite::Connection {
        assert!(
            self.pg.is_none(),
            "Env::sql is a connection to the SQLite file: start the test with crate::skip_on_pg!"
        );
        rusqlite::Connection::open(&self.db).unwrap()
    }

    /// Runs `sql` (statements that run on both) on the test's database, around lpt: a
    /// writer of the file, or a role with rights on the server's tables.
    pub fn exec(&self, sql: &str) {
        match &self.pg {
            Some(pg) => pg_client(&pg.name)
                .batch_execute(sql)
                .unwrap_or_else(|e| panic!("{sql}: {}", pg_error(&e))),
            None => self.sql().execute_batch(sql).unwrap(),
        }
    }

    /// The one integer `sql` selects (e.g. a `count(*)`), on either back end: write SQL
    /// that runs on both.
    pub fn count(&self, sql: &str) -> i64 {
        self.text(sql)
            .parse()
            .unwrap_or_else(|e| panic!("{sql}: not an integer: {e}"))
    }

    /// The one value `sql` selects, as text, on either back end: write SQL that runs on
    /// both.
    pub fn text(&self, sql: &str) -> String {
        let row = self
            .rows(sql)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("{sql}: no row"));
        row.into_iter()
            .next()
            .unwrap_or_else(|| panic!("{sql}: no column"))
            .unwrap_or_else(|| panic!("{sql}: NULL"))
    }

    /// Every row `sql` selects, each value as text (None for NULL), on either back end:
    /// write SQL that runs on both, with an ORDER BY where the order matters.
    pub fn rows(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        match &self.pg {
            Some(pg) => pg_client(&pg.name)
                .simple_query(sql)
                .unwrap_or_else(|e| panic!("{sql}: {}", pg_error(&e)))
                .iter()
                .filter_map(|m| match m {
                    postgres::SimpleQueryMessage::Row(r) => {
                        Some((0..r.len()).map(|i| r.get(i).map(str::to_string)).collect())
                    }
                    _ => None,
                })
                .collect(),
            None => {
                let conn = self.sql();
                let mut st = conn.prepare(sql).unwrap();
                let n = st.column_count();
                let mut rows = st.query([]).unwrap();
                let mut out = Vec::new();
                while let Some(r) = rows.next().unwrap() {
                    out.push(
                        (0..n)
                            .map(|i| match r.get_ref(i).unwrap() {
                                rusqlite::types::ValueRef::Null => None,
                                rusqlite::types::ValueRef::Integer(i) => Some(i.to_string()),
                                rusqlite::types::ValueRef::Real(f) => Some(f.to_string()),
                                rusqlite::types::ValueRef::Text(t) => {
                                    Some(String::from_utf8_lossy(t).into())
                                }
                                other => panic!("{sql}: {other:?}"),
                            })
                            .collect(),
                    );
                }
                out
            }
        }
    }

    /// Registers a person (by the operator) and returns the code. Their first access is
    /// dated [`FIRST_ACCESS`], so that tests may declare grants on past days.
    pub fn register(&self, n: u32, family: &str, given: &str) -> String {
        let cf = person(n);
        self.ok(
            Some(OP),
            &[
                "person",
                "register",
                &cf,
                "--family-name",
                family,
                "--given-name",
                given,
                "--on",
                FIRST_ACCESS,
            ],
        );
        cf
    }

    /// Registers a company requested by `requester` with `types` and no register entries needed.
    pub fn company(&self, n: u32, requester: &str, types: &[&str]) -> String {
        let cf = company(n);
        let mut args = vec![
            "company",
            "register",
            &cf,
            "--name",
            "ACME Srl",
            "--office",
            "Via Roma 1, Catanzaro",
            "--email",
            "info@acme.example",
            "--legal-rep",
            requester,
        ];
        for t in types {
            args.push("--type");
            args.push(t);
        }
        self.ok(Some(requester), &args);
        cf
    }

    /// A registered, approved company whose requester is its first group administrator.
    pub fn approved_company(&self, n: u32, requester: &str, types: &[&str]) -> String {
        let cf = self.company(n, requester, types);
        self.ok(Some(OP), &["company", "approve", &cf]);
        cf
    }
}

pub fn snapshot(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("## {t}\n"));
        let mut st = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
            .unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect();
            out.push_str(&cells.join("|"));
            out.push('\n');
        }
    }
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    out.push_str(&format!("user_version {v}\n"));
    out
}

/// [`snapshot`] on PostgreSQL: every row of every table of `public`, ordered by its first
/// column, each value as PostgreSQL's text (`Some("…")`, `None` for NULL), then the
/// database's comment (where a schema version may be kept; a version kept in a table is
/// in the rows already). Only ever compared with another snapshot of the same back end.
pub fn pg_snapshot(dbname: &str) -> String {
    use postgres::SimpleQueryMessage::Row;
    let mut c = pg_client(dbname);
    let tables: Vec<String> = c
        .query(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' \
             ORDER BY tablename COLLATE \"C\"",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("## {t}\n"));
        for m in c
            .simple_query(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
            .unwrap()
        {
            if let Row(r) = m {
                let cells: Vec<String> = (0..r.len()).map(|i| format!("{:?}", r.get(i))).collect();
                out.push_str(&cells.join("|"));
                out.push('\n');
            }
        }
    }
    out.push_str(&format!("database comment {:?}\n", pg_comment(&mut c)));
    out
}

/// The comment of the database `c` is connected to (where a schema version may be kept).
pub fn pg_comment(c: &mut postgres::Client) -> Option<String> {
    c.query_one(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database \
         WHERE datname = current_database()",
        &[],
    )
    .unwrap()
    .get(0)
}

/// `s` as an SQL string literal, on either back end.
pub fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// `admin nominate` of `person` in `company`, at group level or in `unit`.
pub fn nominate_args<'a>(company: &'a str, person: &'a str, unit: Option<&'a str>) -> Vec<&'a str> {
    let mut a = vec![
        "admin",
        "nominate",
        "--company",
        company,
        "--person",
        person,
    ];
    if let Some(u) = unit {
        a.extend(["--unit", u]);
    }
    a
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

pub fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}
