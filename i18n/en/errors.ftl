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
