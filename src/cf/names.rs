//! Name letters (positions 1–6 of a personal code) and the warning when they do
//! not match the names given.

use super::{Cf, Kind};
use crate::tr;

/// Three letters for a surname: consonants, then vowels, then X.
pub fn surname_letters(name: &str) -> String {
    let (cons, vows) = split_letters(name);
    cons.chain_letters(&vows)
}

/// Three letters for a given name: with four or more consonants the 1st, 3rd and 4th.
pub fn given_name_letters(name: &str) -> String {
    let (cons, vows) = split_letters(name);
    if cons.len() >= 4 {
        [cons[0], cons[2], cons[3]].iter().collect()
    } else {
        cons.chain_letters(&vows)
    }
}

trait ChainLetters {
    fn chain_letters(&self, vows: &[char]) -> String;
}

impl ChainLetters for Vec<char> {
    fn chain_letters(&self, vows: &[char]) -> String {
        self.iter()
            .chain(vows.iter())
            .chain(['X'; 3].iter())
            .take(3)
            .collect()
    }
}

fn split_letters(name: &str) -> (Vec<char>, Vec<char>) {
    let mut cons = Vec::new();
    let mut vows = Vec::new();
    for c in name.chars().flat_map(char::to_uppercase) {
        let c = match c {
            'À' | 'Á' | 'Â' | 'Ä' => 'A',
            'È' | 'É' | 'Ê' | 'Ë' => 'E',
            'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
            'Ò' | 'Ó' | 'Ô' | 'Ö' => 'O',
            'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
            c => c,
        };
        match c {
            'A' | 'E' | 'I' | 'O' | 'U' => vows.push(c),
            'A'..='Z' => cons.push(c),
            _ => {}
        }
    }
    (cons, vows)
}

/// Compares a personal code's name letters with the names given. `None` when
/// they match; otherwise a warning (never a refusal: the Agenzia's code is the truth).
pub fn name_mismatch(cf: &Cf, family_name: &str, given_name: &str) -> Option<String> {
    if cf.kind() != Kind::Person {
        return None;
    }
    let code = cf.as_str();
    let want_s = surname_letters(family_name);
    let want_n = given_name_letters(given_name);
    if code[0..3] == want_s && code[3..6] == want_n {
        return None;
    }
    Some(tr!(
        "warn-cf-name-letters",
        code = code,
        s = &code[0..3],
        n = &code[3..6],
        family_name = family_name,
        given_name = given_name,
        want_s = want_s,
        want_n = want_n
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_letters() {
        assert_eq!(surname_letters("Rossi"), "RSS");
        assert_eq!(given_name_letters("Mario"), "MRA");
        assert_eq!(given_name_letters("Gianfranco"), "GFR");
        assert_eq!(surname_letters("Fo"), "FOX");
        assert_eq!(surname_letters("De Luca"), "DLC");
    }
}
