# The command-line help, generated from the clap tree's doc comments (English is
# the source): do not edit; regenerate with
#   UPDATE_GENERATED=1 cargo test --test cli generated_files_are_fresh
# and translate what changed in i18n/it/help.ftl, id for id.

cmd-lpt = Administer who may act for which company on the Lavoro per te portal
    .long =
        lpt is the back office's tool for the Regione Calabria employment portal
        Lavoro per te: which companies are accredited, who administers them, and which
        collaborator may use which function for which part of a company.

        Every command that changes data names the person who acts (--as CF or LPT_AS),
        is accepted only from a login bound to that person or to a regional operator
        (lpt login), and writes a tamper-evident audit event in the same transaction,
        recording both. Bulk reads of personal data are traced too.

        Lists print as a table on a terminal: each shows the columns that fit 80
        columns for typical data, shortened with … to the terminal's width (COLUMNS, or
        the terminal's size); --wide shows every column, --columns a,b,c chooses them
        (the CSV/JSON names; the error for an unknown one lists them). CSV and JSON
        have every column, never shortened, unless --columns is given. A record shown
        alone (person show, company show) has every field.

        On a terminal, destructive and sweeping changes (suspend, revoke every grant,
        remove, end, reject, unbind, an import that revokes or ends) say what they will
        do and ask first, default No; --yes skips the question. Off a terminal nothing
        ever asks.

        Exit status: 0 success; 1 refused or failed (the message says why), or a
        confirmation declined; 2 usage error; 3 --exit-code given and the audit found
        something.
    .after =
        Examples:
          lpt --db ./lpt.db init --operator RSSMRA80A01H501U --family-name Rossi --given-name Mario
          lpt cf check 'rss mra 80A01 H501U'
          LPT_AS=RSSMRA80A01H501U lpt person register VRDLGU85M41F205T --family-name Verdi --given-name Luigia
          lpt collab list --company 01234560017 --wide
          lpt collab list --company 01234560017 --columns person_cf,profile,granted_on --format csv
          lpt audit overdue-revocations --format xlsx --output scadute.xlsx

arg-db = The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user's data directory]

arg-as-cf = The fiscal code of the person who acts (needed by every command that changes data)

arg-format = Output format: a table for people, csv or json for machines

arg-yes = Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway

arg-wide = Lists: every column in the table (CSV and JSON have every column anyway)

arg-columns = Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too

arg-output = Where --format xlsx writes its spreadsheet: a new file, readable by its owner only
    .long =
        Where --format xlsx writes its spreadsheet: a new file, readable by its owner only

        Every list and record can be written as a spreadsheet; CSV and JSON go to stdout. (registry export, audit checkpoint and report compliance write their own file here.)

arg-lang = The language of help and messages: it or en [default: from LPT_LANG, then the locale]
    .long =
        The language of help and messages: it or en [default: from LPT_LANG, then the locale]

        Machine output (CSV headers, JSON keys, codes, exit status) is the same in every language.

cmd-init = Create a new database and its first regional operator (also registered as a person)
    .long =
        Create a new database and its first regional operator (also registered as a person)

        Refuses an already initialised database. The new file is readable by its owner only.
    .after =
        Example:
          lpt --db ./lpt.db init --operator RSSMRA80A01H501U --family-name Rossi --given-name Mario

arg-init-operator = Fiscal code of the first regional operator

arg-init-family-name = Family name (cognome)

arg-init-given-name = Given name (nome)

arg-init-email = E-mail address

cmd-catalog = The catalog: company types and profiles, and which types may hold which profiles

cmd-catalog-types = List the company types, their legal references and register-entry requirement
    .after =
        Example:
          lpt catalog types --format csv

cmd-catalog-profiles = List the profiles, the levels they allow and the company types eligible for them
    .after =
        Example:
          lpt catalog profiles

cmd-cf = Check fiscal codes (codice fiscale) and explain what they say

cmd-cf-check = Explain each fiscal code: valid or not and why, kind, birth data
    .long =
        Explain each fiscal code: valid or not and why, kind, birth data

        Codes are accepted in any case and with spaces. Exit status 1 when any code is invalid.
    .after =
        Examples:
          lpt cf check 'rss mra 80A01 H501U' 01234560017
          cut -d, -f2 people.csv | lpt cf check - --format csv

arg-cf-check-codes = Codes to check, or - to read one code per line from stdin

cmd-operator = Regional operators: the Region's staff who verify and suspend

cmd-operator-add = Make a registered person a regional operator (regional operators only)
    .after =
        Example:
          lpt --as RSSMRA80A01H501U operator add BNCGPP75C12D086Y

arg-operator-add-cf = The person's fiscal code

cmd-operator-remove = Remove a regional operator, who stays registered (regional operators only; never the last active one, R14)
    .long =
        Remove a regional operator, who stays registered (regional operators only; never the last active one, R14)

        On a terminal it asks first (default No); --yes skips the question.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U operator remove BNCGPP75C12D086Y

