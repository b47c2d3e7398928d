//! `lpt audit keygen`, `audit checkpoint` and `audit verify`: the chain checked against
//! itself, and against signed checkpoints kept outside the database (R11).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};

use crate::checkpoint::{self, Checkpoint, PublicKey, SecretKey};
use crate::commands::Ctx;
use crate::error::Exit;
use crate::output::note;
use crate::store::{Store, audit, create_private_file};
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// Signed checkpoints the log must still extend (each one file)
    #[arg(long, value_name = "FILE", num_args = 1.., requires = "public_key")]
    checkpoint: Vec<PathBuf>,
    /// The public key the checkpoints were signed with (the .pub file of 'audit keygen')
    #[arg(long, value_name = "FILE", requires = "checkpoint")]
    public_key: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct KeygenArgs {
    /// The secret key's file (new); the public key goes to FILE.pub
    #[arg(long, value_name = "FILE")]
    key: PathBuf,
    /// The key's name, written in each signature line
    #[arg(long, value_name = "NAME", default_value = "lpt-audit")]
    name: String,
}

#[derive(Debug, clap::Args)]
pub struct CheckpointArgs {
    /// The secret key (from 'audit keygen')
    #[arg(long, value_name = "FILE")]
    key: PathBuf,
    /// Write to a new file (with the database's mode) instead of stdout
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn read(path: &Path, what: &str) -> Result<String> {
    std::fs::read_to_string(path)
        .with_context(|| tr!("error-cannot-read-what", what = what, path = path.display()))
}

fn write_new(path: &Path, text: &str) -> Result<()> {
    create_private_file(path)?;
    std::fs::write(path, text)
        .with_context(|| tr!("error-cannot-write-file", path = path.display()))
}

pub fn keygen(a: KeygenArgs) -> Result<Exit> {
    let public = PathBuf::from(format!("{}.pub", a.key.display()));
    for p in [&a.key, &public] {
        if p.exists() {
            bail!(tr!("error-key-exists", path = p.display()));
        }
    }
    let key = SecretKey::generate(&a.name)?;
    write_new(&a.key, &key.encode())?;
    write_new(&public, &key.public().encode())?;
    note(tr!(
        "note-keygen",
        key = a.key.display(),
        public = public.display()
    ));
    Ok(Exit::Ok)
}

/// The checkpoint of the chain as it stands, once the chain has verified.
fn current(store: &Store) -> Result<Checkpoint> {
    if let (_, Some(problem)) = audit::verify(store)? {
        bail!(tr!("error-chain-broken-no-checkpoint", problem = problem));
    }
    let (size, head) = audit::recorded_head(store)?;
    Ok(Checkpoint {
        origin: checkpoint::origin(&audit::database_id(store)?),
        size: size.unsigned_abs(),
        head,
    })
}

pub fn checkpoint(ctx: &Ctx, a: CheckpointArgs) -> Result<Exit> {
    let key = SecretKey::decode(&read(&a.key, &tr!("what-secret-key"))?)
        .with_context(|| tr!("error-key-unusable", path = a.key.display()))?;
    let store = ctx.open()?;
    let note_text = current(&store)?.sign(&key)?;
    // A new file, with the database's own mode and group (R10); never an existing one.
    if let Some(p) = &a.output {
        store.create_beside(p)?;
    }
    let mut out = crate::output::sink(a.output.as_deref())?;
    out.write_all(note_text.as_bytes())?;
    out.flush()?;
    Ok(Exit::Ok)
}

pub fn verify(ctx: &Ctx, a: VerifyArgs) -> Result<Exit> {
    let store = ctx.open()?;
    let n = match audit::verify(&store)? {
        (n, None) => n,
        (_, Some(problem)) => bail!(tr!("error-chain-broken", problem = problem)),
    };
    let Some(key_file) = &a.public_key else {
        note(tr!("note-chain-intact", n = n));
        return Ok(Exit::Ok);
    };
    let key = PublicKey::decode(&read(key_file, &tr!("what-public-key"))?)
        .with_context(|| tr!("error-key-unusable-public", path = key_file.display()))?;
    let origin = checkpoint::origin(&audit::database_id(&store)?);
    let mut opened = Vec::new();
    for file in &a.checkpoint {
        let c = Checkpoint::open(&read(file, &tr!("what-checkpoint"))?, &key)
            .map_err(|e| anyhow!(tr!("error-checkpoint", file = file.display(), e = e)))?;
        if c.origin != origin {
            bail!(tr!(
                "error-checkpoint-other-db",
                file = file.display(),
                other = c.origin,
                origin = origin
            ));
        }
        opened.push((file, c));
    }
    opened.sort_by_key(|(_, c)| c.size);
    let mut holds = 0u64;
    for (file, c) in &opened {
        if c.size > n {
            bail!(tr!(
                "error-checkpoint-shorter",
                file = file.display(),
                size = c.size,
                n = n
            ));
        }
        let id = i64::try_from(c.size).map_err(|_| anyhow!(tr!("error-checkpoint-size")))?;
        let hash = match id {
            0 => Some(audit::GENESIS.to_string()),
            _ => audit::hash_of(&store, id)?,
        };
        if hash.as_deref() != Some(c.head.as_str()) {
            bail!(tr!(
                "error-checkpoint-diverged",
                file = file.display(),
                from = holds + 1,
                to = c.size,
                size = c.size
            ));
        }
        holds = c.size;
    }
    note(tr!(
        "note-chain-checkpoints",
        n = n,
        count = opened.len(),
        signer = key.name,
        holds = holds
    ));
    Ok(Exit::Ok)
}
