//! The personal part of an event (R11, R16): kept beside the chain, which hashes a salted
//! commitment to it, so that erasing the part leaves every hash verifiable.

use anyhow::Result;
use sha2::{Digest, Sha256};

use super::hex;

/// The commitment to a personal part: hex SHA-256 of the salt's bytes, then the part.
/// `salt` is 16 bytes in lowercase hex, as lpt writes it; any other salt commits to nothing
/// (None), so that bytes cannot be moved between the salt and the part.
pub fn commitment(salt: &str, part: &str) -> Option<String> {
    if salt.len() != 32 || !salt.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    let bytes = (0..salt.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(salt.get(i..i + 2)?, 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    let mut h = Sha256::new();
    h.update(&bytes);
    h.update(part.as_bytes());
    Some(hex(&h.finalize()))
}

/// Whether a personal part can stand beside its hashed details: both JSON objects, with no
/// key in common (a part could otherwise override a hashed field when the two are read
/// whole).
pub fn well_formed(hashed: &str, part: &str) -> bool {
    use serde_json::{Map, Value};
    let object = |s: &str| serde_json::from_str::<Map<String, Value>>(s).ok();
    match (object(hashed), object(part)) {
        (Some(h), Some(p)) => p.keys().all(|k| !h.contains_key(k)),
        _ => false,
    }
}

/// A fresh salt: 16 random bytes, hex.
pub(super) fn salt() -> Result<String> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).map_err(|e| anyhow::anyhow!("no randomness for a salt: {e}"))?;
    Ok(hex(&b))
}

/// Details whole: the hashed object's fields, then the personal part's.
pub(super) fn merged(hashed: &str, part: &str) -> String {
    let (h, p) = (hashed.trim(), part.trim());
    match (h.strip_suffix('}'), p.strip_prefix('{')) {
        (Some(h), Some(p)) if h.trim_end() == "{" => format!("{{{p}"),
        (Some(h), Some(p)) if p.trim_start() == "}" => format!("{h}}}"),
        (Some(h), Some(p)) => format!("{h},{p}"),
        _ => hashed.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_commitment_is_the_hash_of_the_salt_bytes_then_the_part() {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        h.update([0x00, 0xff, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        h.update(br#"{"family_name":"Rossi"}"#);
        let by_hand: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        let part = r#"{"family_name":"Rossi"}"#;
        let salt = "00ff1000000000000000000000000000";
        assert_eq!(super::commitment(salt, part), Some(by_hand));
        assert_eq!(
            super::commitment("00FF1000000000000000000000000000", part),
            None
        );
        assert_eq!(super::commitment(&format!("{salt}7b"), part), None);
        assert_eq!(super::commitment("0g", part), None);
        assert_eq!(super::commitment("abc", part), None);
        assert_eq!(super::commitment("+f", part), None);
    }

    #[test]
    fn details_whole_are_the_hashed_fields_then_the_personal_ones() {
        assert!(super::well_formed(r#"{"a":1}"#, r#"{"b":2}"#));
        assert!(!super::well_formed(r#"{"a":1}"#, r#"{"a":2}"#));
        assert!(!super::well_formed(r#"{"a":1}"#, r#""b":2}"#));
        assert_eq!(
            super::merged(r#"{"a":1}"#, r#"{"b":2}"#),
            r#"{"a":1,"b":2}"#
        );
        assert_eq!(super::merged("{}", r#"{"b":2}"#), r#"{"b":2}"#);
        assert_eq!(super::merged(r#"{"a":1}"#, "{}"), r#"{"a":1}"#);
    }
}
