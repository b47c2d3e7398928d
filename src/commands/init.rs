//! `lpt init`: a new database and its first regional operator.

use anyhow::Result;
use serde_json::json;

use super::{Ctx, person_cf, text};
use crate::error::Exit;
use crate::output::{note, warn};
use crate::store::{self, audit, person};

/// Create a new database and its first regional operator (also registered as a person)
///
/// Refuses an already initialised database. The new file is readable by its owner only.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  lpt --db ./lpt.db init --operator RSSMRA80A01H501U --family-name Rossi --given-name Mario"
)]
pub struct Args {
    /// Fiscal code of the first regional operator
    #[arg(long, value_name = "CF")]
    operator: String,
    /// Family name (cognome)
    #[arg(long, value_name = "S")]
    family_name: String,
    /// Given name (nome)
    #[arg(long, value_name = "N")]
    given_name: String,
    /// E-mail address
    #[arg(long, value_name = "E")]
    email: Option<String>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<Exit> {
    let cf = person_cf(&a.operator)?;
    let family = text("--family-name", &a.family_name)?;
    let given = text("--given-name", &a.given_name)?;
    let email = a.email.as_deref().map(|e| text("--email", e)).transpose()?;
    let path = ctx.path()?;
    let mut conn = store::create(&path)?;
    let tx = store::write(&mut conn)?;
    let today = ctx.day(None);
    let id = person::insert(
        &tx,
        &person::NewPerson {
            cf: cf.as_str(),
            family_name: &family,
            given_name: &given,
            email: email.as_deref(),
            via: "spid",
            first_access_on: &today,
        },
        &ctx.now,
    )?;
    person::add_operator(&tx, id, None, &ctx.now)?;
    audit::append(
        &tx,
        &ctx.now,
        Some(cf.as_str()),
        audit::Event {
            action: "init",
            company_cf: None,
            person_cf: Some(cf.as_str()),
            details: json!({
                "schema_version": store::SCHEMA_VERSION,
                "family_name": family,
                "given_name": given,
            }),
        },
    )?;
    ctx.commit(tx)?;
    if let Some(w) = crate::cf::name_mismatch(&cf, &family, &given) {
        warn(w);
    }
    note(format!(
        "initialised {}; first regional operator: {given} {family} ({cf})",
        path.display()
    ));
    Ok(Exit::Ok)
}
