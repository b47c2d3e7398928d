# refuse

## Who may do what (src/policy.rs)

scope-group = at group level
scope-unit = in unit { $name }
refuse-operator-only = { $actor } may not { $what }: only a regional operator may
refuse-register-other = { $actor } may not register { $cf }: a person registers themselves, or a regional operator registers them
refuse-register-unregistered = { $actor } may not register { $cf }: { $actor } is not a registered person
refuse-manage-company = { $actor } may not { $what } of { $company }: only its legal representative or a group-level administrator may
refuse-needs-company-level = only the legal representative or a group-level administrator may
refuse-needs-unit-admin = only the legal representative, a group-level administrator or an administrator of unit { $unit } may
refuse-manage-scope = { $actor } may not { $what } { $scope } of { $company }: { $needs }
refuse-company-not-approved = { $company } is { $status }: grants exist only in approved companies
refuse-grantee-suspended = { $person } is suspended by the Region and cannot be granted anything until reinstated
refuse-profile-level = profile { $profile } cannot be granted { $scope }: it is { $levels }
refuse-profile-type = profile { $profile } is not available to { $company }: its types ({ $types }) are not among those eligible ({ $eligible })
refuse-last-group-admin = { $actor } may not revoke the last group-level administrator of { $company }: only a regional operator may
doing-end-relationship = record the end of a relationship with
doing-role-change = record a change of role in
refuse-manage-person = { $actor } may not { $what } { $company }: only the legal representative, a group-level administrator, or an administrator of every unit the person holds grants in may

## The catalog (src/catalog.rs)

levels-group-or-unit = group or unit level
levels-group-only = group level only
levels-unit-only = unit level only
refuse-unknown-profile = unknown profile '{ $code }'; valid profiles: { $valid }
refuse-unknown-type = unknown company type '{ $code }'; valid types: { $valid }
refuse-no-type = a company needs at least one company type (--type CODE)
refuse-type-needs-register = company type { $code } needs its register entry: --register { $code }=NAME:NUMBER:DATE
refuse-type-no-register = company type { $code } takes no register entry; drop --register { $code }=…
refuse-type-twice = company type { $code } is given twice
refuse-types-incompatible = company types { $a } and { $b } are incompatible and cannot be held together

## Grants and revocations (src/ops/grant.rs, revoke.rs)

doing-revoke = revoke { $profile }
doing-nominate = nominate administrators
doing-grant = grant { $profile }
doing-review = review { $profile }
refuse-legal-rep-granted = { $legal_rep } cannot be granted: it is given to the legal representative when the Region approves the company or a change of legal representative (company update --legal-rep, then company approve-change)
refuse-needs-attestation = granting { $profile } to { $person } needs the attestation that they are authorised to process personal data for { $company } (§4.2, §8.3): pass --data-processing-authorised
refuse-grant-before-first-access = { $person } first accessed the portal on { $first_access }: nothing can be granted to them on { $on }, before it
refuse-grant-before-relationship = { $person }'s relationship with { $company } started on { $started }: a grant cannot take effect on { $on }, before it
refuse-relationship-before-end = { $person }'s previous relationship with { $company } ended on { $end }: a new one cannot start on { $on }
refuse-revoke-legal-rep = { $person } { $legal_rep } is revoked by the Region, when it approves another legal representative (company update --legal-rep, then company approve-change) or suspends the person; a company revokes it only once the relationship has ended
refuse-revoke-historical = { $person } { $profile } { $scope } was recorded before this historical load: its revocation is recorded now, so import it without --historical
refuse-revoke-before-grant = { $person } { $profile } { $scope } was granted on { $granted_on }: it cannot be revoked on { $on }

## Lookups, the actor, units, administrators (src/ops/)

