# errors

## Collaborators (src/commands/collab/)

prompt-attest = Is { $person } authorised to process personal data for { $company } (conditions §4.2, §8.3)?
refuse-not-attested = not granted: the person must be authorised to process personal data (§4.2, §8.3)
note-granted = granted { $profile } { $scope } to { $person } in { $company }
note-requested = requested { $profile } { $scope } for { $person } in { $company }: it becomes active when a regional operator approves it
note-already-held = { $person } already holds { $profile } { $scope } in { $company } ({ $state }); nothing changed
what-profile-in-unit = { $p } in unit { $unit }
what-profile-group = { $p } at group level
what-any-in-unit = any grant in unit { $unit }
what-any-grant = any grant
refuse-holds-nothing = { $person } holds no live { $what } in { $company }; nothing changed
note-revoked = revoked from { $person } in { $company }: { $grants }
note-disable-requested = requested from the Region the disabling of { $grants } for { $person } in { $company }: it stays active until a regional operator approves it (R7)
note-disable-waiting = the disabling of { $grants } for { $person } in { $company } already awaits the Region; nothing changed for it
refuse-no-open-relationship = { $person } has no open relationship with { $company }{ $last }; nothing changed
note-ended = recorded the end of { $person }'s relationship with { $company } on { $on }; { $live } live grant(s) must be revoked by { $due }
note-role-change = recorded a change of role of { $person } in { $company } on { $on }; { $due } active grant(s) are due for review until confirmed or revoked
note-never-held = { $person } has never held a grant in { $company }
note-confirmed = confirmed { $count } grant(s) of { $person } on { $on }
note-approved-request = approved { $what } for { $person } in { $company }

## Administrators, units, operators, persons (src/commands/)

note-admin-already = { $person } is already an administrator { $scope } of { $company }; nothing changed
note-admin-nominated = { $person } is now an administrator { $scope } of { $company }
note-admin-revoked = revoked administrator grant(s) of { $person } in { $company }: { $grants }
note-operator-added = { $person } is now a regional operator
note-operator-removed = { $person } is no longer a regional operator
note-suspended = suspended { $person }; revoked { $count } grant(s)
note-legacy-completed-registered = completed the legacy account '{ $username }': registered { $cf }
note-legacy-completed-existing = completed the legacy account '{ $username }': { $cf } was registered already
refuse-update-nothing = give at least one of --family-name, --given-name and --email
note-update-same = { $person } already has that data; nothing changed
note-updated = updated { $fields } of { $cf }
note-reinstated = reinstated { $person }; revoked grants were not restored
note-registered = registered { $given } { $family } ({ $cf })

## Output and input (src/output/, src/commands/)

error-missing-flags = missing { $flags } (no terminal to ask on)
error-columns-unknown = --columns: no column '{ $name }' in this list; its columns are: { $columns }
error-columns-none = --columns: name at least one of: { $columns }
note-first-rows = showing the first { $shown } of { $rows } rows: --format csv or json prints them all
error-cannot-write = cannot write { $path }: { $reason }

## Context, companies, logins, the database (src/commands/)

