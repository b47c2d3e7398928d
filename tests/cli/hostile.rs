//! Issue 7 §4: hostile input. Every case gets a clear message and the exit status the table
//! says, never a panic, and the database is unchanged unless the case says the input is
//! legitimate data (names may hold quotes, semicolons or dollars: they are stored verbatim).

use crate::common::*;

struct Case {
    what: &'static str,
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    file: Option<Vec<u8>>,
    exit: i32,
    /// Text the message (stderr, or stdout for `cf check`) must contain.
    needle: &'static str,
    /// The input is legitimate data and the command writes it.
    writes: bool,
}

fn case(what: &'static str, args: &[&str], exit: i32, needle: &'static str) -> Case {
    Case {
        what,
        args: args.iter().map(|s| s.to_string()).collect(),
        stdin: None,
        file: None,
        exit,
        needle,
        writes: false,
    }
}

fn with_file(mut c: Case, bytes: impl Into<Vec<u8>>) -> Case {
    c.file = Some(bytes.into());
    c
}

fn with_stdin(mut c: Case, bytes: impl Into<Vec<u8>>) -> Case {
    c.stdin = Some(bytes.into());
    c
}

fn writes(mut c: Case) -> Case {
    c.writes = true;
    c
}

const HEADER: &str = "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason\n";

