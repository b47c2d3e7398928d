//! The `lpt` binary: parse, run, print the error chain once, exit with the code from one table.

use std::process::ExitCode;

use lpt::{Exit, error, i18n, output};

fn main() -> ExitCode {
    // The language is chosen here, once, before clap parses: its help is in that language.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = i18n::Lang::choose(&args, |name| std::env::var(name).ok());
    i18n::set(lang);
    // `COMPLETE=bash lpt …`: the shell asks for completions; answered, the process ends here.
    lpt::cli::complete::complete_and_exit_if_asked(lang);
    let cli = lpt::cli::parse(args, lang);
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
