//! `lpt collab`: grants to collaborators (R7), revocation and the end of the relationship (R8),
//! the administrator's view (§6.3), periodic review (R12) and regional approval of requests.

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;

use super::{Ctx, allow, confirm, find_company, find_person, find_unit, standing, text};
use crate::catalog::{Catalog, ProfileInfo};
use crate::cli::parse_date;
use crate::error::Exit;
use crate::output::note;
use crate::policy::{self, Scope};
use crate::store::company::{self as cstore, Company};
use crate::store::grant::{self, Grant, NewGrant};
use crate::store::person::Person;
use crate::store::{self, Db, GrantId};

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

/// Refuses dates after today: the registry records what has happened.
pub fn not_future(ctx: &Ctx, on: Option<NaiveDate>, what: &str) -> Result<String> {
    if let Some(d) = on
        && d > ctx.today
    {
        bail!(
            "{what} cannot be recorded for {d}, a day after today ({})",
            ctx.today
        );
    }
    Ok(ctx.day(on))
}

/// What `add_grant` did.
pub enum Added {
    Granted(GrantId),
    Requested(GrantId),
    AlreadyHeld(&'static str),
}

/// Adds a grant that policy has allowed: opens a relationship if none is open, records the
/// grant (a request when the profile needs regional approval) and its audit event.
#[allow(clippy::too_many_arguments)]
pub fn add_grant(
    tx: &Connection,
    ctx: &Ctx,
    actor: &Person,
    company: &Company,
    person: &Person,
    profile: &ProfileInfo,
    scope: Scope<'_>,
    on: &str,
    data_processing_authorised: Option<bool>,
) -> Result<Added> {
    if let Some(g) = grant::live_at(tx, person.id, company.id, &profile.code, scope.unit_id())? {
        return Ok(Added::AlreadyHeld(g.state()));
    }
    let rels = grant::relationships(tx, person.id, company.id)?;
    insert_grant(
        tx,
        ctx,
        actor,
        company,
        person,
        profile,
        scope,
        on,
        data_processing_authorised,
        &rels,
    )
}

/// Writes a grant that policy has allowed and that is not already held, given the person's
/// relationships with the company (`rels`): opens a relationship if none is open, records the grant (a request when the profile needs regional approval)
/// and its audit event.
#[allow(clippy::too_many_arguments)]
pub fn insert_grant(
    tx: &impl Db,
    ctx: &Ctx,
    actor: &Person,
    company: &Company,
    person: &Person,
    profile: &ProfileInfo,
    scope: Scope<'_>,
    on: &str,
    data_processing_authorised: Option<bool>,
    rels: &[grant::Relationship],
) -> Result<Added> {
    let rel = match rels.iter().find(|r| r.2.is_none()) {
        Some((id, _, _)) => *id,
        None => {
            if let Some(end) = rels.iter().filter_map(|r| r.2.as_deref()).max()
                && on < end
            {
                bail!(
                    "{}'s previous relationship with {} ended on {end}: a new one cannot start on {on}",
                    person.label(),
                    company.label()
                );
            }
            grant::start_relationship(tx, person.id, company.id, on)?
        }
    };
    let approved = (!profile.needs_regional_approval).then_some((ctx.now.as_str(), actor.id));
    let id = grant::insert(
        tx,
        &NewGrant {
            person: person.id,
            company: company.id,
            profile: &profile.code,
            unit: scope.unit_id(),
            relationship: rel,
            granted_on: on,
            granted_by: actor.id,
            data_processing_authorised,
            approved,
        },
    )?;
    let unit = match scope {
        Scope::Group => None,
        Scope::Unit(_, n) => Some(n),
    };
    ctx.audit(
        tx,
        actor,
        if approved.is_some() {
            "grant.add"
        } else {
            "grant.request"
        },
        Some(&company.cf),
        Some(&person.cf),
        GrantEvent {
            profile: &profile.code,
            unit,
            granted_on: on,
            data_processing_authorised,
        },
    )?;
    Ok(if approved.is_some() {
        Added::Granted(id)
    } else {
        Added::Requested(id)
    })
}

/// The details of a grant's audit event: a struct rather than `json!`, as bulk imports
/// write one per row (the same keys in the same order).
#[derive(Serialize)]
struct GrantEvent<'a> {
    profile: &'a str,
    unit: Option<&'a str>,
    granted_on: &'a str,
    data_processing_authorised: Option<bool>,
}

