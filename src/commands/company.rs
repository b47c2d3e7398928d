//! `lpt company`: registration (R2), regional verification (R3), data upkeep (R4).

use anyhow::{Result, bail};
use serde::Serialize;

use super::{Asker, Ctx};
use crate::catalog::ADMIN;
use crate::error::Exit;
use crate::ops::{
    self,
    company::{LegalRep, Update},
};
use crate::output::note;
use crate::store::company::{self as cstore, Data};
use crate::store::{catalog, grant, person};

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
    #[command(after_help = "Example:\n  lpt --as RSSMRA80A01H501U company approve 01234560017")]
    Approve {
        /// The company's fiscal code
        cf: String,
    },
    /// Reject a pending company (regional operators), with the reason
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
    /// Show a company: data, types, units, administrators, status history
    #[command(after_help = "Example:\n  lpt company show 01234560017 --format json")]
    Show {
        /// The company's fiscal code
        cf: String,
    },
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
    /// registration (conditions §7): there is no way to change it. Giving --type replaces the
    /// whole set of types; it is re-checked for compatibility and register entries, and refused
    /// while a live grant depends on a type being removed.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U company update 01234560017 --pec acme@pec.it --phone '0961 000000'"
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

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Register(a) => register(ctx, a),
        Cmd::Approve { cf } => {
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let catalog = catalog::load(&s)?;
            let (c, first) = ops::company::approve(&s, &catalog, &cf)?;
            s.commit()?;
            note(format!(
                "approved {}; first administrator: {}",
                c.label(),
                first.label()
            ));
            Ok(Exit::Ok)
        }
        Cmd::Reject { cf, reason } => {
            let reason = ops::text("--reason", &reason)?;
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let c = ops::company::reject(&s, &cf, &reason)?;
            s.commit()?;
            note(format!("rejected {}", c.label()));
            Ok(Exit::Ok)
        }
        Cmd::Show { cf } => show(ctx, &cf),
        Cmd::List { status } => {
            let store = ctx.open()?;
            let mut rows = Vec::new();
            for c in cstore::list(&store, status.as_deref())? {
                rows.push(ListRow {
                    types: cstore::types(&store, c.id)?
                        .into_iter()
                        .map(|t| t.code)
                        .collect(),
                    cf: c.cf,
                    name: c.name,
                    status: c.status,
                    registered_at: c.registered_at,
                });
            }
            ctx.out.list(&rows)?;
            Ok(Exit::Ok)
        }
        Cmd::Update(a) => update(ctx, a),
    }
}

fn register(ctx: &Ctx, a: RegisterArgs) -> Result<Exit> {
    let store = ctx.open()?;
    // Refuses an actor who may not act before asking anything.
    ops::actor(&ctx.begin(&store)?)?;
    let catalog = catalog::load(&store)?;
    let mut ask = Asker::new(ctx);
    let cf = ask.required(a.cf, "CF", "Company fiscal code")?;
    let name = ask.required(a.name, "--name", "Name (denominazione)")?;
    let office = ask.required(a.office, "--office", "Registered office (sede legale)")?;
    let email = ask.required(a.email, "--email", "E-mail")?;
    let pec = ask.optional(a.pec, "PEC")?;
    let phone = ask.optional(a.phone, "Phone")?;
    let rep = ask.required(
        a.legal_rep.legal_rep.clone(),
        "--legal-rep",
        "Legal representative's fiscal code",
    )?;
    let mut types = a.types;
    let mut registers = a.register;
    if types.is_empty() {
        if ask.interactive() {
            let labels: Vec<String> = catalog
                .types
                .iter()
                .map(|t| format!("{} ({})", t.label, t.code))
                .collect();
            let picked = dialoguer::MultiSelect::new()
                .with_prompt("Company types (space to pick, enter to confirm)")
                .items(&labels)
                .interact()?;
            types = picked
                .iter()
                .map(|&i| catalog.types[i].code.clone())
                .collect();
            for code in &types {
                let info = catalog.type_info(code).expect("picked from the catalog");
                if info.register_required
                    && !registers.iter().any(|r| r.starts_with(&format!("{code}=")))
                {
                    let entry: String = dialoguer::Input::new()
                        .with_prompt(format!(
                            "Register entry for {code} (NAME:NUMBER:YYYY-MM-DD)"
                        ))
                        .interact_text()?;
                    registers.push(format!("{code}={entry}"));
                }
            }
        } else {
            ask.missing("--type");
        }
    }
    ask.finish()?;

    let cf = ops::company_cf(&cf)?;
    let name = ops::text("--name", &name)?;
    let office = ops::text("--office", &office)?;
    let email = ops::text("--email", &email)?;
    let pec = pec.as_deref().map(|p| ops::text("--pec", p)).transpose()?;
    let phone = phone
        .as_deref()
        .map(|p| ops::text("--phone", p))
        .transpose()?;
    let unit = ops::text("--unit", &a.unit)?;
    let held = ops::company::held_types(&catalog, &types, &registers)?;
    let s = ctx.begin(&store)?;
    let rep = LegalRep {
        cf: &rep,
        family_name: a.legal_rep.legal_rep_family_name.as_deref(),
        given_name: a.legal_rep.legal_rep_given_name.as_deref(),
    };
    let data = Data {
        name: &name,
        office: &office,
        email: &email,
        pec: pec.as_deref(),
        phone: phone.as_deref(),
    };
    ops::company::register(&s, cf.as_str(), &data, &rep, &held, &unit)?;
    s.commit()?;
    note(format!(
        "registered {name} ({cf}), pending verification by a regional operator; first unit: {unit}"
    ));
    Ok(Exit::Ok)
}

