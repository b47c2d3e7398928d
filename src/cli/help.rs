//! The command-line help in the chosen language: clap has no i18n, so the strings are put
//! into the clap tree at run time, from Fluent ids derived from each command's path.
//!
//! The English doc comments stay the source: `i18n/en/help.ftl` is generated from them
//! ([`english_ftl`], kept fresh by `generated_files_are_fresh`) and `i18n/it/help.ftl`
//! translates it id for id. A command `person register` has `cmd-person-register` (its
//! about), `.long` (its long about) and `.after` (its example); its argument `family_name`
//! has `arg-person-register-family-name` and `.long`; a global flag has `arg-<name>`; the
//! root is `cmd-lpt`. Clap's own strings (headings, `-h`, `-V`, `help`) are `clap-*` in
//! `lpt.ftl`.

use std::collections::BTreeMap;

use clap::{Arg, Command};

use crate::i18n::{self, Lang};

/// One translatable text of the clap tree: its Fluent id (`cmd-…`/`arg-…`, with `.long` or
/// `.after` for an attribute) and its English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub english: String,
}

/// The clap tree in `lang`: the English tree as written, or the Italian one, built.
pub fn command(lang: Lang) -> Command {
    let cmd = super::command();
    match lang {
        Lang::En => cmd,
        Lang::It => {
            let mut cmd = cmd;
            // Build first, so that clap's own `-h`, `-V`, `help` and the propagated global
            // flags exist to be translated; a built command is not built again.
            cmd.build();
            localise(cmd, "lpt", &BTreeMap::new(), lang)
        }
    }
}

/// Every translatable text of the English tree, root first, in the tree's order.
pub fn entries() -> Vec<Entry> {
    let mut out = Vec::new();
    collect(&super::command(), "lpt", &BTreeMap::new(), &mut out);
    out
}

/// `i18n/en/help.ftl`: the English tree as Fluent messages, the translators' reference.
pub fn english_ftl() -> String {
    let mut out = String::from(
        "# The command-line help, generated from the clap tree's doc comments (English is\n\
         # the source): do not edit; regenerate with\n\
         #   UPDATE_GENERATED=1 cargo test --test cli generated_files_are_fresh\n\
         # and translate what changed in i18n/it/help.ftl, id for id.\n",
    );
    let mut current = String::new();
    for e in entries() {
        match e.id.split_once('.') {
            Some((id, attr)) => {
                if id != current {
                    // A command or argument with no short text: a message of attributes.
                    out.push_str(&format!("\n{id} =\n"));
                    current = id.to_string();
                }
                out.push_str(&format!("    .{attr} ={}\n", pattern(&e.english)));
            }
            None => {
                out.push_str(&format!("\n{} ={}\n", e.id, pattern(&e.english)));
                current = e.id;
            }
        }
    }
    out
}

/// A text as a Fluent pattern (after `id =`): on the same line when it is one line, else
/// as an indented block; braces and a line's leading `[`, `*`, `.` escaped.
fn pattern(text: &str) -> String {
    let escape = |line: &str| {
        let mut s = line.replace('{', "\u{0}").replace('}', "{\"}\"}");
        s = s.replace('\u{0}', "{\"{\"}");
        match s.chars().next() {
            Some(c @ ('[' | '*' | '.')) => format!("{{\"{c}\"}}{}", &s[1..]),
            _ => s,
        }
    };
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() == 1 && !text.starts_with(' ') {
        return format!(" {}", escape(text));
    }
    // Fluent removes the indentation common to a block's lines: a block whose lines are all
    // indented keeps it by writing the first such line's as a literal.
    let common = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut literal_indent = common > 0;
    let mut out = String::new();
    for line in lines {
        out.push('\n');
        if line.trim().is_empty() {
            continue;
        }
        let (indent, rest) = line.split_at(line.len() - line.trim_start().len());
        if literal_indent {
            literal_indent = false;
            out.push_str(&format!("        {{\"{indent}\"}}{}", escape(rest)));
        } else {
            out.push_str(&format!("        {indent}{}", escape(rest)));
        }
    }
    out
}

/// The id of a command at `path` (the names from the root, `lpt` for the root itself).
fn cmd_id(path: &str) -> String {
    format!("cmd-{path}")
}

/// The id of an argument of the command at `path`.
fn arg_id(path: &str, arg: &Arg) -> String {
    let name = arg.get_id().as_str().replace('_', "-");
    if path == "lpt" {
        format!("arg-{name}")
    } else {
        format!("arg-{path}-{name}")
    }
}

fn child_path(path: &str, sub: &Command) -> String {
    if path == "lpt" {
        sub.get_name().to_string()
    } else {
        format!("{path}-{}", sub.get_name())
    }
}

/// The ids of the arguments of a command: a global flag keeps the id of the command that
/// declares it.
fn arg_ids(
    cmd: &Command,
    path: &str,
    inherited: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    cmd.get_arguments()
        .map(|a| {
            let key = a.get_id().to_string();
            let id = match inherited.get(&key) {
                Some(id) if a.is_global_set() => id.clone(),
                _ => arg_id(path, a),
            };
            (key, id)
        })
        .collect()
}

fn globals(ids: &BTreeMap<String, String>, cmd: &Command) -> BTreeMap<String, String> {
    cmd.get_arguments()
        .filter(|a| a.is_global_set())
        .filter_map(|a| {
            Some((
                a.get_id().to_string(),
                ids.get(a.get_id().as_str())?.clone(),
            ))
        })
        .collect()
}

