//! `lpt catalog`: the company types and profiles in force.

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::error::Exit;
use crate::output::Format;
use crate::store::catalog;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// List the company types, their legal references and register-entry requirement
    #[command(after_help = "Example:\n  lpt catalog types --format csv")]
    Types,
    /// List the profiles, the levels they allow and the company types eligible for them
    #[command(after_help = "Example:\n  lpt catalog profiles")]
    Profiles,
}

#[derive(Debug, Serialize, Default)]
struct ProfileRow {
    code: String,
    label: String,
    group_level: bool,
    unit_level: bool,
    needs_regional_approval: bool,
    eligible_types: Vec<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    let catalog = catalog::load(&ctx.open()?)?;
    match cmd {
        Cmd::Types => ctx
            .out
            .list(&catalog.types, &["code", "label", "register_required"])?,
        Cmd::Profiles => {
            let all = catalog.types.len();
            let rows: Vec<ProfileRow> = catalog
                .profiles
                .iter()
                .map(|p| ProfileRow {
                    code: p.code.clone(),
                    label: p.label.clone(),
                    group_level: p.group_level,
                    unit_level: p.unit_level,
                    needs_regional_approval: p.needs_regional_approval,
                    eligible_types: if ctx.out.format == Format::Table
                        && p.eligible_types.len() == all
                    {
                        vec!["(all)".into()]
                    } else {
                        p.eligible_types.clone()
                    },
                })
                .collect();
            ctx.out
                .list(&rows, &["code", "label", "group_level", "unit_level"])?
        }
    }
    Ok(Exit::Ok)
}
