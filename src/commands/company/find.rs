//! `lpt company find`: a company found by words of its name and registered office (issue
//! 15), traced as a bulk read (R10).

use anyhow::Result;
use serde::Serialize;

use super::super::{Ctx, filters};
use crate::error::Exit;
use crate::ops::{self, About, events::Read};

#[derive(Debug, clap::Args)]
pub struct FindArgs {
    /// Words of the name and of the registered office, in any order (quoted or not)
    #[arg(value_name = "TEXT", required = true, num_args = 1..)]
    text: Vec<String>,
    /// The most companies to list
    #[arg(long, value_name = "N", default_value_t = 20,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    limit: u32,
}

/// One company found: the columns of `company find`.
#[derive(Debug, Serialize, Default)]
struct Found {
    cf: String,
    name: String,
    office: String,
    status: String,
    /// How many of the words typed the name and office matched.
    words_found: u32,
}

pub fn find(ctx: &Ctx, a: FindArgs) -> Result<Exit> {
    let text = a.text.join(" ");
    let terms = ops::find::terms(&text)?;
    let store = ctx.open()?;
    let found = ops::find::companies(&store, &terms, a.limit as usize)?;
    let about = About {
        text: Some(&text),
        ..About::default()
    };
    let filters = filters([("limit", Some(a.limit.to_string()))]);
    let narrow = ["cf", "name", "office", "status"];
    ctx.traced_list_about(&store, Read::CompanyFind, &narrow, about, filters, |out| {
        for (c, words_found) in found {
            out.push(&Found {
                cf: c.cf,
                name: c.name,
                office: c.office,
                status: c.status,
                words_found,
            })?;
        }
        Ok(())
    })?;
    Ok(Exit::Ok)
}