arg-operator-remove-cf = The operator's fiscal code

cmd-operator-list = List regional operators
    .after =
        Example:
          lpt operator list --format csv

cmd-login = Logins (accounts of this machine) bound to persons: who enters each change (R10)

cmd-login-bind = Bind a login (an account of this machine) to a person's fiscal code (regional operators only)
    .long =
        Bind a login (an account of this machine) to a person's fiscal code (regional operators only)

        A change is accepted only from a login bound to the person who acts, or to an active regional operator entering it on that person's behalf. The code may be one not yet registered, so that the person's own account can make their first access. On a database from before logins, the owner of the file binds their own login first.
    .after =
        Examples:
          lpt --as RSSMRA80A01H501U login bind lbianchi BNCGPP75C12D086Y
          lpt --as RSSMRA80A01H501U login bind "$(id -un)" RSSMRA80A01H501U   # first binding of an upgraded database

arg-login-bind-login = The login: the account name, as `lpt login whoami` shows it

arg-login-bind-cf = The person's fiscal code

cmd-login-unbind = Remove a login's binding (regional operators only); never the last regional operator's
    .long =
        Remove a login's binding (regional operators only); never the last regional operator's

        On a terminal it asks first (default No); --yes skips the question.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U login unbind lbianchi

arg-login-unbind-login = The login

cmd-login-list = List the logins and the persons they are bound to
    .after =
        Example:
          lpt login list --format csv

cmd-login-whoami = Show this login, its host, and the person it is bound to
    .after =
        Example:
          lpt login whoami

cmd-person = Persons: registration (first access), suspension, legacy accounts

cmd-person-register = Register a person who has accessed the portal as a citizen
    .long =
        Register a person who has accessed the portal as a citizen

        A person registers themselves (--as their own code); a regional operator may register anyone. Provisional and company codes are refused: a person's identity is their definitive 16-character code. A name that does not match the code's letters is a warning, never a refusal.
    .after =
        Example:
          lpt --as VRDLGU85M41F205T person register VRDLGU85M41F205T --family-name Verdi --given-name Luigia --via cie

arg-person-register-cf = The person's fiscal code (16 characters)

arg-person-register-family-name = Family name (cognome)

arg-person-register-given-name = Given name (nome)

arg-person-register-email = E-mail address

arg-person-register-via = Means of the first access as a citizen (§8.1)

arg-person-register-on = Day of the first access [default: today]

cmd-person-show = Show one person: identity, status and live grants
    .after =
        Example:
          lpt person show RSSMRA80A01H501U --format json

arg-person-show-cf = The person's fiscal code

cmd-person-find = Find persons by name: words of the family and given names, in any order
    .long =
        Find persons by name: words of the family and given names, in any order

        Capitals and accents do not matter (`nicolo` finds Nicolò), nor the order of the words. A word typed matches a whole word of a name or, from two characters on, the start of one (`giu` finds Giuseppe); `D'Amico` is found as `damico` or `amico`. Ranking: first the persons who match more of the words typed (words_found); among those, more of them as whole words; then by family name, given name and code. Who matches only some of the words comes after who matches all. A bulk read of personal data: traced in the audit trail (R10).
    .after =
        Examples:
          lpt person find bianchi giuseppe
          lpt person find Nicolo --limit 5 --format csv

arg-person-find-text = Words of the family and given names, in any order (quoted or not)

arg-person-find-limit = The most persons to list

cmd-person-history = Show a person's history in every company: grants, ends, revocations, reviews, suspensions
    .long =
        Show a person's history in every company: grants, ends, revocations, reviews, suspensions

        Every change recorded about the person, in the order recorded (column event): registration, grants and requests for them, the Region's approvals, revocations and requests to disable, ends of relationships, confirmations (periodic review), changes of role, suspension and reinstatement, corrections. Each with who made it (actor_cf, on whose authority; login, who entered it) and both times (R8): declared_on, the day the change declares, and recorded_at (recorded_on, its day in Italy), when lpt recorded it. Read from the audit trail; a bulk read of the person's data, traced (R10).
    .after =
        Example:
          lpt person history VRDLGU85M41F205T --format csv

arg-person-history-cf = The person's fiscal code

cmd-person-list = List registered persons
    .after =
        Example:
          lpt person list --suspended

arg-person-list-suspended = Only suspended persons

cmd-person-suspend = Suspend a person (stolen credentials, §8.4): revokes every live grant in every company
    .long =
        Suspend a person (stolen credentials, §8.4): revokes every live grant in every company

        Regional operators only. The person can neither act nor be granted anything until reinstated, whatever identity provider they come back with. On a terminal it says how many grants in how many companies it will revoke and asks first (default No); --yes skips the question.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U person suspend VRDLGU85M41F205T --reason 'SPID credentials stolen, PEC 2026/114'

