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