#[derive(Debug, Serialize, Default)]
struct ListRow {
    cf: String,
    name: String,
    status: String,
    types: Vec<String>,
    registered_at: String,
}

#[derive(Debug, Serialize)]
struct Detail {
    cf: String,
    name: String,
    office: String,
    email: String,
    pec: Option<String>,
    phone: Option<String>,
    legal_rep_cf: String,
    legal_rep_name: String,
    status: String,
    types: Vec<String>,
    units: Vec<String>,
    administrators: Vec<String>,
    history: Vec<String>,
}

fn show(ctx: &Ctx, cf: &str) -> Result<Exit> {
    let store = ctx.open()?;
    let c = ops::find_company(&store, cf)?;
    let types = cstore::types(&store, c.id)?
        .into_iter()
        .map(|t| match t.register {
            Some(r) => format!("{} ({} n. {} of {})", t.code, r.name, r.number, r.date),
            None => t.code,
        })
        .collect();
    let units = cstore::units(&store, c.id)?
        .into_iter()
        .map(|u| u.name)
        .collect();
    let administrators = grant::of_company(&store, c.id, None, Some(ADMIN), true)?
        .into_iter()
        .map(|g| {
            format!(
                "{} {} {} ({})",
                g.person_cf,
                g.given_name,
                g.family_name,
                match &g.unit {
                    Some(u) => format!("unit {u}"),
                    None => "group level".into(),
                }
            )
        })
        .collect();
    let requester = person::by_id(&store, c.requested_by)?;
    let mut history = vec![format!(
        "{} registered by {}",
        c.registered_at,
        requester.label()
    )];
    if let (Some(at), Some(by)) = (&c.decided_at, c.decided_by) {
        let by = person::by_id(&store, by)?;
        history.push(match &c.reject_reason {
            Some(r) => format!("{at} rejected by {}: {r}", by.label()),
            None => format!("{at} approved by {}", by.label()),
        });
    }
    ctx.out.one(&Detail {
        cf: c.cf,
        name: c.name,
        office: c.office,
        email: c.email,
        pec: c.pec,
        phone: c.phone,
        legal_rep_cf: c.legal_rep_cf,
        legal_rep_name: format!("{} {}", c.legal_rep_given_name, c.legal_rep_family_name),
        status: c.status,
        types,
        units,
        administrators,
        history,
    })?;
    Ok(Exit::Ok)
}

fn update(ctx: &Ctx, a: UpdateArgs) -> Result<Exit> {
    if a.new_cf.is_some() {
        bail!(
            "the company fiscal code cannot be changed after registration (conditions §7); nothing changed"
        );
    }
    let store = ctx.open()?;
    let s = ctx.begin(&store)?;
    let catalog = catalog::load(&s)?;
    let l = &a.legal_rep;
    let u = Update {
        name: a.name.as_deref(),
        office: a.office.as_deref(),
        email: a.email.as_deref(),
        pec: a.pec.as_deref(),
        phone: a.phone.as_deref(),
        legal_rep: l.legal_rep.as_deref().map(|cf| LegalRep {
            cf,
            family_name: l.legal_rep_family_name.as_deref(),
            given_name: l.legal_rep_given_name.as_deref(),
        }),
        types: &a.types,
        registers: &a.register,
    };
    let (c, fields) = ops::company::update(&s, &catalog, &a.cf, &u)?;
    if fields.is_empty() {
        note(format!("{}: nothing to change", c.label()));
        return Ok(Exit::Ok);
    }
    s.commit()?;
    note(format!("updated {}: {}", c.label(), fields.join(", ")));
    Ok(Exit::Ok)
}
