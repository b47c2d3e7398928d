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

## Ricerche, chi agisce, unità organizzative, amministratori (src/ops/)

refuse-cf-provisional = { $cf } è un codice fiscale provvisorio: l'identità di una persona è il suo codice fiscale definitivo di 16 caratteri
refuse-cf-not-person = { $cf } è il codice fiscale di { $kind }, non di una persona: il codice fiscale di una persona ha 16 caratteri
cf-kind-of-person = una persona
cf-kind-of-provisional = un codice provvisorio
cf-kind-of-company = un'azienda
cf-kind-of-body = un ente
refuse-cf-provisional-company = { $cf } è il codice fiscale provvisorio di una persona e non identifica alcuna azienda
refuse-no-such-person = Nessuna persona registrata ha codice fiscale { $cf }: possono essere indicate solo le persone che hanno effettuato l'accesso al portale come cittadini
refuse-no-such-unit = L'azienda { $company } non ha un'unità organizzativa denominata '{ $unit }'; le sue unità organizzative sono: { $units }
refuse-no-such-company = Nessuna azienda è registrata con codice fiscale { $cf }
refuse-field-empty = Il campo { $field } non può essere vuoto
refuse-field-control = Il campo { $field } deve essere una sola riga di testo senza caratteri di controllo
refuse-field-long = Il campo { $field } supera i 500 caratteri
refuse-actor-unregistered = { $actor } non può operare: nessuna persona registrata ha questo codice fiscale
refuse-actor-suspended = { $actor } non può operare: sospeso dalla Regione ({ $reason })
no-reason-recorded = nessun motivo registrato
refuse-future-day = Non è possibile registrare { $what } con data { $on }, successiva a oggi ({ $today })
what-role-change = un cambio di ruolo
what-first-access = un primo accesso
what-grant = un'abilitazione
what-revocation = una revoca
what-end = la cessazione di un rapporto
doing-manage-units = gestire le unità organizzative
field-unit-name = nome dell'unità organizzativa
refuse-unit-same-folded = , stesso nome di '{ $name }' a meno di maiuscole e grafia (R15)
refuse-unit-taken = L'azienda { $company } ha già un'unità organizzativa denominata '{ $unit }'{ $same }; nessuna modifica effettuata
note-unit-added = aggiunta l'unità organizzativa { $name } all'azienda { $company }
refuse-unit-same-name = L'unità organizzativa { $unit } ha già questo nome; nessuna modifica effettuata
note-unit-renamed = rinominata l'unità organizzativa { $unit } in { $new } nell'azienda { $company }
refuse-unit-last = { $unit } è l'ultima unità organizzativa dell'azienda { $company }: ogni azienda ne conserva almeno una (§6.1); nessuna modifica effettuata
refuse-unit-has-grants = L'unità organizzativa { $unit } ha { $count ->
        [one] { $count } abilitazione attiva ({ $list }{ $more }): revocarla prima
       *[other] { $count } abilitazioni attive ({ $list }{ $more }): revocarle prima
    }; nessuna modifica effettuata
