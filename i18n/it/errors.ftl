# errors

## Collaboratori (src/commands/collab/)

prompt-attest = { $person } è autorizzato al trattamento dei dati personali per l'azienda { $company } (condizioni §4.2, §8.3)?
refuse-not-attested = Abilitazione non concessa: la persona deve essere autorizzata al trattamento dei dati personali (§4.2, §8.3)
note-granted = concesso il profilo { $profile } { $scope } a { $person } nell'azienda { $company }
note-requested = richiesto il profilo { $profile } { $scope } per { $person } nell'azienda { $company }: sarà attivo quando un operatore regionale lo approverà
note-already-held = { $person } è già titolare del profilo { $profile } { $scope } nell'azienda { $company } ({ $state }); nessuna modifica effettuata
what-profile-in-unit = il profilo { $p } nell'unità organizzativa { $unit }
what-profile-group = il profilo { $p } a livello di gruppo
what-any-in-unit = alcuna abilitazione nell'unità organizzativa { $unit }
what-any-grant = alcuna abilitazione
refuse-holds-nothing = { $person } non ha attivo { $what } nell'azienda { $company }; nessuna modifica effettuata
note-revoked = revocati a { $person } nell'azienda { $company }: { $grants }
note-disable-requested = richiesta alla Regione la disabilitazione di { $grants } per { $person } nell'azienda { $company }: resta attiva finché un operatore regionale non la approva (R7)
note-disable-waiting = la disabilitazione di { $grants } per { $person } nell'azienda { $company } è già in attesa della Regione; nessuna modifica effettuata per essa
refuse-no-open-relationship = { $person } non ha un rapporto in corso con l'azienda { $company }{ $last }; nessuna modifica effettuata
note-ended = registrata la cessazione del rapporto di { $person } con l'azienda { $company } in data { $on }; { $live ->
        [one] { $live } abilitazione attiva deve essere revocata
       *[other] { $live } abilitazioni attive devono essere revocate
    } entro il { $due }
note-role-change = registrato un cambio di ruolo di { $person } nell'azienda { $company } in data { $on }; { $due ->
        [one] { $due } abilitazione attiva è soggetta
       *[other] { $due } abilitazioni attive sono soggette
    } a revisione fino a conferma o revoca
note-never-held = { $person } non ha mai avuto abilitazioni nell'azienda { $company }
note-confirmed = { $count ->
        [one] confermata { $count } abilitazione
       *[other] confermate { $count } abilitazioni
    } di { $person } in data { $on }
note-approved-request = approvato { $what } per { $person } nell'azienda { $company }

## Amministratori, unità organizzative, operatori, persone (src/commands/)

note-admin-already = { $person } è già amministratore { $scope } dell'azienda { $company }; nessuna modifica effettuata
note-admin-nominated = { $person } è ora amministratore { $scope } dell'azienda { $company }
note-admin-revoked = revocate le abilitazioni di amministratore di { $person } nell'azienda { $company }: { $grants }
note-operator-added = { $person } è ora operatore regionale
note-operator-removed = { $person } non è più operatore regionale
note-suspended = sospeso { $person }; { $count ->
        [one] revocata { $count } abilitazione
       *[other] revocate { $count } abilitazioni
    }
note-legacy-completed-registered = completata l'utenza del vecchio sistema '{ $username }': registrato { $cf }
note-legacy-completed-existing = completata l'utenza del vecchio sistema '{ $username }': { $cf } era già registrato
refuse-update-nothing = Indicare almeno uno tra --family-name, --given-name e --email
note-update-same = { $person } ha già questi dati; nessuna modifica effettuata
note-updated = aggiornati { $fields } di { $cf }
note-reinstated = riattivato { $person }; le abilitazioni revocate non sono state ripristinate
note-registered = registrato { $given } { $family } ({ $cf })

## Output e input (src/output/, src/commands/)

error-missing-flags = mancano { $flags } (nessun terminale su cui chiederli)
error-columns-unknown = --columns: nessuna colonna '{ $name }' in questo elenco; le sue colonne sono: { $columns }
error-columns-none = --columns: indicare almeno una tra: { $columns }
note-first-rows = sono mostrate le prime { $shown } righe di { $rows }: --format csv o json le stampa tutte
error-cannot-write = impossibile scrivere { $path }: { $reason }

## Contesto, aziende, utenze, base dati (src/commands/)