/// Revokes one grant and writes its audit event.
#[allow(clippy::too_many_arguments)]
pub fn revoke_one(
    tx: &Connection,
    ctx: &Ctx,
    actor: &Person,
    company_cf: &str,
    person_cf: &str,
    id: GrantId,
    profile: &str,
    unit: Option<&str>,
    on: &str,
    reason: &str,
) -> Result<()> {
    grant::revoke(tx, id, on, actor.id, reason)?;
    ctx.audit(
        tx,
        actor,
        "grant.revoke",
        Some(company_cf),
        Some(person_cf),
        json!({"profile": profile, "unit": unit, "revoked_on": on, "reason": reason}),
    )
}

/// Ends a relationship and writes its audit event; returns the revocation deadline.
#[allow(clippy::too_many_arguments)]
pub fn end_one(
    tx: &Connection,
    ctx: &Ctx,
    actor: &Person,
    company_cf: &str,
    person_cf: &str,
    rel: crate::store::RelationshipId,
    started_on: &str,
    on: &str,
    live_grants: usize,
) -> Result<String> {
    grant::end_relationship(tx, rel, on)?;
    let due = (parse_date(on).map_err(|e| anyhow!(e))? + chrono::Days::new(5)).to_string();
    ctx.audit(
        tx,
        actor,
        "relationship.end",
        Some(company_cf),
        Some(person_cf),
        json!({"ended_on": on, "started_on": started_on, "revoke_by": due, "live_grants": live_grants}),
    )?;
    Ok(due)
}

/// Revokes grants after checking the actor's right over each one's scope (R6, R8):
/// the last group-level administrator of an approved company only by a regional operator.
pub fn revoke_grants(
    tx: &Connection,
    ctx: &Ctx,
    actor: &Person,
    company: &Company,
    grants: &[Grant],
    on: &str,
    reason: &str,
) -> Result<()> {
    let st = standing(tx, actor, company)?;
    for g in grants {
        let scope = match (&g.unit_id, &g.unit) {
            (Some(id), Some(name)) => Scope::Unit(*id, name),
            _ => Scope::Group,
        };
        if !actor.operator {
            allow(policy::manage_scope(
                actor,
                &st,
                company,
                scope,
                format_args!("revoke {}", g.profile),
            ))?;
        }
        if on < g.granted_on.as_str() {
            bail!(
                "{} {} was granted on {}: it cannot be revoked on {on}",
                g.person_cf,
                g.describe(),
                g.granted_on
            );
        }
    }
    let group_admins = grant::group_admin_count(tx, company.id)?;
    let removing = grants
        .iter()
        .filter(|g| g.profile == crate::catalog::ADMIN && g.unit_id.is_none() && g.active())
        .count() as i64;
    if removing > 0 && removing >= group_admins {
        allow(policy::revoke_last_group_admin(actor, company))?;
    }
    for g in grants {
        revoke_one(
            tx,
            ctx,
            actor,
            &company.cf,
            &g.person_cf,
            g.id,
            &g.profile,
            g.unit.as_deref(),
            on,
            reason,
        )?;
    }
    Ok(())
}

/// The scope named by an optional `--unit`.
pub fn scope_of<'a>(
    conn: &Connection,
    company: &Company,
    unit: Option<&str>,
    holder: &'a mut Option<cstore::Unit>,
) -> Result<Scope<'a>> {
    *holder = unit.map(|u| find_unit(conn, company, u)).transpose()?;
    Ok(match holder {
        Some(u) => Scope::Unit(u.id, &u.name),
        None => Scope::Group,
    })
}

