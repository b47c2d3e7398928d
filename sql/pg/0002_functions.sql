-- The SQL functions lpt's statements use that SQLite has and PostgreSQL has not, with
-- SQLite's meaning for the arguments lpt gives them, so that one statement serves both.
-- Instants are text (RFC 3339, UTC, milliseconds), days are text (YYYY-MM-DD), as on SQLite.

-- The day in Italy of a stored instant (R8); the text as it is if it is not one.
CREATE FUNCTION lpt_day(t text) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF t IS NULL THEN RETURN NULL; END IF;
    RETURN to_char((t::timestamptz AT TIME ZONE 'Europe/Rome')::date, 'YYYY-MM-DD');
EXCEPTION WHEN others THEN
    RETURN t;
END $$;

-- The first instant of a day in Italy, as stored; the text as it is if it is not a day.
CREATE FUNCTION lpt_start_of(d text) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF d IS NULL THEN RETURN NULL; END IF;
    IF d !~ '^\d{4}-\d{2}-\d{2}$' THEN RETURN d; END IF;
    RETURN to_char((d::date::timestamp AT TIME ZONE 'Europe/Rome') AT TIME ZONE 'UTC',
                   'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
EXCEPTION WHEN others THEN
    RETURN d;
END $$;

-- SQLite's date(TEXT, '±N days'): the day, moved.
CREATE FUNCTION date(d text, modifier text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(d::date + modifier::interval, 'YYYY-MM-DD')
$$;

-- SQLite's julianday(TEXT [, '±N days']).
CREATE FUNCTION julianday(d text) RETURNS double precision LANGUAGE sql STABLE AS $$
    SELECT extract(epoch FROM d::timestamptz)::double precision / 86400 + 2440587.5
$$;
CREATE FUNCTION julianday(d text, modifier text) RETURNS double precision LANGUAGE sql STABLE AS $$
    SELECT julianday(date(d, modifier))
$$;

-- SQLite's instr(TEXT, TEXT).
CREATE FUNCTION instr(s text, sub text) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT strpos(s, sub)::bigint
$$;

-- SQLite's group_concat(TEXT, SEPARATOR): NULLs skipped, NULL when there is nothing.
CREATE FUNCTION lpt_concat_step(acc text, v text, sep text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v IS NULL THEN acc WHEN acc IS NULL THEN v ELSE acc || sep || v END
$$;
CREATE AGGREGATE group_concat(text, text) (SFUNC = lpt_concat_step, STYPE = text);