warn-upgrade-done = warning: la base dati indica che l'aggiornamento 0007 è ancora da eseguire, ma il registro di audit lo mostra eseguito: indicazione ignorata; un file modificato al di fuori di lpt? (lpt db check)
note-upgrade-legal-reps = aggiornamento: { $n ->
        [one] { $n } legale rappresentante è ora titolare
       *[other] { $n } legali rappresentanti sono ora titolari
    } di { $profile } (R14)
refuse-no-actor = Questo comando modifica i dati: indicare chi agisce con --as CF (o impostare LPT_AS)
error-cannot-read = impossibile leggere { $file }
error-header = l'intestazione deve essere { $expected }; trovata { $found }
note-legal-rep-holds = legale rappresentante: { $person } è titolare di { $profile }
note-warning = warning: { $text }
note-company-approved = approvata l'azienda { $company }; primo amministratore: { $admin }
note-nothing-differed = nessuna differenza
note-change-approved = approvata la modifica dell'azienda { $company }: { $fields }
note-change-rejected = respinta la modifica dell'azienda { $company }
note-company-rejected = respinta l'azienda { $company }
refuse-company-cf-fixed = Il codice fiscale dell'azienda non può essere modificato dopo la registrazione (condizioni §7); nessuna modifica effettuata
note-nothing-to-change = { $company }: nessuna modifica da effettuare
note-company-updated = aggiornata l'azienda { $company }: { $fields }
note-change-requested = richiesto alla Regione per l'azienda { $company }: { $requested } (in attesa dell'approvazione di un operatore regionale: company approve-change { $cf })
warn-unallowed = warning: { $count ->
        [one] { $count } abilitazione attiva non è più ammessa dalle tipologie dell'azienda e deve essere revocata
       *[other] { $count } abilitazioni attive non sono più ammesse dalle tipologie dell'azienda e devono essere revocate
    } (elencate da db check e audit review): { $grants }
ask-company-cf = Codice fiscale dell'azienda
ask-company-name = Denominazione
ask-company-office = Sede legale
ask-email = E-mail
ask-pec = PEC
ask-phone = Telefono
ask-legal-rep = Codice fiscale del legale rappresentante
ask-company-types = Tipologie di azienda (spazio per selezionare, invio per confermare)
ask-register-entry = Iscrizione al registro per { $code } (NOME:NUMERO:AAAA-MM-GG)
note-company-registered = registrata l'azienda { $name } ({ $cf }), in attesa di verifica da parte di un operatore regionale; prima unità organizzativa: { $unit }
note-initialised = inizializzato { $path }; primo operatore regionale: { $given } { $family } ({ $cf }), collegato all'utenza '{ $login }'
note-replay-complete = tutti gli eventi sono in forma completa
note-replay-partial = gli eventi da 1 a { $last } precedono la forma completa (migrazione 0006): i pochi campi che non registravano (i nomi di un legale rappresentante, il primo accesso di init e di una migrazione del vecchio sistema) sono confrontati solo dove un evento successivo li ha registrati, e i loro dati personali sono nei byte sottoposti a hash, dove non possono essere cancellati (R16)
note-replayed = riesaminati { $events } eventi di audit: persone, operatori, aziende e relative tipologie, unità organizzative, rapporti, abilitazioni e revoche sono coerenti con essi salvo quanto elencato; { $form }
warn-replay-stopped = il riesame si è fermato all'evento { $id } ('{ $action }', un evento che lpt non scrive): le tabelle di stato non sono verificate rispetto al registro di audit
note-no-problems = { $path }: nessun problema rilevato
error-problems = { $count ->
        [one] rilevato { $count } problema
       *[other] rilevati { $count } problemi
    }
note-backed-up = copia di sicurezza di { $db } in { $file }

## Utenze, registro, utenze del vecchio sistema, checkpoint (src/commands/)

note-login-bound = l'utenza '{ $login }' è ora collegata a { $cf }
note-login-already = l'utenza '{ $login }' era già collegata a { $cf }; nessuna modifica effettuata
note-login-unbound = l'utenza '{ $login }' non è più collegata
note-exported = { $count ->
        [one] esportata { $count } riga
       *[other] esportate { $count } righe
    }
