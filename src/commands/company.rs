//! `lpt company`: registration (R2), regional verification (R3), data upkeep (R4).

use anyhow::{Context, Result, anyhow, bail};
use serde::Serialize;
use serde_json::json;

use super::{Asker, Ctx, allow, collab, company_cf, find_company, person_cf, standing, text};
use crate::catalog::{ADMIN, Catalog};
use crate::cli::parse_date;
use crate::error::Exit;
use crate::output::note;
use crate::policy::{self, Scope};
use crate::store::company::{self as cstore, Company, Fields, HeldType, Register};
use crate::store::{self, grant, person};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Register a company (R2): it starts pending until a regional operator verifies it
    ///
    /// The acting person (--as) is the legal representative or the delegate who asks to
    /// become the first administrator. On a terminal, missing fields are asked for; off a
    /// terminal they are a usage error. The company's fiscal code can never be changed later.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U company register 01234567897 --name 'ACME Srl' \\\n      --office 'Via Roma 1, Catanzaro' --email info@acme.it --legal-rep RSSMRA80A01H501U \\\n      --type DATORE_PRIVATO --type CONSULENTE_LAVORO \\\n      --register 'CONSULENTE_LAVORO=Albo consulenti CZ:1234:2010-05-04'"
    )]
    Register(RegisterArgs),
    /// Approve a pending company (regional operators): its requester becomes the first administrator
    #[command(after_help = "Example:\n  lpt --as RSSMRA80A01H501U company approve 01234567897")]
    Approve {
        /// The company's fiscal code
        cf: String,
    },
    /// Reject a pending company (regional operators), with the reason
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U company reject 01234567897 --reason 'register entry not found'"
    )]
    Reject {
        /// The company's fiscal code
        cf: String,
        /// Why (kept with the company)
        #[arg(long, value_name = "R")]
        reason: String,
    },
    /// Show a company: data, types, units, administrators, status history
    #[command(after_help = "Example:\n  lpt company show 01234567897 --format json")]
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
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U company update 01234567897 --pec acme@pec.it --phone '0961 000000'"
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

/// Parses `CODE=NAME:NUMBER:DATE` (the name may itself contain colons).
pub fn parse_register(s: &str) -> Result<(String, Register)> {
    let bad = || {
        anyhow!(
            "--register '{s}' is not CODE=NAME:NUMBER:DATE (for example CONSULENTE_LAVORO=Albo CZ:1234:2010-05-04)"
        )
    };
    let (code, rest) = s.split_once('=').ok_or_else(bad)?;
    let mut parts = rest.rsplitn(3, ':');
    let date = parts.next().ok_or_else(bad)?;
    let number = parts.next().ok_or_else(bad)?;
    let name = parts.next().ok_or_else(bad)?;
    let date = parse_date(date).map_err(|e| anyhow!("--register {}: {e}", code.trim()))?;
    Ok((
        code.trim().to_ascii_uppercase(),
        Register {
            name: text("register name", name)?,
            number: text("register number", number)?,
            date: date.to_string(),
        },
    ))
}

/// Builds the held types from `--type` and `--register` and checks them against the catalog.
fn held_types(catalog: &Catalog, types: &[String], registers: &[String]) -> Result<Vec<HeldType>> {
    let mut held: Vec<HeldType> = types
        .iter()
        .map(|t| {
            catalog
                .company_type(t)
                .map(|info| HeldType {
                    code: info.code.clone(),
                    register: None,
                })
                .map_err(|e| anyhow!(e))
        })
        .collect::<Result<_>>()?;
    for r in registers {
        let (code, reg) = parse_register(r)?;
        let slot = held.iter_mut().find(|h| h.code == code).ok_or_else(|| {
            anyhow!("--register names {code}, which is not among the --type given")
        })?;
        slot.register = Some(reg);
    }
    catalog.check_types(&held).map_err(|e| anyhow!(e))?;
    Ok(held)
}