refuse-cf-provisional = { $cf } is a provisional code: a person's identity here is their definitive 16-character fiscal code
refuse-cf-not-person = { $cf } is the code of a { $kind }, not of a person: a person's fiscal code has 16 characters
cf-kind-of-person = person
cf-kind-of-provisional = provisional code
cf-kind-of-company = company
cf-kind-of-body = body
refuse-cf-provisional-company = { $cf } is a person's provisional code and identifies no company
refuse-no-such-person = no registered person has fiscal code { $cf }: only persons who have accessed the portal as citizens can be named
refuse-no-such-unit = { $company } has no unit named '{ $unit }'; its units: { $units }
refuse-no-such-company = no company is registered with fiscal code { $cf }
refuse-field-empty = { $field } must not be empty
refuse-field-control = { $field } must be one line of text without control characters
refuse-field-long = { $field } is longer than 500 characters
refuse-actor-unregistered = { $actor } may not act: no registered person has this fiscal code
refuse-actor-suspended = { $actor } may not act: suspended by the Region ({ $reason })
no-reason-recorded = no reason recorded
refuse-future-day = { $what } cannot be recorded for { $on }, a day after today ({ $today })
what-role-change = a change of role
what-first-access = a first access
what-grant = a grant
what-revocation = a revocation
what-end = the end of a relationship
doing-manage-units = manage the units
field-unit-name = unit name
refuse-unit-same-folded = , the same name as '{ $name }' once letter case and spelling are folded (R15)
refuse-unit-taken = { $company } already has a unit named '{ $unit }'{ $same }; nothing changed
note-unit-added = added unit { $name } to { $company }
refuse-unit-same-name = unit { $unit } already has that name; nothing changed
note-unit-renamed = renamed unit { $unit } to { $new } in { $company }
refuse-unit-last = { $unit } is the last unit of { $company }: every company keeps at least one (§6.1); nothing changed
refuse-unit-has-grants = unit { $unit } holds { $count } live grant(s) ({ $list }{ $more }): revoke them first; nothing changed
note-unit-removed = removed unit { $unit } from { $company }
refuse-not-admin-unit = {" "}for unit { $unit }
refuse-not-admin = { $person } is not an administrator of { $company }{ $unit }; nothing changed
refuse-admin-through-collab = administrators are nominated with 'lpt admin nominate', not granted as collaborators
refuse-export-all = { $actor } may not export the whole registry: only a regional operator may; administrators name --company
refuse-export-unit = { $actor } may not export unit { $unit } of { $company }: only the legal representative, a group-level administrator or an administrator of that unit may
refuse-export-company = { $actor } may not export the registry of { $company }: only its legal representative, a regional operator or one of its administrators may
refuse-historical-login = login '{ $login }' may not load history with --historical: only a regional operator's login may, since the declared days then stand for the recorded ones
refuse-omocode-suspended = { $cf } decodes to the same code as { $person }, who is suspended: a variant of a suspended person's code is never registered (R15)
refuse-omocode-same-names = { $cf } decodes to the same code as { $person }, registered with the same names: the same person is never registered twice (R15); only a regional operator may register it, if they are distinct persons
warn-omocode-registered = { $reason }; registered by a regional operator as a distinct person
refuse-nothing-changed = { $reason }; nothing changed
doing-correct-person = correct a person's data
doing-import-legacy = import legacy accounts
refuse-legacy-suspended = { $cf } is the code of { $person }, who is suspended (R9)
refuse-legacy-other-names = { $cf } is registered to { $person } with other names (a mistyped code?)
refuse-legacy-not-listed = no legacy account '{ $username }' is listed for correction (lpt person import-legacy --list shows them); nothing changed
refuse-legacy-completed = the legacy account '{ $username }' was completed with { $cf } on { $on }; nothing changed

## Companies (src/ops/company/)

refuse-register-format = --register '{ $s }' is not CODE=NAME:NUMBER:DATE (for example CONSULENTE_LAVORO=Albo CZ:1234:2010-05-04)
refuse-register-date = --register { $code }: { $e }
field-register-name = register name
field-register-number = register number
refuse-register-future = --register { $code }: the entry is dated { $date }, after today ({ $today }): a register entry records a listing that exists
refuse-register-no-type = --register names { $code }, which is not among the --type given
refuse-legal-rep-unregistered = the legal representative { $cf } is not a registered person: give their names with --legal-rep-family-name and --legal-rep-given-name
refuse-company-exists = a company with fiscal code { $cf } is already registered ({ $name }, { $status }); nothing changed
refuse-company-not-pending = { $company } is already { $status }: only a pending company can be verified; nothing changed
refuse-first-admin = the requester cannot become the first administrator; reject the company instead
warn-legal-rep-unregistered = the legal representative { $rep_cf } is not a registered person and holds no grant: once they have accessed the portal, name them again with company update --legal-rep for the Region to approve
warn-legal-rep-suspended = the legal representative { $person } is suspended by the Region and holds no grant
refuse-legal-rep-cannot-hold = the legal representative { $person } cannot hold it
doing-approve-companies = approve companies
doing-reject-companies = reject companies
doing-change-data = change the data
doing-approve-changes = approve a company's changes
doing-reject-changes = reject a company's changes
refuse-register-needs-types = --register needs the full set of --type it belongs to
refuse-change-no-type = { $company } would hold no company type until the Region approves the new ones: keep a current type, and remove it once the change is approved; nothing changed
refuse-change-pending = a change of { $company } awaits the Region since { $since } (company show { $cf }): a regional operator must approve or reject it before another is requested; nothing changed
refuse-change-not-approved = { $company } is { $status }: types and the legal representative change by request only once it is approved; nothing changed
change-requested-type = type { $code }
change-requested-legal-rep = legal representative { $cf }
refuse-no-pending-change = no change of { $company } awaits the Region; nothing changed
refuse-change-unapprovable = the change cannot be approved: { $e }; reject it instead (company reject-change)

## Reviews, persons, operators, logins (src/ops/)

