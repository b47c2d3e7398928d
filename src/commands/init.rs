//! `lpt init`: a new database and its first regional operator.

use anyhow::Result;

use super::Ctx;
use crate::error::Exit;
use crate::ops::{self, person::Names};
use crate::output::{note, warn};
use crate::store::Store;
use crate::store::person::NewPerson;
use crate::tr;

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
    let cf = ops::person_cf(&a.operator)?;
    let Names {
        family,
        given,
        email,
    } = Names::checked(&a.family_name, &a.given_name, a.email.as_deref())?;
    let at = ctx.location()?;
    let store = Store::create(&at)?;
    // The first operator acts on their own authority: there is nobody else yet.
    let s = store.begin(Some(cf.as_str()), &ctx.clock.get())?;
    let today = ctx.today().to_string();
    ops::person::first_operator(
        &s,
        &NewPerson {
            cf: cf.as_str(),
            family_name: &family,
            given_name: &given,
            email: email.as_deref(),
            via: "spid",
            first_access_on: &today,
        },
    )?;
    // R10: the login that creates the database enters the first operator's changes.
    ops::login::bind_first(&s, cf.as_str())?;
    s.commit()?;
    if let Some(w) = crate::cf::name_mismatch(&cf, &family, &given) {
        warn(w);
    }
    note(tr!(
        "note-initialised",
        path = at.shown(),
        given = given,
        family = family,
        cf = cf,
        login = store.login().name
    ));
    Ok(Exit::Ok)
}