/// The legal representative's code and names: from the person register, or from the flags.
fn legal_rep(
    conn: &rusqlite::Connection,
    cf: &str,
    a: &LegalRepArgs,
) -> Result<(String, String, String)> {
    let cf = person_cf(cf).context("--legal-rep")?;
    if let Some(p) = person::by_cf(conn, cf.as_str())? {
        return Ok((p.cf, p.family_name, p.given_name));
    }
    match (&a.legal_rep_family_name, &a.legal_rep_given_name) {
        (Some(f), Some(g)) => Ok((
            cf.into_string(),
            text("--legal-rep-family-name", f)?,
            text("--legal-rep-given-name", g)?,
        )),
        _ => bail!(
            "the legal representative {cf} is not a registered person: give their names with \
             --legal-rep-family-name and --legal-rep-given-name"
        ),
    }
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Register(a) => register(ctx, a),
        Cmd::Approve { cf } => approve(ctx, &cf),
        Cmd::Reject { cf, reason } => {
            let reason = text("--reason", &reason)?;
            let mut conn = ctx.open()?;
            let tx = store::write(&mut conn)?;
            let actor = ctx.actor(&tx)?;
            let c = find_company(&tx, &cf)?;
            allow(policy::operator(&actor, "reject companies"))?;
            pending(&c)?;
            cstore::decide(&tx, c.id, "rejected", actor.id, &ctx.now, Some(&reason))?;
            ctx.audit(
                &tx,
                &actor,
                "company.reject",
                Some(&c.cf),
                None,
                json!({"reason": reason}),
            )?;
            ctx.commit(tx)?;
            note(format!("rejected {}", c.label()));
            Ok(Exit::Ok)
        }
        Cmd::Show { cf } => show(ctx, &cf),
        Cmd::List { status } => {
            let conn = ctx.open()?;
            let mut rows = Vec::new();
            for c in cstore::list(&conn, status.as_deref())? {
                rows.push(ListRow {
                    types: cstore::types(&conn, c.id)?
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

fn pending(c: &Company) -> Result<()> {
    if c.status != "pending" {
        bail!(
            "{} is already {}: only a pending company can be verified; nothing changed",
            c.label(),
            c.status
        );
    }
    Ok(())
}

fn register(ctx: &Ctx, a: RegisterArgs) -> Result<Exit> {
    let mut conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let catalog = Catalog::load(&conn)?;
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

    let cf = company_cf(&cf)?;
    let fields_name = text("--name", &name)?;
    let office = text("--office", &office)?;
    let email = text("--email", &email)?;
    let pec = pec.as_deref().map(|p| text("--pec", p)).transpose()?;
    let phone = phone.as_deref().map(|p| text("--phone", p)).transpose()?;
    let unit = text("--unit", &a.unit)?;
    let held = held_types(&catalog, &types, &registers)?;

    let tx = store::write(&mut conn)?;
    if let Some(c) = cstore::by_cf(&tx, cf.as_str())? {
        bail!(
            "a company with fiscal code {cf} is already registered ({}, {}); nothing changed",
            c.name,
            c.status
        );
    }
    let (rep_cf, rep_family, rep_given) = legal_rep(&tx, &rep, &a.legal_rep)?;
    let fields = Fields {
        name: &fields_name,
        office: &office,
        email: &email,
        pec: pec.as_deref(),
        phone: phone.as_deref(),
        legal_rep_cf: &rep_cf,
        legal_rep_family_name: &rep_family,
        legal_rep_given_name: &rep_given,
    };
    let id = cstore::insert(&tx, cf.as_str(), &fields, actor.id, &ctx.now)?;
    cstore::set_types(&tx, id, &held)?;
    cstore::add_unit(&tx, id, &unit, &ctx.now)?;
    ctx.audit(
        &tx,
        &actor,
        "company.register",
        Some(cf.as_str()),
        None,
        json!({
            "name": fields_name, "office": office, "email": email, "pec": pec, "phone": phone,
            "legal_rep_cf": rep_cf, "types": types_json(&held), "unit": unit,
        }),
    )?;
    ctx.commit(tx)?;
    note(format!(
        "registered {fields_name} ({cf}), pending verification by a regional operator; first unit: {unit}"
    ));
    Ok(Exit::Ok)
}

fn types_json(held: &[HeldType]) -> serde_json::Value {
    held.iter()
        .map(|h| match &h.register {
            Some(r) => {
                json!({"type": h.code, "register": r.name, "number": r.number, "date": r.date})
            }
            None => json!({"type": h.code}),
        })
        .collect()
}

fn approve(ctx: &Ctx, cf: &str) -> Result<Exit> {
    let mut conn = ctx.open()?;
    let tx = store::write(&mut conn)?;
    let actor = ctx.actor(&tx)?;
    let mut c = find_company(&tx, cf)?;
    allow(policy::operator(&actor, "approve companies"))?;
    pending(&c)?;
    let requester = person::by_id(&tx, c.requested_by)?;
    cstore::decide(&tx, c.id, "approved", actor.id, &ctx.now, None)?;
    c.status = "approved".into();
    ctx.audit(
        &tx,
        &actor,
        "company.approve",
        Some(&c.cf),
        Some(&requester.cf),
        json!({"first_administrator": requester.cf}),
    )?;
    let catalog = Catalog::load(&tx)?;
    let profile = catalog.profile(ADMIN).map_err(|e| anyhow!(e))?;
    let types: Vec<String> = cstore::types(&tx, c.id)?
        .into_iter()
        .map(|t| t.code)
        .collect();
    allow(policy::grantable(
        &catalog,
        &c,
        &types,
        &requester,
        profile,
        Scope::Group,
    ))
    .context("the requester cannot become the first administrator; reject the company instead")?;
    collab::add_grant(
        &tx,
        ctx,
        &actor,
        &c,
        &requester,
        profile,
        Scope::Group,
        &ctx.day(None),
        None,
    )?;
    ctx.commit(tx)?;
    note(format!(
        "approved {}; first administrator: {}",
        c.label(),
        requester.label()
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
    let conn = ctx.open()?;
    let c = find_company(&conn, cf)?;
    let types = cstore::types(&conn, c.id)?
        .into_iter()
        .map(|t| match t.register {
            Some(r) => format!("{} ({} n. {} of {})", t.code, r.name, r.number, r.date),
            None => t.code,
        })
        .collect();
    let units = cstore::units(&conn, c.id)?
        .into_iter()
        .map(|u| u.name)
        .collect();
    let administrators = grant::of_company(&conn, c.id, None, Some(ADMIN), true)?
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
    let requester = person::by_id(&conn, c.requested_by)?;
    let mut history = vec![format!(
        "{} registered by {}",
        c.registered_at,
        requester.label()
    )];
    if let (Some(at), Some(by)) = (&c.decided_at, c.decided_by) {
        let by = person::by_id(&conn, by)?;
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
    let mut conn = ctx.open()?;
    let tx = store::write(&mut conn)?;
    let actor = ctx.actor(&tx)?;
    let c = find_company(&tx, &a.cf)?;
    let st = standing(&tx, &actor, &c)?;
    allow(policy::manage_company(&actor, &st, &c, "change the data"))?;

    let opt = |v: &Option<String>, field: &str, old: &Option<String>| -> Result<Option<String>> {
        match v {
            Some(v) if v.trim().is_empty() => Ok(None),
            Some(v) => Ok(Some(text(field, v)?)),
            None => Ok(old.clone()),
        }
    };
    let name = a
        .name
        .as_deref()
        .map(|v| text("--name", v))
        .transpose()?
        .unwrap_or(c.name.clone());
    let office = a
        .office
        .as_deref()
        .map(|v| text("--office", v))
        .transpose()?
        .unwrap_or(c.office.clone());
    let email = a
        .email
        .as_deref()
        .map(|v| text("--email", v))
        .transpose()?
        .unwrap_or(c.email.clone());
    let pec = opt(&a.pec, "--pec", &c.pec)?;
    let phone = opt(&a.phone, "--phone", &c.phone)?;
    let (rep_cf, rep_family, rep_given) = match &a.legal_rep.legal_rep {
        Some(cf) => legal_rep(&tx, cf, &a.legal_rep)?,
        None => (
            c.legal_rep_cf.clone(),
            c.legal_rep_family_name.clone(),
            c.legal_rep_given_name.clone(),
        ),
    };
    let mut changes = serde_json::Map::new();
    let mut diff = |k: &str, old: serde_json::Value, new: serde_json::Value| {
        if old != new {
            changes.insert(k.into(), json!({"from": old, "to": new}));
        }
    };
    diff("name", json!(c.name), json!(name));
    diff("office", json!(c.office), json!(office));
    diff("email", json!(c.email), json!(email));
    diff("pec", json!(c.pec), json!(pec));
    diff("phone", json!(c.phone), json!(phone));
    diff("legal_rep_cf", json!(c.legal_rep_cf), json!(rep_cf));

    if !a.types.is_empty() || !a.register.is_empty() {
        if a.types.is_empty() {
            bail!("--register needs the full set of --type it belongs to");
        }
        let catalog = Catalog::load(&tx)?;
        let held = held_types(&catalog, &a.types, &a.register)?;
        let old = cstore::types(&tx, c.id)?;
        if held != old {
            let codes: Vec<&str> = held.iter().map(|h| h.code.as_str()).collect();
            let broken: Vec<String> = grant::of_company(&tx, c.id, None, None, true)?
                .into_iter()
                .filter(|g| {
                    catalog
                        .profile(&g.profile)
                        .map(|p| !catalog.eligible(p, codes.iter().copied()))
                        .unwrap_or(true)
                })
                .map(|g| format!("{} {}", g.person_cf, g.describe()))
                .collect();
            if !broken.is_empty() {
                bail!(
                    "the new types would leave live grants without an eligible type; revoke them first: {}",
                    broken.join("; ")
                );
            }
            cstore::set_types(&tx, c.id, &held)?;
            diff("types", types_json(&old), types_json(&held));
        }
    }
    if changes.is_empty() {
        note(format!("{}: nothing to change", c.label()));
        return Ok(Exit::Ok);
    }
    cstore::update(
        &tx,
        c.id,
        &Fields {
            name: &name,
            office: &office,
            email: &email,
            pec: pec.as_deref(),
            phone: phone.as_deref(),
            legal_rep_cf: &rep_cf,
            legal_rep_family_name: &rep_family,
            legal_rep_given_name: &rep_given,
        },
    )?;
    let fields: Vec<String> = changes.keys().cloned().collect();
    ctx.audit(
        &tx,
        &actor,
        "company.update",
        Some(&c.cf),
        None,
        serde_json::Value::Object(changes),
    )?;
    ctx.commit(tx)?;
    note(format!("updated {}: {}", c.label(), fields.join(", ")));
    Ok(Exit::Ok)
}
