//! lpt: the back office's tool for who may act for which company on the
//! Regione Calabria employment portal *Lavoro per te*.
//!
//! Data flows one way: [`cli`] parses → a command in [`commands`] gathers facts
//! from [`store`] → [`policy`], [`catalog`] and [`cf`] decide → the command
//! writes through [`store`] in one transaction with its audit event →
//! [`output`] renders.

#![warn(clippy::print_stdout)]

pub mod catalog;
pub mod cf;
pub mod cli;
pub mod commands;
pub mod error;
pub mod generate;
pub mod output;
pub mod policy;
pub mod store;

pub use error::Exit;

/// Runs one parsed command line. `today` and `now` are the clock, read once by main.
pub fn run(
    cli: cli::Cli,
    today: chrono::NaiveDate,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<Exit> {
    commands::dispatch(cli, today, now)
}