arg-person-suspend-cf = The person's fiscal code

arg-person-suspend-reason = Why (recorded in the audit trail and on each revoked grant)

cmd-person-reinstate = Lift a suspension (regional operators). Revoked grants are not restored
    .after =
        Example:
          lpt --as RSSMRA80A01H501U person reinstate VRDLGU85M41F205T

arg-person-reinstate-cf = The person's fiscal code

cmd-person-import-legacy = Triage legacy username/password accounts by the fiscal code typed (R13; regional operators)
    .long =
        Triage legacy username/password accounts by the fiscal code typed (R13; regional operators)

        A valid personal code: the person is registered (means 'legacy') and keeps identity, profiles and history. A missing, provisional or invalid code: nothing is migrated, the account is listed for correction with the reason. No Italian code (a foreign user): the account keeps its legacy credentials, flagged for a password change at first access. Running it twice changes nothing. Names are checked as `person register` checks them. The accounts to correct (with the reason) and the foreign users' (with the password-change flag) are kept in the database: --list shows them, and `person legacy-complete` completes one to correct once its owner gives a valid code.
    .after =
        Examples:
          lpt --as RSSMRA80A01H501U person import-legacy cliclavoro-accounts.csv --dry-run
          lpt person import-legacy --list --format csv

        Input columns: username,cf,family_name,given_name,email,country

arg-person-import-legacy-file = The legacy accounts CSV (username,cf,family_name,given_name,email,country), or - for stdin

arg-person-import-legacy-dry-run = Print the three lists; write nothing

arg-person-import-legacy-list = List the accounts kept in the database instead: those to correct (open or completed, with the reason) and foreign users' (with the password-change flag)

cmd-person-legacy-complete = Complete a legacy account listed for correction with the valid code its owner gave (R13, case b; regional operators)
    .long =
        Complete a legacy account listed for correction with the valid code its owner gave (R13, case b; regional operators)

        The owner is registered (means 'legacy') with the account's names, unless already registered with them; the listing stays, completed, as the account's history. Refused for a suspended person's code or a registered person's with other names; a variant of a registered person's code with the same names is a warning (R15).
    .after =
        Example:
          lpt --as RSSMRA80A01H501U person legacy-complete mario.bianchi --cf BNCMRA75C12D969P

arg-person-legacy-complete-username = The legacy account's username

arg-person-legacy-complete-cf = The valid personal code its owner gave

cmd-person-update = Correct a registered person's names or e-mail (R15; regional operators)
    .long =
        Correct a registered person's names or e-mail (R15; regional operators)

        The code never changes. Names are stored in Unicode NFC, one line of visible text; an empty --email clears it. Audited; `db check` replays the correction.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U person update VRDLGU85M41F205T --given-name 'Luigia Maria'

arg-person-update-cf = The person's fiscal code

arg-person-update-family-name = Family name (cognome)

arg-person-update-given-name = Given name (nome)

arg-person-update-email = E-mail address ('' clears it)

cmd-company = Companies: registration, the Region's verification, their data

cmd-company-register = Register a company (R2): it starts pending until a regional operator verifies it
    .long =
        Register a company (R2): it starts pending until a regional operator verifies it

        The acting person (--as) is the legal representative or the delegate who asks to become the first administrator. On a terminal, missing fields are asked for; off a terminal they are a usage error. The company's fiscal code can never be changed later.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U company register 01234560017 --name 'ACME Srl' \
              --office 'Via Roma 1, Catanzaro' --email info@acme.it --legal-rep RSSMRA80A01H501U \
              --type DATORE_PRIVATO --type CONSULENTE_LAVORO \
              --register 'CONSULENTE_LAVORO=Albo consulenti CZ:1234:2010-05-04'

arg-company-register-cf = The company's fiscal code: 11 digits, or a sole trader's 16-character code

arg-company-register-name = Name (denominazione)

arg-company-register-office = Registered office (sede legale)

arg-company-register-email = E-mail address

arg-company-register-pec = Certified e-mail (PEC)

arg-company-register-phone = Phone number

arg-company-register-legal-rep = The legal representative's fiscal code

arg-company-register-legal-rep-family-name = The legal representative's family name, when they are not a registered person

arg-company-register-legal-rep-given-name = The legal representative's given name, when they are not a registered person

arg-company-register-types = A company type (repeat for several); see 'lpt catalog types'

arg-company-register-register = The register entry for a type that needs one: CODE=NAME:NUMBER:DATE

arg-company-register-unit = Name of the first unit

