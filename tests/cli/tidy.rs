//! Tidy: the layering the compiler does not hold, checked by reading `src/` (in the
//! style of rust-analyzer's `xtask/src/tidy.rs`). Each invariant is one test whose
//! failure lists every offending file and line and says what to do. Each detector
//! also runs on in-memory samples (`self_check_*`), so one that can never fire fails.
//!
//! The detectors read Rust through a small lexer ([`lex`]) that knows comments,
//! string, raw-string and char literals, and lifetimes: enough to tell code from
//! text, without parsing Rust.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

/// The longest a file under `src/` may be.
const MAX_LINES: usize = 400;
/// The one file that names audit actions.
const EVENTS: &str = "src/ops/events.rs";
/// The only files that may refer to `crate::cli`, the clap tree: the tree itself (its
/// dispatch and the files generated from it) and the entry points.
const CLI_USERS: [&str; 2] = ["src/main.rs", "src/lib.rs"];
const CLI_DIR: &str = "src/cli/";

fn knows_the_clap_tree(path: &str) -> bool {
    CLI_USERS.contains(&path) || path.starts_with(CLI_DIR)
}
/// What an audit action's name starts with (`grant.add`, `registry.import`).
const ACTION_NOUNS: [&str; 12] = [
    "init",
    "person",
    "operator",
    "company",
    "unit",
    "grant",
    "relationship",
    "registry",
    "legacy",
    "login",
    "audit",
    "db",
];

// ---------------------------------------------------------------- the invariants

#[test]
fn sql_and_rusqlite_only_in_store() {
    let mut offences = Vec::new();
    for f in sources()
        .iter()
        .filter(|f| !f.path.starts_with("src/store/"))
    {
        let mut found: Vec<(usize, String)> = rusqlite_mentions(&f.text)
            .into_iter()
            .map(|line| (line, "mentions rusqlite".to_string()))
            .chain(
                sql_literals(&f.text)
                    .into_iter()
                    .map(|(line, sql)| (line, format!("SQL in a string literal: {sql}"))),
            )
            .collect();
        found.sort();
        offences.extend(
            found
                .iter()
                .map(|(line, what)| format!("{}:{line}: {what}", f.path)),
        );
    }
    verdict(
        "only src/store/ knows SQL and rusqlite",
        &offences,
        "Move the SQL and the rusqlite types into src/store/, behind a function that \
         takes and returns domain values.",
    );
}

#[test]
fn commands_do_not_use_each_other() {
    let nouns: BTreeSet<&str> = sources().iter().filter_map(|f| noun_of(&f.path)).collect();
    let mut offences = Vec::new();
    for f in sources() {
        for (line, path) in cross_command_refs(&f.path, &f.text, &nouns) {
            offences.push(format!("{}:{line}: uses {path}", f.path));
        }
    }
    verdict(
        "a command never uses another command (crate::cli is held by \
         only_the_entry_points_know_the_clap_tree)",
        &offences,
        "Move what both commands need into src/commands/mod.rs if it is command \
         plumbing, or into the domain (src/ops/, src/store/) if it is a rule or a query.",
    );
}

#[test]
fn only_the_entry_points_know_the_clap_tree() {
    let mut offences = Vec::new();
    for f in sources() {
        for (line, path) in cli_refs(&f.path, &f.text) {
            offences.push(format!("{}:{line}: uses {path}", f.path));
        }
    }
    verdict(
        "nothing outside src/cli/, src/main.rs and src/lib.rs refers to crate::cli",
        &offences,
        "Pass plain values (dates, codes, options) from the command line to the \
         command; move shared parsing (e.g. parse_date) out of cli.rs into the domain.",
    );
}

#[test]
fn audit_actions_are_named_once_in_ops_events() {
    let files: Vec<(&str, &str)> = sources()
        .iter()
        .map(|f| (f.path.as_str(), f.text.as_str()))
        .collect();
    verdict(
        "every audit action name is written once, in src/ops/events.rs",
        &action_offences(&files),
        "Name each action once as a constant (or enum variant) in src/ops/events.rs \
         and use that everywhere else.",
    );
}

