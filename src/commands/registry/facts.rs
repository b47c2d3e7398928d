//! The facts an import keeps for the whole file. The companies it meets (with their types
//! and units) are looked up once each by the reading thread, those of a batch of rows
//! together in three queries, since an import never changes them; for a large file they
//! are all loaded up front in three scans. The actor's
//! standing in each company is kept by the writing thread, which changes it when the file
//! nominates or revokes an administrator.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::Arc;

use anyhow::Result;

use super::fault::{Fault, fault};
use crate::catalog::{ADMIN, LEGAL_REP};
use crate::ops;
use crate::ops::grant::Recorded;
use crate::policy::Standing;
use crate::store::company::{self as cstore, Company, Unit};
use crate::store::grant::Live;
use crate::store::person::Person;
use crate::store::relationship::{self as rstore, Relationship};
use crate::store::{CompanyId, Db, PersonId, Session, UnitId, grant};
use crate::tr;

/// A company as the rows need it: its record, types and live units.
pub struct CompanyData {
    pub company: Company,
    pub types: Vec<String>,
    pub units: Vec<Unit>,
}

impl CompanyData {
    /// A live unit by name: the one so spelled, else the one whose name has the same key
    /// (R15), as `store::company::unit_by_name` finds it.
    pub fn unit(&self, name: &str) -> Result<&Unit, Fault> {
        let found = self.units.iter().find(|u| u.name == name).or_else(|| {
            let key = crate::names::key(name);
            self.units
                .iter()
                .find(|u| crate::names::key(&u.name) == key)
        });
        match found {
            Some(u) => Ok(u),
            None => fault("unit", ops::no_such_unit(&self.company, name, &self.units)),
        }
    }
}

/// Every company the file names, by code (`None`: not registered): the reading thread's.
#[derive(Default)]
pub struct Companies {
    map: HashMap<String, Option<Arc<CompanyData>>>,
    /// Every company is in `map`: a code not there is not registered.
    preloaded: bool,
}

impl Companies {
    /// The company with this code, or the row's fault.
    pub fn get(&mut self, db: &impl Db, cf: &str) -> Result<Arc<CompanyData>, Fault> {
        let cf = ops::company_cf(cf).or_else(|e| fault("company_cf", format!("{e:#}")))?;
        self.fetch(db, [cf.as_str()])?;
        match self.map.get(cf.as_str()).and_then(Option::as_ref) {
            Some(c) => Ok(c.clone()),
            None => fault("company_cf", tr!("fault-no-company", cf = cf)),
        }
    }

    /// Looks up the companies of these codes not met before, all in three queries (the
    /// reading thread does it for a batch of rows); invalid codes are left to [`Self::get`].
    pub fn fetch<'c>(
        &mut self,
        db: &impl Db,
        codes: impl IntoIterator<Item = &'c str>,
    ) -> Result<()> {
        if self.preloaded {
            return Ok(());
        }
        let mut new: Vec<String> = codes
            .into_iter()
            .filter_map(|cf| ops::company_cf(cf).ok())
            .map(|cf| cf.as_str().to_string())
            .filter(|cf| !self.map.contains_key(cf))
            .collect();
        new.sort_unstable();
        new.dedup();
        self.keep(cstore::with_codes_types_and_units(db, &new)?);
        for cf in new {
            self.map.entry(cf).or_insert(None);
        }
        Ok(())
    }

    /// For a large file: every company with its types and units, in three scans instead of
    /// three queries per company on first sight.
    pub fn preload(&mut self, db: &impl Db) -> Result<()> {
        self.keep(cstore::all_with_types_and_units(db)?);
        self.preloaded = true;
        Ok(())
    }

    /// Keeps companies looked up, by code.
    fn keep(&mut self, loaded: Vec<cstore::Loaded>) {
        for (company, types, units) in loaded {
            let data = CompanyData {
                company,
                types,
                units,
            };
            self.map
                .insert(data.company.cf.clone(), Some(Arc::new(data)));
        }
    }
}

/// The actor's standing in every company: the administrator grants in one scan at the
/// start, then kept current by the writing thread.
pub struct Standings {
    actor: Person,
    scopes: HashMap<CompanyId, Rc<Standing>>,
}

impl Standings {
    pub fn load(s: &Session, actor: &Person) -> Result<Standings> {
        let scopes = grant::powers_everywhere(s, actor.id)?
            .into_iter()
            .map(|(company, p)| (company, Rc::new(Standing::from(p))))
            .collect();
        Ok(Standings {
            actor: actor.clone(),
            scopes,
        })
    }

    /// The actor's standing in a company.
    pub fn of(&self, company: &Company) -> Rc<Standing> {
        self.scopes.get(&company.id).cloned().unwrap_or_default()
    }

    /// Reads the standing in `company` again if a change to `person`'s `profile` there can
    /// have changed it: an administrator or legal representative's grant, or the actor's
    /// own relationship (R14: no power after its end).
    pub fn after(
        &mut self,
        s: &Session,
        company: &Company,
        profile: &str,
        person: PersonId,
    ) -> Result<()> {
        if profile == ADMIN || profile == LEGAL_REP || person == self.actor.id {
            self.refresh(s, company)?;
        }
        Ok(())
    }

