# The questions asked on a terminal before a destructive or sweeping change
# (src/questions.rs), and the answers to them.

prompt-yes-no-hint = [y/N]
prompt-yes = yes
prompt-no = no
prompt-optional = { $prompt } (optional)
prompt-declined = not confirmed: nothing changed
prompt-changed = the registry changed while you were asked: the command would now do something else than you agreed to; nothing changed, run it again
prompt-suspend = Suspend { $person }? This will revoke { $grants } grant(s) in { $companies } company(ies)
prompt-revoke-all = Revoke every grant of { $person } in { $company }: { $grants } grant(s)?
prompt-admin-revoke = Revoke { $grants } administrator grant(s) of { $person } in { $company }?
prompt-unit-remove = Remove unit '{ $unit }' from company { $company }?
prompt-operator-remove = Remove { $person } from the regional operators?
prompt-end = End { $person }'s relationship with { $company } on { $on }? { $grants } live grant(s) will have to be revoked by { $due }
prompt-reject = Reject the registration of { $company }?
prompt-reject-change = Reject the pending change of { $company }?
prompt-unbind = Unbind login '{ $login }' from { $person }?
prompt-import = The import of { $rows } row(s) will grant { $granted }, request { $requested }, revoke { $revoked }, request the disabling of { $disable_requested }, end { $ended } relationship(s). Apply it?
