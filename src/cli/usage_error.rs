//! clap's usage errors (an unknown argument, a missing one, an invalid value…) in the chosen
//! language. clap writes them in English only: in Italian they are rendered here from the
//! error's kind and context, with the texts of `i18n/<lang>/clap.ftl`. The exit status is
//! clap's (2), and the line keeps the form `error: <what>`.

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use crate::i18n::{FluentArgs, Lang, message};

/// The error as it is printed in `lang`: clap's own rendering in English (and for help
/// and version, which are not errors), ours in Italian. `None` means clap's.
pub fn render(err: &Error, lang: Lang) -> Option<String> {
    if lang == Lang::En
        || matches!(
            err.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        return None;
    }
    let t = |id: &str, args: &[(&str, String)]| -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        message(lang, id, Some(&fa))
            .or_else(|| message(Lang::En, id, Some(&fa)))
            .unwrap_or_else(|| id.to_string())
    };
    let s = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(v)) => Some(v.clone()),
        _ => None,
    };
    let list = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(v)) => vec![v.clone()],
        _ => Vec::new(),
    };
    let arg = s(ContextKind::InvalidArg).unwrap_or_default();
    let value = s(ContextKind::InvalidValue).unwrap_or_default();
    let mut out = match err.kind() {
        ErrorKind::UnknownArgument => t("clap-unknown-argument", &[("arg", arg)]),
        ErrorKind::InvalidSubcommand => t(
            "clap-invalid-subcommand",
            &[(
                "name",
                s(ContextKind::InvalidSubcommand).unwrap_or_default(),
            )],
        ),
        ErrorKind::MissingRequiredArgument => {
            let mut m = t("clap-missing-required", &[]);
            for a in list(ContextKind::InvalidArg) {
                m.push_str(&format!("\n  {a}"));
            }
            m
        }
        ErrorKind::MissingSubcommand => {
            let name = s(ContextKind::InvalidSubcommand).unwrap_or_default();
            let mut m = t("clap-missing-subcommand", &[("name", name)]);
            values(
                &mut m,
                t("clap-subcommands", &[]),
                list(ContextKind::ValidSubcommand),
            );
            m
        }
        ErrorKind::InvalidValue if value.is_empty() => t("clap-value-required", &[("arg", arg)]),
        ErrorKind::InvalidValue => {
            let mut m = t("clap-invalid-value", &[("arg", arg), ("value", value)]);
            let valid = list(ContextKind::ValidValue);
            values(&mut m, t("clap-possible-values", &[]), valid);
            m
        }
        ErrorKind::ValueValidation => {
            let mut m = t("clap-invalid-value", &[("arg", arg), ("value", value)]);
            if let Some(source) = std::error::Error::source(err) {
                m.push_str(&format!(": {source}"));
            }
            m
        }
        ErrorKind::ArgumentConflict => {
            let prior = list(ContextKind::PriorArg);
            if prior.len() == 1 && prior[0] == arg {
                t("clap-used-twice", &[("arg", arg)])
            } else if prior.is_empty() {
                t("clap-conflict-others", &[("arg", arg)])
            } else {
                let others = prior
                    .iter()
                    .map(|p| format!("'{p}'"))
                    .collect::<Vec<_>>()
                    .join(", ");
                t("clap-conflict", &[("arg", arg), ("others", others)])
            }
        }
        ErrorKind::NoEquals => t("clap-no-equals", &[("arg", arg)]),
        ErrorKind::TooManyValues => t("clap-too-many-values", &[("arg", arg), ("value", value)]),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            t("clap-wrong-number-of-values", &[("arg", arg)])
        }
        ErrorKind::InvalidUtf8 => t("clap-invalid-utf8", &[]),
        _ => return None,
    };
    let mut tips = Vec::new();
    for (kind, id) in [
        (ContextKind::SuggestedSubcommand, "clap-similar-subcommand"),
        (ContextKind::SuggestedArg, "clap-similar-argument"),
        (ContextKind::SuggestedValue, "clap-similar-value"),
    ] {
        let similar = list(kind);
        if !similar.is_empty() {
            let names = similar
                .iter()
                .map(|p| format!("'{p}'"))
                .collect::<Vec<_>>()
                .join(", ");
            let id = if similar.len() > 1 {
                format!("{id}-many")
            } else {
                id.to_string()
            };
            tips.push(t(&id, &[("names", names)]));
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = err.get(ContextKind::Suggested) {
        tips.extend(suggested.iter().map(|tip| suggestion(&tip.to_string(), &t)));
    }
    let tip = t("clap-tip", &[]);
    if !tips.is_empty() {
        out.push('\n');
    }
    for line in tips {
        out.push_str(&format!("\n  {tip}: {line}"));
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let rest = usage.strip_prefix("Usage:").unwrap_or(&usage);
        out.push_str(&format!("\n\n{}:{rest}", t("clap-usage", &[])));
    }
    let help = t("clap-try-help", &[]);
    Some(format!("error: {out}\n\n{help}\n"))
}

/// A list of valid values after the message, as clap puts it: `[possible values: a, b]`.
fn values(out: &mut String, name: String, values: Vec<String>) {
    if !values.is_empty() {
        out.push_str(&format!("\n  [{name}: {}]", values.join(", ")));
    }
}

/// One of clap's tips, by its shape (the quoted parts are its arguments); a tip of a shape
/// not known here stays as clap wrote it.
/// A message by id with its arguments, in the language asked for.
type Text<'a> = &'a dyn Fn(&str, &[(&str, String)]) -> String;

fn suggestion(tip: &str, t: Text<'_>) -> String {
    let parts: Vec<&str> = tip.split('\'').collect();
    let quoted: Vec<String> = parts
        .iter()
        .skip(1)
        .step_by(2)
        .map(|p| p.to_string())
        .collect();
    let shape: String = parts
        .iter()
        .enumerate()
        .map(|(i, p)| if i % 2 == 1 { "{}" } else { p })
        .collect::<Vec<_>>()
        .join("'");
    let arg = |i: usize| quoted.get(i).cloned().unwrap_or_default();
    match shape.as_str() {
        "to pass '{}' as a value, use '{}'" => {
            t("clap-tip-as-value", &[("arg", arg(0)), ("use", arg(1))])
        }
        "'{}' exists" => t("clap-tip-exists", &[("arg", arg(0))]),
        "subcommand '{}' exists; to use it, remove the '{}' before it" => {
            t("clap-tip-remove-dashes", &[("name", arg(0))])
        }
        _ => tip.to_string(),
    }
}

/// Prints a usage error (or the help clap was asked for) and exits as clap does: 2 for an
/// error, 0 for help and version.
pub fn exit(err: Error, cmd: &mut clap::Command, lang: Lang) -> ! {
    match render(&err, lang) {
        Some(text) => {
            eprint!("{text}");
            std::process::exit(err.exit_code())
        }
        None => err.format(cmd).exit(),
    }
}