    /// Reads the standing in `company` again, after the file changed an administrator there.
    pub fn refresh(&mut self, s: &Session, company: &Company) -> Result<()> {
        let st = ops::standing(s, &self.actor, company)?;
        self.scopes.insert(company.id, Rc::new(st));
        Ok(())
    }
}

/// What was recorded of a row's person in the row's company when the import began: the
/// relationships and the live grants, looked up by the reading thread for a batch of rows
/// at once. It stands for [`Recorded::load`] as long as the file has not changed that
/// person in that company: the reading thread's snapshot is taken while this process holds
/// the write lock, so it is the state the write session began from, and every change a row
/// makes concerns its own person and company. The writing thread reads a pair it has
/// changed again ([`super::import`]).
#[derive(Default, Clone)]
pub struct Known {
    relationships: Vec<Relationship>,
    live: Vec<(String, Option<UnitId>, Live)>,
}

impl Known {
    /// What [`Recorded::load`] reads for `profile` at `unit`.
    pub fn recorded(self, profile: &str, unit: Option<UnitId>) -> Recorded {
        // As there: every grant hangs on a relationship; with none, nothing is held.
        let live = if self.relationships.is_empty() {
            None
        } else {
            self.live
                .into_iter()
                .find(|(p, u, _)| p == profile && *u == unit)
                .map(|(.., live)| live)
        };
        Recorded {
            relationships: self.relationships,
            live,
        }
    }

    /// What is recorded for each of these (person, company) pairs: two queries.
    pub fn load(
        db: &impl Db,
        pairs: &HashSet<(PersonId, CompanyId)>,
    ) -> Result<HashMap<(PersonId, CompanyId), Known>> {
        let mut persons: Vec<PersonId> = pairs.iter().map(|p| p.0).collect();
        persons.sort_unstable();
        persons.dedup();
        let mut known: HashMap<(PersonId, CompanyId), Known> = HashMap::new();
        for (person, company, r) in rstore::of_persons(db, &persons)? {
            if pairs.contains(&(person, company)) {
                known
                    .entry((person, company))
                    .or_default()
                    .relationships
                    .push(r);
            }
        }
        for (person, company, profile, unit, live) in grant::live_of_persons(db, &persons)? {
            if pairs.contains(&(person, company)) {
                known
                    .entry((person, company))
                    .or_default()
                    .live
                    .push((profile, unit, live));
            }
        }
        Ok(known)
    }
}

/// The (person, company) pairs of the rows applied so far, which the file may have changed:
/// for those, what the reading thread found no longer holds ([`Known`]). A Bloom filter of
/// fixed size (1 MiB, whatever the file's length; an exact set of a million pairs took some
/// 60 MB and the 1M-row import past its 100 MB budget): a pair not met may be taken for one
/// met, and is then read again, which is always right; a pair met is never missed. At a
/// million pairs some 2.4% are read again for nothing (on a file, some 10 µs each).
pub struct Met {
    bits: Vec<u64>,
}

impl Met {
    /// Bits in the filter (2^23) and hashes a pair sets.
    const BITS: u64 = 1 << 23;
    const HASHES: u64 = 4;

    /// Marks `pair` as met; whether it may have been met before.
    pub fn insert(&mut self, pair: (PersonId, CompanyId)) -> bool {
        let (mut h, step) = Self::hash(pair);
        let mut before = true;
        for _ in 0..Self::HASHES {
            let bit = h % Self::BITS;
            let (word, mask) = ((bit / 64) as usize, 1u64 << (bit % 64));
            before &= self.bits[word] & mask != 0;
            self.bits[word] |= mask;
            h = h.wrapping_add(step);
        }
        before
    }

    /// Two independent 64-bit hashes of the pair (SplitMix64's finaliser).
    fn hash((person, company): (PersonId, CompanyId)) -> (u64, u64) {
        fn mix(mut z: u64) -> u64 {
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }
        let a = mix((person.0 as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ mix(company.0 as u64));
        (a, mix(a) | 1)
    }
}

impl Default for Met {
    fn default() -> Met {
        // Zeroed memory is given by the system as it is first touched.
        Met {
            bits: vec![0; (Self::BITS / 64) as usize],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Met;
    use crate::store::{CompanyId, PersonId};

    #[test]
    fn a_pair_met_is_never_missed_and_few_are_taken_for_met() {
        let mut met = Met::default();
        let pair = |i: i64| (PersonId(i % 300_000 + 1), CompanyId(i / 300_000 + 1));
        let early = (0..1_000_000).filter(|&i| met.insert(pair(i))).count();
        assert!(
            early < 20_000,
            "{early} of a million new pairs taken for met"
        );
        for i in 0..1_000_000 {
            assert!(met.insert(pair(i)), "pair {i} met and missed");
        }
        let wrong = (1_000_000..1_100_000)
            .filter(|&i| met.insert(pair(i)))
            .count();
        assert!(wrong < 4_000, "{wrong} of 100,000 new pairs taken for met");
    }
}
