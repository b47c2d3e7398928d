//! `lpt collab`: grants to collaborators (R7), revocation and the end of the relationship (R8),
//! the administrator's view (§6.3), periodic review (R12) and regional approval of requests.

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::{Ctx, confirm};
use crate::catalog::ProfileInfo;
use crate::dates::parse_date;
use crate::error::Exit;
use crate::ops::grant::{Added, NewGrant, Target};
use crate::ops::{self, InCompany};
use crate::output::note;
use crate::store::company::Unit;
use crate::store::grant::{self, Grant};
use crate::store::person::Person;
use crate::store::{Db, catalog};
use crate::views::GrantRow;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Grant a profile to a registered person, for the whole company or one unit (R7)
    ///
    /// The actor must administer that scope. The person must be authorised to process
    /// personal data for the company (§4.2, §8.3): asked on a terminal, or attested with
    /// --data-processing-authorised; off a terminal without it the grant is refused.
    /// A profile needing regional approval (OPERATORE_AGENDA) becomes a request.
    /// Granting what is already held changes nothing.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U collab grant --company 01234567897 --person VRDLGU85M41F205W \\\n      --profile GESTIONE_CO --unit 'Sede legale' --data-processing-authorised"
    )]
    Grant(GrantArgs),
    /// Revoke one grant, or every grant of the person in the company (stolen credentials, §8.4)
    ///
    /// With --profile: that profile at group level, or in --unit. Without --profile: every
    /// live grant of the person in the company, or in --unit.
    #[command(
        after_help = "Examples:\n  lpt --as RSSMRA80A01H501U collab revoke --company 01234567897 --person VRDLGU85M41F205W \\\n      --profile GESTIONE_CO --unit 'Sede legale' --reason 'moved to payroll'\n  lpt --as RSSMRA80A01H501U collab revoke --company 01234567897 --person VRDLGU85M41F205W --reason 'credentials stolen'"
    )]
    Revoke(RevokeArgs),
    /// Record the end of the relationship (R8): every grant must be revoked within 5 days
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U collab end --company 01234567897 --person VRDLGU85M41F205W --on 2026-11-30"
    )]
    End {
        #[arg(long, value_name = "CF")]
        company: String,
        #[arg(long, value_name = "CF")]
        person: String,
        /// The last day of the relationship
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        on: NaiveDate,
    },
    /// The administrator's view of one collaborator: profiles, scopes, dates, reviews (§6.3)
    #[command(
        after_help = "Example:\n  lpt collab show --company 01234567897 --person VRDLGU85M41F205W"
    )]
    Show {
        #[arg(long, value_name = "CF")]
        company: String,
        #[arg(long, value_name = "CF")]
        person: String,
    },
    /// List a company's grants (live ones, requests included; --all adds revoked ones)
    #[command(
        after_help = "Example:\n  lpt collab list --company 01234567897 --unit 'Sede legale' --profile GESTIONE_CO"
    )]
    List {
        #[arg(long, value_name = "CF")]
        company: String,
        /// Only this unit
        #[arg(long, value_name = "NAME")]
        unit: Option<String>,
        /// Only this profile
        #[arg(long, value_name = "CODE")]
        profile: Option<String>,
        /// Include revoked grants
        #[arg(long)]
        all: bool,
    },
    /// Record that an administrator reviewed a person's grants (R12)
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U collab confirm --company 01234567897 --person VRDLGU85M41F205W"
    )]
    Confirm {
        #[arg(long, value_name = "CF")]
        company: String,
        #[arg(long, value_name = "CF")]
        person: String,
    },
    /// Approve a requested profile that needs regional approval (regional operators, R7)
    #[command(
        after_help = "Example:\n  lpt --as BNCGPP75C12D086Q collab approve --company 01234567897 --person VRDLGU85M41F205W \\\n      --profile OPERATORE_AGENDA --unit 'Sede legale'"
    )]
    Approve {
        #[arg(long, value_name = "CF")]
        company: String,
        #[arg(long, value_name = "CF")]
        person: String,
        #[arg(long, value_name = "CODE")]
        profile: String,
        /// The unit of the request
        #[arg(long, value_name = "NAME")]
        unit: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct GrantArgs {
    /// The company's fiscal code
    #[arg(long, value_name = "CF")]
    company: String,
    /// The collaborator's fiscal code
    #[arg(long, value_name = "CF")]
    person: String,
    /// The profile; see 'lpt catalog profiles'
    #[arg(long, value_name = "CODE")]
    profile: String,
    /// The unit; group level when left out
    #[arg(long, value_name = "NAME")]
    unit: Option<String>,
    /// The day the grant takes effect [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    on: Option<NaiveDate>,
    /// Attest that the person is authorised to process personal data for the company (§4.2, §8.3)
    #[arg(long)]
    data_processing_authorised: bool,
}

#[derive(Debug, clap::Args)]
pub struct RevokeArgs {
    #[arg(long, value_name = "CF")]
    company: String,
    #[arg(long, value_name = "CF")]
    person: String,
    /// Only this profile (at group level unless --unit is given)
    #[arg(long, value_name = "CODE")]
    profile: Option<String>,
    /// Only this unit
    #[arg(long, value_name = "NAME")]
    unit: Option<String>,
    /// Why
    #[arg(long, value_name = "R")]
    reason: String,
    /// The day of the revocation [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    on: Option<NaiveDate>,
}

/// What a grant command names, looked up.
struct Named {
    here: InCompany,
    person: Person,
    unit: Option<Unit>,
}

fn named(db: &impl Db, actor: &Person, a: &GrantArgs) -> Result<Named> {
    let company = ops::find_company(db, &a.company)?;
    let person = ops::find_person(db, &a.person)?;
    let unit = a
        .unit
        .as_deref()
        .map(|u| ops::find_unit(db, &company, u))
        .transpose()?;
    Ok(Named {
        here: InCompany::load(db, actor, company)?,
        person,
        unit,
    })
}

fn grant_cmd(ctx: &Ctx, a: GrantArgs) -> Result<Exit> {
    if let Some(on) = a.on {
        ops::not_future(ctx.today(), on, "a grant")?;
    }
    let on = a.on.unwrap_or(ctx.today()).to_string();
    let store = ctx.open()?;
    let catalog = catalog::load(&store)?;
    // The grant as one session sees it; `attested: None` checks everything and writes nothing.
    let attempt = |attested: Option<bool>| -> Result<(Named, &ProfileInfo, Added)> {
        let s = ctx.begin(&store)?;
        let actor = ops::actor(&s)?;
        let n = named(&s, actor, &a)?;
        let profile = catalog.profile(&a.profile).map_err(anyhow::Error::msg)?;
        ops::admin::not_through_collab(profile)?;
        let g = NewGrant {
            person: &n.person,
            profile,
            scope: ops::scope(n.unit.as_ref()),
            on: &on,
            attested: attested.unwrap_or(true),
        };
        let added = ops::grant::hold(&s, n.here.at(), &g, None)?;
        match attested {
            Some(_) => s.commit()?,
            None => s.rollback()?,
        }
        Ok((n, profile, added))
    };
    let mut attested = a.data_processing_authorised;
    if !attested && ctx.interactive {
        // Check everything before asking, outside any write; then again when writing.
        let (n, profile, added) = attempt(None)?;
        if matches!(added, Added::AlreadyHeld(_)) {
            return report(&n, profile, added);
        }
        attested = confirm(&format!(
            "Is {} authorised to process personal data for {} (conditions §4.2, §8.3)?",
            n.person.label(),
            n.here.company.label()
        ))?;
    }
    let (n, profile, added) = attempt(Some(attested))?;
    report(&n, profile, added)
}

fn report(n: &Named, profile: &ProfileInfo, added: Added) -> Result<Exit> {
    let scope = ops::scope(n.unit.as_ref());
    let (person, company) = (n.person.label(), n.here.company.label());
    note(match added {
        Added::Granted => format!("granted {} {scope} to {person} in {company}", profile.code),
        Added::Requested => format!(
            "requested {} {scope} for {person} in {company}: it becomes active when a regional operator approves it",
            profile.code,
        ),
        Added::AlreadyHeld(state) => format!(
            "{person} already holds {} {scope} in {company} ({state}); nothing changed",
            profile.code,
        ),
    });
    Ok(Exit::Ok)
}

fn revoke_cmd(ctx: &Ctx, a: RevokeArgs) -> Result<Exit> {
    let reason = ops::text("--reason", &a.reason)?;
    if let Some(on) = a.on {
        ops::not_future(ctx.today(), on, "a revocation")?;
    }
    let on = a.on.unwrap_or(ctx.today()).to_string();
    let store = ctx.open()?;
    let s = ctx.begin(&store)?;
    let actor = ops::actor(&s)?;
    let company = ops::find_company(&s, &a.company)?;
    let person = ops::find_person(&s, &a.person)?;
    let unit = a
        .unit
        .as_deref()
        .map(|u| ops::find_unit(&s, &company, u))
        .transpose()?;
    let catalog = catalog::load(&s)?;
    let profile = a
        .profile
        .as_deref()
        .map(|p| catalog.profile(p).map(|p| p.code.clone()))
        .transpose()
        .map_err(anyhow::Error::msg)?;
    let selected: Vec<Grant> = grant::of_person(&s, person.id, company.id, true)?
        .into_iter()
        .filter(|g| match (&profile, &unit) {
            (Some(p), u) => &g.profile == p && g.unit_id == u.as_ref().map(|u| u.id),
            (None, Some(u)) => g.unit_id == Some(u.id),
            (None, None) => true,
        })
        .collect();
    if selected.is_empty() {
        let what = match (&profile, &unit) {
            (Some(p), Some(u)) => format!("{p} in unit {}", u.name),
            (Some(p), None) => format!("{p} at group level"),
            (None, Some(u)) => format!("any grant in unit {}", u.name),
            (None, None) => "any grant".into(),
        };
        bail!(
            "{} holds no live {what} in {}; nothing changed",
            person.label(),
            company.label()
        );
    }
    let here = InCompany::load(&s, actor, company)?;
    let targets: Vec<Target> = selected.iter().map(Target::from).collect();
    ops::grant::revoke(&s, here.at(), &targets, &on, &reason)?;
    s.commit()?;
    let list: Vec<String> = selected.iter().map(Grant::describe).collect();
    note(format!(
        "revoked from {} in {}: {}",
        person.label(),
        here.company.label(),
        list.join("; ")
    ));
    Ok(Exit::Ok)
}

fn end_cmd(ctx: &Ctx, company: &str, person: &str, on: NaiveDate) -> Result<Exit> {
    ops::not_future(ctx.today(), on, "the end of a relationship")?;
    let on = on.to_string();
    let store = ctx.open()?;
    let s = ctx.begin(&store)?;
    let actor = ops::actor(&s)?;
    let company = ops::find_company(&s, company)?;
    let person = ops::find_person(&s, person)?;
    let live_units = grant::live_units(&s, person.id, company.id)?;
    let here = InCompany::load(&s, actor, company)?;
    let Some((rel, started_on)) = grant::open_relationship(&s, person.id, here.company.id)? else {
        // Who may end it is checked first: a refusal says nothing of the relationship.
        ops::allow(
            None,
            crate::policy::end_relationship(actor, &here.standing, &here.company, &live_units),
        )?;
        let last = grant::last_end(&s, person.id, here.company.id)?;
        bail!(
            "{} has no open relationship with {}{}; nothing changed",
            person.label(),
            here.company.label(),
            last.map(|d| format!(" (the last one ended on {d})"))
                .unwrap_or_default()
        );
    };
    let due = ops::relationship::end(&s, here.at(), &person, (rel, &started_on), &on, &live_units)?;
    s.commit()?;
    note(format!(
        "recorded the end of {}'s relationship with {} on {on}; {} live grant(s) must be revoked by {due}",
        person.label(),
        here.company.label(),
        live_units.len()
    ));
    Ok(Exit::Ok)
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Grant(a) => grant_cmd(ctx, a),
        Cmd::Revoke(a) => revoke_cmd(ctx, a),
        Cmd::End {
            company,
            person,
            on,
        } => end_cmd(ctx, &company, &person, on),
        Cmd::Show { company, person } => {
            let store = ctx.open()?;
            let company = ops::find_company(&store, &company)?;
            let person = ops::find_person(&store, &person)?;
            let rows: Vec<GrantRow> = grant::of_person(&store, person.id, company.id, false)?
                .into_iter()
                .map(GrantRow::from)
                .collect();
            if rows.is_empty() {
                note(format!(
                    "{} has never held a grant in {}",
                    person.label(),
                    company.label()
                ));
            }
            ctx.out.list(&rows)?;
            Ok(Exit::Ok)
        }
        Cmd::List {
            company,
            unit,
            profile,
            all,
        } => {
            let store = ctx.open()?;
            let company = ops::find_company(&store, &company)?;
            let unit = unit
                .map(|u| ops::find_unit(&store, &company, &u))
                .transpose()?;
            let catalog = catalog::load(&store)?;
            let profile = profile
                .map(|p| catalog.profile(&p).map(|p| p.code.clone()))
                .transpose()
                .map_err(anyhow::Error::msg)?;
            let rows: Vec<GrantRow> = grant::of_company(
                &store,
                company.id,
                unit.map(|u| u.id),
                profile.as_deref(),
                !all,
            )?
            .into_iter()
            .map(GrantRow::from)
            .collect();
            ctx.out.list(&rows)?;
            Ok(Exit::Ok)
        }
        Cmd::Confirm { company, person } => {
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let actor = ops::actor(&s)?;
            let company = ops::find_company(&s, &company)?;
            let person = ops::find_person(&s, &person)?;
            let here = InCompany::load(&s, actor, company)?;
            let confirmed = ops::grant::confirm(&s, here.at(), &person)?;
            s.commit()?;
            note(format!(
                "confirmed {} grant(s) of {} on {}",
                confirmed.len(),
                person.label(),
                ctx.today()
            ));
            Ok(Exit::Ok)
        }
        Cmd::Approve {
            company,
            person,
            profile,
            unit,
        } => {
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let catalog = catalog::load(&s)?;
            let (c, p, what) =
                ops::grant::approve(&s, &catalog, &company, &person, &profile, unit.as_deref())?;
            s.commit()?;
            note(format!(
                "approved {what} for {} in {}",
                p.label(),
                c.label()
            ));
            Ok(Exit::Ok)
        }
    }
}