/// R10: every change passes the login gate. A write session is begun only by
/// `Ctx::begin` (which passes it) and `Ctx::trace` (a read's trace) in
/// src/commands/mod.rs, by `init` (there is no login yet), and by `login bind` (the first
/// binding of an upgraded database, which `ops::login::bind` gates itself).
#[test]
fn every_write_session_passes_the_login_gate() {
    const ALLOWED: [&str; 3] = [
        "src/commands/mod.rs",
        "src/commands/init.rs",
        "src/commands/login.rs",
    ];
    let offences: Vec<String> = sources()
        .iter()
        .filter(|f| !f.path.starts_with("src/store/") && !ALLOWED.contains(&f.path.as_str()))
        .flat_map(|f| begin_offences(&f.path, &f.text))
        .collect();
    verdict(
        "write sessions are begun through Ctx::begin, which passes the login gate",
        &offences,
        "Call ctx.begin(&store) instead of store.begin(...).",
    );
}

fn begin_offences(path: &str, text: &str) -> Vec<String> {
    let code = lex(text).code;
    tokens(&code)
        .windows(3)
        .filter(|w| w[1].1 == "." && w[2].1 == "begin" && w[0].1 != "ctx")
        .map(|w| format!("{path}:{}: begins a write session itself", w[0].0))
        .collect()
}

#[test]
fn self_check_begin() {
    let bad = "fn f(store: &Store) {\n    let s = store.begin(Some(cf), &clock)?;\n}\n";
    assert_eq!(begin_offences("src/commands/x.rs", bad).len(), 1);
    let good = "fn f() { let s = ctx.begin(&store)?; // store.begin(x)\n let t = \"a.begin(\"; }\n";
    assert!(begin_offences("src/commands/x.rs", good).is_empty());
}

#[test]
fn every_file_opens_with_a_module_doc() {
    let offences: Vec<String> = sources()
        .iter()
        .filter(|f| !opens_with_module_doc(&f.text))
        .map(|f| format!("{}:1: does not open with a //! line", f.path))
        .collect();
    verdict(
        "every .rs file under src/ opens with a //! line",
        &offences,
        "Start the file with a //! line saying what it owns.",
    );
}

#[test]
fn no_file_is_over_400_lines() {
    let offences: Vec<String> = sources()
        .iter()
        .filter_map(|f| too_long(&f.text).map(|n| format!("{}: {n} lines", f.path)))
        .collect();
    verdict(
        &format!("no .rs file under src/ is longer than {MAX_LINES} lines"),
        &offences,
        "Split the file along the domain (a folder module whose mod.rs keeps the \
         public API), moving code without rewriting it.",
    );
}

// ---------------------------------------------------------------- the tree

struct Source {
    /// Relative to the package, with `/`: `src/commands/collab.rs`.
    path: String,
    text: String,
}

/// Every `.rs` file under `src/`, sorted by path, read once.
fn sources() -> &'static [Source] {
    static TREE: OnceLock<Vec<Source>> = OnceLock::new();
    TREE.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        walk(root, &root.join("src"), &mut out);
        out.sort_by(|a, b| a.path.cmp(&b.path));
        assert!(
            out.len() > 10,
            "tidy found only {} files in src/",
            out.len()
        );
        out
    })
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Source>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            walk(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let rel = path.strip_prefix(root).expect("under the package");
            let rel: Vec<_> = rel.iter().map(|c| c.to_string_lossy()).collect();
            out.push(Source {
                path: rel.join("/"),
                text,
            });
        }
    }
}

