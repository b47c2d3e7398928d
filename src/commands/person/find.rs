//! `lpt person find` and `lpt person history`: a person found by name (issue 15), and one
//! person's history in every company, both traced as bulk reads of personal data (R10).

use anyhow::Result;
use serde::Serialize;

use super::super::{Ctx, filters};
use crate::error::Exit;
use crate::ops::{self, About, events::Read, history::Step};

#[derive(Debug, clap::Args)]
pub struct FindArgs {
    /// Words of the family and given names, in any order (quoted or not)
    #[arg(value_name = "TEXT", required = true, num_args = 1..)]
    text: Vec<String>,
    /// The most persons to list
    #[arg(long, value_name = "N", default_value_t = 20,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    limit: u32,
}

/// One person found: the columns of `person find`.
#[derive(Debug, Serialize, Default)]
struct Found {
    cf: String,
    family_name: String,
    given_name: String,
    status: &'static str,
    /// How many of the words typed the person's names matched.
    words_found: u32,
}

pub fn find(ctx: &Ctx, a: FindArgs) -> Result<Exit> {
    let text = a.text.join(" ");
    let terms = ops::find::terms(&text)?;
    let store = ctx.open()?;
    let found = ops::find::persons(&store, &terms, a.limit as usize)?;
    let about = About {
        text: Some(&text),
        ..About::default()
    };
    let filters = filters([("limit", Some(a.limit.to_string()))]);
    // Every column fits 80: no narrower default.
    ctx.traced_list_about(&store, Read::PersonFind, &[], about, filters, |out| {
        for (p, words_found) in found {
            out.push(&Found {
                status: if p.suspended() { "suspended" } else { "active" },
                cf: p.cf,
                family_name: p.family_name,
                given_name: p.given_name,
                words_found,
            })?;
        }
        Ok(())
    })?;
    Ok(Exit::Ok)
}

pub fn history(ctx: &Ctx, cf: &str) -> Result<Exit> {
    let cf = ops::person_cf(cf)?;
    let store = ctx.open()?;
    let p = ops::find_person(&store, cf.as_str())?;
    store.for_long_reads()?;
    let about = About {
        person: Some(&p.cf),
        ..About::default()
    };
    ctx.traced_list_about(
        &store,
        Read::PersonHistory,
        &[
            "recorded_on",
            "declared_on",
            "action",
            "company_cf",
            "profile",
            "actor_cf",
        ],
        about,
        serde_json::Map::new(),
        |out| ops::history::each(&store, &p.cf, |s: Step| out.push(&s)),
    )?;
    Ok(Exit::Ok)
}
