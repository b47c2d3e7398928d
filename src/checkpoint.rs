//! Signed checkpoints of the audit chain (R11): what anchors the chain outside the database.
//!
//! A checkpoint is a C2SP *signed note* whose body is a *tlog-checkpoint*: an origin line
//! naming this log (the database's identifier), the number of events, and the head hash
//! (base64), then a blank line and one Ed25519 signature line. Keys are C2SP note keys:
//! the public key `NAME+KEYID+BASE64(0x01 ‖ key)` and the secret key
//! `PRIVATE+KEY+NAME+KEYID+BASE64(0x01 ‖ seed)`, where KEYID is the first four bytes of
//! SHA-256(NAME ‖ "\n" ‖ 0x01 ‖ public key), in hex. Keys never enter the database.
//!
//! Ed25519 through `ed25519-dalek` (the RustCrypto/dalek implementation: audited, constant
//! time, the one `age`'s Rust port and the C2SP Go tools' peers use), base64 through the
//! `base64` crate.

use crate::tr;
use anyhow::{Context, Result, anyhow, bail};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};

/// The algorithm byte of an Ed25519 note key.
const ED25519: u8 = 0x01;

/// The origin line of the log of the database with this identifier.
pub fn origin(database_id: &str) -> String {
    format!("lpt/{database_id}")
}

fn key_id(name: &str, public: &VerifyingKey) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update([ED25519]);
    h.update(public.as_bytes());
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

fn check_name(name: &str) -> Result<()> {
    if name.is_empty()
        || name
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '+')
    {
        bail!(tr!("key-bad-name", name = name));
    }
    Ok(())
}

/// A secret key and its name.
pub struct SecretKey {
    pub name: String,
    key: SigningKey,
}

/// A public key and its name.
pub struct PublicKey {
    pub name: String,
    key: VerifyingKey,
}

impl SecretKey {
    /// A new key from the operating system's random source.
    pub fn generate(name: &str) -> Result<SecretKey> {
        check_name(name)?;
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| anyhow!(tr!("key-no-randomness", e = e)))?;
        Ok(SecretKey {
            name: name.to_string(),
            key: SigningKey::from_bytes(&seed),
        })
    }

    pub fn public(&self) -> PublicKey {
        PublicKey {
            name: self.name.clone(),
            key: self.key.verifying_key(),
        }
    }

    /// The key file's text.
    pub fn encode(&self) -> String {
        let id = key_id(&self.name, &self.key.verifying_key());
        let mut bytes = vec![ED25519];
        bytes.extend_from_slice(self.key.as_bytes());
        format!(
            "PRIVATE+KEY+{}+{}+{}\n",
            self.name,
            hex(&id),
            B64.encode(bytes)
        )
    }

    pub fn decode(text: &str) -> Result<SecretKey> {
        let rest = text
            .trim()
            .strip_prefix("PRIVATE+KEY+")
            .ok_or_else(|| anyhow!(tr!("key-not-secret")))?;
        let (name, id, key) = split_key(rest)?;
        let seed: [u8; 32] = key
            .try_into()
            .map_err(|_| anyhow!(tr!("key-secret-length")))?;
        let key = SigningKey::from_bytes(&seed);
        if hex(&key_id(name, &key.verifying_key())) != id {
            bail!(tr!("key-secret-id"));
        }
        Ok(SecretKey {
            name: name.to_string(),
            key,
        })
    }
}

impl PublicKey {
    /// The public key file's text.
    pub fn encode(&self) -> String {
        let mut bytes = vec![ED25519];
        bytes.extend_from_slice(self.key.as_bytes());
        format!(
            "{}+{}+{}\n",
            self.name,
            hex(&key_id(&self.name, &self.key)),
            B64.encode(bytes)
        )
    }

    pub fn decode(text: &str) -> Result<PublicKey> {
        let text = text.trim();
        if text.starts_with("PRIVATE+") {
            bail!(tr!("key-is-secret"));
        }
        let (name, id, key) = split_key(text)?;
        let bytes: [u8; 32] = key
            .try_into()
            .map_err(|_| anyhow!(tr!("key-public-length")))?;
        let key = VerifyingKey::from_bytes(&bytes).context("not an Ed25519 public key")?;
        if hex(&key_id(name, &key)) != id {
            bail!(tr!("key-public-id"));
        }
        Ok(PublicKey {
            name: name.to_string(),
            key,
        })
    }
}

