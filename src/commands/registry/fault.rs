//! A registry row's fault: the column it lies in (when one) and why, as the import reports it.

/// A row's fault: the column it lies in (if one), why, and whether it is the database's
/// failure rather than the row's (then the import stops at once: on a server the
/// transaction is lost with it, and the row may not be the one to blame, since inserts are
/// sent a batch at a time).
pub struct Fault(pub Option<&'static str>, pub String, pub bool);

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(c) => f.write_str(&crate::tr!("fault-column", column = c, reason = self.1)),
            None => f.write_str(&self.1),
        }
    }
}

pub fn fault<T>(col: &'static str, msg: impl Into<String>) -> Result<T, Fault> {
    Err(Fault(Some(col), msg.into(), false))
}

impl From<anyhow::Error> for Fault {
    fn from(e: anyhow::Error) -> Fault {
        let database = e
            .chain()
            .any(|c| c.downcast_ref::<crate::store::db::Error>().is_some());
        Fault(None, format!("{e:#}"), database)
    }
}