cmd-company-approve = Approve a pending company (regional operators): its requester becomes the first administrator
    .long =
        Approve a pending company (regional operators): its requester becomes the first administrator

        The legal representative, if a registered and active person, receives the grant LEGALE_RAPPRESENTANTE: their right to nominate administrators (§4.1) is a grant like any other (R14), revoked when their relationship ends, on suspension, or when the Region approves another legal representative.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U company approve 01234560017

arg-company-approve-cf = The company's fiscal code

cmd-company-reject = Reject a pending company (regional operators), with the reason
    .long =
        Reject a pending company (regional operators), with the reason

        On a terminal it asks first (default No); --yes skips the question.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U company reject 01234560017 --reason 'register entry not found'

arg-company-reject-cf = The company's fiscal code

arg-company-reject-reason = Why (kept with the company)

cmd-company-approve-change = Approve a company's pending change (regional operators): types added, a new legal representative
    .long =
        Approve a company's pending change (regional operators): types added, a new legal representative

        The types are added (checked again for compatibility); a new legal representative replaces the old one in the record, the old one's grant LEGALE_RAPPRESENTANTE is revoked and the new one receives it (R4, R14).
    .after =
        Example:
          lpt --as RSSMRA80A01H501U company approve-change 01234560017

arg-company-approve-change-cf = The company's fiscal code

cmd-company-reject-change = Reject a company's pending change (regional operators), with the reason
    .long =
        Reject a company's pending change (regional operators), with the reason

        On a terminal it asks first (default No); --yes skips the question.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U company reject-change 01234560017 --reason 'register entry not found'

arg-company-reject-change-cf = The company's fiscal code

arg-company-reject-change-reason = Why (kept with the request)

cmd-company-show = Show a company: data, types, units, administrators, pending change, status history
    .after =
        Example:
          lpt company show 01234560017 --format json

arg-company-show-cf = The company's fiscal code

cmd-company-find = Find companies by words of their name and registered office, in any order
    .long =
        Find companies by words of their name and registered office, in any order

        "la ditta Rossi di Cosenza" finds Rossi Srl, Via Roma 1, Cosenza. Capitals and accents do not matter; a word typed matches a whole word or, from two characters on, the start of one (`cos` finds Cosenza). Ranking: first the companies that match more of the words typed (words_found); among those, more of them as whole words; then more of them in the name rather than the office; then by name and code. A company that matches only some of the words is listed too, after those that match more, so words such as "la" or "ditta" need not appear in it. Traced as a bulk read (R10).
    .after =
        Examples:
          lpt company find rossi cosenza
          lpt company find 'la ditta Rossi di Cosenza' --limit 5

arg-company-find-text = Words of the name and of the registered office, in any order (quoted or not)

arg-company-find-limit = The most companies to list

cmd-company-list = List companies
    .after =
        Example:
          lpt company list --status pending

arg-company-list-status = Only companies with this status

cmd-company-update = Change a company's data (R4): legal representative or group-level administrators
    .long =
        Change a company's data (R4): legal representative or group-level administrators

        Every field can change except the company's fiscal code, which is fixed at registration (conditions §7): there is no way to change it. Name, office and contacts change at once. Giving --type replaces the whole set of types, re-checked for compatibility and register entries (dated no later than today): a type removed goes at once (grants it no longer allows are listed by db check and audit review until revoked), while a type added, and a different legal representative, confer rights and are requests that a regional operator approves (company approve-change) or rejects, as at registration (§5.1). One request at a time; company show shows it.
    .after =
        Examples:
          lpt --as RSSMRA80A01H501U company update 01234560017 --pec acme@pec.it --phone '0961 000000'
          lpt --as RSSMRA80A01H501U company update 01234560017 --legal-rep VRDLGU85M41F205T   # a request

arg-company-update-cf = The company's fiscal code (cannot be changed)

arg-company-update-name = New name

arg-company-update-office = New registered office

arg-company-update-email = New e-mail address

arg-company-update-pec = New PEC ('' to clear)

arg-company-update-phone = New phone ('' to clear)

arg-company-update-legal-rep = The legal representative's fiscal code

arg-company-update-legal-rep-family-name = The legal representative's family name, when they are not a registered person

arg-company-update-legal-rep-given-name = The legal representative's given name, when they are not a registered person

arg-company-update-types = Replace the company types (repeat for several)

arg-company-update-register = Register entries for the new types: CODE=NAME:NUMBER:DATE

arg-company-update-new-cf = Refused: the company fiscal code is fixed at registration (§7)

cmd-unit = A company's organisational units (unità organizzative)

cmd-unit-add = Add a unit (names are unique within a company, ignoring case)
    .after =
        Example:
          lpt --as RSSMRA80A01H501U unit add 01234560017 'Filiale Cosenza'

arg-unit-add-company = The company's fiscal code

arg-unit-add-name = The new unit's name

cmd-unit-list = List a company's units with their live grants
    .after =
        Example:
          lpt unit list 01234560017

arg-unit-list-company = The company's fiscal code

