//! TLS to a PostgreSQL server (README, "TLS"): the real `lpt` over TCP to a cluster that
//! takes TLS only, with a certificate naming `localhost` alone, signed by a throwaway CA.
//! `verify-full` with that CA and host `localhost` works, and so does `require` without a
//! root; `verify-full` with another CA, `verify-full` to `127.0.0.1` (a name the certificate
//! does not give) and `sslmode=disable` are refused: exit 1, one error line, nothing written.
//! The cluster refuses TCP without TLS (`hostnossl … reject`), so whatever lpt did over TCP
//! and got in, it did over TLS.
//!
//! Needs the cluster of `scripts/pg-cluster tls DIR` (`scripts/test` starts one), named by
//! what it prints: `LPT_TEST_PG_TLS` (127.0.0.1:PORT), `LPT_TEST_PG_TLS_CA`,
//! `LPT_TEST_PG_TLS_OTHER_CA` and `LPT_TEST_PG_TLS_SOCKET` (its socket directory, where the
//! tests make and inspect their databases without TLS). On SQLite the tests are skipped; on
//! PostgreSQL without that cluster they say so and pass, except under `CI=true`.

use std::process::{Command as Std, Output};

use assert_cmd::Command;

use crate::common::*;

/// The TLS cluster of this run.
struct Tls {
    port: String,
    ca: String,
    other_ca: String,
    socket: String,
    /// The invoking account's name: its role on the cluster (`scripts/pg-cluster`).
    user: String,
}

/// The TLS cluster, or None when this run has none (then the test returns: on SQLite
/// always, on PostgreSQL only outside CI).
fn tls_cluster() -> Option<Tls> {
    let var = |k: &str| std::env::var(k).ok().filter(|s| !s.is_empty());
    if !on_pg() {
        eprintln!("skipped: TLS is to a PostgreSQL server (LPT_TEST_PG is not set)");
        return None;
    }
    let Some(addr) = var("LPT_TEST_PG_TLS") else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true on PostgreSQL without LPT_TEST_PG_TLS: the TLS tests would not run; \
             start the TLS cluster with scripts/pg-cluster tls DIR and export the \
             LPT_TEST_PG_TLS* variables it prints (scripts/test does)"
        );
        eprintln!(
            "skipped: no TLS cluster (LPT_TEST_PG_TLS is not set; scripts/pg-cluster tls DIR \
             starts one and prints the LPT_TEST_PG_TLS* variables)"
        );
        return None;
    };
    let need = |k: &str| {
        var(k).unwrap_or_else(|| {
            panic!("LPT_TEST_PG_TLS is set but {k} is not: export all that scripts/pg-cluster tls DIR prints")
        })
    };
    let port = match addr.split_once(':') {
        Some(("127.0.0.1", p)) if p.parse::<u16>().is_ok() => p.to_string(),
        _ => panic!("LPT_TEST_PG_TLS={addr}: expected 127.0.0.1:PORT (scripts/pg-cluster tls)"),
    };
    let id = Std::new("id").arg("-un").output().expect("id -un");
    assert!(id.status.success(), "id -un failed");
    Some(Tls {
        port,
        ca: need("LPT_TEST_PG_TLS_CA"),
        other_ca: need("LPT_TEST_PG_TLS_OTHER_CA"),
        socket: need("LPT_TEST_PG_TLS_SOCKET"),
        user: String::from_utf8(id.stdout).unwrap().trim().to_string(),
    })
}

impl Tls {
    /// A client of `dbname` over the cluster's socket (no TLS: the tests' own access).
    fn client(&self, dbname: &str) -> postgres::Client {
        let mut config = postgres::Config::new();
        config
            .host(&self.socket)
            .port(self.port.parse().unwrap())
            .user(&self.user)
            .dbname(dbname);
        config.connect(postgres::NoTls).unwrap_or_else(|e| {
            panic!(
                "cannot connect to the TLS cluster's socket in {} (LPT_TEST_PG_TLS_SOCKET), \
                 port {}: {}",
                self.socket,
                self.port,
                pg_error(&e)
            )
        })
    }

    /// A fresh, empty database on the cluster, dropped with the returned guard.
    fn database(&self) -> TlsDb<'_> {
        let name = unique_db_name("lpt_tls");
        // Locale C, as lpt's PostgreSQL schema expects (sql/pg/0001_schema.sql).
        self.client("postgres")
            .batch_execute(&format!(
                "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'"
            ))
            .unwrap_or_else(|e| panic!("cannot create the database {name}: {}", pg_error(&e)));
        TlsDb { tls: self, name }
    }

    /// lpt's URL of `db` at `host`, with this query (`sslmode=…&…`).
    fn url(&self, host: &str, db: &TlsDb, query: &str) -> String {
        format!(
            "postgresql://{}@{host}:{}/{}?{query}",
            self.user, self.port, db.name
        )
    }
}

/// A database of the TLS cluster, dropped at the end of the test.
struct TlsDb<'a> {
    tls: &'a Tls,
    name: String,
}

impl TlsDb<'_> {
    /// The relations outside PostgreSQL's own schemas, and the database's comment: what
    /// lpt writes when it initialises a database. Empty before.
    fn contents(&self) -> Vec<String> {
        let mut c = self.tls.client(&self.name);
        let mut out: Vec<String> = c
            .query(
                "SELECT n.nspname || '.' || c.relname || ' ' || c.relkind::text \
                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') \
                   AND n.nspname NOT LIKE 'pg_toast%'",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        out.sort();
        out.push(format!("database comment {:?}", pg_comment(&mut c)));
        out
    }
}

