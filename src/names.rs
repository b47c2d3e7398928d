//! Names of persons, units and companies (R15): the one form they are stored in (Unicode
//! NFC, one line, whitespace collapsed) and the key they are compared by (case-folded, with
//! compatibility forms and the commonest look-alikes of Latin letters folded). Pure: no I/O.
//!
//! What the key catches: letter case (`CITTÀ`/`Città`, also outside ASCII), composed and
//! decomposed accents (`Nicolò` typed on a Mac), every Unicode space (a non-breaking space
//! is a space), runs of spaces, compatibility forms (ligatures such as `ﬁ`, full-width and
//! mathematical letters, via NFKC), `ß` as `ss`, typographic apostrophes and dashes, and
//! the Cyrillic and Greek letters drawn like Latin ones (`Ѕеdе` is `Sede`). What it does not:
//! look-alikes from other scripts or symbols (the full Unicode confusables table, TR39),
//! and a letter with and without its accent (`Nicolò`/`Nicolo'`/`Nicolo` stay three names).

use crate::tr;
use unicode_normalization::UnicodeNormalization;

/// Characters refused in a name besides control characters: the invisible format
/// characters (bidirectional controls and isolates, zero-width spaces and joiners, the
/// soft hyphen, the byte-order mark, tags) and the line and paragraph separators.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{E0000}'..='\u{E0FFF}')
}

/// What is wrong with a character of a name, if anything.
fn fault(c: char) -> Option<String> {
    if c.is_control() {
        Some(tr!("name-control-character"))
    } else if invisible(c) {
        Some(tr!("name-invisible-character"))
    } else {
        None
    }
}

/// The longest name accepted, in characters.
pub const MAX: usize = 500;

/// A name as stored: NFC, every run of Unicode spaces one ASCII space, trimmed; or why
/// it is refused (empty, a control or invisible character named with its position, too
/// long). `what` names the input in the reason ("--family-name", "unit name").
pub fn normal(what: &str, value: &str) -> Result<String, String> {
    for (i, c) in value.chars().enumerate() {
        if let Some(why) = fault(c) {
            return Err(tr!(
                "refuse-name-invisible",
                what = what,
                pos = i + 1,
                why = why,
                code = format!("{:04X}", u32::from(c))
            ));
        }
    }
    let mut out = String::with_capacity(value.len());
    for word in value.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.nfc());
    }
    if out.is_empty() {
        return Err(tr!("refuse-name-empty", what = what));
    }
    if out.chars().count() > MAX {
        return Err(tr!("refuse-name-long", what = what, max = MAX));
    }
    Ok(out)
}

/// The key two names are compared by: equal keys are one name (see the module's
/// documentation for what it folds). Defined for any text, stored or not.
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    // Apostrophe look-alikes first: NFKC would turn the acute accent (´) into a space and a
    // combining accent, out of reach of the table below.
    let apostrophes: String = name
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{00B4}' | '\u{0060}' => '\'',
            c => c,
        })
        .collect();
    for c in apostrophes.nfkc() {
        if c.is_whitespace() || c.is_control() || invisible(c) {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match latin(c) {
            Some(l) => out.push(l),
            None => match c {
                'ß' | 'ẞ' => out.push_str("ss"),
                'ς' => out.push('σ'),
                c => out.extend(c.to_lowercase()),
            },
        }
    }
    out.nfc().collect()
}

/// The Latin letter (lower case) or ASCII sign a Cyrillic or Greek letter, or a
/// typographic sign, is drawn like.
fn latin(c: char) -> Option<char> {
    Some(match c {
        'а' | 'А' | 'Α' | 'α' => 'a',
        'В' | 'в' | 'Β' | 'β' => 'b',
        'с' | 'С' | 'ϲ' | 'Ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'Е' | 'Ε' | 'ε' => 'e',
        'һ' | 'Һ' | 'Η' => 'h',
        'і' | 'І' | 'Ι' | 'ι' | 'ӏ' | 'Ӏ' => 'i',
        'ј' | 'Ј' => 'j',
        'к' | 'К' | 'Κ' | 'κ' => 'k',
        'М' | 'м' | 'Μ' => 'm',
        'Н' | 'н' | 'Ν' => 'n',
        'о' | 'О' | 'Ο' | 'ο' => 'o',
        'р' | 'Р' | 'Ρ' | 'ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' | 'Ѕ' => 's',
        'Т' | 'т' | 'Τ' | 'τ' => 't',
        'υ' => 'u',
        'ν' => 'v',
        'ԝ' | 'Ԝ' => 'w',
        'х' | 'Х' | 'Χ' | 'χ' => 'x',
        'у' | 'У' | 'Υ' | 'γ' => 'y',
        'Ζ' => 'z',
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{00B4}' | '\u{0060}' => '\'',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_in_nfc_on_one_line() {
        assert_eq!(normal("n", "  Nicolo\u{300}  ").unwrap(), "Nicolò");
        assert_eq!(
            normal("n", "Sede\u{A0}\u{A0}legale").unwrap(),
            "Sede legale"
        );
        assert!(
            normal("n", "Rossi\nBianchi")
                .unwrap_err()
                .contains("character 6")
        );
        assert!(normal("n", "\u{1b}[2J").unwrap_err().contains("control"));
        assert!(
            normal("n", "Ro\u{202E}ssi")
                .unwrap_err()
                .contains("invisible")
        );
        assert!(
            normal("n", " \u{A0} ")
                .unwrap_err()
                .contains("must not be empty")
        );
    }

    #[test]
    fn one_key_for_one_name() {
        assert_eq!(key("CITTÀ"), key("Città"));
        assert_eq!(key("Nicolo\u{300}"), key("Nicolò"));
        assert_eq!(key("Sede\u{A0}legale"), key("sede  LEGALE"));
        assert_eq!(key("Ѕеdе legale"), key("Sede legale"));
        assert_eq!(key("Stra\u{DF}e"), key("STRASSE"));
        assert_eq!(key("D\u{2019}Amico"), key("d'amico"));
        assert_eq!(key("ﬁlippo"), key("Filippo"));
        assert_ne!(key("Nicolò"), key("Nicolo"));
    }
}