/// Every check of a grant by `actor`, in the order a reader expects. Returns the profile.
fn check_grant<'c>(
    conn: &Connection,
    catalog: &'c Catalog,
    actor: &Person,
    company: &Company,
    person: &Person,
    profile: &str,
    scope: Scope<'_>,
) -> Result<&'c ProfileInfo> {
    let profile = catalog.profile(profile).map_err(|e| anyhow!(e))?;
    if policy::is_admin_profile(profile) {
        bail!(
            "administrators are nominated with 'lpt admin nominate', not granted as collaborators"
        );
    }
    let st = standing(conn, actor, company)?;
    allow(policy::manage_scope(
        actor,
        &st,
        company,
        scope,
        format_args!("grant {}", profile.code),
    ))?;
    let types: Vec<String> = cstore::types(conn, company.id)?
        .into_iter()
        .map(|t| t.code)
        .collect();
    allow(policy::grantable(
        catalog, company, &types, person, profile, scope,
    ))?;
    Ok(profile)
}

fn grant_cmd(ctx: &Ctx, a: GrantArgs) -> Result<Exit> {
    let on = not_future(ctx, a.on, "a grant")?;
    let mut conn = ctx.open()?;
    let catalog = Catalog::load(&conn)?;
    // Check everything before asking, then again inside the write transaction.
    let attested = {
        let actor = ctx.actor(&conn)?;
        let company = find_company(&conn, &a.company)?;
        let person = find_person(&conn, &a.person)?;
        let mut unit = None;
        let scope = scope_of(&conn, &company, a.unit.as_deref(), &mut unit)?;
        let profile = check_grant(
            &conn, &catalog, &actor, &company, &person, &a.profile, scope,
        )?;
        if let Some(g) =
            grant::live_at(&conn, person.id, company.id, &profile.code, scope.unit_id())?
        {
            note(format!(
                "{} already holds {} {scope} in {} ({}); nothing changed",
                person.label(),
                profile.code,
                company.label(),
                g.state()
            ));
            return Ok(Exit::Ok);
        }
        if a.data_processing_authorised {
            true
        } else if ctx.interactive {
            confirm(&format!(
                "Is {} authorised to process personal data for {} (conditions §4.2, §8.3)?",
                person.label(),
                company.label()
            ))?
        } else {
            bail!(
                "granting {} to {} needs the attestation that they are authorised to process personal \
                 data for {} (§4.2, §8.3): pass --data-processing-authorised",
                profile.code,
                person.label(),
                company.label()
            );
        }
    };
    if !attested {
        bail!("not granted: the person must be authorised to process personal data (§4.2, §8.3)");
    }
    let tx = store::write(&mut conn)?;
    let actor = ctx.actor(&tx)?;
    let company = find_company(&tx, &a.company)?;
    let person = find_person(&tx, &a.person)?;
    let mut unit = None;
    let scope = scope_of(&tx, &company, a.unit.as_deref(), &mut unit)?;
    let profile = check_grant(&tx, &catalog, &actor, &company, &person, &a.profile, scope)?;
    let added = add_grant(
        &tx,
        ctx,
        &actor,
        &company,
        &person,
        profile,
        scope,
        &on,
        Some(true),
    )?;
    ctx.commit(tx)?;
    note(match added {
        Added::Granted(_) => format!(
            "granted {} {scope} to {} in {}",
            profile.code,
            person.label(),
            company.label()
        ),
        Added::Requested(_) => format!(
            "requested {} {scope} for {} in {}: it becomes active when a regional operator approves it",
            profile.code,
            person.label(),
            company.label()
        ),
        Added::AlreadyHeld(state) => format!(
            "{} already holds {} {scope} in {} ({state}); nothing changed",
            person.label(),
            profile.code,
            company.label()
        ),
    });
    Ok(Exit::Ok)
}

