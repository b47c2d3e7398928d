//! lpt: the back office's tool for who may act for which company on the Regione Calabria
//! employment portal *Lavoro per te*.
//!
//! Data flows one way: [`cli`] parses → a command in [`commands`] calls an operation in
//! [`ops`] → the operation gathers facts from [`store`], asks [`policy`] (with [`catalog`]
//! and [`cf`]), and writes through the store's write session with its typed audit event →
//! the command renders through [`output`]. ARCHITECTURE.md is the map.

#![warn(clippy::print_stdout)]

pub mod catalog;
pub mod cf;
pub mod checkpoint;
pub mod cli;
pub mod commands;
pub mod dates;
pub mod error;
pub mod i18n;
pub mod names;
pub mod ops;
pub mod output;
pub mod policy;
pub mod questions;
pub mod search;
pub mod store;
pub mod views;

pub use error::Exit;

/// Runs one parsed command line. `clock` is the clock, read once by main.
pub fn run(cli: cli::Cli, clock: dates::Clock) -> anyhow::Result<Exit> {
    cli::dispatch(cli, clock)
}