#[test]
fn fifty_and_more_hostile_inputs() {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Anna");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    let new = person(3);
    let long = "A".repeat(10_000);
    let reg = |family: &str, given: &str| {
        vec![
            "--as",
            OP,
            "person",
            "register",
            &new,
            "--family-name",
            family,
            "--given-name",
            given,
        ]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>()
    };
    let grant = |extra: &[&str]| {
        let mut v: Vec<String> = [
            "--as",
            &lr,
            "collab",
            "grant",
            "--company",
            &acme,
            "--person",
            &co,
            "--data-processing-authorised",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let end = |on: &str| {
        [
            "--as",
            &lr,
            "collab",
            "end",
            "--company",
            &acme,
            "--person",
            &co,
            "--on",
            on,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
    };
    let company_reg = |extra: &[&str]| {
        let mut v: Vec<String> = [
            "--as",
            &lr,
            "company",
            "register",
            &company(9),
            "--name",
            "N",
            "--office",
            "O",
            "--email",
            "e@x.example",
            "--legal-rep",
            &lr,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let import = |extra: &[&str]| {
        let mut v: Vec<String> = [
            "--as",
            &lr,
            "registry",
            "import",
            "{file}",
            "--data-processing-authorised",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let row = |family: &str, extra: &str| {
        format!("{HEADER}{acme},{co},{family},Anna,GESTIONE_CO,,2026-01-10,,,{extra}\n")
    };
    let mut garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    garbage[0] = 0;

    let cases: Vec<Case> = vec![
        // Fiscal codes, through cf check (the reason is on stdout) and as identities.
        case("empty code", &["cf", "check", ""], 1, "empty"),
        case("spaces only", &["cf", "check", "    "], 1, "empty"),
        case(
            "control characters",
            &["cf", "check", "\x01\x02RSSMRA80A01H501U"],
            1,
            "not a letter or a digit",
        ),
        with_stdin(
            case(
                "NUL byte on stdin",
                &["cf", "check", "-"],
                1,
                "not a letter or a digit",
            ),
            "RSSMRA80\0A01H501U\n",
        ),
        case(
            "10,000 characters",
            &["cf", "check", &long],
            1,
            "10000 characters",
        ),
        case(
            "accented letters",
            &["cf", "check", "ÀÈÌÒÙÀÈÌÒÙÀÈÌÒÙÀ"],
            1,
            "position 1",
        ),
        case(
            "SQL in a code",
            &["cf", "check", "'; DROP TABLE person; --"],
            1,
            "not a letter or a digit",
        ),
        case(
            "shell in a code",
            &["cf", "check", "$(rm -rf /)"],
            1,
            "not a letter or a digit",
        ),
        case(
            "code and a command",
            &["cf", "check", "RSSMRA80A01H501U;ls"],
            1,
            "not a letter or a digit",
        ),
        case(
            "emoji",
            &["cf", "check", "😀😀😀"],
            1,
            "not a letter or a digit",
        ),
        case(
            "country prefix",
            &["cf", "check", "IT01234560017"],
            1,
            "13 characters",
        ),
        case(
            "ten digits",
            &["cf", "check", "0123456001"],
            1,
            "10 characters",
        ),
        case(
            "fifteen characters",
            &["cf", "check", "RSSMRA80A01H501"],
            1,
            "15 characters",
        ),
        case(
            "seventeen characters",
            &["cf", "check", "RSSMRA80A01H501UU"],
            1,
            "17 characters",
        ),
        case("all zeros", &["cf", "check", "00000000000"], 1, "all zeros"),
        case(
            "SQL as the actor",
            &[
                "--as",
                "' OR 1=1 --",
                "person",
                "register",
                &new,
                "--family-name",
                "X",
                "--given-name",
                "Y",
            ],
            1,
            "--as",
        ),
        case(
            "a provisional actor, named in a read's trace",
            &["--as", "12345672005", "person", "list"],
            1,
            "provisional",
        ),
        // Names and free text.
        case(
            "bell in a name",
            &reg("Ve\x07rdi", "Anna")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            1,
            "control characters",
        ),
        case(
            "newline in a name",
            &reg("Verdi\nRossi", "Anna")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            1,
            "control characters",
        ),
        case(
            "1,000-character name",
            &reg(&"x".repeat(1000), "Anna")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            1,
            "longer than 500",
        ),
        case(
            "empty name",
            &reg("   ", "Anna")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            1,
            "must not be empty",
        ),
        writes(case(
            "SQL in a name is data",
            &reg("Robert'); DROP TABLE person;--", "Anna")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            0,
            "registered",
        )),
        case(
            "shell in a name is data (already registered)",
            &reg("$(touch /tmp/lpt-pwned)", "`id`")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            1,
            "already registered",
        ),
        case(
            "tab-only company name",
            &company_reg(&["--name", "\t", "--type", "DATORE_PRIVATO"])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            2,
            "--name",
        ),
        case(
            "100,000-character office",
            &company_reg(&["--type", "DATORE_PRIVATO", "--office", &"o".repeat(100_000)])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            2,
            "--office",
        ),
        case(
            "malformed register entry",
            &company_reg(&[
                "--type",
                "CONSULENTE_LAVORO",
                "--register",
                "CONSULENTE_LAVORO=::",
            ])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
            1,
            "not a date",
        ),
        case(
            "register entry on 30 February",
            &company_reg(&[
                "--type",
                "CONSULENTE_LAVORO",
                "--register",
                "CONSULENTE_LAVORO=Albo:1:2026-02-30",
            ])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
            1,
            "2026-02-30",
        ),
        case(
            "SQL as a company type",
            &company_reg(&["--type", "'; DROP TABLE company; --"])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            1,
            "unknown company type",
        ),
        case(
            "SQL as a profile",
            &grant(&["--profile", "GESTIONE_CO' OR '1'='1"])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            1,
            "unknown profile",
        ),
        case(
            "path as a unit",
            &grant(&["--profile", "GESTIONE_CO", "--unit", "../../etc/passwd"])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            1,
            "no unit named",
        ),
        case(
            "reason of control characters",
            &[
                "--as",
                &lr,
                "collab",
                "revoke",
                "--company",
                &acme,
                "--person",
                &co,
                "--reason",
                "\x1b[31mred",
            ],
            1,
            "control characters",
        ),
        // Dates and numbers.
        case(
            "30 February",
            &end("2026-02-30")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            2,
            "2026-02-30",
        ),
        case(
            "month 13",
            &end("2026-13-01")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            2,
            "2026-13-01",
        ),
        case(
            "a word for a date",
            &end("yesterday")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            2,
            "yesterday",
        ),
        case(
            "short date",
            &end("2026-1-5")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            2,
            "2026-1-5",
        ),
        case(
            "five-digit year",
            &["audit", "overdue-revocations", "--as-of", "99999-01-01"],
            2,
            "99999-01-01",
        ),
        case(
            "negative days",
            &["audit", "review", "--older-than", "-5"],
            2,
            "-5",
        ),
        case(
            "enormous days",
            &["audit", "review", "--older-than", "99999999999"],
            2,
            "--older-than",
        ),
        case(
            "unknown format",
            &["--format", "xml", "person", "list"],
            2,
            "xml",
        ),
        case("unknown command", &["frobnicate"], 2, "frobnicate"),
        // Files.
        case(
            "missing file",
            &["--as", &lr, "registry", "import", "/nonexistent/file.csv"],
            1,
            "cannot read",
        ),
        case(
            "a directory as the file",
            &["--as", &lr, "registry", "import", "/tmp"],
            1,
            "/tmp",
        ),
        with_file(
            case(
                "binary garbage",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "header",
            ),
            garbage.clone(),
        ),
        with_file(
            case(
                "an empty file",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "empty",
            ),
            "",
        ),
        with_file(
            case(
                "header only",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                0,
                "",
            ),
            HEADER,
        ),
        with_file(
            case(
                "an extra header column",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "header",
            ),
            HEADER.replace('\n', ",extra\n"),
        ),
        with_file(
            case(
                "eleven columns",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "expected 10",
            ),
            row("Bianchi", ","),
        ),
        with_file(
            case(
                "invalid UTF-8",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "UTF-8",
            ),
            {
                let mut b = row("Bianchi", "").into_bytes();
                let n = b.len();
                b.splice(n - 20..n - 19, [0xC3u8, 0x28]);
                b
            },
        ),
        with_file(
            case(
                "NUL in a field",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "control character",
            ),
            row("Bian\0chi", ""),
        ),
        with_file(
            case(
                "5,000-character field",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "longer than 1000",
            ),
            row(&"b".repeat(5000), ""),
        ),
        with_file(
            case(
                "a 5 MB line",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "header",
            ),
            "x".repeat(5 << 20),
        ),
        with_file(
            case(
                "unterminated quote",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "line 2",
            ),
            format!("{HEADER}\"{acme},x\n"),
        ),
        with_file(
            case(
                "formula for a name",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "does not match",
            ),
            row("=cmd|' /C calc'!A0", ""),
        ),
        with_file(
            case(
                "SQL in a row",
                &import(&[]).iter().map(String::as_str).collect::<Vec<_>>(),
                1,
                "person_cf",
            ),
            format!("{HEADER}{acme},'; DELETE FROM grants; --,x,y,GESTIONE_CO,,2026-01-10,,,\n"),
        ),
        with_file(
            case(
                "legacy file of garbage",
                &["--as", OP, "person", "import-legacy", "{file}"],
                1,
                "UTF-8",
            ),
            garbage,
        ),
        case(
            "legacy file missing",
            &["--as", OP, "person", "import-legacy", "/nonexistent.csv"],
            1,
            "cannot read",
        ),
        case(
            "backup onto a directory",
            &["db", "backup", "/tmp"],
            1,
            "already exists",
        ),
    ];
    assert!(cases.len() >= 50, "{} cases", cases.len());
    let file = env.path("hostile.csv");
    let mut failures = Vec::new();
    for c in &cases {
        if let Some(bytes) = &c.file {
            std::fs::write(&file, bytes).unwrap();
        }
        let args: Vec<String> = c
            .args
            .iter()
            .map(|a| a.replace("{file}", file.to_str().unwrap()))
            .collect();
        let before = env.snapshot();
        let mut cmd = env.cmd();
        cmd.args(&args);
        let o = match &c.stdin {
            Some(s) => cmd.write_stdin(s.clone()).output().unwrap(),
            None => cmd.output().unwrap(),
        };
        let (out, err) = (stdout(&o), stderr(&o));
        let problem = if err.contains("panicked") {
            Some("panicked".to_string())
        } else if o.status.code() != Some(c.exit) {
            Some(format!("exit {:?}, expected {}", o.status.code(), c.exit))
        } else if !format!("{out}{err}").contains(c.needle) {
            Some(format!("message lacks {:?}", c.needle))
        } else if !c.writes && env.snapshot() != before {
            Some("the database changed".to_string())
        } else if c.exit == 1
            && !c.args.contains(&"check".to_string())
            && err.lines().filter(|l| l.starts_with("error:")).count() != 1
        {
            Some("not one error line".to_string())
        } else {
            None
        };
        if let Some(p) = problem {
            failures.push(format!(
                "{}: {p}\n  stderr: {}",
                c.what,
                err.lines().next().unwrap_or("")
            ));
        }
    }
    assert!(
        !std::path::Path::new("/tmp/lpt-pwned").exists(),
        "a name was run by a shell"
    );
    // The SQL in a name was stored as data and every table is still there.
    assert_eq!(
        env.count("SELECT count(*) FROM person WHERE family_name LIKE 'Robert''); DROP%'"),
        1
    );
    env.ok(None, &["db", "check"]);
    assert!(
        failures.is_empty(),
        "{} of {} hostile inputs mishandled:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    eprintln!("hostile inputs: {} cases", cases.len());
}

#[test]
fn hostile_database_files() {
    crate::skip_on_pg!(
        "files where the SQLite file should be: text, empty, another application's SQLite \
         database, a newer user_version"
    );
    let env = Env::empty();
    type Make = Box<dyn Fn(&std::path::Path)>;
    let cases: Vec<(&str, Make, &str)> = vec![
        (
            "text, not SQLite",
            Box::new(|p| std::fs::write(p, "hello\n".repeat(1000)).unwrap()),
            "not a usable lpt database",
        ),
        (
            "an empty file",
            Box::new(|p| std::fs::write(p, "").unwrap()),
            "empty file",
        ),
        (
            "another application's database",
            Box::new(|p| {
                rusqlite::Connection::open(p)
                    .unwrap()
                    .execute_batch("CREATE TABLE t(x);")
                    .unwrap();
            }),
            "another application",
        ),
        (
            "newer than the binary",
            Box::new(|p| {
                rusqlite::Connection::open(p)
                    .unwrap()
                    .execute_batch("CREATE TABLE t(x); PRAGMA user_version = 99;")
                    .unwrap();
            }),
            "newer than this lpt",
        ),
    ];
    for (what, make, needle) in cases {
        let _ = std::fs::remove_file(&env.db);
        make(&env.db);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let before = std::fs::read(&env.db).unwrap();
        let init = [
            "init",
            "--operator",
            OP,
            "--family-name",
            "R",
            "--given-name",
            "M",
        ];
        // `init` may make a database of an empty file; of nothing else.
        let commands: Vec<&[&str]> = if what == "an empty file" {
            vec![&["person", "list"]]
        } else {
            vec![&["person", "list"], &init]
        };
        for args in commands {
            let o = env.run(None, args);
            assert_eq!(o.status.code(), Some(1), "{what}: {args:?}");
            assert!(stderr(&o).contains(needle), "{what}: {}", stderr(&o));
            assert!(!stderr(&o).contains("panicked"));
        }
        assert!(
            std::fs::read(&env.db).unwrap() == before,
            "{what}: the file changed"
        );
    }
    // A directory where the database should be.
    let o = env
        .cmd()
        .env("LPT_DB", env.dir.path())
        .args(["person", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
}
