//! A registry row's fault: the column it lies in (when one) and why, as the import reports it.

/// A row's fault: the column it lies in (if one) and why.
pub struct Fault(pub Option<&'static str>, pub String);

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(c) => f.write_str(&crate::tr!("fault-column", column = c, reason = self.1)),
            None => f.write_str(&self.1),
        }
    }
}

pub fn fault<T>(col: &'static str, msg: impl Into<String>) -> Result<T, Fault> {
    Err(Fault(Some(col), msg.into()))
}

impl From<anyhow::Error> for Fault {
    fn from(e: anyhow::Error) -> Fault {
        Fault(None, format!("{e:#}"))
    }
}