note-unit-removed = eliminata l'unità organizzativa { $unit } dall'azienda { $company }
refuse-not-admin-unit = {" "}per l'unità organizzativa { $unit }
refuse-not-admin = { $person } non è amministratore dell'azienda { $company }{ $unit }; nessuna modifica effettuata
refuse-admin-through-collab = Gli amministratori si nominano con 'lpt admin nominate', non si abilitano come collaboratori
refuse-export-all = Non è consentito a { $actor } esportare l'intero registro: l'operazione è riservata agli operatori regionali; gli amministratori indicano --company
refuse-export-unit = Non è consentito a { $actor } esportare l'unità organizzativa { $unit } dell'azienda { $company }: l'operazione è riservata al legale rappresentante, agli amministratori a livello di gruppo e agli amministratori di quell'unità organizzativa
refuse-export-company = Non è consentito a { $actor } esportare il registro dell'azienda { $company }: l'operazione è riservata al suo legale rappresentante, agli operatori regionali e ai suoi amministratori
refuse-historical-login = L'utenza '{ $login }' non può effettuare caricamenti storici con --historical: è consentito solo all'utenza di un operatore regionale, poiché le date dichiarate valgono allora come date di registrazione
refuse-omocode-suspended = { $cf } corrisponde allo stesso codice di { $person }, che è sospeso: una variante del codice di una persona sospesa non viene mai registrata (R15)
refuse-omocode-same-names = { $cf } corrisponde allo stesso codice di { $person }, registrato con gli stessi nomi: la stessa persona non viene mai registrata due volte (R15); solo un operatore regionale può registrarlo, se si tratta di persone distinte
warn-omocode-registered = { $reason }; registrato da un operatore regionale come persona distinta
refuse-nothing-changed = { $reason }; nessuna modifica effettuata
doing-correct-person = correggere i dati di una persona
doing-import-legacy = importare le utenze del vecchio sistema
refuse-legacy-suspended = { $cf } è il codice di { $person }, che è sospeso (R9)
refuse-legacy-other-names = { $cf } è registrato a { $person } con altri nomi (un codice errato?)
refuse-legacy-not-listed = Nessuna utenza del vecchio sistema '{ $username }' è in attesa di correzione (lpt person import-legacy --list le elenca); nessuna modifica effettuata
refuse-legacy-completed = L'utenza del vecchio sistema '{ $username }' è stata completata con { $cf } il { $on }; nessuna modifica effettuata

## Aziende (src/ops/company/)

refuse-register-format = --register '{ $s }' non è nella forma CODICE=NOME:NUMERO:DATA (ad esempio CONSULENTE_LAVORO=Albo CZ:1234:2010-05-04)
refuse-register-date = --register { $code }: { $e }
field-register-name = nome del registro
field-register-number = numero di iscrizione
refuse-register-future = --register { $code }: l'iscrizione ha data { $date }, successiva a oggi ({ $today }): si può indicare solo un'iscrizione già avvenuta
refuse-register-no-type = --register indica { $code }, che non è tra le tipologie indicate con --type
refuse-legal-rep-unregistered = Il legale rappresentante { $cf } non è una persona registrata: indicarne cognome e nome con --legal-rep-family-name e --legal-rep-given-name
refuse-company-exists = Un'azienda con codice fiscale { $cf } è già registrata ({ $name }, { $status }); nessuna modifica effettuata
refuse-company-not-pending = L'azienda { $company } è già in stato { $status }: solo un'azienda in attesa può essere verificata; nessuna modifica effettuata
refuse-first-admin = il richiedente non può diventare primo amministratore; respingere invece l'azienda
warn-legal-rep-unregistered = il legale rappresentante { $rep_cf } non è una persona registrata e non è abilitato: dopo il suo accesso al portale, indicarlo di nuovo con company update --legal-rep perché la Regione lo approvi
warn-legal-rep-suspended = il legale rappresentante { $person } è sospeso dalla Regione e non è abilitato
refuse-legal-rep-cannot-hold = il legale rappresentante { $person } non può esserne titolare
doing-approve-companies = approvare aziende
doing-reject-companies = respingere aziende
doing-change-data = modificare i dati
doing-approve-changes = approvare le modifiche dei dati di un'azienda
doing-reject-changes = respingere le modifiche dei dati di un'azienda
refuse-register-needs-types = --register richiede l'insieme completo delle tipologie (--type) a cui si riferisce
refuse-change-no-type = L'azienda { $company } resterebbe senza tipologia fino all'approvazione della Regione: mantenere una tipologia attuale ed eliminarla dopo l'approvazione della modifica; nessuna modifica effettuata
refuse-change-pending = Una modifica dell'azienda { $company } è in attesa della Regione dal { $since } (company show { $cf }): un operatore regionale deve approvarla o respingerla prima di richiederne un'altra; nessuna modifica effettuata
refuse-change-not-approved = L'azienda { $company } è in stato { $status }: tipologie e legale rappresentante si modificano su richiesta solo dopo l'approvazione; nessuna modifica effettuata
change-requested-type = tipologia { $code }
change-requested-legal-rep = legale rappresentante { $cf }
refuse-no-pending-change = Nessuna modifica dell'azienda { $company } è in attesa della Regione; nessuna modifica effettuata
refuse-change-unapprovable = La modifica non può essere approvata: { $e }; respingerla invece (company reject-change)

