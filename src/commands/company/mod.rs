//! `lpt company`: registration (R2), regional verification (R3), data upkeep (R4).

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::error::Exit;
use crate::ops::{self, events::Read};
use crate::output::note;
use crate::questions::Question;
use crate::store::catalog;
use crate::store::company::{self as cstore};

mod find;
mod record;
mod register;

use crate::tr;
use record::{show, update};
use register::register;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Register a company (R2): it starts pending until a regional operator verifies it
    ///
    /// The acting person (--as) is the legal representative or the delegate who asks to
    /// become the first administrator. On a terminal, missing fields are asked for; off a
    /// terminal they are a usage error. The company's fiscal code can never be changed later.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U company register 01234560017 --name 'ACME Srl' \\\n      --office 'Via Roma 1, Catanzaro' --email info@acme.it --legal-rep RSSMRA80A01H501U \\\n      --type DATORE_PRIVATO --type CONSULENTE_LAVORO \\\n      --register 'CONSULENTE_LAVORO=Albo consulenti CZ:1234:2010-05-04'"
    )]
    Register(RegisterArgs),
    /// Approve a pending company (regional operators): its requester becomes the first administrator
    ///
    /// The legal representative, if a registered and active person, receives the grant
    /// LEGALE_RAPPRESENTANTE: their right to nominate administrators (§4.1) is a grant like
    /// any other (R14), revoked when their relationship ends, on suspension, or when the
    /// Region approves another legal representative.
    #[command(after_help = "Example:\n  lpt --as RSSMRA80A01H501U company approve 01234560017")]
    Approve {
        /// The company's fiscal code
        cf: String,
    },
    /// Reject a pending company (regional operators), with the reason
    ///
    /// On a terminal it asks first (default No); --yes skips the question.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U company reject 01234560017 --reason 'register entry not found'"
    )]
    Reject {
        /// The company's fiscal code
        cf: String,
        /// Why (kept with the company)
        #[arg(long, value_name = "R")]
        reason: String,
    },
    /// Approve a company's pending change (regional operators): types added, a new legal representative
    ///
    /// The types are added (checked again for compatibility); a new legal representative
    /// replaces the old one in the record, the old one's grant LEGALE_RAPPRESENTANTE is
    /// revoked and the new one receives it (R4, R14).
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U company approve-change 01234560017"
    )]
    ApproveChange {
        /// The company's fiscal code
        cf: String,
    },
    /// Reject a company's pending change (regional operators), with the reason
    ///
    /// On a terminal it asks first (default No); --yes skips the question.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U company reject-change 01234560017 --reason 'register entry not found'"
    )]
    RejectChange {
        /// The company's fiscal code
        cf: String,
        /// Why (kept with the request)
        #[arg(long, value_name = "R")]
        reason: String,
    },
    /// Show a company: data, types, units, administrators, pending change, status history
    #[command(after_help = "Example:\n  lpt company show 01234560017 --format json")]
    Show {
        /// The company's fiscal code
        cf: String,
    },
    /// Find companies by words of their name and registered office, in any order
    ///
    /// "la ditta Rossi di Cosenza" finds Rossi Srl, Via Roma 1, Cosenza. Capitals and
    /// accents do not matter; a word typed matches a whole word or, from two characters on,
    /// the start of one (`cos` finds Cosenza). Ranking: first the companies that match more
    /// of the words typed (words_found); among those, more of them as whole words; then more
    /// of them in the name rather than the office; then by name and code. A company that
    /// matches only some of the words is listed too, after those that match more, so words
    /// such as "la" or "ditta" need not appear in it. Traced as a bulk read (R10).
    #[command(after_help = "Examples:
  lpt company find rossi cosenza
  lpt company find 'la ditta Rossi di Cosenza' --limit 5")]
    Find(find::FindArgs),
    /// List companies
    #[command(after_help = "Example:\n  lpt company list --status pending")]
    List {
        /// Only companies with this status
        #[arg(long, value_name = "S", value_parser = ["pending", "approved", "rejected"])]
        status: Option<String>,
    },
    /// Change a company's data (R4): legal representative or group-level administrators
    ///
    /// Every field can change except the company's fiscal code, which is fixed at
    /// registration (conditions §7): there is no way to change it. Name, office and contacts
    /// change at once. Giving --type replaces the whole set of types, re-checked for
    /// compatibility and register entries (dated no later than today): a type removed goes at
    /// once (grants it no longer allows are listed by db check and audit review until
    /// revoked), while a type added, and a different legal representative, confer rights and
    /// are requests that a regional operator approves (company approve-change) or rejects,
    /// as at registration (§5.1). One request at a time; company show shows it.
    #[command(
        after_help = "Examples:\n  lpt --as RSSMRA80A01H501U company update 01234560017 --pec acme@pec.it --phone '0961 000000'\n  lpt --as RSSMRA80A01H501U company update 01234560017 --legal-rep VRDLGU85M41F205T   # a request"
    )]
    Update(UpdateArgs),
}

#[derive(Debug, clap::Args)]
pub struct RegisterArgs {
    /// The company's fiscal code: 11 digits, or a sole trader's 16-character code
    cf: Option<String>,
    /// Name (denominazione)
    #[arg(long, value_name = "N")]
    name: Option<String>,
    /// Registered office (sede legale)
    #[arg(long, value_name = "ADDR")]
    office: Option<String>,
    /// E-mail address
    #[arg(long, value_name = "E")]
    email: Option<String>,
    /// Certified e-mail (PEC)
    #[arg(long, value_name = "P")]
    pec: Option<String>,
    /// Phone number
    #[arg(long, value_name = "T")]
    phone: Option<String>,
    #[command(flatten)]
    legal_rep: LegalRepArgs,
    /// A company type (repeat for several); see 'lpt catalog types'
    #[arg(long = "type", value_name = "CODE")]
    types: Vec<String>,
    /// The register entry for a type that needs one: CODE=NAME:NUMBER:DATE
    #[arg(long, value_name = "CODE=NAME:NUMBER:DATE")]
    register: Vec<String>,
    /// Name of the first unit
    #[arg(long, value_name = "NAME", default_value = "Sede legale")]
    unit: String,
}

