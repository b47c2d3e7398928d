//! `lpt person`: register, show, list, suspend, reinstate and correct persons (R1, R9, R10,
//! R15), and legacy accounts (R13).

mod find;
pub mod legacy;

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use super::Ctx;
use crate::dates::parse_date;
use crate::error::Exit;
use crate::ops::{self, events::Read, person::Names};
use crate::output::{note, warn};
use crate::questions::Question;
use crate::store::{grant, person};
use crate::tr;
use crate::views::PersonView;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Register a person who has accessed the portal as a citizen
    ///
    /// A person registers themselves (--as their own code); a regional operator may
    /// register anyone. Provisional and company codes are refused: a person's identity is
    /// their definitive 16-character code. A name that does not match the code's letters
    /// is a warning, never a refusal.
    #[command(
        after_help = "Example:\n  lpt --as VRDLGU85M41F205T person register VRDLGU85M41F205T --family-name Verdi --given-name Luigia --via cie"
    )]
    Register(RegisterArgs),
    /// Show one person: identity, status and live grants
    #[command(after_help = "Example:\n  lpt person show RSSMRA80A01H501U --format json")]
    Show {
        /// The person's fiscal code
        cf: String,
    },
    /// Find persons by name: words of the family and given names, in any order
    ///
    /// Capitals and accents do not matter (`nicolo` finds Nicolò), nor the order of the
    /// words. A word typed matches a whole word of a name or, from two characters on, the
    /// start of one (`giu` finds Giuseppe); `D'Amico` is found as `damico` or `amico`.
    /// Ranking: first the persons who match more of the words typed (words_found); among
    /// those, more of them as whole words; then by family name, given name and code. Who
    /// matches only some of the words comes after who matches all. A bulk read of personal
    /// data: traced in the audit trail (R10).
    #[command(after_help = "Examples:
  lpt person find bianchi giuseppe
  lpt person find Nicolo --limit 5 --format csv")]
    Find(find::FindArgs),
    /// Show a person's history in every company: grants, ends, revocations, reviews, suspensions
    ///
    /// Every change recorded about the person, in the order recorded (column event):
    /// registration, grants and requests for them, the Region's approvals, revocations and
    /// requests to disable, ends of relationships, confirmations (periodic review), changes
    /// of role, suspension and reinstatement, corrections. Each with who made it (actor_cf,
    /// on whose authority; login, who entered it) and both times (R8): declared_on, the day
    /// the change declares, and recorded_at (recorded_on, its day in Italy), when lpt
    /// recorded it. Read from the audit trail; a bulk read of the person's data, traced (R10).
    #[command(after_help = "Example:
  lpt person history VRDLGU85M41F205T --format csv")]
    History {
        /// The person's fiscal code
        cf: String,
    },
    /// List registered persons
    #[command(after_help = "Example:\n  lpt person list --suspended")]
    List {
        /// Only suspended persons
        #[arg(long)]
        suspended: bool,
    },
    /// Suspend a person (stolen credentials, §8.4): revokes every live grant in every company
    ///
    /// Regional operators only. The person can neither act nor be granted anything until
    /// reinstated, whatever identity provider they come back with. On a terminal it says
    /// how many grants in how many companies it will revoke and asks first (default No);
    /// --yes skips the question.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U person suspend VRDLGU85M41F205T --reason 'SPID credentials stolen, PEC 2026/114'"
    )]
    Suspend {
        /// The person's fiscal code
        cf: String,
        /// Why (recorded in the audit trail and on each revoked grant)
        #[arg(long, value_name = "R")]
        reason: String,
    },
    /// Lift a suspension (regional operators). Revoked grants are not restored.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U person reinstate VRDLGU85M41F205T"
    )]
    Reinstate {
        /// The person's fiscal code
        cf: String,
    },
    /// Triage legacy username/password accounts by the fiscal code typed (R13; regional operators)
    ///
    /// A valid personal code: the person is registered (means 'legacy') and keeps identity,
    /// profiles and history. A missing, provisional or invalid code: nothing is migrated, the
    /// account is listed for correction with the reason. No Italian code (a foreign user): the
    /// account keeps its legacy credentials, flagged for a password change at first access.
    /// Running it twice changes nothing. Names are checked as `person register` checks them.
    /// The accounts to correct (with the reason) and the foreign users' (with the
    /// password-change flag) are kept in the database: --list shows them, and `person
    /// legacy-complete` completes one to correct once its owner gives a valid code.
    #[command(
        after_help = "Examples:\n  lpt --as RSSMRA80A01H501U person import-legacy cliclavoro-accounts.csv --dry-run\n  lpt person import-legacy --list --format csv\n\nInput columns: username,cf,family_name,given_name,email,country"
    )]
    ImportLegacy(legacy::Args),
    /// Complete a legacy account listed for correction with the valid code its owner gave
    /// (R13, case b; regional operators)
    ///
    /// The owner is registered (means 'legacy') with the account's names, unless already
    /// registered with them; the listing stays, completed, as the account's history. Refused
    /// for a suspended person's code or a registered person's with other names; a variant of
    /// a registered person's code with the same names is a warning (R15).
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U person legacy-complete mario.bianchi --cf BNCMRA75C12D969P"
    )]
    LegacyComplete {
        /// The legacy account's username
        username: String,
        /// The valid personal code its owner gave
        #[arg(long, value_name = "CF")]
        cf: String,
    },
    /// Correct a registered person's names or e-mail (R15; regional operators)
    ///
    /// The code never changes. Names are stored in Unicode NFC, one line of visible text;
    /// an empty --email clears it. Audited; `db check` replays the correction.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U person update VRDLGU85M41F205T --given-name 'Luigia Maria'"
    )]
    Update {
        /// The person's fiscal code
        cf: String,
        /// Family name (cognome)
        #[arg(long, value_name = "S")]
        family_name: Option<String>,
        /// Given name (nome)
        #[arg(long, value_name = "N")]
        given_name: Option<String>,
        /// E-mail address ('' clears it)
        #[arg(long, value_name = "E")]
        email: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct RegisterArgs {
    /// The person's fiscal code (16 characters)
    cf: String,
    /// Family name (cognome)
    #[arg(long, value_name = "S")]
    family_name: String,
    /// Given name (nome)
    #[arg(long, value_name = "N")]
    given_name: String,
    /// E-mail address
    #[arg(long, value_name = "E")]
    email: Option<String>,
    /// Means of the first access as a citizen (§8.1)
    #[arg(long, value_enum, default_value_t = Via::Spid)]
    via: Via,
    /// Day of the first access [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Via {
    /// SPID, level 2
    Spid,
    /// Carta d'identità elettronica
    Cie,
}

impl Via {
    fn as_str(self) -> &'static str {
        match self {
            Via::Spid => "spid",
            Via::Cie => "cie",
        }
    }
}