/// `NAME+KEYID+BASE64`: the name, the hex key id, and the key's bytes after the algorithm.
fn split_key(text: &str) -> Result<(&str, &str, Vec<u8>)> {
    let mut parts = text.splitn(3, '+');
    let (Some(name), Some(id), Some(b64)) = (parts.next(), parts.next(), parts.next()) else {
        bail!(tr!("key-not-key"));
    };
    check_name(name)?;
    let bytes = B64.decode(b64).map_err(|_| anyhow!(tr!("key-base64")))?;
    match bytes.split_first() {
        Some((&ED25519, key)) => Ok((name, id, key.to_vec())),
        _ => bail!(tr!("key-not-ed25519")),
    }
}

/// What a checkpoint says: this log, its number of events, the head hash (hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub head: String,
}

impl Checkpoint {
    fn body(&self) -> Result<String> {
        let head = unhex(&self.head).ok_or_else(|| anyhow!(tr!("checkpoint-head-hash")))?;
        Ok(format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            B64.encode(head)
        ))
    }

    /// The signed note: the body, a blank line, the signature line.
    pub fn sign(&self, key: &SecretKey) -> Result<String> {
        let body = self.body()?;
        let sig = key.key.sign(body.as_bytes());
        let mut bytes = key_id(&key.name, &key.key.verifying_key()).to_vec();
        bytes.extend_from_slice(&sig.to_bytes());
        Ok(format!(
            "{body}\n\u{2014} {} {}\n",
            key.name,
            B64.encode(bytes)
        ))
    }

    /// Reads a signed checkpoint and checks its signature by `key`; a note that does not
    /// parse, is not signed by that key, or whose signature fails is refused with why.
    pub fn open(text: &str, key: &PublicKey) -> Result<Checkpoint> {
        let (body, sigs) = text
            .split_once("\n\n")
            .ok_or_else(|| anyhow!(tr!("checkpoint-not-signed")))?;
        let body = format!("{body}\n");
        let id = key_id(&key.name, &key.key);
        let mut signed = false;
        for line in sigs.lines().filter(|l| !l.is_empty()) {
            let rest = line
                .strip_prefix("\u{2014} ")
                .ok_or_else(|| anyhow!("not a signature line: {line:?}"))?;
            let (name, b64) = rest
                .split_once(' ')
                .ok_or_else(|| anyhow!("not a signature line: {line:?}"))?;
            let bytes = B64
                .decode(b64)
                .map_err(|_| anyhow!(tr!("checkpoint-signature-base64")))?;
            if name != key.name || bytes.len() != 68 || bytes[..4] != id {
                continue;
            }
            let sig = Signature::from_slice(&bytes[4..]).context("not an Ed25519 signature")?;
            key.key
                .verify(body.as_bytes(), &sig)
                .map_err(|_| anyhow!(tr!("checkpoint-bad-signature")))?;
            signed = true;
        }
        if !signed {
            bail!(tr!("checkpoint-other-key", key = key.name));
        }
        let mut lines = body.lines();
        let (Some(origin), Some(size), Some(head), None) =
            (lines.next(), lines.next(), lines.next(), lines.next())
        else {
            bail!(tr!("checkpoint-not-lpt"));
        };
        let size: u64 = size
            .parse()
            .map_err(|_| anyhow!("the size {size:?} is not a number"))?;
        let head = B64
            .decode(head)
            .ok()
            .filter(|h| h.len() == 32)
            .ok_or_else(|| anyhow!(tr!("checkpoint-head-base64")))?;
        Ok(Checkpoint {
            origin: origin.to_string(),
            size,
            head: hex(&head),
        })
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() != 64 {
        return None;
    }
    (0..32)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checkpoint_signs_and_opens_and_any_change_breaks_it() {
        let key = SecretKey::generate("lpt-test").unwrap();
        let public = PublicKey::decode(&key.public().encode()).unwrap();
        let again = SecretKey::decode(&key.encode()).unwrap();
        assert_eq!(again.public().encode(), key.public().encode());
        let c = Checkpoint {
            origin: origin("abc"),
            size: 42,
            head: "ab".repeat(32),
        };
        let note = c.sign(&key).unwrap();
        assert!(note.starts_with("lpt/abc\n42\n"), "{note}");
        assert_eq!(Checkpoint::open(&note, &public).unwrap(), c);
        let forged = note.replace("\n42\n", "\n43\n");
        assert!(Checkpoint::open(&forged, &public).is_err());
        let other = SecretKey::generate("lpt-test").unwrap().public();
        assert!(Checkpoint::open(&note, &other).is_err());
    }
}