fn revoke_cmd(ctx: &Ctx, a: RevokeArgs) -> Result<Exit> {
    let reason = text("--reason", &a.reason)?;
    let on = not_future(ctx, a.on, "a revocation")?;
    let mut conn = ctx.open()?;
    let tx = store::write(&mut conn)?;
    let actor = ctx.actor(&tx)?;
    let company = find_company(&tx, &a.company)?;
    let person = find_person(&tx, &a.person)?;
    let unit = a
        .unit
        .as_deref()
        .map(|u| find_unit(&tx, &company, u))
        .transpose()?;
    let catalog = Catalog::load(&tx)?;
    let profile = a
        .profile
        .as_deref()
        .map(|p| catalog.profile(p).map(|p| p.code.clone()))
        .transpose()
        .map_err(|e| anyhow!(e))?;
    let live = grant::of_person(&tx, person.id, company.id, true)?;
    let selected: Vec<Grant> = live
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
    revoke_grants(&tx, ctx, &actor, &company, &selected, &on, &reason)?;
    ctx.commit(tx)?;
    let list: Vec<String> = selected.iter().map(Grant::describe).collect();
    note(format!(
        "revoked from {} in {}: {}",
        person.label(),
        company.label(),
        list.join("; ")
    ));
    Ok(Exit::Ok)
}

fn end_cmd(ctx: &Ctx, company: &str, person: &str, on: NaiveDate) -> Result<Exit> {
    let on = not_future(ctx, Some(on), "the end of a relationship")?;
    let mut conn = ctx.open()?;
    let tx = store::write(&mut conn)?;
    let actor = ctx.actor(&tx)?;
    let company = find_company(&tx, company)?;
    let person = find_person(&tx, person)?;
    let live = grant::of_person(&tx, person.id, company.id, true)?;
    let st = standing(&tx, &actor, &company)?;
    let units: Vec<_> = live.iter().map(|g| g.unit_id).collect();
    allow(policy::end_relationship(&actor, &st, &company, &units))?;
    let Some((rel, started_on)) = grant::open_relationship(&tx, person.id, company.id)? else {
        let last = grant::last_end(&tx, person.id, company.id)?;
        bail!(
            "{} has no open relationship with {}{}; nothing changed",
            person.label(),
            company.label(),
            last.map(|d| format!(" (the last one ended on {d})"))
                .unwrap_or_default()
        );
    };
    if on < started_on {
        bail!("the relationship started on {started_on}: it cannot end on {on}");
    }
    let due = end_one(
        &tx,
        ctx,
        &actor,
        &company.cf,
        &person.cf,
        rel,
        &started_on,
        &on,
        live.len(),
    )?;
    ctx.commit(tx)?;
    note(format!(
        "recorded the end of {}'s relationship with {} on {on}; {} live grant(s) must be revoked by {due}",
        person.label(),
        company.label(),
        live.len()
    ));
    Ok(Exit::Ok)
}

/// One grant in `collab show` and `collab list`.
#[derive(Debug, Serialize, Default)]
pub struct GrantRow {
    pub person_cf: String,
    pub family_name: String,
    pub given_name: String,
    pub profile: String,
    pub unit: Option<String>,
    pub state: &'static str,
    pub granted_on: String,
    pub granted_by: String,
    pub data_processing_authorised: Option<bool>,
    pub approved_by: Option<String>,
    pub relationship_started_on: String,
    pub ended_on: Option<String>,
    pub last_confirmed_on: Option<String>,
    pub confirmed_by: Option<String>,
    pub revoked_on: Option<String>,
    pub revoked_by: Option<String>,
    pub revoke_reason: Option<String>,
}

