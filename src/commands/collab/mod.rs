//! `lpt collab`: grants to collaborators (R7), revocation and the end of the relationship (R8),
//! the administrator's view (§6.3), periodic review and changes of role (R12) and regional
//! approval of requests to enable or disable (R7).

mod change;

use anyhow::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::dates::parse_date;
use crate::error::Exit;
use crate::ops::{self, InCompany, events::Read};
use crate::output::note;
use crate::store::{catalog, grant};
use crate::tr;
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
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U collab grant --company 01234560017 --person VRDLGU85M41F205T \\\n      --profile GESTIONE_CO --unit 'Sede legale' --data-processing-authorised"
    )]
    Grant(GrantArgs),
    /// Revoke one grant, or every grant of the person in the company (stolen credentials, §8.4)
    ///
    /// With --profile: that profile at group level, or in --unit. Without --profile: every
    /// live grant of the person in the company, or in --unit; on a terminal it lists them and
    /// asks first (default No), --yes skips the question.
    ///
    /// A profile needing regional approval (OPERATORE_AGENDA), once active, is disabled
    /// through the Region (R7, §6.1): an administrator's revocation is recorded as a request
    /// and the grant stays active until a regional operator approves it with 'collab
    /// approve'. A regional operator's revocation takes effect at once.
    #[command(
        after_help = "Examples:\n  lpt --as RSSMRA80A01H501U collab revoke --company 01234560017 --person VRDLGU85M41F205T \\\n      --profile GESTIONE_CO --unit 'Sede legale' --reason 'moved to payroll'\n  lpt --as RSSMRA80A01H501U collab revoke --company 01234560017 --person VRDLGU85M41F205T --reason 'credentials stolen'"
    )]
    Revoke(RevokeArgs),
    /// Record the end of the relationship (R8): every grant must be revoked within 5 days
    ///
    /// On a terminal it says how many live grants the 5-day clock starts for, and by which
    /// day they must be revoked, and asks first (default No); --yes skips the question.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U collab end --company 01234560017 --person VRDLGU85M41F205T --on 2026-11-30"
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
        after_help = "Example:\n  lpt collab show --company 01234560017 --person VRDLGU85M41F205T"
    )]
    Show {
        #[arg(long, value_name = "CF")]
        company: String,
        #[arg(long, value_name = "CF")]
        person: String,
    },
    /// List a company's grants (live ones, requests included; --all adds revoked ones)
    #[command(
        after_help = "Examples:\n  lpt collab list --company 01234560017 --unit 'Sede legale' --profile GESTIONE_CO\n  lpt collab list --company 01234560017 --columns person_cf,family_name,given_name,granted_on"
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
    ///
    /// Confirms every active grant of the person within the actor's scope, today. Nobody
    /// confirms their own grants, and grants whose relationship has ended cannot be
    /// confirmed, only revoked.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U collab confirm --company 01234560017 --person VRDLGU85M41F205T"
    )]
    Confirm {
        #[arg(long, value_name = "CF")]
        company: String,
        #[arg(long, value_name = "CF")]
        person: String,
    },
    /// Approve a request to enable or to disable a profile that needs regional approval (regional operators, R7)
    ///
    /// A request to enable becomes an active grant; a request to disable revokes the grant
    /// on the day the administrator asked for, recorded now, with their reason.
    #[command(
        after_help = "Example:\n  lpt --as BNCGPP75C12D086Y collab approve --company 01234560017 --person VRDLGU85M41F205T \\\n      --profile OPERATORE_AGENDA --unit 'Sede legale'"
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
    /// Record a change of a person's role or duties in the company (R12, §8.2)
    ///
    /// From then every live grant of the person in the company is listed by 'audit review'
    /// with the reason "change of role on DATE: NOTE" until confirmed ('collab confirm', by
    /// someone else) or revoked. --on declares the day of the change: not in the future,
    /// not before the relationship began; the instant it is recorded is the session's. Who
    /// may: those who manage the person's grants there (as for 'collab end').
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U collab role-change --company 01234560017 --person VRDLGU85M41F205T \\\n      --on 2026-11-02 --note 'moved from payroll to recruiting'"
    )]
    RoleChange {
        #[arg(long, value_name = "CF")]
        company: String,
        #[arg(long, value_name = "CF")]
        person: String,
        /// The day the role or duties changed
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        on: NaiveDate,
        /// What changed (free text, kept as personal data)
        #[arg(long, value_name = "TEXT")]
        note: String,
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

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Grant(a) => change::grant(ctx, a),
        Cmd::Revoke(a) => change::revoke(ctx, a),
        Cmd::End {
            company,
            person,
            on,
        } => change::end(ctx, &company, &person, on),
        Cmd::RoleChange {
            company,
            person,
            on,
            note,
        } => change::role_change(ctx, &company, &person, on, &note),
        Cmd::Show { company, person } => {
            let store = ctx.open()?;
            let company = ops::find_company(&store, &company)?;
            let person = ops::find_person(&store, &person)?;
            let rows: Vec<GrantRow> = grant::of_person(&store, person.id, company.id, false)?
                .into_iter()
                .map(GrantRow::from)
                .collect();
            if rows.is_empty() {
                note(tr!(
                    "note-never-held",
                    person = person.label(),
                    company = company.label()
                ));
            }
            ctx.out.list(&rows, GrantRow::NARROW)?;
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
            store.for_long_reads()?;
            let filters = crate::commands::filters([
                ("unit", unit.as_ref().map(|u| u.name.clone())),
                ("profile", profile.clone()),
                ("all", all.then(|| "true".to_string())),
            ]);
            let (unit, profile) = (unit.map(|u| u.id), profile.as_deref());
            ctx.traced_list(
                &store,
                Read::CollabList,
                GrantRow::NARROW,
                Some(&company.cf),
                filters,
                |out| {
                    grant::each_of_company(&store, company.id, unit, profile, !all, |g| {
                        out.push(&GrantRow::from(g))
                    })
                },
            )?;
            Ok(Exit::Ok)
        }
        Cmd::Confirm { company, person } => {
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let actor = ops::actor(&s)?;
            let company = ops::find_company(&s, &company)?;
            let person = ops::find_person(&s, &person)?;
            let here = InCompany::load(&s, actor, company)?;
            let confirmed = ops::review::confirm(&s, here.at(), &person)?;
            s.commit()?;
            note(tr!(
                "note-confirmed",
                count = confirmed.len(),
                person = person.label(),
                on = ctx.today()
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
                ops::review::approve(&s, &catalog, &company, &person, &profile, unit.as_deref())?;
            s.commit()?;
            note(tr!(
                "note-approved-request",
                what = what,
                person = p.label(),
                company = c.label()
            ));
            Ok(Exit::Ok)
        }
    }
}
