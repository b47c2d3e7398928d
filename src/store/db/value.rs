//! Values across the two back ends: what a query is given ([`Param`]) and what a column is
//! read as ([`Col`]). On SQLite both go straight through rusqlite's own traits, at no cost;
//! on PostgreSQL they pass through [`Value`], SQLite's five storage classes, so that a rule
//! reads the same Rust value from either database (booleans are integers 0/1 on both,
//! days and instants are text on both).

use std::borrow::Cow;

use super::{Error, Result};

/// One value in SQLite's terms.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(Cow<'a, str>),
    Blob(Cow<'a, [u8]>),
}

impl Value<'_> {
    /// One letter for the value's storage class.
    pub fn kind(&self) -> char {
        match self {
            Value::Null => 'N',
            Value::Int(_) => 'I',
            Value::Real(_) => 'R',
            Value::Text(_) => 'T',
            Value::Blob(_) => 'B',
        }
    }
}

/// Something a statement can be given as a parameter.
pub trait Param {
    fn sqlite(&self) -> &dyn rusqlite::ToSql;
    fn value(&self) -> Value<'_>;
}

macro_rules! int_param {
    ($($t:ty),*) => {$(
        impl Param for $t {
            fn sqlite(&self) -> &dyn rusqlite::ToSql { self }
            fn value(&self) -> Value<'_> { Value::Int(*self as i64) }
        }
    )*};
}
int_param!(i64, i32, u32, u16, u8);

impl Param for bool {
    fn sqlite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}
impl Param for f64 {
    fn sqlite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn value(&self) -> Value<'_> {
        Value::Real(*self)
    }
}
impl Param for String {
    fn sqlite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn value(&self) -> Value<'_> {
        Value::Text(Cow::Borrowed(self))
    }
}
impl Param for &str {
    fn sqlite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn value(&self) -> Value<'_> {
        Value::Text(Cow::Borrowed(self))
    }
}
impl Param for Vec<u8> {
    fn sqlite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn value(&self) -> Value<'_> {
        Value::Blob(Cow::Borrowed(self))
    }
}
impl Param for &[u8] {
    fn sqlite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn value(&self) -> Value<'_> {
        Value::Blob(Cow::Borrowed(self))
    }
}
impl<T: Param + rusqlite::ToSql> Param for Option<T> {
    fn sqlite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn value(&self) -> Value<'_> {
        match self {
            Some(v) => v.value(),
            None => Value::Null,
        }
    }
}
impl<T: Param> Param for &T {
    fn sqlite(&self) -> &dyn rusqlite::ToSql {
        (**self).sqlite()
    }
    fn value(&self) -> Value<'_> {
        (**self).value()
    }
}
impl Param for Value<'_> {
    fn sqlite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn value(&self) -> Value<'_> {
        self.clone()
    }
}

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