## Revisioni, persone, operatori, utenze (src/ops/)

doing-approve-requests = approvare le richieste
refuse-no-pending-request = Non risulta alcuna richiesta in attesa di abilitazione o disabilitazione del profilo { $profile } { $scope } per { $person } nell'azienda { $company }; nessuna modifica effettuata
note-disabling-approved = la disabilitazione di { $what } (revocata il { $on })
refuse-request-unapprovable = La richiesta non può essere approvata: { $e }
refuse-request-ended = Il rapporto di { $person } con l'azienda { $company } è cessato il { $end }: la richiesta non può essere approvata, solo revocata (una nuova abilitazione richiede un nuovo rapporto)
refuse-review-nothing = { $person } non ha abilitazioni attive nell'azienda { $company } da confermare
refuse-review-own = Non è consentito a { $actor } confermare le proprie abilitazioni (R12): le conferma un altro amministratore dell'azienda { $company }
refuse-review-ended = Il rapporto di { $person } con l'azienda { $company } è cessato il { $end }: { $grants } non può essere confermato, solo revocato (R12)
refuse-role-last-ended = {" "}(l'ultimo è cessato il { $d })
refuse-role-no-relationship = { $person } non ha un rapporto in corso con l'azienda { $company }{ $last }: un cambio di ruolo si registra solo durante il rapporto; nessuna modifica effettuata
refuse-role-before-start = Il rapporto di { $person } con l'azienda { $company } è iniziato il { $started }: un cambio di ruolo non può essere dichiarato in data { $on }, anteriore
refuse-person-registered = { $person } è già registrato (dal { $since }); nessuna modifica effettuata
refuse-person-suspended-already = { $person } è già sospeso; nessuna modifica effettuata
done-suspended = sospeso
done-removed = rimosso
refuse-person-not-suspended = { $person } non è sospeso; nessuna modifica effettuata
refuse-last-operator = { $person } è l'ultimo operatore regionale attivo e non può essere { $done }: aggiungere prima un altro operatore (lpt operator add)
refuse-last-operator-logins = { $person } è titolare di tutte le utenze collegate a un operatore regionale attivo e non può essere { $done }: collegare prima l'utenza di un altro operatore (lpt login bind UTENZA CF)
refuse-not-operator = { $person } non è un operatore regionale; nessuna modifica effettuata
refuse-operator-already = { $person } è già un operatore regionale; nessuna modifica effettuata
refuse-operator-suspended = { $person } è sospeso e non può diventare operatore regionale
doing-suspend = sospendere persone
doing-reinstate = riattivare persone
doing-remove-operators = rimuovere operatori regionali
doing-add-operators = aggiungere operatori regionali
doing-bind-logins = collegare utenze
doing-unbind-logins = scollegare utenze
login-how-to-bind = un operatore regionale la collega con: lpt login bind '{ $login }' CF
refuse-login-unbound = L'utenza '{ $name }' non è collegata ad alcuna persona: può consultare ma non modificare; { $how }
refuse-login-operator-suspended = L'utenza '{ $name }' è collegata a { $person }, operatore regionale sospeso dalla Regione, e non può registrare modifiche per conto di { $actor }
refuse-login-other-person = L'utenza '{ $name }' è collegata a { $person }: può operare solo come tale persona, non come { $actor }; una modifica per conto di altri si registra dall'utenza di un operatore regionale
refuse-login-namespace = lpt è in esecuzione in uno user namespace, dove un uid ('{ $uid }') non identifica alcuna utenza autenticata dal sistema: può consultare ma non modificare; eseguirlo fuori dal namespace
refuse-login-name = '{ $name }' non è un nome di utenza: indicare il nome dell'utenza, senza spazi attorno
refuse-login-first-bind = Nessuna utenza è ancora collegata: il proprietario del file della base dati collega per prima la propria utenza, come operatore regionale: lpt --as CF login bind '{ $login }' CF (con il codice dell'operatore due volte)
refuse-login-bound = L'utenza '{ $name }' è già collegata a { $cf }; scollegarla prima (lpt login unbind '{ $name }')
refuse-login-not-bound = L'utenza '{ $name }' non è collegata ad alcuno; nessuna modifica effettuata
refuse-login-last-operator = L'utenza '{ $name }' è l'ultima collegata a un operatore regionale attivo: collegare prima l'utenza di un altro operatore, altrimenti nessuno potrebbe più modificare alcunché
refuse-find-no-word = Indicare almeno una parola da cercare (lettere o cifre)
refuse-end-before-start = Il rapporto è iniziato il { $started_on }: non può cessare il { $on }
refuse-end-historical = Il rapporto è iniziato prima di questo caricamento storico: la sua cessazione è registrata ora, quindi importarla senza --historical
cf-invalid = Codice fiscale non valido: { $reason }
cf-invalid-code = Codice fiscale { $code } non valido: { $reason }
cf-empty = il codice è vuoto
cf-not-alphanumeric = il carattere { $character } in posizione { $position } non è una lettera né una cifra
cf-length = ha { $n } caratteri; un codice personale ne ha 16 e un codice numerico 11
cf-pos-surname = lettere del cognome
cf-pos-given-name = lettere del nome
cf-pos-year = anno di nascita
cf-pos-month = mese di nascita
cf-pos-day = giorno di nascita
cf-pos-place-letter = lettera del luogo di nascita
cf-pos-place-number = numero del luogo di nascita
cf-pos-check = carattere di controllo
cf-want-letter = una lettera
cf-want-digit = una cifra o una lettera di omocodia (L M N P Q R S T U V)
cf-position = la posizione { $pos } ({ $name }) deve essere { $want }, trovato '{ $found }'
cf-month = la posizione 9 (mese di nascita) '{ $found }' non è una lettera di mese (A B C D E H L M P R S T)
cf-day = le posizioni 10–11 (giorno di nascita) corrispondono a { $raw_day }: atteso 01–31 per gli uomini o 41–71 per le donne
cf-no-29-february = il 29 febbraio non esiste nell'anno ..{ $year2 } (non divisibile per 4)
cf-no-such-day = il giorno { $day } non esiste nel mese { $month }, che ha { $days_in_month } giorni
cf-day-why = posizioni 10–11 (giorno di nascita): { $why }
cf-place-letter = la posizione 12 (lettera del luogo di nascita) '{ $place_letter }' non è A–I, L, M (comune italiano) o Z (Stato estero)
cf-place-zero = le posizioni 13–15 (numero del luogo di nascita) corrispondono a 000, che non indica alcun luogo ({ $place_letter }000)
cf-check-letter = la posizione 16 (carattere di controllo) è '{ $found }', atteso '{ $expected }'
cf-numeric-digits = un codice di 11 caratteri deve essere composto solo da cifre, trovato '{ $found }' in posizione { $position }
cf-serial-zero = le posizioni 1–7 (numero progressivo) sono tutte zero
cf-body-office = il progressivo { $serial } indica un ente senza partita IVA, il cui codice ufficio (posizioni 8–10) deve essere al massimo 095, trovato { $office }
cf-office = le posizioni 8–10 (codice ufficio) { $office } non corrispondono ad alcuna azienda, ente o codice provvisorio
cf-check-digit = la posizione 11 (cifra di controllo) è { $found }, attesa { $expected }