cmd-unit-rename = Rename a unit
    .after =
        Example:
          lpt --as RSSMRA80A01H501U unit rename 01234560017 'Filiale Cosenza' 'Sede Cosenza'

cmd-unit-remove = Remove a unit: refused for the last unit and for a unit holding live grants
    .long =
        Remove a unit: refused for the last unit and for a unit holding live grants

        On a terminal it asks first (default No); --yes skips the question.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U unit remove 01234560017 'Sede Cosenza'

cmd-admin = A company's administrators (amministratori delle utenze)

cmd-admin-nominate = Nominate an administrator, for the whole company or one unit (R6)
    .long =
        Nominate an administrator, for the whole company or one unit (R6)

        The legal representative and group-level administrators nominate at any level; a unit administrator only for their own unit. The nominee must be a registered, active person.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U admin nominate --company 01234560017 --person VRDLGU85M41F205T --unit 'Sede legale'

arg-admin-nominate-unit = The unit; group level when left out

cmd-admin-revoke = Revoke a person's administrator grants (all of them, or those of --unit)
    .long =
        Revoke a person's administrator grants (all of them, or those of --unit)

        The last group-level administrator of an approved company can be revoked only by a regional operator. On a terminal it lists the grants it will revoke and asks first (default No); --yes skips the question.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U admin revoke --company 01234560017 --person VRDLGU85M41F205T --reason 'left the company'

arg-admin-revoke-unit = Only the administrator grant of this unit

arg-admin-revoke-reason = Why

cmd-admin-list = List a company's administrators and their scope
    .after =
        Example:
          lpt admin list --company 01234560017

cmd-collab = Collaborators' profiles: grant, revoke, end of relationship, review

cmd-collab-grant = Grant a profile to a registered person, for the whole company or one unit (R7)
    .long =
        Grant a profile to a registered person, for the whole company or one unit (R7)

        The actor must administer that scope. The person must be authorised to process personal data for the company (§4.2, §8.3): asked on a terminal, or attested with --data-processing-authorised; off a terminal without it the grant is refused. A profile needing regional approval (OPERATORE_AGENDA) becomes a request. Granting what is already held changes nothing.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U collab grant --company 01234560017 --person VRDLGU85M41F205T \
              --profile GESTIONE_CO --unit 'Sede legale' --data-processing-authorised

arg-collab-grant-company = The company's fiscal code

arg-collab-grant-person = The collaborator's fiscal code

arg-collab-grant-profile = The profile; see 'lpt catalog profiles'

arg-collab-grant-unit = The unit; group level when left out

arg-collab-grant-on = The day the grant takes effect [default: today]

arg-collab-grant-data-processing-authorised = Attest that the person is authorised to process personal data for the company (§4.2, §8.3)

cmd-collab-revoke = Revoke one grant, or every grant of the person in the company (stolen credentials, §8.4)
    .long =
        Revoke one grant, or every grant of the person in the company (stolen credentials, §8.4)

        With --profile: that profile at group level, or in --unit. Without --profile: every live grant of the person in the company, or in --unit; on a terminal it lists them and asks first (default No), --yes skips the question.

        A profile needing regional approval (OPERATORE_AGENDA), once active, is disabled through the Region (R7, §6.1): an administrator's revocation is recorded as a request and the grant stays active until a regional operator approves it with 'collab approve'. A regional operator's revocation takes effect at once.
    .after =
        Examples:
          lpt --as RSSMRA80A01H501U collab revoke --company 01234560017 --person VRDLGU85M41F205T \
              --profile GESTIONE_CO --unit 'Sede legale' --reason 'moved to payroll'
          lpt --as RSSMRA80A01H501U collab revoke --company 01234560017 --person VRDLGU85M41F205T --reason 'credentials stolen'

arg-collab-revoke-profile = Only this profile (at group level unless --unit is given)

arg-collab-revoke-unit = Only this unit

arg-collab-revoke-reason = Why

arg-collab-revoke-on = The day of the revocation [default: today]

cmd-collab-end = Record the end of the relationship (R8): every grant must be revoked within 5 days
    .long =
        Record the end of the relationship (R8): every grant must be revoked within 5 days

        On a terminal it says how many live grants the 5-day clock starts for, and by which day they must be revoked, and asks first (default No); --yes skips the question.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U collab end --company 01234560017 --person VRDLGU85M41F205T --on 2026-11-30

arg-collab-end-on = The last day of the relationship

cmd-collab-show = The administrator's view of one collaborator: profiles, scopes, dates, reviews (§6.3)
    .after =
        Example:
          lpt collab show --company 01234560017 --person VRDLGU85M41F205T

cmd-collab-list = List a company's grants (live ones, requests included; --all adds revoked ones)
    .after =
        Examples:
          lpt collab list --company 01234560017 --unit 'Sede legale' --profile GESTIONE_CO
          lpt collab list --company 01234560017 --columns person_cf,family_name,given_name,granted_on