fn collect(cmd: &Command, path: &str, inherited: &BTreeMap<String, String>, out: &mut Vec<Entry>) {
    let mut push = |id: String, text: Option<String>| {
        if let Some(english) = text {
            out.push(Entry { id, english });
        }
    };
    let id = cmd_id(path);
    push(id.clone(), cmd.get_about().map(|s| s.to_string()));
    push(
        format!("{id}.long"),
        cmd.get_long_about().map(|s| s.to_string()),
    );
    push(
        format!("{id}.after"),
        cmd.get_after_help().map(|s| s.to_string()),
    );
    let ids = arg_ids(cmd, path, inherited);
    for a in cmd.get_arguments() {
        let id = &ids[a.get_id().as_str()];
        if a.is_global_set() && inherited.contains_key(a.get_id().as_str()) {
            continue;
        }
        push(id.clone(), a.get_help().map(|s| s.to_string()));
        push(
            format!("{id}.long"),
            a.get_long_help().map(|s| s.to_string()),
        );
    }
    let mut below = inherited.clone();
    below.extend(globals(&ids, cmd));
    for sub in cmd.get_subcommands() {
        collect(sub, &child_path(path, sub), &below, out);
    }
}

/// The Italian of `id`, or the English kept when there is none (a test fails then).
fn tr(lang: Lang, id: &str) -> Option<String> {
    i18n::message(lang, id, None)
}

fn localise(
    mut cmd: Command,
    path: &str,
    inherited: &BTreeMap<String, String>,
    lang: Lang,
) -> Command {
    if cmd.get_name() == "help" {
        // clap's own `help` subcommand (lpt has none of its own): its about only, the
        // copy of the tree beneath it serves completions, not people.
        return match tr(lang, "clap-help-command") {
            Some(t) => cmd.about(t),
            None => cmd,
        };
    }
    let id = cmd_id(path);
    let template = template(&cmd, lang);
    cmd = cmd.help_template(template);
    if let Some(t) = tr(lang, &id) {
        cmd = cmd.about(t);
    }
    if cmd.get_long_about().is_some()
        && let Some(t) = tr(lang, &format!("{id}.long"))
    {
        cmd = cmd.long_about(t);
    }
    if let Some(t) = tr(lang, &format!("{id}.after")) {
        cmd = cmd.after_help(t);
    }
    let ids = arg_ids(&cmd, path, inherited);
    // clap's `-h` tells of `--help` when the command has long help somewhere.
    let long_help_exists = cmd
        .get_arguments()
        .any(|a| a.get_id() == "help" && a.get_long_help().is_some());
    cmd = cmd.mut_args(|a| localise_arg(a, &ids, long_help_exists, lang));
    if let Some(t) = tr(lang, "clap-commands") {
        cmd = cmd.subcommand_help_heading(t);
    }
    if let Some(t) = tr(lang, "clap-command-value") {
        cmd = cmd.subcommand_value_name(t);
    }
    if let Some(usage) = usage(&mut cmd, lang) {
        cmd = cmd.override_usage(usage);
    }
    let mut below = inherited.clone();
    below.extend(globals(&ids, &cmd));
    let names: Vec<(String, String)> = cmd
        .get_subcommands()
        .map(|s| (s.get_name().to_string(), child_path(path, s)))
        .collect();
    for (name, sub_path) in names {
        cmd = cmd.mut_subcommand(name, |s| localise(s, &sub_path, &below, lang));
    }
    cmd
}

fn localise_arg(
    mut a: Arg,
    ids: &BTreeMap<String, String>,
    long_help_exists: bool,
    lang: Lang,
) -> Arg {
    let builtin = match a.get_id().as_str() {
        "help" if a.get_long().is_some() && long_help_exists => {
            Some(("clap-help-flag-short", Some("clap-help-flag-long")))
        }
        "help" if a.get_long().is_some() => Some(("clap-help-flag", None)),
        "version" if a.get_long().is_some() => Some(("clap-version-flag", None)),
        _ => None,
    };
    let (help, long) = match builtin {
        Some((h, l)) => (h.to_string(), l.map(str::to_string)),
        None => match ids.get(a.get_id().as_str()) {
            Some(id) => (id.clone(), Some(format!("{id}.long"))),
            None => return a,
        },
    };
    if let Some(t) = tr(lang, &help) {
        a = a.help(t);
    }
    if let Some(long) = long.filter(|_| a.get_long_help().is_some())
        && let Some(t) = tr(lang, &long)
    {
        a = a.long_help(t);
    }
    if a.get_help_heading().is_none() {
        let heading = if a.is_positional() {
            "clap-arguments"
        } else {
            "clap-options"
        };
        if let Some(t) = tr(lang, heading) {
            a = a.help_heading(t);
        }
    }
    a
}

/// The command's usage as clap writes it, with its `[OPTIONS]` in `lang` (clap spells it
/// in English whatever the headings say). The ANSI styles are kept: clap strips them when
/// the terminal has no colour.
fn usage(cmd: &mut Command, lang: Lang) -> Option<String> {
    let options = tr(lang, "clap-options-placeholder")?;
    let rendered = cmd.render_usage().ansi().to_string();
    // "Usage:" (styled), one space, then the usage lines.
    let heading = rendered.find("Usage:")?;
    let start = heading + rendered[heading..].find(' ')? + 1;
    Some(rendered[start..].replace("[OPTIONS]", &options))
}

/// clap's default help template with its "Usage:" heading in `lang`.
fn template(cmd: &Command, lang: Lang) -> String {
    let usage = tr(lang, "clap-usage").unwrap_or_else(|| "Usage".into());
    let style = cmd.get_styles().get_usage();
    format!(
        "{{before-help}}{{about-with-newline}}\n{}{usage}:{} {{usage}}\n\n{{all-args}}{{after-help}}",
        style.render(),
        style.render_reset()
    )
}
