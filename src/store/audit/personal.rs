//! The personal part of an event (R11, R16): kept beside the chain, which hashes a salted
//! commitment to it, so that erasing the part leaves every hash verifiable.

use anyhow::Result;
use sha2::{Digest, Sha256};

use super::hex;

/// The commitment to a personal part: hex SHA-256 of the salt's bytes, then the part.
/// `salt` is hex; a salt that is not hex commits to nothing (None).
pub fn commitment(salt: &str, part: &str) -> Option<String> {
    if !salt.bytes().all(|b| b.is_ascii_hexdigit()) {
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
        h.update([0x00, 0xff, 0x10]);
        h.update(br#"{"family_name":"Rossi"}"#);
        let by_hand: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        let part = r#"{"family_name":"Rossi"}"#;
        assert_eq!(super::commitment("00ff10", part), Some(by_hand));
        assert_eq!(super::commitment("0g", part), None);
        assert_eq!(super::commitment("abc", part), None);
        assert_eq!(super::commitment("+f", part), None);
    }

    #[test]
    fn details_whole_are_the_hashed_fields_then_the_personal_ones() {
        assert_eq!(
            super::merged(r#"{"a":1}"#, r#"{"b":2}"#),
            r#"{"a":1,"b":2}"#
        );
        assert_eq!(super::merged("{}", r#"{"b":2}"#), r#"{"b":2}"#);
        assert_eq!(super::merged(r#"{"a":1}"#, "{}"), r#"{"a":1}"#);
    }
}
