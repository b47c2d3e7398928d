//! The `lpt` binary: parse, run, print the error chain once, exit with the code from one table.

use std::process::ExitCode;

use clap::Parser;
use lpt::{Exit, error, output};

fn main() -> ExitCode {
    let cli = lpt::cli::Cli::parse();
    // The clock is read here, once: everything below takes it as an input.
    let clock = match lpt::dates::Clock::read() {
        Ok(c) => c,
        Err(err) => {
            output::error(format!("{err:#}"));
            return Exit::Usage.into();
        }
    };
    match lpt::run(cli, clock) {
        Ok(code) => code.into(),
        Err(err) if error::is_broken_pipe(&err) => Exit::Ok.into(),
        Err(err) => {
            output::error(format!("{err:#}"));
            error::exit_for(&err).into()
        }
    }
}