arg-collab-list-unit = Only this unit

arg-collab-list-profile = Only this profile

arg-collab-list-all = Include revoked grants

cmd-collab-confirm = Record that an administrator reviewed a person's grants (R12)
    .long =
        Record that an administrator reviewed a person's grants (R12)

        Confirms every active grant of the person within the actor's scope, today. Nobody confirms their own grants, and grants whose relationship has ended cannot be confirmed, only revoked.
    .after =
        Example:
          lpt --as RSSMRA80A01H501U collab confirm --company 01234560017 --person VRDLGU85M41F205T

cmd-collab-approve = Approve a request to enable or to disable a profile that needs regional approval (regional operators, R7)
    .long =
        Approve a request to enable or to disable a profile that needs regional approval (regional operators, R7)

        A request to enable becomes an active grant; a request to disable revokes the grant on the day the administrator asked for, recorded now, with their reason.
    .after =
        Example:
          lpt --as BNCGPP75C12D086Y collab approve --company 01234560017 --person VRDLGU85M41F205T \
              --profile OPERATORE_AGENDA --unit 'Sede legale'

arg-collab-approve-unit = The unit of the request

cmd-collab-role-change = Record a change of a person's role or duties in the company (R12, §8.2)
    .long =
        Record a change of a person's role or duties in the company (R12, §8.2)

        From then every live grant of the person in the company is listed by 'audit review' with the reason "change of role on DATE: NOTE" until confirmed ('collab confirm', by someone else) or revoked. --on declares the day of the change: not in the future, not before the relationship began; the instant it is recorded is the session's. Who may: those who manage the person's grants there (as for 'collab end').
    .after =
        Example:
          lpt --as RSSMRA80A01H501U collab role-change --company 01234560017 --person VRDLGU85M41F205T \
              --on 2026-11-02 --note 'moved from payroll to recruiting'

arg-collab-role-change-on = The day the role or duties changed

arg-collab-role-change-note = What changed (free text, kept as personal data)

cmd-registry = The collaborator registry as CSV: export, and import in bulk

cmd-registry-export = Write the collaborator registry: one row per grant (traced in the audit trail, §8.6)
    .long =
        Write the collaborator registry: one row per grant (traced in the audit trail, §8.6)

        A regional operator may export everything; an administrator their company (a unit administrator their units). Cells a spreadsheet would run as a formula are neutralised with a leading apostrophe, which 'registry import' removes.
    .after =
        Examples:
          lpt --as RSSMRA80A01H501U registry export --company 01234560017 --active --output acme.csv
          lpt --as RSSMRA80A01H501U registry export --format json > all.json
          lpt --as RSSMRA80A01H501U registry export --active --format xlsx --output registro.xlsx

arg-registry-export-company = Only this company

arg-registry-export-unit = Only this unit (needs --company)

arg-registry-export-active = Only live grants

arg-registry-export-output = Write to a new file instead of stdout (needed by --format xlsx)

cmd-registry-import = Apply a registry CSV as the desired state: all rows or none (batch onboarding)
    .long =
        Apply a registry CSV as the desired state: all rows or none (batch onboarding)

        A row without revoked_on is a grant to hold; ended_on records the end of the relationship; revoked_on a revocation. What already holds changes nothing, so importing an export changes nothing. Every row is checked against every rule first; if any row is faulty, each is reported with its line and column, and nothing is written. The names in a row must match the registered person. On a terminal, an import that would revoke or end anything prints the counts --dry-run gives and asks first (default No); --yes skips the question. A file read from stdin (-) is never asked about.
    .after =
        Examples:
          lpt --as RSSMRA80A01H501U registry import onboarding.csv --dry-run
          lpt --as RSSMRA80A01H501U registry import onboarding.csv --data-processing-authorised

arg-registry-import-file = The registry CSV, or - for stdin

arg-registry-import-dry-run = Check every row and print the plan; write nothing

arg-registry-import-data-processing-authorised = Attest, for every new collaborator grant in the file, that the person is authorised to process personal data for the company (§4.2, §8.3)

