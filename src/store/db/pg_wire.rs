//! The PostgreSQL side of [`Value`]: parameters converted to the type the server inferred
//! for their place, columns read back into SQLite's storage classes, and `?N` placeholders
//! rewritten as `$N`.

use std::borrow::Cow;

use postgres::error::SqlState;
use postgres::types::{FromSql, IsNull, Kind, ToSql, Type, to_sql_checked};

use super::Value;
/// A parameter as PostgreSQL receives it: converted to whatever type the server inferred
/// for its place, as SQLite would store it there.
#[derive(Debug)]
pub(super) struct PgParam<'a>(pub Value<'a>);

impl ToSql for PgParam<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        let bad = || -> Box<dyn std::error::Error + Sync + Send> {
            format!("cannot pass {:?} as {ty}", self.0).into()
        };
        match (&self.0, ty) {
            (Value::Null, _) => Ok(IsNull::Yes),
            (Value::Int(i), &Type::INT8) => i.to_sql(ty, out),
            (Value::Int(i), &Type::INT4) => i32::try_from(*i).map_err(|_| bad())?.to_sql(ty, out),
            (Value::Int(i), &Type::INT2) => i16::try_from(*i).map_err(|_| bad())?.to_sql(ty, out),
            (Value::Int(i), &Type::BOOL) => (*i != 0).to_sql(ty, out),
            (Value::Int(i), &Type::FLOAT8) => (*i as f64).to_sql(ty, out),
            (Value::Int(i), &Type::NUMERIC) => numeric_of(*i, out),
            (Value::Int(i), t) if is_text(t) => i.to_string().as_str().to_sql(&Type::TEXT, out),
            (Value::Real(f), &Type::FLOAT8) => f.to_sql(ty, out),
            (Value::Real(f), &Type::FLOAT4) => (*f as f32).to_sql(ty, out),
            (Value::Real(f), t) if is_text(t) => f.to_string().as_str().to_sql(&Type::TEXT, out),
            (Value::Text(s), t) if is_text(t) => s.as_ref().to_sql(&Type::TEXT, out),
            (Value::Text(s), &Type::INT8) => s.parse::<i64>().map_err(|_| bad())?.to_sql(ty, out),
            (Value::Blob(b), &Type::BYTEA) => b.as_ref().to_sql(ty, out),
            _ => Err(bad()),
        }
    }
    fn accepts(_: &Type) -> bool {
        true
    }
    to_sql_checked!();
}

fn is_text(t: &Type) -> bool {
    matches!(
        *t,
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN
    )
}

/// An integer in NUMERIC's binary form (base 10,000 digits).
fn numeric_of(
    i: i64,
    out: &mut bytes::BytesMut,
) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
    use bytes::BufMut;
    let mut n = i.unsigned_abs();
    let mut digits = Vec::new();
    while n > 0 {
        digits.push((n % 10_000) as i16);
        n /= 10_000;
    }
    digits.reverse();
    out.put_i16(digits.len() as i16);
    out.put_i16(digits.len() as i16 - 1);
    out.put_u16(if i < 0 { 0x4000 } else { 0 });
    out.put_i16(0);
    for d in digits {
        out.put_i16(d);
    }
    Ok(IsNull::No)
}

/// A column as PostgreSQL sends it, read into SQLite's terms.
pub(super) struct PgCol<'a>(pub Value<'a>);

impl<'a> FromSql<'a> for PgCol<'a> {
    fn from_sql(
        ty: &Type,
        raw: &'a [u8],
    ) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PgCol(match *ty {
            Type::INT8 => Value::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Int(i32::from_sql(ty, raw)?.into()),
            Type::INT2 => Value::Int(i16::from_sql(ty, raw)?.into()),
            Type::OID => Value::Int(u32::from_sql(ty, raw)?.into()),
            Type::BOOL => Value::Int(bool::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f32::from_sql(ty, raw)?.into()),
            Type::NUMERIC => numeric_from(raw)?,
            Type::BYTEA => Value::Blob(Cow::Borrowed(<&[u8]>::from_sql(ty, raw)?)),
            _ => Value::Text(Cow::Borrowed(<&str>::from_sql(&Type::TEXT, raw)?)),
        }))
    }
    fn from_sql_null(
        _: &Type,
    ) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PgCol(Value::Null))
    }
    fn accepts(_: &Type) -> bool {
        true
    }
}

