//! Exit codes and the typed errors that carry them (DOMAIN.md: 0/1/2/3).

use std::fmt;
use std::process::ExitCode;

/// Every exit status `lpt` uses, in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success.
    Ok = 0,
    /// Refused or failed: the message says why. Also a confirmation declined on a
    /// terminal: nothing changed, and the command did not do what it was asked.
    Failure = 1,
    /// Usage error: a bad flag, a missing argument.
    Usage = 2,
    /// `--exit-code` was given and the audit found something.
    Found = 3,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e as u8)
    }
}

/// A usage error found after parsing (for example a field missing off a terminal): exit 2.
#[derive(Debug)]
pub struct Usage(pub String);

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// The exit status for an error chain: usage errors exit 2, everything else 1.
pub fn exit_for(err: &anyhow::Error) -> Exit {
    if err.chain().any(|e| e.is::<Usage>()) {
        Exit::Usage
    } else {
        Exit::Failure
    }
}

/// True when the error is a closed pipe on stdout (`lpt … | head`): not an error.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<csv::Error>().is_some_and(|c| {
                matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}