arg-registry-import-historical = Load past history (from a regional operator's login only): the declared days of the grants, ends and revocations the file creates stand for the days they were recorded (R8), so lateness is judged on them; the import's audit event says so. A grant closed in the past takes two rows: its grant, then its end or revocation. Grants recorded before the load cannot be revoked or ended by it. Without this flag, every change is recorded now, whatever day it declares

cmd-audit = The audit trail: log, overdue revocations, review, verification, signed checkpoints

cmd-audit-overdue-revocations = List grants still open more than 5 days after the relationship ended (R8): the cron job
    .long =
        List grants still open more than 5 days after the relationship ended (R8): the cron job

        Prints nothing in table format when nothing is overdue, so cron mails only when there is work. With --exit-code, exits 3 when anything is listed.

        Judged on recorded time (R8): access lasts until its revocation is recorded, so a revocation recorded after the deadline is late whatever day it declares (revoked_on shows the declared day, revoked_at the instant it was recorded). --as-of a past day answers what was overdue then, as the database knew it at the end of that day.

        The column awaiting says who must act on a grant still open: company, or region when the company asked the Region to disable it (OPERATORE_AGENDA, R7) and no regional operator has approved yet. Both count for --exit-code.
    .after =
        Examples:
          lpt audit overdue-revocations --exit-code
          lpt audit overdue-revocations --as-of 2026-12-31 --include-late --format csv

        crontab:
          0 7 * * *  LPT_DB=/srv/lpt/lpt.db lpt audit overdue-revocations --exit-code

arg-audit-overdue-revocations-as-of = The day to judge on, as the database knew it at its end [default: today, in Italy]

arg-audit-overdue-revocations-company = Only this company

arg-audit-overdue-revocations-exit-code = Exit with status 3 when anything is listed

arg-audit-overdue-revocations-include-late = Also list grants that were revoked, but after their deadline, with the days late

cmd-audit-log = Show audit events, oldest first
    .after =
        Example:
          lpt audit log --company 01234560017 --since 2026-11-01

arg-audit-log-company = Only events about this company

arg-audit-log-person = Only events about or by this person

arg-audit-log-since = Only events on or after this day (in Italy)

cmd-audit-review = List active grants due for review (R12): never confirmed, confirmed too long ago, or not since a change of role
    .long =
        List active grants due for review (R12): never confirmed, confirmed too long ago, or not since a change of role

        The last column, reason, says why: "never confirmed", "last confirmed on DATE", or "change of role on DATE: NOTE" for a grant recorded before the holder's latest change of role ('collab role-change') and not confirmed since, or "no longer allowed by the company's types: revoke it" for a grant a removed company type left without an eligible type (R4), listed until revoked.
    .after =
        Example:
          lpt audit review --older-than 180 --company 01234560017

arg-audit-review-older-than = Days since the last confirmation after which a grant is due

arg-audit-review-company = Only this company

arg-audit-review-as-of = Count from this day instead of today

cmd-audit-verify = Recompute the audit chain; exit 1 naming the first event that does not match
    .long =
        Recompute the audit chain; exit 1 naming the first event that does not match

        Alone, this proves the chain consistent with itself only: whoever can write the database can rewrite an event and recompute every hash after it. With --checkpoint and --public-key it also proves that the log still extends each signed checkpoint given (R11): the event at each checkpoint's size hashes to its head.
    .after =
        Examples:
          lpt audit verify
          lpt audit verify --public-key /etc/lpt/audit.key.pub --checkpoint /mnt/archive/lpt/*.checkpoint

arg-audit-verify-checkpoint = Signed checkpoints the log must still extend (each one file)

arg-audit-verify-public-key = The public key the checkpoints were signed with (the .pub file of 'audit keygen')

cmd-audit-keygen = Make an Ed25519 key for signing checkpoints: FILE (secret) and FILE.pub
    .long =
        Make an Ed25519 key for signing checkpoints: FILE (secret) and FILE.pub

        Both are new files readable by their owner only; keep the secret key away from the database's writers (it never enters the database) and give the .pub file to whoever verifies.
    .after =
        Example:
          lpt audit keygen --key /etc/lpt/audit.key

arg-audit-keygen-key = The secret key's file (new); the public key goes to FILE.pub

arg-audit-keygen-name = The key's name, written in each signature line

cmd-audit-checkpoint = Write a signed checkpoint of the audit chain (R11): the log, its size and its head
    .long =
        Write a signed checkpoint of the audit chain (R11): the log, its size and its head

        A few lines of text, to keep where the database's writers cannot rewrite it (mailed by cron, another host, write-once storage). 'audit verify --checkpoint' later proves the log still extends it.
    .after =
        Examples:
          lpt audit checkpoint --key /etc/lpt/audit.key
          lpt audit checkpoint --key /etc/lpt/audit.key --output /srv/lpt/$(date +%F).checkpoint

        crontab (one a day, mailed to the archive):
          5 0 * * *  LPT_DB=/srv/lpt/lpt.db lpt audit checkpoint --key /etc/lpt/audit.key | mail -s 'lpt checkpoint' archivio@regione.calabria.it

arg-audit-checkpoint-key = The secret key (from 'audit keygen')

arg-audit-checkpoint-output = Write to a new file (with the database's mode) instead of stdout

cmd-db = The database: integrity check and online backup

cmd-db-check = Check the database's integrity, the audit chain and the domain's invariants
    .long =
        Check the database's integrity, the audit chain and the domain's invariants

        On SQLite also the file's integrity and foreign keys (PostgreSQL enforces its own). Prints each violation; exit status 1 if there is any.
    .after =
        Example:
          lpt db check

cmd-db-backup = Copy the database into a new SQLite file, while others may be writing
    .long =
        Copy the database into a new SQLite file, while others may be writing

        On SQLite, the online backup; the copy takes the database's own mode and group (owner-only, unless the database is shared with a group kept for lpt). On PostgreSQL, an SQLite file made from one repeatable-read snapshot, owner-only, that lpt opens offline (for the server itself use pg_dump). An existing file is not overwritten.
    .after =
        Example:
          lpt db backup /srv/backup/lpt-$(date +%F).db

arg-db-backup-file = Where to write the copy

cmd-db-copy = Copy a whole registry, history and audit chain included, into a new database
    .long =
        Copy a whole registry, history and audit chain included, into a new database

        Either side is a file or a PostgreSQL URL: how an office moves from the embedded file to a server, or takes a server's registry offline. The source is read in one snapshot, the destination (a new file, or an empty server database) written in one transaction, then verified: the same rows in every table, the same audit chain head, and `db check` clean.
    .after =
        Examples:
          lpt db copy --from /srv/lpt/lpt.db --to postgresql://lpt_owner@db.regione.calabria.it/lpt?sslmode=verify-full
          lpt --db postgresql:///lpt db copy --to /srv/archive/lpt-$(date +%F).db

arg-db-copy-from = The registry to copy [default: --db]

arg-db-copy-to = The new database to copy it into

cmd-inbox = What waits for the Region, oldest first, with its age: the regional operator's to-do list
    .long =
        What waits for the Region, oldest first, with its age: the regional operator's to-do list

        One line a kind, with how many and the oldest: companies waiting for verification (R3), requests to change a company (R4), requests to enable or disable a profile the Region approves (R7), overdue revocations grouped by company (R8, on recorded time, as 'audit overdue-revocations' judges them), approved companies without a group-level administrator (R6), suspended persons (R9) and the logins bound to them, and, given signed checkpoints, the age of the latest. --all lists every item instead.

        Ages are calendar days in Italy, from the day each item was recorded. Prints nothing in table format when nothing waits; with --exit-code, exits 3 when anything waits (a checkpoint's age alone does not count). The read is traced (§8.6).
    .after =
        Examples:
          lpt inbox
          lpt inbox --all --format json
          lpt inbox --all --format xlsx --output attivita.xlsx
          lpt inbox --checkpoint /srv/lpt/checkpoints/*.checkpoint --public-key /etc/lpt/audit.key.pub

        crontab:
          0 7 * * 1-5  LPT_DB=/srv/lpt/lpt.db lpt inbox --exit-code

arg-inbox-all = Every item, oldest first, instead of one line a kind

arg-inbox-exit-code = Exit with status 3 when anything waits

arg-inbox-checkpoint = Signed checkpoints of the audit chain (from 'audit checkpoint'): the latest the log still extends is shown with its age

arg-inbox-public-key = The public key the checkpoints were signed with (the .pub file of 'audit keygen')

cmd-report = Reports for the Region's managers: compliance with the 5-day rule and the reviews

cmd-report-compliance = Compliance over a period as one HTML file to open in a browser and print
    .long =
        Compliance over a period as one HTML file to open in a browser and print

        Revocations recorded in the period of grants whose relationship had ended, on time and late (R8: within 5 calendar days of the end, judged on the recorded time, as 'audit overdue-revocations' judges them), by month (a chart) and by company, the worst first; the grants overdue at the end of the period; the median and 95th percentile of the days from the end of the relationship to the recorded revocation; the reviews (R12); the requests waiting for the Region and their age; the audit chain's state (verified, its head, the latest signed checkpoint given). Every figure says how it was computed, and the report names the database and its chain's head so that it can be traced. No network: styles and charts (inline SVG) are in the file. In the language of --lang. The read is traced (§8.6).
    .after =
        Examples:
          lpt report compliance --from 2026-01-01 --to 2026-12-31 --output conformita-2026.html
          lpt --lang en report compliance --from 2026-07-01 --to 2026-09-30 --output q3.html --checkpoint /srv/lpt/checkpoints/*.checkpoint --public-key /etc/lpt/audit.key.pub

arg-report-compliance-from = The period's first day

arg-report-compliance-to = The period's last day (included)

arg-report-compliance-output = The HTML file to write (new, with the database's mode)

arg-report-compliance-no-verify = Do not walk the audit chain to verify it (the report then says it was not verified)

arg-report-compliance-checkpoint = Signed checkpoints of the audit chain (from 'audit checkpoint'): the latest the log still extends is shown with its age

arg-report-compliance-public-key = The public key the checkpoints were signed with (the .pub file of 'audit keygen')
