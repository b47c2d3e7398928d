//! The facts an import keeps for the whole file: every company it meets, with its types,
//! units and the actor's standing there, looked up once (or, for a large file, loaded in a
//! few scans up front).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use anyhow::Result;

use super::read::{Fault, fault};
use crate::ops;
use crate::policy::Standing;
use crate::store::company::{self as cstore, Company, Unit};
use crate::store::person::Person;
use crate::store::{Session, grant};

pub struct CompanyInfo {
    pub company: Company,
    pub types: Vec<String>,
    pub units: Vec<Unit>,
    /// The actor's standing here, once known; cleared when the file changes an administrator.
    pub standing: RefCell<Option<Rc<Standing>>>,
}

impl CompanyInfo {
    /// A live unit by name, ignoring ASCII case as SQLite's NOCASE does.
    pub fn unit(&self, name: &str) -> Result<&Unit, Fault> {
        match self
            .units
            .iter()
            .find(|u| u.name.eq_ignore_ascii_case(name))
        {
            Some(u) => Ok(u),
            None => fault(
                "unit",
                format!("{} has no unit named '{name}'", self.company.label()),
            ),
        }
    }
}

/// Every company the file names, by code (`None`: not registered).
pub struct Companies<'a, 's> {
    s: &'a Session<'s>,
    map: HashMap<String, Option<Rc<CompanyInfo>>>,
    /// Every company is in `map`: a code not there is not registered.
    preloaded: bool,
}

impl<'a, 's> Companies<'a, 's> {
    pub fn new(s: &'a Session<'s>) -> Self {
        Companies {
            s,
            map: HashMap::new(),
            preloaded: false,
        }
    }

    fn actor(&self) -> &Person {
        self.s
            .actor()
            .expect("the importer starts with an acting person")
    }

    /// The company with this code, or the row's fault.
    pub fn get(&mut self, cf: &str) -> Result<Rc<CompanyInfo>, Fault> {
        let cf = ops::company_cf(cf).or_else(|e| fault("company_cf", format!("{e:#}")))?;
        if !self.preloaded && !self.map.contains_key(cf.as_str()) {
            let info = match cstore::by_cf(self.s, cf.as_str())? {
                Some(company) => Some(Rc::new(CompanyInfo {
                    types: cstore::types(self.s, company.id)?
                        .into_iter()
                        .map(|t| t.code)
                        .collect(),
                    units: cstore::units(self.s, company.id)?,
                    company,
                    standing: RefCell::new(None),
                })),
                None => None,
            };
            self.map.insert(cf.as_str().to_string(), info);
        }
        match self.map.get(cf.as_str()).and_then(Option::as_ref) {
            Some(c) => Ok(c.clone()),
            None => fault(
                "company_cf",
                format!("no company is registered with fiscal code {cf}"),
            ),
        }
    }

    /// For a large file: every company (with types and units) and the actor's administrator
    /// scopes in a few scans, instead of four queries per company on first sight.
    pub fn preload(&mut self) -> Result<()> {
        let actor = self.actor().clone();
        let mut scopes = grant::admin_scopes_everywhere(self.s, actor.id)?;
        for (company, types, units) in cstore::all_with_types_and_units(self.s)? {
            let (group_admin, unit_admin) = scopes.remove(&company.id).unwrap_or_default();
            let standing = Standing {
                legal_rep: company.legal_rep_cf == actor.cf,
                group_admin,
                unit_admin,
            };
            self.map.insert(
                company.cf.clone(),
                Some(Rc::new(CompanyInfo {
                    company,
                    types,
                    units,
                    standing: RefCell::new(Some(Rc::new(standing))),
                })),
            );
        }
        self.preloaded = true;
        Ok(())
    }

    /// The actor's standing in a company, looked up on first need.
    pub fn standing(&self, info: &CompanyInfo) -> Result<Rc<Standing>, Fault> {
        if let Some(s) = &*info.standing.borrow() {
            return Ok(s.clone());
        }
        let s = Rc::new(ops::standing(self.s, self.actor(), &info.company)?);
        *info.standing.borrow_mut() = Some(s.clone());
        Ok(s)
    }
}
