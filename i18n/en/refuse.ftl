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
