//! Reads on a read-only standby (issue 14): a list, an export or a report works there, but a
//! read that R10 records (a bulk read of personal data) must be recorded somewhere, and a
//! standby can record nothing. Its trace goes to the primary named by `LPT_PRIMARY`, which
//! must hold the same registry; without one, such a read is refused before anything is read.

use anyhow::{Result, bail};

use super::Ctx;
use crate::store::{Location, Store, audit};
use crate::tr;

impl Ctx {
    /// The database that records the traces of reads made on `store`: `store` itself, or on
    /// a standby the primary of `LPT_PRIMARY` (opened once). Call it before reading.
    pub fn recorder<'s>(&'s self, store: &'s Store) -> Result<&'s Store> {
        if !store.is_standby()? {
            return Ok(store);
        }
        if self.primary.get().is_none() {
            let _ = self.primary.set(primary_of(store)?);
        }
        match self.primary.get() {
            Some(p) => Ok(p),
            None => unreachable!("set above"),
        }
    }
}

/// Opens `LPT_PRIMARY` and checks it is a writable server holding the same registry.
fn primary_of(standby: &Store) -> Result<Store> {
    let Some(url) = std::env::var_os("LPT_PRIMARY").filter(|u| !u.is_empty()) else {
        bail!(tr!("standby-no-primary"));
    };
    let at = Location::parse(&url);
    if !matches!(at, Location::Server(_)) {
        bail!(tr!("standby-primary-not-server"));
    }
    let primary = Store::open(&at)?;
    if primary.is_standby()? {
        bail!(tr!("standby-primary-is-standby", url = at.shown()));
    }
    if audit::database_id(&primary)? != audit::database_id(standby)? {
        bail!(tr!("standby-primary-other", url = at.shown()));
    }
    Ok(primary)
}
