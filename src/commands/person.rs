//! `lpt person`: register, show, list, suspend and reinstate persons (R1, R9, R10).

use anyhow::{Result, bail};
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use super::{Ctx, allow, find_person, person_cf, text};
use crate::cli::parse_date;
use crate::error::Exit;
use crate::output::{note, warn};
use crate::policy;
use crate::store::{self, grant, person};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Register a person who has accessed the portal as a citizen
    ///
    /// A person registers themselves (--as their own code); a regional operator may
    /// register anyone. Provisional and company codes are refused: a person's identity is
    /// their definitive 16-character code. A name that does not match the code's letters
    /// is a warning, never a refusal.
    #[command(
        after_help = "Example:\n  lpt --as VRDLGU85M41F205W person register VRDLGU85M41F205W --family-name Verdi --given-name Luigia --via cie"
    )]
    Register(RegisterArgs),
    /// Show one person: identity, status and live grants
    #[command(after_help = "Example:\n  lpt person show RSSMRA80A01H501U --format json")]
    Show {
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
    /// reinstated, whatever identity provider they come back with.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U person suspend VRDLGU85M41F205W --reason 'SPID credentials stolen, PEC 2026/114'"
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
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U person reinstate VRDLGU85M41F205W"
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
    /// Running it twice changes nothing.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U person import-legacy cliclavoro-accounts.csv --dry-run\n\nInput columns: username,cf,family_name,given_name,email,country"
    )]
    ImportLegacy(super::legacy::Args),
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

/// A person as shown by `person show` and `person list`.
#[derive(Debug, Serialize, Default)]
pub struct PersonView {
    pub cf: String,
    pub family_name: String,
    pub given_name: String,
    pub email: Option<String>,
    pub via: String,
    pub first_access_on: String,
    pub status: &'static str,
    pub regional_operator: bool,
    pub suspended_reason: Option<String>,
}

impl From<person::Person> for PersonView {
    fn from(p: person::Person) -> Self {
        PersonView {
            status: if p.suspended() { "suspended" } else { "active" },
            cf: p.cf,
            family_name: p.family_name,
            given_name: p.given_name,
            email: p.email,
            via: p.via,
            first_access_on: p.first_access_on,
            regional_operator: p.operator,
            suspended_reason: p.suspended_reason,
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
        Cmd::Show { cf } => {
            let conn = ctx.open()?;
            let p = find_person(&conn, &cf)?;
            let grants = grant::live_everywhere(&conn, p.id)?
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
            let conn = ctx.open()?;
            let rows: Vec<PersonView> = person::list(&conn, false)?
                .into_iter()
                .filter(|p| !suspended || p.suspended())
                .map(PersonView::from)
                .collect();
            ctx.out.list(&rows)?;
            Ok(Exit::Ok)
        }
        Cmd::Suspend { cf, reason } => suspend(ctx, &cf, &reason),
        Cmd::ImportLegacy(a) => super::legacy::run(ctx, a),
        Cmd::Reinstate { cf } => {
            let mut conn = ctx.open()?;
            let tx = store::write(&mut conn)?;
            let actor = ctx.actor(&tx)?;
            let p = find_person(&tx, &cf)?;
            allow(policy::operator(&actor, "reinstate persons"))?;
            if !p.suspended() {
                bail!("{} is not suspended; nothing changed", p.label());
            }
            person::set_suspended(&tx, p.id, None, None)?;
            ctx.audit(
                &tx,
                &actor,
                "person.reinstate",
                None,
                Some(&p.cf),
                json!({}),
            )?;
            ctx.commit(tx)?;
            note(format!(
                "reinstated {}; revoked grants were not restored",
                p.label()
            ));
            Ok(Exit::Ok)
        }
    }
}

fn register(ctx: &Ctx, a: RegisterArgs) -> Result<Exit> {
    let cf = person_cf(&a.cf)?;
    let family = text("--family-name", &a.family_name)?;
    let given = text("--given-name", &a.given_name)?;
    let email = a.email.as_deref().map(|e| text("--email", e)).transpose()?;
    let actor_cf = ctx.actor_cf()?;
    let mut conn = ctx.open()?;
    let tx = store::write(&mut conn)?;
    let actor = store::person::by_cf(&tx, actor_cf.as_str())?;
    if actor.is_some() {
        // A registered actor must be active (R10): this refuses a suspended one.
        ctx.actor(&tx)?;
    }
    allow(policy::register_person(
        actor_cf.as_str(),
        actor.as_ref(),
        cf.as_str(),
    ))?;
    if let Some(existing) = store::person::by_cf(&tx, cf.as_str())? {
        bail!(
            "{} is already registered (since {}); nothing changed",
            existing.label(),
            existing
                .registered_at
                .get(..10)
                .unwrap_or(&existing.registered_at)
        );
    }
    let on = ctx.day(a.on);
    person::insert(
        &tx,
        &person::NewPerson {
            cf: cf.as_str(),
            family_name: &family,
            given_name: &given,
            email: email.as_deref(),
            via: a.via.as_str(),
            first_access_on: &on,
        },
        &ctx.now,
    )?;
    crate::store::audit::append(
        &tx,
        &ctx.now,
        Some(actor_cf.as_str()),
        crate::store::audit::Event {
            action: "person.register",
            company_cf: None,
            person_cf: Some(cf.as_str()),
            details: json!({
                "family_name": family, "given_name": given, "email": email,
                "via": a.via.as_str(), "first_access_on": on,
            }),
        },
    )?;
    ctx.commit(tx)?;
    if let Some(w) = crate::cf::name_mismatch(&cf, &family, &given) {
        warn(w);
    }
    note(format!("registered {given} {family} ({cf})"));
    Ok(Exit::Ok)
}

fn suspend(ctx: &Ctx, cf: &str, reason: &str) -> Result<Exit> {
    let reason = text("--reason", reason)?;
    let mut conn = ctx.open()?;
    let tx = store::write(&mut conn)?;
    let actor = ctx.actor(&tx)?;
    let p = find_person(&tx, cf)?;
    allow(policy::operator(&actor, "suspend persons"))?;
    if p.suspended() {
        bail!("{} is already suspended; nothing changed", p.label());
    }
    let today = ctx.day(None);
    let why = format!("suspended by the Region: {reason}");
    let mut revoked = Vec::new();
    for g in grant::live_everywhere(&tx, p.id)? {
        grant::revoke(&tx, g.id, &today, actor.id, &why)?;
        ctx.audit(
            &tx,
            &actor,
            "grant.revoke",
            Some(&g.company_cf),
            Some(&p.cf),
            json!({"profile": g.profile, "unit": g.unit, "revoked_on": today, "reason": why}),
        )?;
        revoked.push(Revoked {
            company_cf: g.company_cf.clone(),
            profile: g.profile.clone(),
            unit: g.unit.clone(),
            state: g.state(),
        });
    }
    person::set_suspended(&tx, p.id, Some(&ctx.now), Some(&reason))?;
    ctx.audit(
        &tx,
        &actor,
        "person.suspend",
        None,
        Some(&p.cf),
        json!({"reason": reason, "grants_revoked": revoked.len()}),
    )?;
    ctx.commit(tx)?;
    ctx.out.list(&revoked)?;
    note(format!(
        "suspended {}; revoked {} grant(s)",
        p.label(),
        revoked.len()
    ));
    Ok(Exit::Ok)
}