doing-approve-requests = approve requests
refuse-no-pending-request = there is no pending request to enable or disable { $profile } { $scope } for { $person } in { $company }; nothing changed
note-disabling-approved = the disabling of { $what } (revoked on { $on })
refuse-request-unapprovable = the request cannot be approved: { $e }
refuse-request-ended = { $person }'s relationship with { $company } ended on { $end }: the request cannot be approved, only revoked (a new grant needs a new relationship)
refuse-review-nothing = { $person } holds no active grant in { $company } to review
refuse-review-own = { $actor } may not confirm their own grants (R12): another administrator of { $company } reviews them
refuse-review-ended = { $person }'s relationship with { $company } ended on { $end }: { $grants } cannot be confirmed, only revoked (R12)
refuse-role-last-ended = {" "}(the last one ended on { $d })
refuse-role-no-relationship = { $person } has no open relationship with { $company }{ $last }: a change of role is recorded only while they work for it; nothing changed
refuse-role-before-start = { $person }'s relationship with { $company } started on { $started }: a change of role cannot be declared on { $on }, before it
refuse-person-registered = { $person } is already registered (since { $since }); nothing changed
refuse-person-suspended-already = { $person } is already suspended; nothing changed
done-suspended = suspended
done-removed = removed
refuse-person-not-suspended = { $person } is not suspended; nothing changed
refuse-last-operator = { $person } is the last active regional operator and cannot be { $done }: add another operator first (lpt operator add)
refuse-last-operator-logins = { $person } holds every login bound to an active regional operator and cannot be { $done }: bind another operator's login first (lpt login bind LOGIN CF)
refuse-not-operator = { $person } is not a regional operator; nothing changed
refuse-operator-already = { $person } is already a regional operator; nothing changed
refuse-operator-suspended = { $person } is suspended and cannot be made a regional operator
doing-suspend = suspend persons
doing-reinstate = reinstate persons
doing-remove-operators = remove regional operators
doing-add-operators = add regional operators
doing-bind-logins = bind logins
doing-unbind-logins = unbind logins
login-how-to-bind = a regional operator binds it with: lpt login bind '{ $login }' CF
refuse-login-unbound = login '{ $name }' is not bound to any person, so it may read but not change anything; { $how }
refuse-login-operator-suspended = login '{ $name }' is bound to { $person }, a regional operator suspended by the Region, and may not enter changes on behalf of { $actor }
refuse-login-other-person = login '{ $name }' is bound to { $person }, so it may act only as that person, not as { $actor }; a change on someone else's behalf is entered from a regional operator's login
refuse-login-namespace = lpt runs inside a user namespace, where a uid ('{ $uid }') names no account the system authenticated: it may read but not change anything; run it outside the namespace
refuse-login-name = '{ $name }' is not a login name: give the account name, without spaces around it
refuse-login-first-bind = no login is bound yet: the owner of the database file binds their own login first, as a regional operator: lpt --as CF login bind '{ $login }' CF (with the operator's code twice)
refuse-login-bound = login '{ $name }' is already bound to { $cf }; unbind it first (lpt login unbind '{ $name }')
refuse-login-not-bound = login '{ $name }' is not bound to anyone; nothing was changed
refuse-login-last-operator = login '{ $name }' is the last login bound to an active regional operator: bind another operator's login first, or nobody could change anything
refuse-find-no-word = give at least one word to look for (letters or digits)
refuse-end-before-start = the relationship started on { $started_on }: it cannot end on { $on }
refuse-end-historical = the relationship began before this historical load: its end is recorded now, so import it without --historical
cf-invalid = invalid fiscal code: { $reason }
cf-invalid-code = invalid fiscal code { $code }: { $reason }
cf-empty = the code is empty
cf-not-alphanumeric = character { $character } at position { $position } is not a letter or a digit
cf-length = it has { $n } characters; a personal code has 16 and a numeric code 11
cf-pos-surname = surname letters
cf-pos-given-name = given-name letters
cf-pos-year = year of birth
cf-pos-month = month of birth
cf-pos-day = day of birth
cf-pos-place-letter = birthplace letter
cf-pos-place-number = birthplace number
cf-pos-check = check character
cf-want-letter = a letter
cf-want-digit = a digit or an omocode letter (L M N P Q R S T U V)
cf-position = position { $pos } ({ $name }) must be { $want }, found '{ $found }'
cf-month = position 9 (month of birth) '{ $found }' is not a month letter (A B C D E H L M P R S T)
cf-day = positions 10–11 (day of birth) decode to { $raw_day }: expected 01–31 for men or 41–71 for women
cf-no-29-february = 29 February does not exist in year ..{ $year2 } (not divisible by 4)
cf-no-such-day = day { $day } does not exist in month { $month }, which has { $days_in_month } days
cf-day-why = positions 10–11 (day of birth): { $why }
cf-place-letter = position 12 (birthplace letter) '{ $place_letter }' is not A–I, L, M (Italian municipality) or Z (foreign country)
cf-place-zero = positions 13–15 (birthplace number) decode to 000, which is no place ({ $place_letter }000)
cf-check-letter = position 16 (check character) is '{ $found }', expected '{ $expected }'
cf-numeric-digits = an 11-character code must be all digits, found '{ $found }' at position { $position }
cf-serial-zero = positions 1–7 (serial number) are all zeros
cf-body-office = serial { $serial } marks a body without VAT number, whose office code (positions 8–10) must be at most 095, found { $office }
cf-office = positions 8–10 (office code) { $office } belong to no company, body or provisional code
cf-check-digit = position 11 (check digit) is { $found }, expected { $expected }
