//! The Region's view (issue 16): `lpt inbox`, what waits for the Region, and `lpt report
//! compliance`, the managers' report. Both may be given the signed checkpoints of the audit
//! chain (R11), read here.

pub mod inbox;
pub mod report;

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::ops::inbox::Anchor;
use crate::store::Store;

/// Signed checkpoints of the audit chain, as 'audit verify' takes them.
#[derive(Debug, clap::Args)]
pub struct Checkpoints {
    /// Signed checkpoints of the audit chain (from 'audit checkpoint'): the latest the log
    /// still extends is shown with its age
    #[arg(long, value_name = "FILE", num_args = 1.., requires = "public_key")]
    checkpoint: Vec<PathBuf>,
    /// The public key the checkpoints were signed with (the .pub file of 'audit keygen')
    #[arg(long, value_name = "FILE", requires = "checkpoint")]
    public_key: Option<PathBuf>,
}

impl Checkpoints {
    /// The latest checkpoint given that the log still extends; None when none was given.
    pub fn anchor(&self, store: &Store) -> Result<Option<Anchor>> {
        let Some(key) = &self.public_key else {
            return Ok(None);
        };
        let read = |p: &PathBuf| {
            std::fs::read_to_string(p)
                .with_context(|| crate::tr!("error-cannot-read", file = p.display()))
        };
        let notes = self
            .checkpoint
            .iter()
            .map(|p| Ok((p.display().to_string(), read(p)?)))
            .collect::<Result<Vec<_>>>()?;
        crate::ops::inbox::anchor(store, &notes, &read(key)?)
    }
}
