# refuse

## Chi può fare cosa (src/policy.rs)

scope-group = a livello di gruppo
scope-unit = nell'unità organizzativa { $name }
refuse-operator-only = Non è consentito a { $actor } { $what }: l'operazione è riservata agli operatori regionali
refuse-register-other = Non è consentito a { $actor } registrare { $cf }: la persona si registra da sé, oppure la registra un operatore regionale
refuse-register-unregistered = Non è consentito a { $actor } registrare { $cf }: { $actor } non è una persona registrata
refuse-manage-company = Non è consentito a { $actor } { $what } dell'azienda { $company }: l'operazione è riservata al legale rappresentante e agli amministratori a livello di gruppo
refuse-needs-company-level = l'operazione è riservata al legale rappresentante e agli amministratori a livello di gruppo
refuse-needs-unit-admin = l'operazione è riservata al legale rappresentante, agli amministratori a livello di gruppo e agli amministratori dell'unità organizzativa { $unit }
refuse-manage-scope = Non è consentito a { $actor } { $what } { $scope } dell'azienda { $company }: { $needs }
refuse-company-not-approved = L'azienda { $company } è in stato { $status }: le abilitazioni sono ammesse solo nelle aziende approvate
refuse-grantee-suspended = { $person } è sospeso dalla Regione: non è possibile concedergli abilitazioni fino alla riattivazione
refuse-profile-level = Il profilo { $profile } non può essere concesso { $scope }: è previsto { $levels }
refuse-profile-type = Il profilo { $profile } non è disponibile per l'azienda { $company }: le sue tipologie ({ $types }) non sono tra quelle ammesse ({ $eligible })
refuse-last-group-admin = Non è consentito a { $actor } revocare l'ultimo amministratore a livello di gruppo dell'azienda { $company }: l'operazione è riservata agli operatori regionali
doing-end-relationship = registrare la cessazione del rapporto con
doing-role-change = registrare un cambio di ruolo presso
refuse-manage-person = Non è consentito a { $actor } { $what } l'azienda { $company }: l'operazione è riservata al legale rappresentante, agli amministratori a livello di gruppo o agli amministratori di tutte le unità organizzative in cui la persona è abilitata

## Il catalogo (src/catalog.rs)

levels-group-or-unit = a livello di gruppo o di unità organizzativa
levels-group-only = solo a livello di gruppo
levels-unit-only = solo a livello di unità organizzativa
refuse-unknown-profile = Profilo '{ $code }' sconosciuto; profili validi: { $valid }
refuse-unknown-type = Tipologia di azienda '{ $code }' sconosciuta; tipologie valide: { $valid }
refuse-no-type = Specificare almeno una tipologia di azienda (--type CODICE)
refuse-type-needs-register = La tipologia di azienda { $code } richiede l'iscrizione al registro: --register { $code }=NOME:NUMERO:DATA
refuse-type-no-register = La tipologia di azienda { $code } non prevede l'iscrizione a un registro: togliere --register { $code }=…
refuse-type-twice = La tipologia di azienda { $code } è indicata due volte
refuse-types-incompatible = Le tipologie di azienda { $a } e { $b } sono incompatibili e non possono essere possedute insieme

## Abilitazioni e revoche (src/ops/grant.rs, revoke.rs)

doing-revoke = revocare il profilo { $profile }
doing-nominate = nominare amministratori
doing-grant = concedere il profilo { $profile }
doing-review = confermare in revisione il profilo { $profile }
refuse-legal-rep-granted = Il profilo { $legal_rep } non può essere concesso: è attribuito al legale rappresentante quando la Regione approva l'azienda o una variazione del legale rappresentante (company update --legal-rep, poi company approve-change)
refuse-needs-attestation = Per concedere il profilo { $profile } a { $person } è necessaria l'attestazione che è autorizzato al trattamento dei dati personali per l'azienda { $company } (§4.2, §8.3): indicare --data-processing-authorised
refuse-grant-before-first-access = { $person } ha effettuato il primo accesso al portale il { $first_access }: non è possibile concedergli abilitazioni con data { $on }, anteriore
refuse-grant-before-relationship = Il rapporto di { $person } con l'azienda { $company } è iniziato il { $started }: un'abilitazione non può decorrere dal { $on }, data anteriore
refuse-relationship-before-end = Il precedente rapporto di { $person } con l'azienda { $company } è cessato il { $end }: un nuovo rapporto non può iniziare il { $on }
refuse-revoke-legal-rep = Il profilo { $legal_rep } di { $person } è revocato dalla Regione, quando approva un altro legale rappresentante (company update --legal-rep, poi company approve-change) o sospende la persona; l'azienda può revocarlo solo dopo la cessazione del rapporto
refuse-revoke-historical = L'abilitazione { $person } { $profile } { $scope } è stata registrata prima di questo caricamento storico: la sua revoca è registrata ora, quindi importarla senza --historical
refuse-revoke-before-grant = L'abilitazione { $person } { $profile } { $scope } è stata concessa il { $granted_on }: non può essere revocata con data { $on }