warn-upgrade-done = warning: the database says the upgrade to 0007 is still to do, but its audit trail shows it done: ignored; a file edited around lpt? (lpt db check)
note-upgrade-legal-reps = upgrade: { $n } legal representative(s) now hold { $profile } (R14)
refuse-no-actor = this command changes data: say who acts with --as CF (or set LPT_AS)
error-cannot-read = cannot read { $file }
error-header = the header must be { $expected }; found { $found }
note-legal-rep-holds = legal representative: { $person } holds { $profile }
note-warning = warning: { $text }
note-company-approved = approved { $company }; first administrator: { $admin }
note-nothing-differed = nothing differed
note-change-approved = approved the change of { $company }: { $fields }
note-change-rejected = rejected the change of { $company }
note-company-rejected = rejected { $company }
refuse-company-cf-fixed = the company fiscal code cannot be changed after registration (conditions §7); nothing changed
note-nothing-to-change = { $company }: nothing to change
note-company-updated = updated { $company }: { $fields }
note-change-requested = requested of the Region for { $company }: { $requested } (pending until a regional operator approves it: company approve-change { $cf })
warn-unallowed = warning: { $count } live grant(s) are no longer allowed by the company's types and must be revoked (listed by db check and audit review): { $grants }
ask-company-cf = Company fiscal code
ask-company-name = Name (denominazione)
ask-company-office = Registered office (sede legale)
ask-email = E-mail
ask-pec = PEC
ask-phone = Phone
ask-legal-rep = Legal representative's fiscal code
ask-company-types = Company types (space to pick, enter to confirm)
ask-register-entry = Register entry for { $code } (NAME:NUMBER:YYYY-MM-DD)
note-company-registered = registered { $name } ({ $cf }), pending verification by a regional operator; first unit: { $unit }
note-initialised = initialised { $path }; first regional operator: { $given } { $family } ({ $cf }), bound to login '{ $login }'
note-replay-complete = every event is in the complete form
note-replay-partial = events 1 to { $last } predate the complete form (migration 0006): the few fields they never recorded (a legal representative's names, init's and a legacy migration's first access) are compared only where a later event recorded them, and their personal data is in the hashed bytes, where it cannot be erased (R16)
note-replayed = replayed { $events } audit events: the persons, operators, companies and their types, units, relationships, grants and revocations agree with them where nothing else is listed; { $form }
warn-replay-stopped = the replay stopped at event { $id } ('{ $action }', an event lpt does not write): the state tables are not checked against the trail
note-no-problems = { $path }: no problems found
error-problems = { $count } problem(s) found
note-backed-up = backed up { $db } to { $file }

## Logins, the registry, legacy accounts, checkpoints (src/commands/)

note-login-bound = login '{ $login }' is now bound to { $cf }
note-login-already = login '{ $login }' was already bound to { $cf }; nothing changed
note-login-unbound = login '{ $login }' is no longer bound
note-exported = exported { $count } row(s)
note-import-dry-run = dry run: { $rows } row(s); would grant { $granted }, request { $requested }, revoke { $revoked }, request the disabling of { $disable_requested }, end { $ended } relationship(s); { $unchanged } unchanged; nothing was written
error-legacy-line = { $name }, line { $line }: { $e }; nothing was written
error-legacy-empty = { $name } is empty: expected the header { $header }
error-file-line-1 = { $name }, line 1: { $e }
error-legacy-columns = { $name }, line { $line }: has { $count } columns, expected { $expected }; nothing was written
error-legacy-required = { $name }, line { $line }: username, family_name and given_name are required; nothing was written
warn-file-line = { $name }, line { $line }: { $w }
note-legacy-summary = migrated { $migrated }, to correct { $to_correct }, foreign users keeping legacy credentials { $foreign }; { $changes } change(s)
note-legacy-dry-run = dry run: { $summary }; nothing was written
error-cannot-read-what = cannot read the { $what } { $path }
what-public-key = public key
what-checkpoint = checkpoint
what-secret-key = secret key
error-cannot-write-file = cannot write { $path }
error-key-exists = { $path } already exists: lpt never overwrites a key
note-keygen = wrote the secret key { $key } and the public key { $public }; keep the secret key where the database's writers cannot read it
error-chain-broken-no-checkpoint = audit chain broken: { $problem }; no checkpoint was written
error-chain-broken = audit chain broken: { $problem }
error-key-unusable = { $path } is not usable
error-key-unusable-public = { $path } is not usable
note-chain-intact = audit chain intact: { $n } events (consistent with itself only: without --checkpoint nothing shows it was not rewritten and re-chained)
error-checkpoint = checkpoint { $file }: { $e }
error-checkpoint-other-db = checkpoint { $file } is of another database ({ $other }; this one is { $origin })
error-checkpoint-shorter = the log is shorter than checkpoint { $file }: it vouches for { $size } events, the log has { $n }
error-checkpoint-size = checkpoint size out of range
error-checkpoint-diverged = the log no longer extends checkpoint { $file }: the first event that differs is between event { $from } and event { $to } (the history up to event { $size } was rewritten)
note-chain-checkpoints = audit chain intact: { $n } events; it extends { $count } checkpoint(s) signed by '{ $signer }', the latest at event { $holds }

## The database file (src/store/)

error-db-initialised = the database { $path } is already initialised; nothing was changed
error-db-other-owner = { $path } belongs to another account (uid { $owner }): lpt does not adopt a file someone else made; remove it, or create the database elsewhere; nothing was changed
error-db-mode = the database { $p } can be read or written by users other than its owner and group (mode { $mode }); fix it with: chmod 600 { $p } (or chmod 660 for a group kept for lpt, see the README)
error-db-dir-mode = the database { $p } is shared with its group (mode { $mode }) but its folder { $dir } lets other users in (mode { $dmode }); fix it with: chmod o-rwx { $dir2 }
error-db-missing = no database at { $path }: create one with 'lpt init' (or pass --db PATH / set LPT_DB)
error-db-empty = { $path } is an empty file, not an lpt database: create one with 'lpt init'
error-db-foreign = it is an SQLite database of another application, not an lpt one; nothing was changed
error-backup-exists = { $file } already exists; choose a new file for the backup

## Registry files and names (src/commands/registry/, src/names.rs)

refuse-name-invisible = { $what } must be one line of visible text without control characters: character { $pos } is { $why }, U+{ $code }
refuse-name-empty = { $what } must not be empty
refuse-name-long = { $what } is longer than { $max } characters
fault-column = column { $column }: { $reason }
fault-columns = has { $count } columns, expected { $width }
fault-utf8 = is not valid UTF-8 (byte { $byte })
fault-long = is longer than { $max_cell } characters
fault-control = contains a control character
field-the-name = the name
fault-name-mismatch = '{ $given }' does not match { $registered } registered for { $cf } (a mistyped fiscal code?)
fault-line-1 = line 1: { $e }
fault-file-empty = the file is empty: expected the header { $header }
fault-malformed = malformed CSV: { $e }
fault-no-company = no company is registered with fiscal code { $cf }
fault-revoke-needs-reason = a revocation needs its reason
fault-reason-without-revoke = a reason is given but no revoked_on
fault-nothing-to-hold = the grant is not held and the relationship has ended: there is nothing to hold
fault-revoke-before-grant = { $on } is before this row's granted_on { $granted_on }: a revocation cannot precede its grant
error-import-file = { $name }, { $e }; nothing was written
fault-line-column = line { $line }, { $fault }
fault-line = line { $line }: { $fault }
error-import-one = { $name }, { $only }; nothing was written
error-import-database = { $name }: writing the rows up to line { $line } failed: { $e }; nothing was written
store-grant-changed = grant { $id } is no longer live: it was changed outside lpt while this change was being made; nothing was written ('lpt db check' shows what changed)
store-relationship-changed = relationship { $id } is no longer open: it was changed outside lpt while this change was being made; nothing was written ('lpt db check' shows what changed)
error-import-faults = { $count } faulty row(s) in { $name }; nothing was written
name-control-character = a control character (a new line, tab or escape sequence)
name-invisible-character = an invisible formatting character (a direction mark, a zero-width space or joiner)

## Dates, codes, keys and checkpoints (src/dates.rs, src/cf/, src/checkpoint.rs)

refuse-date = '{ $s }' is not a date in the form YYYY-MM-DD that exists
warn-cf-name-letters = the name letters of { $code } are { $s }/{ $n }, but '{ $family_name }' '{ $given_name }' give { $want_s }/{ $want_n }; registered as given (the Agenzia's code is the truth)
key-bad-name = '{ $name }' is not a key name: use letters, digits, dots or dashes, without spaces or '+'
key-no-randomness = no randomness for a key: { $e }
key-not-secret = not an lpt secret key (it must start with PRIVATE+KEY+)
key-secret-length = the secret key has the wrong length
key-secret-id = the secret key's identifier does not match its key: the file is damaged
key-is-secret = this is a secret key: give the public key (the .pub file)
key-public-length = the public key has the wrong length
key-public-id = the public key's identifier does not match its key: the file is damaged
key-not-key = not a key: expected NAME+KEYID+KEY
key-base64 = the key is not valid base64
key-not-ed25519 = not an Ed25519 key
checkpoint-head-hash = the head is not a SHA-256 hash
checkpoint-not-signed = not a signed checkpoint (no blank line before the signature)
checkpoint-other-key = it carries no signature by the key '{ $key }' given: signed by another key
checkpoint-bad-signature = its signature does not verify: the checkpoint was altered, or signed by another key
checkpoint-not-lpt = not an lpt checkpoint: expected an origin, a size and a hash
checkpoint-signature-base64 = the signature is not valid base64
checkpoint-head-base64 = the head is not a base64 SHA-256 hash