/// NUMERIC's binary form: an integer when it has no fraction (sums and counts), else a
/// real.
fn numeric_from(
    raw: &[u8],
) -> std::result::Result<Value<'static>, Box<dyn std::error::Error + Sync + Send>> {
    let word = |i: usize| -> std::result::Result<i16, Box<dyn std::error::Error + Sync + Send>> {
        raw.get(i * 2..i * 2 + 2)
            .map(|b| i16::from_be_bytes([b[0], b[1]]))
            .ok_or_else(|| "short NUMERIC".into())
    };
    let (ndigits, weight, sign, dscale) = (word(0)?, word(1)?, word(2)? as u16, word(3)?);
    if sign == 0xC000 {
        return Ok(Value::Null);
    }
    let mut x = 0f64;
    let mut int: i128 = 0;
    for k in 0..ndigits as usize {
        let d = word(4 + k)?;
        x += f64::from(d) * 10_000f64.powi(i32::from(weight) - k as i32);
        if (weight as i32 - k as i32) >= 0 {
            int = int * 10_000 + i128::from(d);
        }
    }
    let int_digits = (weight as i32 + 1).max(0) as usize;
    for _ in (ndigits as usize).min(int_digits)..int_digits {
        int *= 10_000;
    }
    let neg = sign == 0x4000;
    if dscale == 0 {
        let v = i64::try_from(if neg { -int } else { int })?;
        Ok(Value::Int(v))
    } else {
        Ok(Value::Real(if neg { -x } else { x }))
    }
}

/// Rewrites SQLite's placeholders (`?`, `?N`) as PostgreSQL's (`$N`), outside quotes.
pub(super) fn pg_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 1;
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    out.push_str(&format!("${next}"));
                    next += 1;
                } else {
                    out.push('$');
                    out.push_str(&digits);
                }
            }
            None => out.push(c),
        }
    }
    out
}

/// Prepares `sql` (already in `$N` form) naming the types the server cannot infer: each
/// parameter it asks about gets the type of the value given (an integer BIGINT, a text
/// TEXT…; a NULL TEXT, then BIGINT if TEXT does not fit where it is used); the others stay
/// for the server to infer.
pub(super) fn prepare_typed<E>(
    sql: &str,
    vals: &[PgParam<'_>],
    mut prepare: impl FnMut(
        &str,
        &[Type],
    ) -> std::result::Result<
        std::result::Result<postgres::Statement, postgres::Error>,
        E,
    >,
) -> std::result::Result<std::result::Result<postgres::Statement, postgres::Error>, E> {
    let unspecified = Type::new("unspecified".into(), 0, Kind::Pseudo, "pg_catalog".into());
    let mut types = vec![unspecified.clone(); vals.len()];
    let mut null_as_int = vec![false; vals.len()];
    loop {
        let err = match prepare(sql, &types)? {
            Ok(st) => return Ok(Ok(st)),
            Err(e) => e,
        };
        let code = err.code().cloned();
        if untyped(&err) {
            let n = err
                .as_db_error()
                .and_then(|d| d.message().rsplit('$').next())
                .and_then(|n| n.trim().parse::<usize>().ok())
                .filter(|n| (1..=vals.len()).contains(n));
            match n {
                Some(n) if types[n - 1] == unspecified => {
                    types[n - 1] = type_of(&vals[n - 1].0);
                    continue;
                }
                _ => return Ok(Err(err)),
            }
        }
        // A NULL typed as text where the server wanted a number: try BIGINT instead.
        if matches!(
            code,
            Some(SqlState::UNDEFINED_FUNCTION | SqlState::DATATYPE_MISMATCH)
        ) && let Some(i) = (0..vals.len())
            .find(|&i| vals[i].0 == Value::Null && types[i] == Type::TEXT && !null_as_int[i])
        {
            types[i] = Type::INT8;
            null_as_int[i] = true;
            continue;
        }
        return Ok(Err(err));
    }
}

/// Whether the server could not type a parameter from the statement's text alone
/// (`$1 IS NULL OR x = $1`: 42P08 when its uses disagree, 42P18 when none says).
pub(super) fn untyped(e: &postgres::Error) -> bool {
    matches!(
        e.code(),
        Some(&SqlState::AMBIGUOUS_PARAMETER | &SqlState::INDETERMINATE_DATATYPE)
    )
}

/// The type a value is sent as when the server cannot tell.
fn type_of(v: &Value<'_>) -> Type {
    match v {
        Value::Int(_) => Type::INT8,
        Value::Real(_) => Type::FLOAT8,
        Value::Blob(_) => Type::BYTEA,
        Value::Text(_) | Value::Null => Type::TEXT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders() {
        assert_eq!(pg_placeholders("a = ?1 AND b = ?12"), "a = $1 AND b = $12");
        assert_eq!(pg_placeholders("a = ? AND b = ?"), "a = $1 AND b = $2");
        assert_eq!(pg_placeholders("a = '?' AND b = ?"), "a = '?' AND b = $1");
    }

    #[test]
    fn numerics() {
        for n in [0i64, 1, 9_999, 10_000, 123_456_789, -42, i64::MAX / 3] {
            let mut b = bytes::BytesMut::new();
            numeric_of(n, &mut b).unwrap();
            assert_eq!(numeric_from(&b).unwrap(), Value::Int(n), "{n}");
        }
    }
}