impl Drop for TlsDb<'_> {
    fn drop(&mut self) {
        // Best effort: a failing test must not hide its own message behind this one.
        let Ok(mut c) = std::panic::catch_unwind(|| self.tls.client("postgres")) else {
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

/// The real `lpt`, with a clean environment, on `--db url`.
fn lpt(url: &str, args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    Command::cargo_bin("lpt")
        .unwrap()
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .current_dir(home.path())
        .arg("--db")
        .arg(url)
        .args(args)
        .output()
        .unwrap()
}

const INIT: [&str; 7] = [
    "init",
    "--operator",
    OP,
    "--family-name",
    "Rossi",
    "--given-name",
    "Mario",
];

/// Initialises the database at `url` and reads it back: both exit 0, say what they should
/// and nothing else, and the database holds lpt's tables afterwards.
fn init_and_read(tls: &Tls, db: &TlsDb, url: &str) {
    let empty = db.contents();
    assert_eq!(
        empty,
        ["database comment None"],
        "a fresh database is empty"
    );
    let o = lpt(url, &INIT);
    assert_eq!(
        o.status.code(),
        Some(0),
        "lpt init over {url} failed:\n{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o), "", "lpt init over {url} printed on stdout");
    assert_eq!(
        stderr(&o),
        format!(
            "initialised {url}; first regional operator: Mario Rossi ({OP}), bound to login '{}'\n",
            tls.user
        ),
        "lpt init over {url}"
    );
    let tables = db.contents();
    assert!(
        tables.iter().any(|t| t.ends_with(".person r")),
        "lpt init over {url} exited 0, yet the database has no person table: {tables:?}"
    );

    let args = ["--format", "json", "person", "list"];
    let o = lpt(url, &args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "lpt {args:?} over {url} failed:\n{}",
        stderr(&o)
    );
    assert_eq!(stderr(&o), "", "lpt {args:?} over {url} wrote on stderr");
    let persons = json(&stdout(&o));
    let persons = persons.as_array().expect("a JSON array");
    assert_eq!(persons.len(), 1, "one person after init: {persons:?}");
    assert_eq!(persons[0]["cf"], OP, "{persons:?}");
    assert_eq!(persons[0]["family_name"], "Rossi", "{persons:?}");
    assert_eq!(persons[0]["regional_operator"], true, "{persons:?}");
}

/// Runs `lpt init` at `url` expecting it refused before anything is written: exit 1,
/// nothing on stdout, exactly the one line `error: cannot connect to URL: <why>` on
/// stderr, and the database as empty as before.
fn refused(db: &TlsDb, url: &str, why: &str) {
    let before = db.contents();
    let o = lpt(url, &INIT);
    let err = stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(1),
        "lpt init over {url} should fail with exit 1; stderr:\n{err}"
    );
    assert_eq!(stdout(&o), "", "lpt init over {url} printed on stdout");
    assert_eq!(
        err,
        format!("error: cannot connect to {url}: {why}\n"),
        "lpt init over {url}: one error line, saying why"
    );
    assert_eq!(
        db.contents(),
        before,
        "lpt init over {url} was refused but changed the database"
    );
}

#[test]
fn verify_full_with_the_servers_root_and_name_works() {
    let Some(tls) = tls_cluster() else {
        return;
    };
    let db = tls.database();
    let url = tls.url(
        "localhost",
        &db,
        &format!("sslmode=verify-full&sslrootcert={}", tls.ca),
    );
    init_and_read(&tls, &db, &url);
}

#[test]
fn require_without_a_root_works() {
    let Some(tls) = tls_cluster() else {
        return;
    };
    let db = tls.database();
    let url = tls.url("localhost", &db, "sslmode=require");
    init_and_read(&tls, &db, &url);
}

#[test]
fn verify_full_with_another_root_is_refused() {
    let Some(tls) = tls_cluster() else {
        return;
    };
    let db = tls.database();
    let url = tls.url(
        "localhost",
        &db,
        &format!("sslmode=verify-full&sslrootcert={}", tls.other_ca),
    );
    refused(
        &db,
        &url,
        &format!(
            "the server's certificate is not signed by a trusted root ({}): check \
             sslrootcert, or the server's certificate",
            tls.other_ca
        ),
    );
}

#[test]
fn verify_full_to_a_name_the_certificate_does_not_give_is_refused() {
    let Some(tls) = tls_cluster() else {
        return;
    };
    let db = tls.database();
    let url = tls.url(
        "127.0.0.1",
        &db,
        &format!("sslmode=verify-full&sslrootcert={}", tls.ca),
    );
    refused(
        &db,
        &url,
        "the server's certificate does not name the host 127.0.0.1: connect by a name the \
         certificate gives (sslmode=verify-full checks it)",
    );
    // The chain was right, only the name was not: verify-ca, which skips the name, works.
    let url = tls.url(
        "127.0.0.1",
        &db,
        &format!("sslmode=verify-ca&sslrootcert={}", tls.ca),
    );
    init_and_read(&tls, &db, &url);
}

#[test]
fn without_tls_the_server_refuses() {
    let Some(tls) = tls_cluster() else {
        return;
    };
    let db = tls.database();
    let url = tls.url("localhost", &db, "sslmode=disable");
    refused(
        &db,
        &url,
        &format!(
            "db error: FATAL: pg_hba.conf rejects connection for host \"127.0.0.1\", user \
             \"{}\", database \"{}\", no encryption",
            tls.user, db.name
        ),
    );
}
