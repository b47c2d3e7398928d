//! Ids for new rows a write session makes, known before the row is written: then the
//! insert needs no answer and, on a server, can wait in the queue with the others
//! ([`super::db::Conn::insert_later`]).
//!
//! On a file, the next id is one past the largest, read at each new row (the session holds
//! the write lock, and SQLite would have chosen the same). On a server it comes from the
//! table's identity sequence, which every other writer draws from too, in blocks that
//! double from one to [`MAX_BLOCK`]: a single change takes one id, a bulk one asks the
//! server once per thousand or so. Ids a block drew and the session did not use are
//! skipped, as the ids of a transaction that rolls back are.

use std::cell::RefCell;

use anyhow::Result;

use super::{Db, Dialect};
use crate::params;

/// The tables whose new rows are given their id by lpt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Relationship,
    Grants,
}

const MAX_BLOCK: i64 = 4096;

/// The session's ids drawn and not yet used, per table, and the last block's size.
#[derive(Default)]
pub(super) struct Ids(RefCell<Vec<(Table, Vec<i64>, i64)>>);

impl Ids {
    pub(super) fn next(&self, db: &impl Db, table: Table) -> Result<i64> {
        if db.conn().dialect() == Dialect::Sqlite {
            let sql = match table {
                Table::Relationship => "SELECT coalesce(max(id), 0) + 1 FROM relationship",
                Table::Grants => "SELECT coalesce(max(id), 0) + 1 FROM grants",
            };
            return db.with(sql, |st| st.query_row(params![], |r| r.get(0)));
        }
        let mut all = self.0.borrow_mut();
        let i = match all.iter().position(|(t, ..)| *t == table) {
            Some(i) => i,
            None => {
                all.push((table, Vec::new(), 0));
                all.len() - 1
            }
        };
        let (_, drawn, block) = &mut all[i];
        if drawn.is_empty() {
            *block = (*block * 2).clamp(1, MAX_BLOCK);
            let sql = match table {
                Table::Relationship => {
                    "SELECT nextval(pg_get_serial_sequence('relationship', 'id'))
                     FROM generate_series(1, ?1) ORDER BY 1 DESC"
                }
                Table::Grants => {
                    "SELECT nextval(pg_get_serial_sequence('grants', 'id'))
                     FROM generate_series(1, ?1) ORDER BY 1 DESC"
                }
            };
            *drawn = db.with(sql, |st| {
                st.query_map(params![*block], |r| r.get(0))?.collect()
            })?;
        }
        // Drawn in descending order: the smallest is used first.
        Ok(drawn.pop().expect("a block holds at least one id"))
    }
}