#[derive(Debug, Serialize)]
struct PersonDetail {
    #[serde(flatten)]
    person: PersonView,
    grants: Vec<String>,
}

/// One grant revoked by a suspension.
#[derive(Debug, Serialize, Default)]
struct Revoked {
    company_cf: String,
    profile: String,
    unit: Option<String>,
    state: &'static str,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Register(a) => register(ctx, a),
        Cmd::Find(a) => find::find(ctx, a),
        Cmd::History { cf } => find::history(ctx, &cf),
        Cmd::Show { cf } => {
            let store = ctx.open()?;
            let p = ops::find_person(&store, &cf)?;
            let grants = grant::live_everywhere(&store, p.id)?
                .iter()
                .map(|g| format!("{} {} ({})", g.company_cf, g.describe(), g.state()))
                .collect();
            ctx.out.one(&PersonDetail {
                person: p.into(),
                grants,
            })?;
            Ok(Exit::Ok)
        }
        Cmd::List { suspended } => {
            let store = ctx.open()?;
            store.for_long_reads()?;
            let filters =
                crate::commands::filters([("suspended", suspended.then(|| "true".to_string()))]);
            ctx.traced_list(
                &store,
                Read::PersonList,
                PersonView::NARROW,
                None,
                filters,
                |out| person::each(&store, false, suspended, |p| out.push(&PersonView::from(p))),
            )?;
            Ok(Exit::Ok)
        }
        Cmd::Suspend { cf, reason } => {
            let reason = ops::text("--reason", &reason)?;
            ctx.out.check::<Revoked>()?;
            let store = ctx.open()?;
            let Some((p, revoked)) = ctx.confirmed(&store, |s| {
                ops::actor(s)?;
                let p = ops::find_person(s, &cf)?;
                let revoked: Vec<Revoked> = ops::person::suspend(s, &p, &reason)?
                    .into_iter()
                    .map(|r| Revoked {
                        company_cf: r.company_cf,
                        profile: r.profile,
                        unit: r.unit,
                        state: r.state,
                    })
                    .collect();
                let companies: std::collections::BTreeSet<&str> =
                    revoked.iter().map(|r| r.company_cf.as_str()).collect();
                let asked = Question::Suspend {
                    person: &p.label(),
                    grants: revoked.len(),
                    companies: companies.len(),
                }
                .into();
                Ok(((p, revoked), Some(asked)))
            })?
            else {
                return Ok(Exit::Failure);
            };
            ctx.out.list(&revoked, &[])?;
            note(tr!(
                "note-suspended",
                person = p.label(),
                count = revoked.len()
            ));
            Ok(Exit::Ok)
        }
        Cmd::ImportLegacy(a) => legacy::run(ctx, a),
        Cmd::LegacyComplete { username, cf } => {
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let (cf, registered, warning) = ops::legacy::complete(&s, &username, &cf)?;
            s.commit()?;
            if let Some(w) = warning {
                warn(w);
            }
            note(if registered {
                tr!(
                    "note-legacy-completed-registered",
                    username = username,
                    cf = cf
                )
            } else {
                tr!(
                    "note-legacy-completed-existing",
                    username = username,
                    cf = cf
                )
            });
            Ok(Exit::Ok)
        }
        Cmd::Update {
            cf,
            family_name,
            given_name,
            email,
        } => {
            if family_name.is_none() && given_name.is_none() && email.is_none() {
                anyhow::bail!(tr!("refuse-update-nothing"));
            }
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let u = ops::identity::Update {
                family_name: family_name.as_deref(),
                given_name: given_name.as_deref(),
                email: email.as_deref(),
            };
            let (p, fields) = ops::identity::update(&s, &cf, &u)?;
            if fields.is_empty() {
                s.rollback()?;
                note(tr!("note-update-same", person = p.label()));
            } else {
                s.commit()?;
                note(tr!("note-updated", fields = fields.join(", "), cf = p.cf));
            }
            Ok(Exit::Ok)
        }
        Cmd::Reinstate { cf } => {
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            ops::actor(&s)?;
            let p = ops::find_person(&s, &cf)?;
            ops::person::reinstate(&s, &p)?;
            s.commit()?;
            note(tr!("note-reinstated", person = p.label()));
            Ok(Exit::Ok)
        }
    }
}

fn register(ctx: &Ctx, a: RegisterArgs) -> Result<Exit> {
    let cf = ops::person_cf(&a.cf)?;
    let Names {
        family,
        given,
        email,
    } = Names::checked(&a.family_name, &a.given_name, a.email.as_deref())?;
    ctx.acting()?;
    let store = ctx.open()?;
    let s = ctx.begin(&store)?;
    let on = a.on.unwrap_or(ctx.today()).to_string();
    let twin = ops::person::register(
        &s,
        &person::NewPerson {
            cf: cf.as_str(),
            family_name: &family,
            given_name: &given,
            email: email.as_deref(),
            via: a.via.as_str(),
            first_access_on: &on,
        },
    )?;
    s.commit()?;
    if let Some(w) = twin {
        warn(w);
    }
    if let Some(w) = crate::cf::name_mismatch(&cf, &family, &given) {
        warn(w);
    }
    note(tr!(
        "note-registered",
        given = given,
        family = family,
        cf = cf
    ));
    Ok(Exit::Ok)
}