/// A statement's parameters: a fixed list of [`Param`]s.
pub trait Params {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> &dyn Param;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
impl Params for [&dyn Param; 0] {
    fn len(&self) -> usize {
        0
    }
    fn at(&self, _: usize) -> &dyn Param {
        unreachable!("no parameters")
    }
}
impl Params for &[&dyn Param] {
    fn len(&self) -> usize {
        <[_]>::len(self)
    }
    fn at(&self, i: usize) -> &dyn Param {
        self[i]
    }
}
impl Params for Vec<&dyn Param> {
    fn len(&self) -> usize {
        <[_]>::len(self)
    }
    fn at(&self, i: usize) -> &dyn Param {
        self[i]
    }
}
impl<T: Param> Params for &[T] {
    fn len(&self) -> usize {
        <[_]>::len(self)
    }
    fn at(&self, i: usize) -> &dyn Param {
        &self[i]
    }
}
macro_rules! array_params {
    ($($n:literal),*) => {$(
        impl<T: Param> Params for [T; $n] {
            fn len(&self) -> usize { $n }
            fn at(&self, i: usize) -> &dyn Param { &self[i] }
        }
        impl<T: Param> Params for &[T; $n] {
            fn len(&self) -> usize { $n }
            fn at(&self, i: usize) -> &dyn Param { &self[i] }
        }
    )*};
}
array_params!(1, 2, 3, 4, 5, 6, 7, 8);

/// `params![a, b, …]`: parameters of mixed types.
#[macro_export]
macro_rules! params {
    () => { &[] as &[&dyn $crate::store::db::Param] };
    ($($p:expr),+ $(,)?) => { &[$(&$p as &dyn $crate::store::db::Param),+] as &[&dyn $crate::store::db::Param] };
}

/// What a column can be read as.
pub trait Col: Sized {
    fn sqlite(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self>;
    fn from_value(v: Value<'_>) -> Result<Self>;
}

fn mismatch<T>(v: &Value<'_>, want: &str) -> Result<T> {
    Err(Error::Type(format!("cannot read {v:?} as {want}")))
}

macro_rules! int_col {
    ($($t:ty),*) => {$(
        impl Col for $t {
            fn sqlite(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self> {
                let n: i64 = r.get(i)?;
                <$t>::try_from(n).map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Integer, Box::new(e)))
            }
            fn from_value(v: Value<'_>) -> Result<Self> {
                match v {
                    Value::Int(n) => <$t>::try_from(n).map_err(|_| Error::Type(format!("{n} is out of range"))),
                    v => mismatch(&v, stringify!($t)),
                }
            }
        }
    )*};
}
int_col!(i64, i32, u32, u16, u8, usize, u64);

impl Col for bool {
    fn sqlite(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self> {
        r.get(i)
    }
    fn from_value(v: Value<'_>) -> Result<Self> {
        match v {
            Value::Int(n) => Ok(n != 0),
            v => mismatch(&v, "a boolean"),
        }
    }
}
impl Col for f64 {
    fn sqlite(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self> {
        r.get(i)
    }
    fn from_value(v: Value<'_>) -> Result<Self> {
        match v {
            Value::Real(f) => Ok(f),
            Value::Int(n) => Ok(n as f64),
            v => mismatch(&v, "a number"),
        }
    }
}
impl Col for String {
    fn sqlite(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self> {
        r.get(i)
    }
    fn from_value(v: Value<'_>) -> Result<Self> {
        match v {
            Value::Text(s) => Ok(s.into_owned()),
            v => mismatch(&v, "text"),
        }
    }
}
impl Col for Vec<u8> {
    fn sqlite(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self> {
        r.get(i)
    }
    fn from_value(v: Value<'_>) -> Result<Self> {
        match v {
            Value::Blob(b) => Ok(b.into_owned()),
            v => mismatch(&v, "bytes"),
        }
    }
}
impl<T: Col> Col for Option<T> {
    fn sqlite(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self> {
        match r.get_ref(i)? {
            rusqlite::types::ValueRef::Null => Ok(None),
            _ => T::sqlite(r, i).map(Some),
        }
    }
    fn from_value(v: Value<'_>) -> Result<Self> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}
impl Col for Value<'static> {
    fn sqlite(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self> {
        use rusqlite::types::ValueRef;
        Ok(match r.get_ref(i)? {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(n) => Value::Int(n),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(t) => Value::Text(Cow::Owned(String::from_utf8_lossy(t).into_owned())),
            ValueRef::Blob(b) => Value::Blob(Cow::Owned(b.to_vec())),
        })
    }
    fn from_value(v: Value<'_>) -> Result<Self> {
        Ok(match v {
            Value::Null => Value::Null,
            Value::Int(n) => Value::Int(n),
            Value::Real(f) => Value::Real(f),
            Value::Text(t) => Value::Text(Cow::Owned(t.into_owned())),
            Value::Blob(b) => Value::Blob(Cow::Owned(b.into_owned())),
        })
    }
}