note-import-dry-run = simulazione: { $rows ->
        [one] { $rows } riga
       *[other] { $rows } righe
    }; concederebbe { $granted } abilitazioni, ne richiederebbe { $requested }, ne revocherebbe { $revoked }, chiederebbe la disabilitazione di { $disable_requested }, registrerebbe la cessazione di { $ended } rapporti; { $unchanged } invariate; nessuna scrittura effettuata
error-legacy-line = { $name }, riga { $line }: { $e }; nessuna scrittura effettuata
error-legacy-empty = { $name } è vuoto: è attesa l'intestazione { $header }
error-file-line-1 = { $name }, riga 1: { $e }
error-legacy-columns = { $name }, riga { $line }: ha { $count } colonne, attese { $expected }; nessuna scrittura effettuata
error-legacy-required = { $name }, riga { $line }: username, family_name e given_name sono obbligatori; nessuna scrittura effettuata
warn-file-line = { $name }, riga { $line }: { $w }
note-legacy-summary = utenze migrate: { $migrated }, da correggere: { $to_correct }, utenti esteri che mantengono le credenziali del vecchio sistema: { $foreign }; modifiche: { $changes }
note-legacy-dry-run = simulazione: { $summary }; nessuna scrittura effettuata
error-cannot-read-what = impossibile leggere { $what } { $path }
what-public-key = la chiave pubblica
what-checkpoint = il checkpoint
what-secret-key = la chiave segreta
error-cannot-write-file = impossibile scrivere { $path }
error-key-exists = { $path } esiste già: lpt non sovrascrive mai una chiave
note-keygen = scritte la chiave segreta { $key } e la chiave pubblica { $public }; conservare la chiave segreta dove chi scrive nella base dati non può leggerla
error-chain-broken-no-checkpoint = registro di audit compromesso: { $problem }; nessun checkpoint scritto
error-chain-broken = registro di audit compromesso: { $problem }
error-key-unusable = { $path } non è utilizzabile
error-key-unusable-public = { $path } non è utilizzabile
note-chain-intact = registro di audit integro: { $n } eventi (coerente solo con sé stesso: senza --checkpoint nulla dimostra che non sia stato riscritto e ricollegato)
error-checkpoint = checkpoint { $file }: { $e }
error-checkpoint-other-db = il checkpoint { $file } appartiene a un'altra base dati ({ $other }; questo è { $origin })
error-checkpoint-shorter = il registro è più corto del checkpoint { $file }: attesta { $size } eventi, il registro ne ha { $n }
error-checkpoint-size = dimensione del checkpoint fuori intervallo
error-checkpoint-diverged = il registro non estende più il checkpoint { $file }: il primo evento che differisce è tra l'evento { $from } e l'evento { $to } (la storia fino all'evento { $size } è stata riscritta)
note-chain-checkpoints = registro di audit integro: { $n } eventi; estende { $count } checkpoint firmati da '{ $signer }', l'ultimo all'evento { $holds }

## Il file della base dati (src/store/)

error-db-initialised = la base dati { $path } è già inizializzata; nessuna modifica effettuata
error-db-other-owner = { $path } appartiene a un'altra utenza (uid { $owner }): lpt non adotta un file creato da altri; eliminarlo, o creare la base dati altrove; nessuna modifica effettuata
error-db-mode = la base dati { $p } può essere letta o scritta da utenti diversi dal proprietario e dal gruppo (permessi { $mode }); correggere con: chmod 600 { $p } (o chmod 660 per un gruppo riservato a lpt, vedere il README)
error-db-dir-mode = la base dati { $p } è condivisa con il suo gruppo (permessi { $mode }) ma la sua cartella { $dir } è accessibile ad altri utenti (permessi { $dmode }); correggere con: chmod o-rwx { $dir }
error-db-missing = nessuna base dati in { $path }: crearne una con 'lpt init' (o indicare --db PERCORSO / impostare LPT_DB)
error-db-empty = { $path } è un file vuoto, non una base dati di lpt: crearne una con 'lpt init'
error-db-foreign = è una base dati SQLite di un'altra applicazione, non di lpt; nessuna modifica effettuata
error-backup-exists = { $file } esiste già; scegliere un nuovo file per la copia di sicurezza

## File del registro e nomi (src/commands/registry/, src/names.rs)

refuse-name-invisible = Il campo { $what } deve essere una sola riga di testo visibile senza caratteri di controllo: il carattere { $pos } è { $why }, U+{ $code }
refuse-name-empty = Il campo { $what } non può essere vuoto
refuse-name-long = Il campo { $what } supera i { $max } caratteri
fault-column = colonna { $column }: { $reason }
fault-columns = ha { $count } colonne, attese { $width }
fault-utf8 = non è UTF-8 valido (byte { $byte })
fault-long = supera i { $max_cell } caratteri
fault-control = contiene un carattere di controllo
field-the-name = il nome
fault-name-mismatch = '{ $given }' non corrisponde a { $registered } registrato per { $cf } (un codice fiscale errato?)
fault-line-1 = riga 1: { $e }
fault-file-empty = il file è vuoto: è attesa l'intestazione { $header }
fault-malformed = CSV non valido: { $e }
fault-no-company = nessuna azienda è registrata con codice fiscale { $cf }
fault-revoke-needs-reason = una revoca richiede il motivo
fault-reason-without-revoke = è indicato un motivo ma non revoked_on
fault-nothing-to-hold = l'abilitazione non è attiva e il rapporto è cessato: non c'è nulla da mantenere
fault-revoke-before-grant = { $on } è anteriore a granted_on { $granted_on } di questa riga: una revoca non può precedere la sua concessione
error-import-file = { $name }, { $e }; nessuna scrittura effettuata
fault-line-column = riga { $line }, { $fault }
fault-line = riga { $line }: { $fault }
error-import-one = { $name }, { $only }; nessuna scrittura effettuata
error-import-database = { $name }: la scrittura delle righe fino alla riga { $line } non è riuscita: { $e }; nessuna modifica effettuata
store-grant-changed = l'abilitazione { $id } non è più attiva: è stata modificata fuori da lpt mentre si eseguiva questa operazione; nessuna modifica effettuata ('lpt db check' mostra cosa è cambiato)
store-relationship-changed = il rapporto { $id } non è più aperto: è stato modificato fuori da lpt mentre si eseguiva questa operazione; nessuna modifica effettuata ('lpt db check' mostra cosa è cambiato)
error-import-faults = { $count ->
        [one] { $count } riga errata
       *[other] { $count } righe errate
    } in { $name }; nessuna scrittura effettuata
name-control-character = un carattere di controllo (un a capo, una tabulazione o una sequenza di escape)
name-invisible-character = un carattere di formattazione invisibile (un segno di direzione, uno spazio o un congiuntore a larghezza zero)

## Date, codici, chiavi e checkpoint (src/dates.rs, src/cf/, src/checkpoint.rs)

refuse-date = '{ $s }' non è una data esistente nella forma AAAA-MM-GG
warn-cf-name-letters = le lettere del nome in { $code } sono { $s }/{ $n }, ma '{ $family_name }' '{ $given_name }' danno { $want_s }/{ $want_n }; registrato come indicato (fa fede il codice dell'Agenzia delle Entrate)
key-bad-name = '{ $name }' non è un nome di chiave valido: usare lettere, cifre, punti o trattini, senza spazi né '+'
key-no-randomness = nessuna sorgente casuale per una chiave: { $e }
key-not-secret = non è una chiave segreta di lpt (deve iniziare con PRIVATE+KEY+)
key-secret-length = la chiave segreta ha una lunghezza errata
key-secret-id = l'identificativo della chiave segreta non corrisponde alla chiave: il file è danneggiato
key-is-secret = questa è una chiave segreta: indicare la chiave pubblica (il file .pub)
key-public-length = la chiave pubblica ha una lunghezza errata
key-public-id = l'identificativo della chiave pubblica non corrisponde alla chiave: il file è danneggiato
key-not-key = non è una chiave: atteso NOME+IDCHIAVE+CHIAVE
key-base64 = la chiave non è in base64 valido
key-not-ed25519 = non è una chiave Ed25519
checkpoint-head-hash = la testa non è un hash SHA-256
checkpoint-not-signed = non è un checkpoint firmato (manca la riga vuota prima della firma)
checkpoint-other-key = non reca alcuna firma della chiave '{ $key }' indicata: firmato con un'altra chiave
checkpoint-bad-signature = la firma non è verificata: il checkpoint è stato alterato, o firmato con un'altra chiave
checkpoint-not-lpt = non è un checkpoint di lpt: attesi un'origine, una dimensione e un hash
checkpoint-signature-base64 = la firma non è in base64 valido
checkpoint-head-base64 = la testa non è un hash SHA-256 in base64