#[derive(Debug, clap::Args)]
pub struct LegalRepArgs {
    /// The legal representative's fiscal code
    #[arg(long, value_name = "CF")]
    legal_rep: Option<String>,
    /// The legal representative's family name, when they are not a registered person
    #[arg(long, value_name = "S")]
    legal_rep_family_name: Option<String>,
    /// The legal representative's given name, when they are not a registered person
    #[arg(long, value_name = "N")]
    legal_rep_given_name: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// The company's fiscal code (cannot be changed)
    cf: String,
    #[arg(long, value_name = "N")]
    /// New name
    name: Option<String>,
    /// New registered office
    #[arg(long, value_name = "ADDR")]
    office: Option<String>,
    /// New e-mail address
    #[arg(long, value_name = "E")]
    email: Option<String>,
    /// New PEC ('' to clear)
    #[arg(long, value_name = "P")]
    pec: Option<String>,
    /// New phone ('' to clear)
    #[arg(long, value_name = "T")]
    phone: Option<String>,
    #[command(flatten)]
    legal_rep: LegalRepArgs,
    /// Replace the company types (repeat for several)
    #[arg(long = "type", value_name = "CODE")]
    types: Vec<String>,
    /// Register entries for the new types: CODE=NAME:NUMBER:DATE
    #[arg(long, value_name = "CODE=NAME:NUMBER:DATE")]
    register: Vec<String>,
    /// Refused: the company fiscal code is fixed at registration (§7)
    #[arg(long = "cf", value_name = "CF", hide = true)]
    new_cf: Option<String>,
}

#[derive(Debug, Serialize, Default)]
struct ListRow {
    cf: String,
    name: String,
    status: String,
    types: Vec<String>,
    registered_at: String,
}

/// The columns of `company list` in a table by default.
const NARROW: &[&str] = &["cf", "name", "status", "types"];

/// Who holds the legal representative's grant after a decision of the Region, or why nobody.
fn legal_rep_note(rep: &Result<crate::store::person::Person, String>) {
    match rep {
        Ok(p) => note(tr!(
            "note-legal-rep-holds",
            person = p.label(),
            profile = crate::catalog::LEGAL_REP
        )),
        Err(why) => note(tr!("note-warning", text = why)),
    }
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Register(a) => register(ctx, a),
        Cmd::Find(a) => find::find(ctx, a),
        Cmd::Approve { cf } => {
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let catalog = catalog::load(&s)?;
            let a = ops::company::approve(&s, &catalog, &cf)?;
            s.commit()?;
            note(tr!(
                "note-company-approved",
                company = a.company.label(),
                admin = a.first_administrator.label()
            ));
            legal_rep_note(&a.legal_rep);
            Ok(Exit::Ok)
        }
        Cmd::ApproveChange { cf } => {
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let catalog = catalog::load(&s)?;
            let (c, fields, rep) = ops::company::approve_change(&s, &catalog, &cf)?;
            s.commit()?;
            note(tr!(
                "note-change-approved",
                company = c.label(),
                fields = if fields.is_empty() {
                    tr!("note-nothing-differed")
                } else {
                    fields.join(", ")
                }
            ));
            if let Some(rep) = &rep {
                legal_rep_note(rep);
            }
            Ok(Exit::Ok)
        }
        Cmd::RejectChange { cf, reason } => {
            let reason = ops::text("--reason", &reason)?;
            let store = ctx.open()?;
            let Some(c) = ctx.confirmed(&store, |s| {
                let c = ops::company::reject_change(s, &cf, &reason)?;
                let asked = Question::RejectChange {
                    company: &c.label(),
                }
                .into();
                Ok((c, Some(asked)))
            })?
            else {
                return Ok(Exit::Failure);
            };
            note(tr!("note-change-rejected", company = c.label()));
            Ok(Exit::Ok)
        }
        Cmd::Reject { cf, reason } => {
            let reason = ops::text("--reason", &reason)?;
            let store = ctx.open()?;
            let Some(c) = ctx.confirmed(&store, |s| {
                let c = ops::company::reject(s, &cf, &reason)?;
                let asked = Question::Reject {
                    company: &c.label(),
                }
                .into();
                Ok((c, Some(asked)))
            })?
            else {
                return Ok(Exit::Failure);
            };
            note(tr!("note-company-rejected", company = c.label()));
            Ok(Exit::Ok)
        }
        Cmd::Show { cf } => show(ctx, &cf),
        Cmd::List { status } => {
            let store = ctx.open()?;
            let filters = super::filters([("status", status.clone())]);
            ctx.traced_list(&store, Read::CompanyList, NARROW, None, filters, |out| {
                for c in cstore::list(&store, status.as_deref())? {
                    out.push(&ListRow {
                        types: cstore::types(&store, c.id)?
                            .into_iter()
                            .map(|t| t.code)
                            .collect(),
                        cf: c.cf,
                        name: c.name,
                        status: c.status,
                        registered_at: c.registered_at,
                    })?;
                }
                Ok(())
            })?;
            Ok(Exit::Ok)
        }
        Cmd::Update(a) => update(ctx, a),
    }
}
