-- 0011: finding persons and companies by name (issue 15). Append-only.
--
-- Each name is indexed under its words (src/search.rs: the name key of 0008 with accents
-- dropped, split into words, `D'Amico` also as `d` and `amico`), one row a word, so that a
-- query word is found whole or as the start of a word by one range of the `word` index.
-- `sort` is the row's sort key (the folded names, then the code), kept beside each word so
-- that ranking never reads the person or company rows it does not show. The rows derive
-- from the names: every write of a name rewrites them, and `db check` compares them.
-- lpt_search_words and lpt_search_sort are the Rust functions, registered on the
-- connection that migrates (words joined by one space, NULL when there is none).
CREATE TABLE person_word (
    person_id INTEGER NOT NULL REFERENCES person(id),
    word      TEXT NOT NULL,
    sort      TEXT NOT NULL,            -- family name, given name, code: folded
    PRIMARY KEY (person_id, word)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_word_find ON person_word(word, sort);

-- A company's words: those of its name (in_name = 1) and of its registered office.
CREATE TABLE company_word (
    company_id INTEGER NOT NULL REFERENCES company(id),
    word       TEXT NOT NULL,
    in_name    INTEGER NOT NULL CHECK (in_name IN (0, 1)),
    sort       TEXT NOT NULL,           -- name, code: folded
    PRIMARY KEY (company_id, word)
) STRICT, WITHOUT ROWID;
CREATE INDEX company_word_find ON company_word(word, sort, in_name);

WITH RECURSIVE split(id, sort, rest, word) AS (
    SELECT id, lpt_search_sort(family_name, given_name, cf),
           lpt_search_words(family_name, given_name) || ' ', NULL
      FROM person WHERE lpt_search_words(family_name, given_name) IS NOT NULL
    UNION ALL
    SELECT id, sort, substr(rest, instr(rest, ' ') + 1), substr(rest, 1, instr(rest, ' ') - 1)
      FROM split WHERE rest <> ''
)
INSERT INTO person_word (person_id, word, sort)
SELECT id, word, sort FROM split WHERE word IS NOT NULL;

WITH RECURSIVE split(id, sort, names, rest, word) AS (
    SELECT id, lpt_search_sort(name, cf), ' ' || lpt_search_words(name) || ' ',
           lpt_search_words(name, office) || ' ', NULL
      FROM company WHERE lpt_search_words(name, office) IS NOT NULL
    UNION ALL
    SELECT id, sort, names, substr(rest, instr(rest, ' ') + 1),
           substr(rest, 1, instr(rest, ' ') - 1)
      FROM split WHERE rest <> ''
)
INSERT INTO company_word (company_id, word, in_name, sort)
SELECT id, word, instr(coalesce(names, ''), ' ' || word || ' ') > 0, sort
  FROM split WHERE word IS NOT NULL;
