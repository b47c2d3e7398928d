//! The language people read: chosen once at the edge (`--lang`, `LPT_LANG`, then the
//! locale), and the Fluent messages of each language (`i18n/<lang>/*.ftl`, embedded).
//!
//! Main chooses the language before clap parses (clap's help must already be in that
//! language) and sets it once with [`set`]; everything else reads it with [`lang`] and looks
//! messages up with [`tr!`](crate::tr) or [`message`]. Machine output (CSV headers, JSON keys,
//! codes, exit codes) never goes through here: it is the same in every language.

use std::ffi::OsString;
use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

/// A language lpt speaks. English is the source (the doc comments, the code's strings) and
/// the fallback for a message missing in Italian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Italiano
    It,
    /// English
    En,
}

/// The Fluent sources of each language, embedded in the binary, one file per area:
/// `lpt.ftl` clap's own headings, notes and warnings; `clap.ftl` clap's usage errors;
/// `refuse.ftl` the refusals of the rules; `errors.ftl` the other errors; `table.ftl` the
/// headers of tables; `prompt.ftl` the confirmations; `help.ftl` the command-line help (in
/// English generated from the clap tree, so it is the translators' reference; at run time
/// English help comes from the tree itself).
macro_rules! sources {
    ($($file:literal),+) => {
        [
            $((Lang::En, $file, include_str!(concat!("../i18n/en/", $file))),)+
            $((Lang::It, $file, include_str!(concat!("../i18n/it/", $file))),)+
        ]
    };
}

const SOURCES: [(Lang, &str, &str); 18] = sources!(
    "lpt.ftl",
    "clap.ftl",
    "refuse.ftl",
    "errors.ftl",
    "table.ftl",
    "prompt.ftl",
    "help.ftl",
    "server.ftl",
    "region.ftl"
);

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::It, Lang::En];

    /// The language's code, as `--lang` and `LPT_LANG` take it and as the `i18n/` folder
    /// names it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }

    /// The language a command line and an environment ask for: `--lang` (pre-scanned here,
    /// before clap parses), then `LPT_LANG`, then the locale as gettext reads it: the first
    /// entry of `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`. The first of these that is set
    /// and not empty decides; `C`, `POSIX` and any language but Italian mean English.
    pub fn choose(args: &[OsString], var: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag(args) {
            return lang;
        }
        if let Some(v) = var("LPT_LANG").filter(|v| !v.trim().is_empty()) {
            return Lang::from_code(v.trim()).unwrap_or(Lang::En);
        }
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            let Some(v) = var(name) else { continue };
            let first = v.split(':').find(|s| !s.trim().is_empty());
            if let Some(locale) = first {
                return Lang::from_locale(locale.trim());
            }
        }
        Lang::En
    }

    /// `it` or `en`, in any letter case.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// A POSIX locale (`it_IT.UTF-8`, `it`, `C`, `en_GB@euro`): Italian when its language
    /// is, English otherwise.
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        if language.eq_ignore_ascii_case("it") {
            Lang::It
        } else {
            Lang::En
        }
    }

    fn langid(self) -> LanguageIdentifier {
        self.code()
            .parse()
            .expect("a two-letter code is a language id")
    }
}

/// `--lang VALUE` or `--lang=VALUE` on the command line, before any `--`. An unknown value
/// is left to clap, which refuses it.
fn flag(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    let mut found = None;
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(Lang::from_code) {
            found = Some(lang);
        }
    }
    found
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Sets the language of this process, once, in main (a second call is ignored). A global
/// because clap's help is built before any context exists; tests of the library that never
/// call it read English.
pub fn set(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language of this process: what main chose, English if it chose nothing.
pub fn lang() -> Lang {
    CHOSEN.get().copied().unwrap_or(Lang::En)
}

/// The message `id` (or `id.attribute`) in `lang`, formatted with `args`; `None` when
/// the language has no such message.
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang);
    let (id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let msg = bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
    Some(text.into_owned())
}

/// The message `id` in the process's language, falling back to English, then to the id
/// itself (a test holds that every id exists in both languages).
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    message(lang(), id, args)
        .or_else(|| message(Lang::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Every message id of `lang`, with each attribute as `id.attribute`, in file order: for
/// the test that both languages have the same ids.
pub fn ids(lang: Lang) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let mut out = Vec::new();
    for (l, _, src) in SOURCES {
        if l != lang {
            continue;
        }
        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(_, e)| panic!("{e:?}"));
        for entry in res.entries() {
            if let Entry::Message(m) = entry {
                out.push(m.id.name.to_string());
                for a in &m.attributes {
                    out.push(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
    }
    out
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
        // A terminal shows Unicode isolation marks as garbage: the arguments are codes,
        // names and numbers, never right-to-left text that would need them.
        bundle.set_use_isolating(false);
        for (l, file, src) in SOURCES {
            if l != lang {
                continue;
            }
            let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(_, errors)| {
                panic!("i18n/{}/{file} does not parse: {errors:?}", l.code())
            });
            bundle
                .add_resource(res)
                .unwrap_or_else(|e| panic!("i18n/{}/{file}: {e:?}", l.code()));
        }
        bundle
    })
}

/// The message `id` in the process's language, with Fluent arguments:
/// `tr!("person-registered", name = full_name, cf = code)`. A number stays a number (for
/// Fluent's plural forms); anything else that displays is passed as its text.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::i18n::{ViaDisplay as _, ViaNumber as _};
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), (&$crate::i18n::Arg(&$value)).value());)+
        $crate::i18n::text($id, Some(&args))
    }};
}

/// [`tr!`] in a given language: `tr_in!(Lang::En, "id", …)` for text that is recorded
/// (an audit event's reason, a stored row), which is English whoever reads it.
#[macro_export]
macro_rules! tr_in {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::i18n::{ViaDisplay as _, ViaNumber as _};
        #[allow(unused_mut)]
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), (&$crate::i18n::Arg(&$value)).value());)*
        let lang: $crate::i18n::Lang = $lang;
        $crate::i18n::message(lang, $id, Some(&args))
            .or_else(|| $crate::i18n::message($crate::i18n::Lang::En, $id, Some(&args)))
            .unwrap_or_else(|| $id.to_string())
    }};
}

pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentValue;

/// An argument of [`tr!`]: a number as a Fluent number, anything else as its text (the
/// method a number's `Arg` has is found before the one every displayable `&Arg` has).
pub struct Arg<'a, T: ?Sized>(pub &'a T);

/// [`Arg`] of a number.
pub trait ViaNumber {
    fn value(&self) -> FluentValue<'static>;
}

/// [`Arg`] of anything that displays.
pub trait ViaDisplay {
    fn value(&self) -> FluentValue<'static>;
}

macro_rules! numbers {
    ($($t:ty),+) => {$(
        impl ViaNumber for Arg<'_, $t> {
            fn value(&self) -> FluentValue<'static> {
                FluentValue::from(*self.0)
            }
        }
        impl ViaNumber for Arg<'_, &$t> {
            fn value(&self) -> FluentValue<'static> {
                FluentValue::from(**self.0)
            }
        }
    )+};
}
numbers!(usize, u64, u32, i64, i32);

impl<T: std::fmt::Display + ?Sized> ViaDisplay for &Arg<'_, T> {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(self.0.to_string())
    }
}