/// Fails with every offence, one a line, and what to do about them.
fn verdict(rule: &str, offences: &[String], fix: &str) {
    assert!(
        offences.is_empty(),
        "tidy: {rule}\n{} offence(s):\n  {}\n{fix}\n",
        offences.len(),
        offences.join("\n  ")
    );
}

// ---------------------------------------------------------------- reading Rust

/// A source file as the detectors see it.
struct Lexed {
    /// The source with comments and literals blanked to spaces (newlines kept).
    code: String,
    /// Each string literal's contents as written (escapes and all), with its line.
    strings: Vec<(usize, String)>,
}

/// Splits code from comments and literals. Knows `//` and nested `/* */` comments,
/// `"…"`, `b"…"`, `c"…"` and raw `r#"…"#` strings, char literals (`'"'`, `'\''`)
/// and lifetimes (`'a`). Never panics, even on broken input.
fn lex(src: &str) -> Lexed {
    fn blank(code: &mut [u8], from: usize, to: usize) {
        let to = to.min(code.len());
        for c in &mut code[from..to] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    }
    let ident = |c: u8| c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80;
    let b = src.as_bytes();
    let n = b.len();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(
            b.iter()
                .enumerate()
                .filter(|(_, c)| **c == b'\n')
                .map(|(i, _)| i + 1),
        )
        .collect();
    let line_of = |i: usize| line_starts.partition_point(|&s| s <= i);
    let mut code = b.to_vec();
    let mut strings = Vec::new();
    let mut i = 0;
    while i < n {
        let start = i;
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < n && b[i] != b'\n' {
                    i += 1;
                }
                blank(&mut code, start, i);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < n {
                    if b[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if b[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                blank(&mut code, start, i);
            }
            b'"' => {
                i += 1;
                while i < n && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                let end = i.min(n);
                strings.push((line_of(start), src[start + 1..end].to_string()));
                i = end + 1;
                blank(&mut code, start, i);
            }
            b'\'' => {
                if b.get(i + 1) == Some(&b'\\') {
                    // An escaped char: '\n', '\'', '\u{e9}'.
                    i += 3;
                    while i < n && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                    blank(&mut code, start, i);
                } else {
                    let width = src[i + 1..].chars().next().map_or(0, char::len_utf8);
                    if width > 0 && b.get(i + 1 + width) == Some(&b'\'') {
                        i += 2 + width;
                        blank(&mut code, start, i);
                    } else {
                        i += 1; // a lifetime or a label
                    }
                }
            }
            c if ident(c) && !c.is_ascii_digit() => {
                while i < n && ident(b[i]) {
                    i += 1;
                }
                let mut j = i;
                while j < n && b[j] == b'#' {
                    j += 1;
                }
                let raw = matches!(&b[start..i], b"r" | b"br" | b"cr");
                if raw && j < n && b[j] == b'"' {
                    let close = format!("\"{}", "#".repeat(j - i));
                    let body = j + 1;
                    let end = src[body..].find(&close).map_or(n, |k| body + k);
                    strings.push((line_of(start), src[body..end].to_string()));
                    i = (end + close.len()).min(n);
                    blank(&mut code, start, i);
                }
            }
            _ => i += 1,
        }
    }
    Lexed {
        code: String::from_utf8(code).expect("only whole literals and comments are blanked"),
        strings,
    }
}

/// Identifiers, `::` and single punctuation characters of blanked code, with lines.
fn tokens(code: &str) -> Vec<(usize, &str)> {
    let is_ident = |c: char| c == '_' || c.is_alphanumeric();
    let mut out = Vec::new();
    let mut line = 1;
    let mut chars = code.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            line += 1;
        } else if is_ident(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek().filter(|(_, d)| is_ident(*d)) {
                end = j + d.len_utf8();
                chars.next();
            }
            out.push((line, &code[i..end]));
        } else if c == ':' && chars.peek().is_some_and(|&(_, d)| d == ':') {
            chars.next();
            out.push((line, &code[i..i + 2]));
        } else if !c.is_whitespace() {
            out.push((line, &code[i..i + c.len_utf8()]));
        }
    }
    out
}

