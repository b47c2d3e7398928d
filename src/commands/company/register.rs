//! `lpt company register`: the registration (R2), asked for on a terminal.

use anyhow::Result;

use super::RegisterArgs;
use crate::commands::{Asker, Ctx};
use crate::error::Exit;
use crate::ops::{self, company::LegalRep};
use crate::output::note;
use crate::store::catalog;
use crate::store::company::Data;
use crate::tr;

pub(super) fn register(ctx: &Ctx, a: RegisterArgs) -> Result<Exit> {
    let store = ctx.open()?;
    // Refuses an actor who may not act before asking anything.
    ops::actor(&ctx.begin(&store)?)?;
    let catalog = catalog::load(&store)?;
    let mut ask = Asker::new(ctx);
    let cf = ask.required(a.cf, "CF", &tr!("ask-company-cf"))?;
    let name = ask.required(a.name, "--name", &tr!("ask-company-name"))?;
    let office = ask.required(a.office, "--office", &tr!("ask-company-office"))?;
    let email = ask.required(a.email, "--email", &tr!("ask-email"))?;
    let pec = ask.optional(a.pec, &tr!("ask-pec"))?;
    let phone = ask.optional(a.phone, &tr!("ask-phone"))?;
    let rep = ask.required(
        a.legal_rep.legal_rep.clone(),
        "--legal-rep",
        &tr!("ask-legal-rep"),
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
                .with_prompt(tr!("ask-company-types"))
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
                        .with_prompt(tr!("ask-register-entry", code = code))
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
    let name = ops::name("--name", &name)?;
    let office = ops::text("--office", &office)?;
    let email = ops::text("--email", &email)?;
    let pec = pec.as_deref().map(|p| ops::text("--pec", p)).transpose()?;
    let phone = phone
        .as_deref()
        .map(|p| ops::text("--phone", p))
        .transpose()?;
    let unit = ops::name("--unit", &a.unit)?;
    let held = ops::company::held_types(&catalog, &types, &registers, ctx.today())?;
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
    note(tr!(
        "note-company-registered",
        name = name,
        cf = cf,
        unit = unit
    ));
    Ok(Exit::Ok)
}