impl From<Grant> for GrantRow {
    fn from(g: Grant) -> Self {
        GrantRow {
            state: g.state(),
            person_cf: g.person_cf,
            family_name: g.family_name,
            given_name: g.given_name,
            profile: g.profile,
            unit: g.unit,
            granted_on: g.granted_on,
            granted_by: g.granted_by,
            data_processing_authorised: g.data_processing_authorised,
            approved_by: g.approved_by,
            relationship_started_on: g.started_on,
            ended_on: g.ended_on,
            last_confirmed_on: g.confirmed_on,
            confirmed_by: g.confirmed_by,
            revoked_on: g.revoked_on,
            revoked_by: g.revoked_by,
            revoke_reason: g.revoke_reason,
        }
    }
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
            let conn = ctx.open()?;
            let company = find_company(&conn, &company)?;
            let person = find_person(&conn, &person)?;
            let rows: Vec<GrantRow> = grant::of_person(&conn, person.id, company.id, false)?
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
            let conn = ctx.open()?;
            let company = find_company(&conn, &company)?;
            let unit = unit.map(|u| find_unit(&conn, &company, &u)).transpose()?;
            let catalog = Catalog::load(&conn)?;
            let profile = profile
                .map(|p| catalog.profile(&p).map(|p| p.code.clone()))
                .transpose()
                .map_err(|e| anyhow!(e))?;
            let rows: Vec<GrantRow> = grant::of_company(
                &conn,
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
            let mut conn = ctx.open()?;
            let tx = store::write(&mut conn)?;
            let actor = ctx.actor(&tx)?;
            let company = find_company(&tx, &company)?;
            let person = find_person(&tx, &person)?;
            let st = standing(&tx, &actor, &company)?;
            let live: Vec<Grant> = grant::of_person(&tx, person.id, company.id, true)?
                .into_iter()
                .filter(Grant::active)
                .collect();
            if live.is_empty() {
                bail!(
                    "{} holds no active grant in {} to review",
                    person.label(),
                    company.label()
                );
            }
            let today = ctx.day(None);
            for g in &live {
                let scope = match (&g.unit_id, &g.unit) {
                    (Some(id), Some(n)) => Scope::Unit(*id, n),
                    _ => Scope::Group,
                };
                allow(policy::manage_scope(
                    &actor,
                    &st,
                    &company,
                    scope,
                    format_args!("review {}", g.profile),
                ))?;
                grant::confirm(&tx, g.id, &today, actor.id)?;
            }
            let list: Vec<String> = live.iter().map(Grant::describe).collect();
            ctx.audit(
                &tx,
                &actor,
                "grant.confirm",
                Some(&company.cf),
                Some(&person.cf),
                json!({"grants": list}),
            )?;
            ctx.commit(tx)?;
            note(format!(
                "confirmed {} grant(s) of {} on {today}",
                live.len(),
                person.label()
            ));
            Ok(Exit::Ok)
        }
        Cmd::Approve {
            company,
            person,
            profile,
            unit,
        } => {
            let mut conn = ctx.open()?;
            let tx = store::write(&mut conn)?;
            let actor = ctx.actor(&tx)?;
            allow(policy::operator(&actor, "approve requested profiles"))?;
            let company = find_company(&tx, &company)?;
            let person = find_person(&tx, &person)?;
            let catalog = Catalog::load(&tx)?;
            let profile = catalog.profile(&profile).map_err(|e| anyhow!(e))?;
            let mut holder = None;
            let scope = scope_of(&tx, &company, unit.as_deref(), &mut holder)?;
            let g = grant::live_at(&tx, person.id, company.id, &profile.code, scope.unit_id())?
                .filter(Grant::requested)
                .ok_or_else(|| {
                    anyhow!(
                        "there is no pending request of {} {scope} for {} in {}; nothing changed",
                        profile.code,
                        person.label(),
                        company.label()
                    )
                })?;
            if person.suspended() {
                bail!(
                    "{} is suspended: the request cannot be approved",
                    person.label()
                );
            }
            grant::approve(&tx, g.id, &ctx.now, actor.id)?;
            ctx.audit(
                &tx,
                &actor,
                "grant.approve",
                Some(&company.cf),
                Some(&person.cf),
                json!({"profile": profile.code, "unit": g.unit}),
            )?;
            ctx.commit(tx)?;
            note(format!(
                "approved {} {scope} for {} in {}",
                profile.code,
                person.label(),
                company.label()
            ));
            Ok(Exit::Ok)
        }
    }
}