fn is_ident(t: &str) -> bool {
    t.starts_with(|c: char| c == '_' || c.is_alphabetic())
}

/// The module a file is: `src/commands/registry/import.rs` → `commands::registry::import`,
/// `src/cf/mod.rs` → `cf`, `src/lib.rs` → the crate root.
fn module_of(path: &str) -> Vec<String> {
    let rel = path.strip_prefix("src/").unwrap_or(path);
    let rel = rel.strip_suffix(".rs").unwrap_or(rel);
    let mut m: Vec<String> = rel.split('/').map(String::from).collect();
    if m.last().is_some_and(|s| s == "mod") || m == ["lib"] || m == ["main"] {
        m.pop();
    }
    m
}

/// Every path in `text` that starts at `crate`, `super` or `self`, use-trees expanded
/// (`crate::a::{b, c::d}` is two paths), resolved from the crate root
/// (`["commands", "collab", "Added"]`), with its line. Follows inline `mod x { … }`
/// blocks, so `super::` in a `mod tests` is the file itself.
fn crate_paths(path: &str, text: &str) -> Vec<(usize, Vec<String>)> {
    let lexed = lex(text);
    let toks = tokens(&lexed.code);
    let module = module_of(path);
    let mut out = Vec::new();
    // The inline modules we are in, each with the brace depth of its body.
    let mut inline: Vec<(&str, usize)> = Vec::new();
    let mut depth = 0usize;
    let tok = |i: usize| toks.get(i).map(|t| t.1);
    let mut i = 0;
    while i < toks.len() {
        let (line, t) = toks[i];
        match t {
            "{" => depth += 1,
            "}" => {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
            }
            "mod" if tok(i + 1).is_some_and(is_ident) && tok(i + 2) == Some("{") => {
                depth += 1;
                inline.push((toks[i + 1].1, depth));
                i += 3;
                continue;
            }
            "crate" | "super" | "self"
                if tok(i + 1) == Some("::") && (i == 0 || tok(i - 1) != Some("::")) =>
            {
                let here: Vec<String> = module
                    .iter()
                    .cloned()
                    .chain(inline.iter().map(|(m, _)| m.to_string()))
                    .collect();
                let mut written = Vec::new();
                use_tree(&toks, &mut i, Vec::new(), &mut written);
                out.extend(
                    written
                        .iter()
                        .filter_map(|p| resolve(p, &here))
                        .map(|p| (line, p)),
                );
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Expands the path or use-tree at `toks[*i]` into `out`, leaving `*i` after it.
fn use_tree(
    toks: &[(usize, &str)],
    i: &mut usize,
    mut prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) {
    let base = prefix.len();
    loop {
        match toks.get(*i).map(|t| t.1) {
            Some("{") => {
                *i += 1;
                loop {
                    match toks.get(*i).map(|t| t.1) {
                        None => return,
                        Some("}") => {
                            *i += 1;
                            return;
                        }
                        Some(",") => *i += 1,
                        Some(_) => {
                            let before = *i;
                            use_tree(toks, i, prefix.clone(), out);
                            if *i == before {
                                *i += 1; // not a path: skip it
                            }
                        }
                    }
                }
            }
            Some("*") => {
                prefix.push("*".into());
                *i += 1;
                break;
            }
            Some(t) if is_ident(t) => {
                prefix.push(t.to_string());
                *i += 1;
                match toks.get(*i).map(|t| t.1) {
                    Some("::") => *i += 1,
                    Some("as") => {
                        *i += 2;
                        break;
                    }
                    _ => break,
                }
            }
            _ => break,
        }
    }
    if prefix.len() > base {
        out.push(prefix);
    }
}

/// A written path (`super::super::collab::Added`) from the crate root, seen from
/// module `here`; `None` when it climbs above the root.
fn resolve(path: &[String], here: &[String]) -> Option<Vec<String>> {
    let mut segs = path.iter().map(String::as_str).peekable();
    let mut abs: Vec<String> = if segs.peek() == Some(&"crate") {
        segs.next();
        Vec::new()
    } else {
        here.to_vec()
    };
    while let Some(&s) = segs.peek() {
        match s {
            "self" => {}
            "super" => {
                abs.pop()?;
            }
            _ => break,
        }
        segs.next();
    }
    abs.extend(segs.filter(|s| *s != "self").map(String::from));
    Some(abs)
}

fn show(path: &[String]) -> String {
    format!("crate::{}", path.join("::"))
}

// ---------------------------------------------------------------- the detectors

/// Lines where the token `rusqlite` appears in code (not in comments or strings).
fn rusqlite_mentions(text: &str) -> Vec<usize> {
    let lexed = lex(text);
    let mut lines: Vec<usize> = tokens(&lexed.code)
        .into_iter()
        .filter(|(_, t)| *t == "rusqlite")
        .map(|(line, _)| line)
        .collect();
    lines.dedup();
    lines
}

/// String literals that hold SQL, with their lines and the start of the text.
fn sql_literals(text: &str) -> Vec<(usize, String)> {
    lex(text)
        .strings
        .into_iter()
        .filter_map(|(line, s)| {
            let flat = flatten(&s);
            looks_like_sql(&flat).then(|| {
                let mut shown: String = flat.trim().chars().take(60).collect();
                if flat.trim().chars().count() > 60 {
                    shown.push('…');
                }
                (line, format!("\"{shown}\""))
            })
        })
        .collect()
}

/// A literal's text on one line: `\n`, `\t`, line continuations and runs of
/// whitespace become one space, with a space at each end (so `"SELECT"` and a
/// fragment `"FROM x WHERE …"` are seen as words).
fn flatten(s: &str) -> String {
    let s = s
        .replace("\\n", " ")
        .replace("\\t", " ")
        .replace("\\r", " ");
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == '\\')
        .filter(|w| !w.is_empty())
        .collect();
    format!(" {} ", words.join(" "))
}

/// SQL by its keywords, case-sensitively: upper-case SQL is this code base's
/// style, and English text ("select a company from the list") is not upper case.
fn looks_like_sql(flat: &str) -> bool {
    const ALONE: [&str; 7] = [
        "SELECT ",
        "INSERT INTO",
        "DELETE FROM",
        "CREATE TABLE",
        "CREATE INDEX",
        "PRAGMA ",
        "BEGIN IMMEDIATE",
    ];
    const PAIRS: [(&str, &str); 2] = [("UPDATE ", " SET "), (" FROM ", " WHERE ")];
    ALONE.iter().any(|k| flat.contains(k))
        || PAIRS
            .iter()
            .any(|(a, b)| flat.contains(a) && flat.contains(b))
}

/// The command a file under `src/commands/` belongs to: `collab` for
/// `src/commands/collab.rs`, `registry` for `src/commands/registry/import.rs`;
/// `None` for `src/commands/mod.rs` (shared by all) and files elsewhere.
fn noun_of(path: &str) -> Option<&str> {
    let first = path.strip_prefix("src/commands/")?.split('/').next()?;
    let noun = first.strip_suffix(".rs").unwrap_or(first);
    (noun != "mod").then_some(noun)
}

/// References from a command's file to another command (`nouns` are all commands).
fn cross_command_refs(path: &str, text: &str, nouns: &BTreeSet<&str>) -> Vec<(usize, String)> {
    let Some(own) = noun_of(path) else {
        return Vec::new();
    };
    crate_paths(path, text)
        .into_iter()
        .filter(|(_, p)| {
            p.len() >= 2 && p[0] == "commands" && p[1] != own && nouns.contains(p[1].as_str())
        })
        .map(|(line, p)| (line, show(&p)))
        .collect()
}

/// References to `crate::cli` from a file that is not an entry point.
fn cli_refs(path: &str, text: &str) -> Vec<(usize, String)> {
    if knows_the_clap_tree(path) {
        return Vec::new();
    }
    crate_paths(path, text)
        .into_iter()
        .filter(|(_, p)| p.first().is_some_and(|s| s == "cli"))
        .map(|(line, p)| (line, show(&p)))
        .collect()
}

/// An audit action name: `^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$`, first part one of
/// [`ACTION_NOUNS`].
fn is_action(s: &str) -> bool {
    let part = |p: &str| {
        p.split('-')
            .all(|w| !w.is_empty() && w.bytes().all(|c| c.is_ascii_lowercase()))
    };
    match s.split_once('.') {
        Some((noun, verb)) => ACTION_NOUNS.contains(&noun) && part(noun) && part(verb),
        None => false,
    }
}

/// Action names outside [`EVENTS`], and names written twice in it; `files` are
/// `(path, text)` of the whole tree.
fn action_offences(files: &[(&str, &str)]) -> Vec<String> {
    let mut offences = Vec::new();
    if !files.iter().any(|(path, _)| *path == EVENTS) {
        offences.push(format!(
            "{EVENTS}: does not exist (it is where every action is named)"
        ));
    }
    for (path, text) in files {
        let mut first: BTreeMap<String, usize> = BTreeMap::new();
        for (line, s) in lex(text).strings {
            if !is_action(&s) {
                continue;
            }
            if *path != EVENTS {
                offences.push(format!("{path}:{line}: names the action \"{s}\""));
            } else if let Some(was) = first.get(&s) {
                offences.push(format!(
                    "{path}:{line}: names \"{s}\" again (first on line {was})"
                ));
            } else {
                first.insert(s, line);
            }
        }
    }
    offences
}

/// Whether the first line that is not blank starts with `//!`.
fn opens_with_module_doc(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_start().starts_with("//!"))
}

/// The number of lines, when it is over [`MAX_LINES`].
fn too_long(text: &str) -> Option<usize> {
    let n = text.lines().count();
    (n > MAX_LINES).then_some(n)
}

// ---------------------------------------------------------------- self-checks

#[test]
fn self_check_lexer() {
    let l = lex(concat!(
        "let a = '\"'; let b = '\\''; fn f<'a>(x: &'a str) {}\n",
        "/* \"not\" /* nested \"no\" */ still */ let c = r#\"raw \"q\" // x\"#;\n",
        "let d = b\"bytes\"; let e = \"esc \\\" q\"; // \"comment\"\n",
        "let g = 'é'; let h = \"after\";\n",
    ));
    let strings: Vec<(usize, &str)> = l.strings.iter().map(|(n, s)| (*n, s.as_str())).collect();
    assert_eq!(
        strings,
        [
            (2, "raw \"q\" // x"),
            (3, "bytes"),
            (3, "esc \\\" q"),
            (4, "after")
        ]
    );
    assert!(!l.code.contains("not") && !l.code.contains("comment") && !l.code.contains("still"));
    assert_eq!(l.code.lines().count(), 4);
    assert!(l.code.contains("fn f<'a>(x: &'a str)"));
}

#[test]
fn self_check_sql() {
    let bad = concat!(
        "//! Queries.\n",
        "const A: &str = \"SELECT id FROM person\";\n",
        "const B: &str = \"INSERT INTO grant (a) VALUES (?1)\";\n",
        "const C: &str = \"UPDATE company\n   SET name = ?1\";\n",
        "const D: &str = r#\"DELETE FROM \"unit\"\"#;\n",
        "const E: &str = \"CREATE TABLE t (a)\";\n",
        "const F: &str = \"CREATE INDEX i ON t (a)\";\n",
        "const G: &str = \"PRAGMA foreign_keys = ON\";\n",
        "fn h() { let x = '\"'; q(\"a, b \\\n FROM t \\\n WHERE a = ?1\"); }\n",
        "const I: &str = \"BEGIN IMMEDIATE\";\n",
        "const J: &str = \"SELECT\";\n",
    );
    let lines: Vec<usize> = sql_literals(bad).into_iter().map(|(l, _)| l).collect();
    assert_eq!(
        lines,
        [2, 3, 4, 6, 7, 8, 9, 10, 13, 14],
        "{:?}",
        sql_literals(bad)
    );
    let good = concat!(
        "//! Reads `SELECT` results.\n",
        "/// Runs \"SELECT * FROM person WHERE id = ?\", in a doc comment.\n",
        "fn f<'a>(x: &'a str) -> char {\n",
        "    // let q = \"DELETE FROM person\";\n",
        "    /* \"INSERT INTO x\" /* nested */ \"CREATE TABLE\" */\n",
        "    let _ = \"Select a company from the list where you act\";\n",
        "    let _ = \"UPDATE your records\"; let _ = \"FROM Cosenza\";\n",
        "    let _ = r#\"a \"quoted\" word\"#;\n",
        "    '\"'\n",
        "}\n",
    );
    assert_eq!(sql_literals(good), []);
}

#[test]
fn self_check_rusqlite() {
    let bad = "use rusqlite::params;\nfn f(c: &rusqlite::Connection) {}\n";
    assert_eq!(rusqlite_mentions(bad), [1, 2]);
    let good = concat!(
        "//! Talks to rusqlite only through the store.\n",
        "// rusqlite::Connection is not Send\n",
        "const S: &str = \"rusqlite\";\n",
        "fn my_rusqlite_helper() {}\n",
    );
    assert_eq!(rusqlite_mentions(good), Vec::<usize>::new());
}

#[test]
fn self_check_commands() {
    let nouns: BTreeSet<&str> = ["collab", "company", "legacy", "person", "registry"].into();
    let bad = concat!(
        "use crate::commands::collab::{Added, end_one};\n",
        "use super::super::person::register;\n",
        "use crate::commands::{Ctx, company::{self as c}};\n",
        "fn f() { crate::commands::legacy::run(); }\n",
    );
    let found = cross_command_refs("src/commands/registry/import.rs", bad, &nouns);
    let found: Vec<(usize, &str)> = found.iter().map(|(l, p)| (*l, p.as_str())).collect();
    assert_eq!(
        found,
        [
            (1, "crate::commands::collab::Added"),
            (1, "crate::commands::collab::end_one"),
            (2, "crate::commands::person::register"),
            (3, "crate::commands::company"),
            (4, "crate::commands::legacy::run"),
        ]
    );
    let bad_top = "use super::{Ctx, person::register};\n";
    assert_eq!(
        cross_command_refs("src/commands/collab.rs", bad_top, &nouns),
        [(1, "crate::commands::person::register".to_string())]
    );
    let good = concat!(
        "//! See crate::commands::collab for the grants.\n",
        "use super::HEADER;\n",
        "use super::super::{Ctx, open_input};\n",
        "use crate::commands::{self, registry::HEADER as H, Ctx};\n",
        "// use crate::commands::person;\n",
        "const S: &str = \"crate::commands::person\";\n",
        "fn f() { crate::cf::parse(\"x\"); crate::store::person::get(); }\n",
        "#[cfg(test)]\nmod tests {\n    use super::person;\n    mod deeper { use super::super::collab; }\n}\n",
    );
    assert_eq!(
        cross_command_refs("src/commands/registry/import.rs", good, &nouns),
        []
    );
    // In collab.rs, `mod tests { use super::person; }` is collab's own `person`.
    let good_top = "use super::Ctx;\nuse super::*;\nmod tests { use super::person; }\n";
    assert_eq!(
        cross_command_refs("src/commands/collab.rs", good_top, &nouns),
        []
    );
    // The shared module and files outside commands/ may name any command.
    let shared = "use crate::commands::collab;\n";
    assert_eq!(
        cross_command_refs("src/commands/mod.rs", shared, &nouns),
        []
    );
    assert_eq!(cross_command_refs("src/cli.rs", shared, &nouns), []);
}

#[test]
fn self_check_cli() {
    let bad = "use crate::cli::parse_date;\nuse crate::{cli, store};\n";
    assert_eq!(
        cli_refs("src/commands/audit.rs", bad),
        [
            (1, "crate::cli::parse_date".to_string()),
            (2, "crate::cli".to_string())
        ]
    );
    // From src/output.rs, `super` is the crate root.
    assert_eq!(
        cli_refs("src/output.rs", "fn f(x: super::cli::Format) {}\n"),
        [(1, "crate::cli::Format".to_string())]
    );
    let good = concat!(
        "//! Not crate::cli: see crate::cli::Cli.\n",
        "use crate::client::Client;\n",
        "const S: &str = \"crate::cli\";\n",
        "mod cli { pub fn f() {} }\n",
        "fn g() { crate::output::cli(); }\n",
    );
    assert_eq!(cli_refs("src/commands/audit.rs", good), []);
    for entry in CLI_USERS {
        assert_eq!(cli_refs(entry, bad), [], "{entry}");
    }
}

#[test]
fn self_check_actions() {
    for a in [
        "grant.add",
        "relationship.end",
        "person.import-legacy",
        "db.backup",
    ] {
        assert!(is_action(a), "{a}");
    }
    for s in [
        "lpt.db",
        "person.",
        ".add",
        "Grant.add",
        "grant.add.x",
        "grant-.add",
        "grant.a--b",
        "grant add",
        "grant.Add",
        "grant",
    ] {
        assert!(!is_action(s), "{s}");
    }
    let events = "//! Actions.\npub const A: &str = \"grant.add\";\n// \"grant.add\"\npub const B: &str = \"grant.add\";\n";
    let command = "//! Grants.\nfn f() { audit(\"grant.add\"); open(\"lpt.db\"); }\n";
    assert_eq!(
        action_offences(&[(EVENTS, events), ("src/commands/collab.rs", command)]),
        [
            "src/ops/events.rs:4: names \"grant.add\" again (first on line 2)",
            "src/commands/collab.rs:2: names the action \"grant.add\"",
        ]
    );
    assert_eq!(
        action_offences(&[("src/commands/collab.rs", "fn f() {}\n")]),
        ["src/ops/events.rs: does not exist (it is where every action is named)"]
    );
    let events =
        "//! Actions.\npub const A: &str = \"grant.add\";\npub const B: &str = \"grant.end\";\n";
    let command =
        "//! Grants.\n/// Writes \"grant.add\".\nfn f() { audit(events::A); open(\"lpt.db\"); }\n";
    assert_eq!(
        action_offences(&[(EVENTS, events), ("src/commands/collab.rs", command)]),
        Vec::<String>::new()
    );
}

#[test]
fn self_check_module_doc_and_length() {
    for good in [
        "//! Owns x.\nuse y;\n",
        "\n  \n//! Owns x.\n",
        "//!\n//! Owns x.\n",
    ] {
        assert!(opens_with_module_doc(good), "{good:?}");
    }
    for bad in [
        "",
        "use y;\n//! Late.\n",
        "// Plain.\n//! Doc.\n",
        "/// Item doc.\nfn f() {}\n",
        "#![allow(dead_code)]\n//! Doc.\n",
        "/*! Block doc. */\n",
    ] {
        assert!(!opens_with_module_doc(bad), "{bad:?}");
    }
    assert_eq!(too_long(&"x\n".repeat(MAX_LINES)), None);
    assert_eq!(too_long(&"x\n".repeat(MAX_LINES + 1)), Some(MAX_LINES + 1));
}
