# Le domande poste sul terminale prima di una modifica distruttiva o estesa
# (src/questions.rs), e le risposte.

prompt-yes-no-hint = [s/N]
prompt-yes = sì
prompt-no = no
prompt-optional = { $prompt } (facoltativo)
prompt-declined = operazione non confermata: nessuna modifica effettuata
prompt-changed = i dati sono stati modificati durante la richiesta di conferma: il comando ora farebbe altro rispetto a quanto confermato; nessuna modifica effettuata, ripetere il comando
prompt-suspend = Sospendere { $person }? { $grants ->
        [one] Verrà revocata { $grants } abilitazione
       *[other] Verranno revocate { $grants } abilitazioni
    } in { $companies ->
        [one] { $companies } azienda
       *[other] { $companies } aziende
    }
prompt-revoke-all = Revocare tutte le abilitazioni di { $person } nell'azienda { $company } ({ $grants ->
        [one] { $grants } abilitazione
       *[other] { $grants } abilitazioni
    })?
prompt-admin-revoke = Revocare { $grants ->
        [one] { $grants } abilitazione
       *[other] { $grants } abilitazioni
    } di amministratore di { $person } nell'azienda { $company }?
prompt-unit-remove = Eliminare l'unità organizzativa '{ $unit }' dell'azienda { $company }?
prompt-operator-remove = Rimuovere { $person } dagli operatori regionali?
prompt-end = Registrare la cessazione del rapporto di { $person } con l'azienda { $company } in data { $on }? { $grants ->
        [one] { $grants } abilitazione attiva dovrà essere revocata
       *[other] { $grants } abilitazioni attive dovranno essere revocate
    } entro il { $due }
prompt-reject = Respingere la registrazione dell'azienda { $company }?
prompt-reject-change = Respingere la modifica in attesa dell'azienda { $company }?
prompt-unbind = Scollegare l'utenza '{ $login }' da { $person }?
prompt-import = L'importazione di { $rows } righe concederà { $granted } abilitazioni, ne richiederà { $requested }, ne revocherà { $revoked }, chiederà la disabilitazione di { $disable_requested } e registrerà la cessazione di { $ended } rapporti. Procedere?
