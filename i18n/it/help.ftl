# L'aiuto della riga di comando in italiano: un messaggio per ogni id di
# i18n/en/help.ftl (generato dai commenti del codice, l'inglese è la fonte).
# Un test fallisce quando un id manca qui o non esiste più in inglese.
# Registro: quello delle condizioni di Lavoro per te (abilitazione, revoca,
# cessazione del rapporto, unità organizzativa, amministratore delle utenze,
# legale rappresentante, codice fiscale, operatore regionale).

cmd-lpt = Gestisce chi può operare per quale azienda sul portale Lavoro per te
    .long =
        lpt è lo strumento di back office del portale per il lavoro della Regione
        Calabria, Lavoro per te: quali aziende sono accreditate, chi ne amministra le
        utenze, e quale collaboratore può usare quale funzione per quale parte di un'azienda.

        Ogni comando che modifica i dati indica la persona che opera (--as CF o LPT_AS),
        è accettato solo da un login associato a quella persona o a un operatore regionale
        (lpt login) e scrive, nella stessa transazione, un evento di audit a prova di
        manomissione che li registra entrambi. Anche le letture massive di dati personali
        sono tracciate.

        Gli elenchi sono stampati come tabella su un terminale: ciascuno mostra le colonne
        che entrano in 80 colonne per dati tipici, abbreviate con … alla larghezza del
        terminale (COLUMNS, o la dimensione del terminale); --wide mostra ogni colonna,
        --columns a,b,c le sceglie (i nomi CSV/JSON; l'errore per un nome sconosciuto li
        elenca). CSV e JSON hanno ogni colonna, mai abbreviata, salvo --columns. Un
        singolo record (person show, company show) mostra ogni campo.

        Su un terminale, le modifiche distruttive o estese (sospensione, revoca di ogni
        abilitazione, eliminazione, cessazione, rigetto, dissociazione di un login, un
        caricamento che revoca o cessa) dicono cosa faranno e chiedono conferma,
        predefinito No; --yes salta la domanda. Fuori da un terminale non si chiede mai.

        Codice di uscita: 0 esito positivo; 1 rifiuto o errore (il messaggio dice perché),
        o conferma negata; 2 errore d'uso; 3 con --exit-code, quando il controllo ha
        trovato qualcosa.
    .after =
        Esempi:
          lpt --db ./lpt.db init --operator RSSMRA80A01H501U --family-name Rossi --given-name Mario
          lpt cf check 'rss mra 80A01 H501U'
          LPT_AS=RSSMRA80A01H501U lpt person register VRDLGU85M41F205T --family-name Verdi --given-name Luigia
          lpt collab list --company 01234560017 --wide
          lpt collab list --company 01234560017 --columns person_cf,profile,granted_on --format csv
          lpt audit overdue-revocations --format xlsx --output scadute.xlsx

arg-db = La base dati: un file, o un server PostgreSQL (postgresql://UTENTE@HOST/DB, o postgresql: con le variabili PG*) [predefinito: lpt/lpt.db nella cartella dei dati dell'utente]

arg-as-cf = Il codice fiscale della persona che opera (necessario per ogni comando che modifica i dati)

arg-format = Formato dell'output: una tabella per le persone, csv o json per i programmi

arg-output = Dove --format xlsx scrive il foglio di calcolo: un nuovo file, leggibile dal solo proprietario
    .long =
        Dove --format xlsx scrive il foglio di calcolo: un nuovo file, leggibile dal solo proprietario

        Ogni elenco e ogni scheda possono essere scritti come foglio di calcolo; CSV e JSON vanno sullo standard output. (registry export, audit checkpoint e report compliance vi scrivono il proprio file.)

arg-lang = La lingua dell'aiuto e dei messaggi: it o en [predefinita: da LPT_LANG, poi dalle impostazioni locali]
    .long =
        La lingua dell'aiuto e dei messaggi: it o en [predefinita: da LPT_LANG, poi dalle impostazioni locali]

        L'output per i programmi (intestazioni CSV, chiavi JSON, codici, codice di uscita) è lo stesso in ogni lingua.

cmd-init = Crea una nuova base dati e il suo primo operatore regionale (registrato anche come persona)
    .long =
        Crea una nuova base dati e il suo primo operatore regionale (registrato anche come persona)

        Una base dati già inizializzata è rifiutata. Il nuovo file è leggibile solo dal suo proprietario.
    .after =
        Esempio:
          lpt --db ./lpt.db init --operator RSSMRA80A01H501U --family-name Rossi --given-name Mario

arg-init-operator = Codice fiscale del primo operatore regionale

arg-init-family-name = Cognome

arg-init-given-name = Nome

arg-init-email = Indirizzo e-mail

cmd-catalog = Il catalogo: tipologie di azienda e profili, e quali tipologie possono avere quali profili

cmd-catalog-types = Elenca le tipologie di azienda, i riferimenti normativi e l'obbligo di iscrizione a un albo o registro
    .after =
        Esempio:
          lpt catalog types --format csv

cmd-catalog-profiles = Elenca i profili, i livelli che consentono e le tipologie di azienda che possono averli
    .after =
        Esempio:
          lpt catalog profiles

cmd-cf = Verifica i codici fiscali e spiega che cosa dicono

cmd-cf-check = Spiega ogni codice fiscale: se è valido o no e perché, il tipo, i dati di nascita
    .long =
        Spiega ogni codice fiscale: se è valido o no e perché, il tipo, i dati di nascita

        I codici sono accettati in maiuscolo o minuscolo e con spazi. Codice di uscita 1 se un codice non è valido.
    .after =
        Esempi:
          lpt cf check 'rss mra 80A01 H501U' 01234560017
          cut -d, -f2 people.csv | lpt cf check - --format csv

arg-cf-check-codes = I codici da verificare, o - per leggere un codice per riga dallo standard input

cmd-operator = Operatori regionali: il personale della Regione che verifica e sospende

cmd-operator-add = Nomina operatore regionale una persona registrata (solo operatori regionali)
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U operator add BNCGPP75C12D086Y

arg-operator-add-cf = Il codice fiscale della persona

cmd-operator-remove = Rimuove un operatore regionale, che resta registrato (solo operatori regionali; mai l'ultimo attivo, R14)
    .long =
        Rimuove un operatore regionale, che resta registrato (solo operatori regionali; mai l'ultimo attivo, R14)

        Su un terminale chiede conferma prima di procedere (predefinito No); --yes salta la domanda.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U operator remove BNCGPP75C12D086Y

arg-operator-remove-cf = Il codice fiscale dell'operatore

cmd-operator-list = Elenca gli operatori regionali
    .after =
        Esempio:
          lpt operator list --format csv

cmd-login = Login (utenze di questa macchina) associati alle persone: chi inserisce ogni modifica (R10)

cmd-login-bind = Associa un login (un'utenza di questa macchina) al codice fiscale di una persona (solo operatori regionali)
    .long =
        Associa un login (un'utenza di questa macchina) al codice fiscale di una persona (solo operatori regionali)

        Una modifica è accettata solo da un login associato alla persona che opera, o a un operatore regionale attivo che la inserisce per conto di quella persona. Il codice può essere di una persona non ancora registrata, perché la sua utenza possa effettuare il primo accesso. Su una base dati precedente ai login, il proprietario del file associa per primo il proprio login.
    .after =
        Esempi:
          lpt --as RSSMRA80A01H501U login bind lbianchi BNCGPP75C12D086Y
          lpt --as RSSMRA80A01H501U login bind "$(id -un)" RSSMRA80A01H501U   # prima associazione di una base dati aggiornata

arg-login-bind-login = Il login: il nome dell'utenza, come lo mostra `lpt login whoami`

arg-login-bind-cf = Il codice fiscale della persona

cmd-login-unbind = Elimina l'associazione di un login (solo operatori regionali); mai quella dell'ultimo operatore regionale
    .long =
        Elimina l'associazione di un login (solo operatori regionali); mai quella dell'ultimo operatore regionale

        Su un terminale chiede conferma prima di procedere (predefinito No); --yes salta la domanda.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U login unbind lbianchi

arg-login-unbind-login = Il login

cmd-login-list = Elenca i login e le persone a cui sono associati
    .after =
        Esempio:
          lpt login list --format csv

cmd-login-whoami = Mostra questo login, la sua macchina e la persona a cui è associato
    .after =
        Esempio:
          lpt login whoami

cmd-person = Persone: registrazione (primo accesso), sospensione, utenze pregresse

cmd-person-register = Registra una persona che ha effettuato l'accesso al portale come cittadino
    .long =
        Registra una persona che ha effettuato l'accesso al portale come cittadino

        Una persona si registra da sé (--as con il proprio codice); un operatore regionale può registrare chiunque. I codici provvisori e quelli delle aziende sono rifiutati: l'identità di una persona è il suo codice fiscale definitivo di 16 caratteri. Un nome che non corrisponde alle lettere del codice dà un avviso, mai un rifiuto.
    .after =
        Esempio:
          lpt --as VRDLGU85M41F205T person register VRDLGU85M41F205T --family-name Verdi --given-name Luigia --via cie

arg-person-register-cf = Il codice fiscale della persona (16 caratteri)

arg-person-register-family-name = Cognome

arg-person-register-given-name = Nome

arg-person-register-email = Indirizzo e-mail

arg-person-register-via = Modalità del primo accesso come cittadino (§8.1)

arg-person-register-on = Giorno del primo accesso [predefinito: oggi]

cmd-person-show = Mostra una persona: identità, stato e abilitazioni in corso
    .after =
        Esempio:
          lpt person show RSSMRA80A01H501U --format json

arg-person-show-cf = Il codice fiscale della persona

cmd-person-list = Elenca le persone registrate
    .after =
        Esempio:
          lpt person list --suspended

arg-person-list-suspended = Solo le persone sospese

cmd-person-suspend = Sospende una persona (credenziali sottratte, §8.4): revoca ogni abilitazione in corso in ogni azienda
    .long =
        Sospende una persona (credenziali sottratte, §8.4): revoca ogni abilitazione in corso in ogni azienda

        Solo operatori regionali. La persona non può operare né ricevere abilitazioni fino alla riattivazione, qualunque sia il sistema di identità con cui si ripresenta. Su un terminale dice quante abilitazioni in quante aziende revocherà e chiede conferma (predefinito No); --yes salta la domanda.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U person suspend VRDLGU85M41F205T --reason 'SPID credentials stolen, PEC 2026/114'

arg-person-suspend-cf = Il codice fiscale della persona

arg-person-suspend-reason = Il motivo (registrato nella traccia di audit e su ogni abilitazione revocata)

cmd-person-reinstate = Riattiva una persona sospesa (operatori regionali). Le abilitazioni revocate non sono ripristinate
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U person reinstate VRDLGU85M41F205T

arg-person-reinstate-cf = Il codice fiscale della persona

cmd-person-import-legacy = Smista le utenze pregresse con nome utente e password secondo il codice fiscale indicato (R13; operatori regionali)
    .long =
        Smista le utenze pregresse con nome utente e password secondo il codice fiscale indicato (R13; operatori regionali)

        Codice personale valido: la persona è registrata (modalità 'legacy') e conserva identità, profili e storico. Codice mancante, provvisorio o non valido: nulla è migrato, l'utenza è messa nell'elenco da correggere con il motivo. Nessun codice italiano (utente straniero): l'utenza conserva le credenziali pregresse, segnalata per il cambio della password al primo accesso. Eseguirlo due volte non cambia nulla. I nomi sono verificati come in `person register`. Le utenze da correggere (con il motivo) e quelle degli utenti stranieri (con la segnalazione del cambio password) sono conservate nella base dati: --list le mostra, e `person legacy-complete` completa un'utenza da correggere quando il titolare fornisce un codice valido.
    .after =
        Esempi:
          lpt --as RSSMRA80A01H501U person import-legacy cliclavoro-accounts.csv --dry-run
          lpt person import-legacy --list --format csv

        Colonne in ingresso: username,cf,family_name,given_name,email,country

arg-person-import-legacy-file = Il CSV delle utenze pregresse (username,cf,family_name,given_name,email,country), o - per lo standard input

arg-person-import-legacy-dry-run = Stampa i tre elenchi; non scrive nulla

arg-person-import-legacy-list = Elenca invece le utenze conservate nella base dati: quelle da correggere (aperte o completate, con il motivo) e quelle degli utenti stranieri (con la segnalazione del cambio password)

cmd-person-legacy-complete = Completa un'utenza pregressa da correggere con il codice valido fornito dal titolare (R13, caso b; operatori regionali)
    .long =
        Completa un'utenza pregressa da correggere con il codice valido fornito dal titolare (R13, caso b; operatori regionali)

        Il titolare è registrato (modalità 'legacy') con i nomi dell'utenza, salvo sia già registrato con quei nomi; l'elenco resta, completato, come storico dell'utenza. Rifiutato per il codice di una persona sospesa o di una persona registrata con altri nomi; una variante del codice di una persona registrata con gli stessi nomi dà un avviso (R15).
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U person legacy-complete mario.bianchi --cf BNCMRA75C12D969P

arg-person-legacy-complete-username = Il nome utente dell'utenza pregressa

arg-person-legacy-complete-cf = Il codice personale valido fornito dal titolare

cmd-person-update = Corregge i nomi o l'e-mail di una persona registrata (R15; operatori regionali)
    .long =
        Corregge i nomi o l'e-mail di una persona registrata (R15; operatori regionali)

        Il codice non cambia mai. I nomi sono conservati in Unicode NFC, una riga di testo visibile; un --email vuoto lo cancella. La correzione è registrata nella traccia di audit e `db check` la ripercorre.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U person update VRDLGU85M41F205T --given-name 'Luigia Maria'

arg-person-update-cf = Il codice fiscale della persona

arg-person-update-family-name = Cognome

arg-person-update-given-name = Nome

arg-person-update-email = Indirizzo e-mail ('' per cancellarlo)

cmd-company = Aziende: registrazione, verifica da parte della Regione, dati aziendali

cmd-company-register = Registra un'azienda (R2): resta in attesa finché un operatore regionale non la verifica
    .long =
        Registra un'azienda (R2): resta in attesa finché un operatore regionale non la verifica

        La persona che opera (--as) è il legale rappresentante o il delegato che chiede di diventare il primo amministratore delle utenze. Su un terminale i dati mancanti sono richiesti; fuori da un terminale sono un errore d'uso. Il codice fiscale dell'azienda non potrà mai essere modificato.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U company register 01234560017 --name 'ACME Srl' \
              --office 'Via Roma 1, Catanzaro' --email info@acme.it --legal-rep RSSMRA80A01H501U \
              --type DATORE_PRIVATO --type CONSULENTE_LAVORO \
              --register 'CONSULENTE_LAVORO=Albo consulenti CZ:1234:2010-05-04'

arg-company-register-cf = Il codice fiscale dell'azienda: 11 cifre, o i 16 caratteri di una ditta individuale

arg-company-register-name = Denominazione

arg-company-register-office = Sede legale

arg-company-register-email = Indirizzo e-mail

arg-company-register-pec = Posta elettronica certificata (PEC)

arg-company-register-phone = Numero di telefono

arg-company-register-legal-rep = Il codice fiscale del legale rappresentante

arg-company-register-legal-rep-family-name = Il cognome del legale rappresentante, se non è una persona registrata

arg-company-register-legal-rep-given-name = Il nome del legale rappresentante, se non è una persona registrata

arg-company-register-types = Una tipologia di azienda (ripetere per più tipologie); vedere 'lpt catalog types'

arg-company-register-register = L'iscrizione all'albo o registro per una tipologia che la richiede: CODICE=NOME:NUMERO:DATA

arg-company-register-unit = Nome della prima unità organizzativa

cmd-company-approve = Approva un'azienda in attesa (operatori regionali): il richiedente diventa il primo amministratore delle utenze
    .long =
        Approva un'azienda in attesa (operatori regionali): il richiedente diventa il primo amministratore delle utenze

        Il legale rappresentante, se è una persona registrata e attiva, riceve l'abilitazione LEGALE_RAPPRESENTANTE: il suo diritto di nominare gli amministratori delle utenze (§4.1) è un'abilitazione come le altre (R14), revocata alla cessazione del rapporto, alla sospensione, o quando la Regione approva un altro legale rappresentante.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U company approve 01234560017

arg-company-approve-cf = Il codice fiscale dell'azienda

cmd-company-reject = Respinge un'azienda in attesa (operatori regionali), con il motivo
    .long =
        Respinge un'azienda in attesa (operatori regionali), con il motivo

        Su un terminale chiede conferma prima di procedere (predefinito No); --yes salta la domanda.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U company reject 01234560017 --reason 'register entry not found'

arg-company-reject-cf = Il codice fiscale dell'azienda

arg-company-reject-reason = Il motivo (conservato con l'azienda)

cmd-company-approve-change = Approva una modifica in attesa dei dati di un'azienda (operatori regionali): tipologie aggiunte, un nuovo legale rappresentante
    .long =
        Approva una modifica in attesa dei dati di un'azienda (operatori regionali): tipologie aggiunte, un nuovo legale rappresentante

        Le tipologie sono aggiunte (verificandone di nuovo la compatibilità); un nuovo legale rappresentante sostituisce il precedente nell'anagrafica, l'abilitazione LEGALE_RAPPRESENTANTE del precedente è revocata e il nuovo la riceve (R4, R14).
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U company approve-change 01234560017

arg-company-approve-change-cf = Il codice fiscale dell'azienda

cmd-company-reject-change = Respinge una modifica in attesa dei dati di un'azienda (operatori regionali), con il motivo
    .long =
        Respinge una modifica in attesa dei dati di un'azienda (operatori regionali), con il motivo

        Su un terminale chiede conferma prima di procedere (predefinito No); --yes salta la domanda.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U company reject-change 01234560017 --reason 'register entry not found'

arg-company-reject-change-cf = Il codice fiscale dell'azienda

arg-company-reject-change-reason = Il motivo (conservato con la richiesta)

cmd-company-show = Mostra un'azienda: dati, tipologie, unità organizzative, amministratori delle utenze, modifica in attesa, storico degli stati
    .after =
        Esempio:
          lpt company show 01234560017 --format json

arg-company-show-cf = Il codice fiscale dell'azienda

cmd-company-list = Elenca le aziende
    .after =
        Esempio:
          lpt company list --status pending

arg-company-list-status = Solo le aziende in questo stato

cmd-company-update = Modifica i dati di un'azienda (R4): legale rappresentante o amministratori delle utenze di livello aziendale
    .long =
        Modifica i dati di un'azienda (R4): legale rappresentante o amministratori delle utenze di livello aziendale

        Ogni dato può cambiare tranne il codice fiscale dell'azienda, fissato alla registrazione (condizioni §7): non c'è modo di modificarlo. Denominazione, sede e recapiti cambiano subito. Indicare --type sostituisce l'intero insieme delle tipologie, verificandone di nuovo la compatibilità e le iscrizioni (con data non successiva a oggi): una tipologia tolta decade subito (le abilitazioni che non consente più sono elencate da db check e da audit review fino alla revoca), mentre una tipologia aggiunta, e un diverso legale rappresentante, conferiscono diritti e sono richieste che un operatore regionale approva (company approve-change) o respinge, come alla registrazione (§5.1). Una richiesta alla volta; company show la mostra.
    .after =
        Esempi:
          lpt --as RSSMRA80A01H501U company update 01234560017 --pec acme@pec.it --phone '0961 000000'
          lpt --as RSSMRA80A01H501U company update 01234560017 --legal-rep VRDLGU85M41F205T   # una richiesta

arg-company-update-cf = Il codice fiscale dell'azienda (non modificabile)

arg-company-update-name = Nuova denominazione

arg-company-update-office = Nuova sede legale

arg-company-update-email = Nuovo indirizzo e-mail

arg-company-update-pec = Nuova PEC ('' per cancellarla)

arg-company-update-phone = Nuovo telefono ('' per cancellarlo)

arg-company-update-legal-rep = Il codice fiscale del legale rappresentante

arg-company-update-legal-rep-family-name = Il cognome del legale rappresentante, se non è una persona registrata

arg-company-update-legal-rep-given-name = Il nome del legale rappresentante, se non è una persona registrata

arg-company-update-types = Sostituisce le tipologie dell'azienda (ripetere per più tipologie)

arg-company-update-register = Le iscrizioni all'albo o registro per le nuove tipologie: CODICE=NOME:NUMERO:DATA

arg-company-update-new-cf = Rifiutato: il codice fiscale dell'azienda è fissato alla registrazione (§7)

cmd-unit = Le unità organizzative di un'azienda

cmd-unit-add = Aggiunge un'unità organizzativa (i nomi sono unici nell'azienda, senza distinguere maiuscole e minuscole)
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U unit add 01234560017 'Filiale Cosenza'

arg-unit-add-company = Il codice fiscale dell'azienda

arg-unit-add-name = Il nome della nuova unità organizzativa

cmd-unit-list = Elenca le unità organizzative di un'azienda con le abilitazioni in corso
    .after =
        Esempio:
          lpt unit list 01234560017

arg-unit-list-company = Il codice fiscale dell'azienda

cmd-unit-rename = Rinomina un'unità organizzativa
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U unit rename 01234560017 'Filiale Cosenza' 'Sede Cosenza'

cmd-unit-remove = Elimina un'unità organizzativa: rifiutato per l'ultima unità e per un'unità con abilitazioni in corso
    .long =
        Elimina un'unità organizzativa: rifiutato per l'ultima unità e per un'unità con abilitazioni in corso

        Su un terminale chiede conferma prima di procedere (predefinito No); --yes salta la domanda.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U unit remove 01234560017 'Sede Cosenza'

cmd-admin = Gli amministratori delle utenze di un'azienda

cmd-admin-nominate = Nomina un amministratore delle utenze, per l'intera azienda o per un'unità organizzativa (R6)
    .long =
        Nomina un amministratore delle utenze, per l'intera azienda o per un'unità organizzativa (R6)

        Il legale rappresentante e gli amministratori di livello aziendale nominano a ogni livello; un amministratore di unità organizzativa solo per la propria unità. La persona nominata deve essere registrata e attiva.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U admin nominate --company 01234560017 --person VRDLGU85M41F205T --unit 'Sede legale'

arg-admin-nominate-unit = L'unità organizzativa; livello aziendale se omessa

cmd-admin-revoke = Revoca le abilitazioni di amministratore delle utenze di una persona (tutte, o quelle di --unit)
    .long =
        Revoca le abilitazioni di amministratore delle utenze di una persona (tutte, o quelle di --unit)

        L'ultimo amministratore di livello aziendale di un'azienda approvata può essere revocato solo da un operatore regionale. Su un terminale elenca le abilitazioni che revocherà e chiede conferma (predefinito No); --yes salta la domanda.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U admin revoke --company 01234560017 --person VRDLGU85M41F205T --reason 'left the company'

arg-admin-revoke-unit = Solo l'abilitazione di amministratore di questa unità organizzativa

arg-admin-revoke-reason = Il motivo

cmd-admin-list = Elenca gli amministratori delle utenze di un'azienda e il loro ambito
    .after =
        Esempio:
          lpt admin list --company 01234560017

cmd-collab = Profili dei collaboratori: abilitazione, revoca, cessazione del rapporto, verifica periodica

cmd-collab-grant = Abilita una persona registrata a un profilo, per l'intera azienda o per un'unità organizzativa (R7)
    .long =
        Abilita una persona registrata a un profilo, per l'intera azienda o per un'unità organizzativa (R7)

        Chi opera deve amministrare quell'ambito. La persona deve essere autorizzata al trattamento dei dati personali per l'azienda (§4.2, §8.3): lo si chiede su un terminale, o lo si attesta con --data-processing-authorised; fuori da un terminale, senza l'attestazione, l'abilitazione è rifiutata. Un profilo che richiede l'approvazione della Regione (OPERATORE_AGENDA) diventa una richiesta. Abilitare a ciò che è già in corso non cambia nulla.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U collab grant --company 01234560017 --person VRDLGU85M41F205T \
              --profile GESTIONE_CO --unit 'Sede legale' --data-processing-authorised

arg-collab-grant-company = Il codice fiscale dell'azienda

arg-collab-grant-person = Il codice fiscale del collaboratore

arg-collab-grant-profile = Il profilo; vedere 'lpt catalog profiles'

arg-collab-grant-unit = L'unità organizzativa; livello aziendale se omessa

arg-collab-grant-on = Il giorno da cui decorre l'abilitazione [predefinito: oggi]

arg-collab-grant-data-processing-authorised = Attesta che la persona è autorizzata al trattamento dei dati personali per l'azienda (§4.2, §8.3)

cmd-collab-revoke = Revoca un'abilitazione, o ogni abilitazione della persona nell'azienda (credenziali sottratte, §8.4)
    .long =
        Revoca un'abilitazione, o ogni abilitazione della persona nell'azienda (credenziali sottratte, §8.4)

        Con --profile: quel profilo a livello aziendale, o in --unit. Senza --profile: ogni abilitazione in corso della persona nell'azienda, o in --unit; su un terminale le elenca e chiede conferma (predefinito No), --yes salta la domanda.

        Un profilo che richiede l'approvazione della Regione (OPERATORE_AGENDA), una volta attivo, si disattiva tramite la Regione (R7, §6.1): la revoca di un amministratore delle utenze è registrata come richiesta e l'abilitazione resta attiva finché un operatore regionale non la approva con 'collab approve'. La revoca di un operatore regionale ha effetto subito.
    .after =
        Esempi:
          lpt --as RSSMRA80A01H501U collab revoke --company 01234560017 --person VRDLGU85M41F205T \
              --profile GESTIONE_CO --unit 'Sede legale' --reason 'moved to payroll'
          lpt --as RSSMRA80A01H501U collab revoke --company 01234560017 --person VRDLGU85M41F205T --reason 'credentials stolen'

arg-collab-revoke-profile = Solo questo profilo (a livello aziendale, salvo sia indicata --unit)

arg-collab-revoke-unit = Solo questa unità organizzativa

arg-collab-revoke-reason = Il motivo

arg-collab-revoke-on = Il giorno della revoca [predefinito: oggi]

cmd-collab-end = Registra la cessazione del rapporto (R8): ogni abilitazione va revocata entro 5 giorni
    .long =
        Registra la cessazione del rapporto (R8): ogni abilitazione va revocata entro 5 giorni

        Su un terminale dice per quante abilitazioni in corso parte il termine di 5 giorni, ed entro quale giorno vanno revocate, e chiede conferma (predefinito No); --yes salta la domanda.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U collab end --company 01234560017 --person VRDLGU85M41F205T --on 2026-11-30

arg-collab-end-on = L'ultimo giorno del rapporto

cmd-collab-show = La vista dell'amministratore su un collaboratore: profili, ambiti, date, verifiche periodiche (§6.3)
    .after =
        Esempio:
          lpt collab show --company 01234560017 --person VRDLGU85M41F205T

cmd-collab-list = Elenca le abilitazioni di un'azienda (quelle in corso, richieste comprese; --all aggiunge quelle revocate)
    .after =
        Esempi:
          lpt collab list --company 01234560017 --unit 'Sede legale' --profile GESTIONE_CO
          lpt collab list --company 01234560017 --columns person_cf,family_name,given_name,granted_on

arg-collab-list-unit = Solo questa unità organizzativa

arg-collab-list-profile = Solo questo profilo

arg-collab-list-all = Comprende le abilitazioni revocate

cmd-collab-confirm = Registra che un amministratore delle utenze ha verificato le abilitazioni di una persona (R12)
    .long =
        Registra che un amministratore delle utenze ha verificato le abilitazioni di una persona (R12)

        Conferma, con la data di oggi, ogni abilitazione attiva della persona nell'ambito di chi opera. Nessuno conferma le proprie abilitazioni, e le abilitazioni il cui rapporto è cessato non possono essere confermate, solo revocate.
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U collab confirm --company 01234560017 --person VRDLGU85M41F205T

cmd-collab-approve = Approva una richiesta di abilitazione o di disattivazione di un profilo soggetto ad approvazione della Regione (operatori regionali, R7)
    .long =
        Approva una richiesta di abilitazione o di disattivazione di un profilo soggetto ad approvazione della Regione (operatori regionali, R7)

        Una richiesta di abilitazione diventa un'abilitazione attiva; una richiesta di disattivazione revoca l'abilitazione dal giorno chiesto dall'amministratore delle utenze, registrata ora, con il suo motivo.
    .after =
        Esempio:
          lpt --as BNCGPP75C12D086Y collab approve --company 01234560017 --person VRDLGU85M41F205T \
              --profile OPERATORE_AGENDA --unit 'Sede legale'

arg-collab-approve-unit = L'unità organizzativa della richiesta

cmd-collab-role-change = Registra un cambio di ruolo o di mansioni di una persona nell'azienda (R12, §8.2)
    .long =
        Registra un cambio di ruolo o di mansioni di una persona nell'azienda (R12, §8.2)

        Da quel momento ogni abilitazione in corso della persona nell'azienda è elencata da 'audit review' con il motivo "change of role on DATA: NOTA" finché non è confermata ('collab confirm', da un'altra persona) o revocata. --on dichiara il giorno del cambio: non nel futuro, non prima dell'inizio del rapporto; l'istante della registrazione è quello della sessione. Chi può: chi gestisce lì le abilitazioni della persona (come per 'collab end').
    .after =
        Esempio:
          lpt --as RSSMRA80A01H501U collab role-change --company 01234560017 --person VRDLGU85M41F205T \
              --on 2026-11-02 --note 'moved from payroll to recruiting'

arg-collab-role-change-on = Il giorno in cui sono cambiati ruolo o mansioni

arg-collab-role-change-note = Che cosa è cambiato (testo libero, conservato come dato personale)

cmd-registry = Il registro dei collaboratori in CSV: esportazione e importazione massiva

cmd-registry-export = Scrive il registro dei collaboratori: una riga per abilitazione (tracciato nella traccia di audit, §8.6)
    .long =
        Scrive il registro dei collaboratori: una riga per abilitazione (tracciato nella traccia di audit, §8.6)

        Un operatore regionale può esportare tutto; un amministratore delle utenze la propria azienda (un amministratore di unità organizzativa le proprie unità). Le celle che un foglio di calcolo eseguirebbe come formula sono neutralizzate con un apostrofo iniziale, che 'registry import' toglie.
    .after =
        Esempi:
          lpt --as RSSMRA80A01H501U registry export --company 01234560017 --active --output acme.csv
          lpt --as RSSMRA80A01H501U registry export --format json > all.json
          lpt --as RSSMRA80A01H501U registry export --active --format xlsx --output registro.xlsx

arg-registry-export-company = Solo questa azienda

arg-registry-export-unit = Solo questa unità organizzativa (richiede --company)

arg-registry-export-active = Solo le abilitazioni in corso

arg-registry-export-output = Scrive in un nuovo file invece che sullo standard output (necessario con --format xlsx)

cmd-registry-import = Applica un CSV del registro come stato voluto: tutte le righe o nessuna (inserimento massivo)
    .long =
        Applica un CSV del registro come stato voluto: tutte le righe o nessuna (inserimento massivo)

        Una riga senza revoked_on è un'abilitazione da mantenere; ended_on registra la cessazione del rapporto; revoked_on una revoca. Ciò che è già in essere non cambia, quindi importare un'esportazione non cambia nulla. Ogni riga è prima verificata rispetto a ogni regola; se una riga è errata, ciascuna è segnalata con la riga e la colonna, e nulla è scritto. I nomi di una riga devono corrispondere alla persona registrata. Su un terminale, un caricamento che revocherebbe o cesserebbe qualcosa mostra i conteggi di --dry-run e chiede conferma (predefinito No); --yes salta la domanda. Un file letto da stdin (-) non chiede mai.
    .after =
        Esempi:
          lpt --as RSSMRA80A01H501U registry import onboarding.csv --dry-run
          lpt --as RSSMRA80A01H501U registry import onboarding.csv --data-processing-authorised

arg-registry-import-file = Il CSV del registro, o - per lo standard input

arg-registry-import-dry-run = Verifica ogni riga e stampa il piano; non scrive nulla

arg-registry-import-data-processing-authorised = Attesta, per ogni nuova abilitazione di collaboratore nel file, che la persona è autorizzata al trattamento dei dati personali per l'azienda (§4.2, §8.3)

arg-registry-import-historical = Carica lo storico pregresso (solo dal login di un operatore regionale): i giorni dichiarati delle abilitazioni, cessazioni e revoche create dal file valgono come giorni di registrazione (R8), e il ritardo è valutato su di essi; l'evento di audit dell'importazione lo dichiara. Un'abilitazione chiusa nel passato richiede due righe: l'abilitazione, poi la cessazione o la revoca. Le abilitazioni registrate prima del caricamento non possono esserne revocate né cessate. Senza questa opzione, ogni modifica è registrata ora, qualunque giorno dichiari

cmd-audit = La traccia di audit: eventi, revoche scadute, verifica periodica, controllo della catena, checkpoint firmati

cmd-audit-overdue-revocations = Elenca le abilitazioni ancora aperte più di 5 giorni dopo la cessazione del rapporto (R8): il controllo periodico
    .long =
        Elenca le abilitazioni ancora aperte più di 5 giorni dopo la cessazione del rapporto (R8): il controllo periodico

        In formato tabella non stampa nulla quando nulla è scaduto, così cron invia posta solo quando c'è da fare. Con --exit-code esce con 3 quando elenca qualcosa.

        Valutato sull'istante di registrazione (R8): l'accesso dura finché la revoca non è registrata, quindi una revoca registrata dopo la scadenza è tardiva qualunque giorno dichiari (revoked_on mostra il giorno dichiarato, revoked_at l'istante della registrazione). --as-of con un giorno passato risponde che cosa era scaduto allora, secondo la base dati alla fine di quel giorno.

        La colonna awaiting dice chi deve intervenire su un'abilitazione ancora aperta: company (l'azienda), o region (la Regione) quando l'azienda ha chiesto alla Regione di disattivarla (OPERATORE_AGENDA, R7) e nessun operatore regionale l'ha ancora approvata. Entrambe contano per --exit-code.
    .after =
        Esempi:
          lpt audit overdue-revocations --exit-code
          lpt audit overdue-revocations --as-of 2026-12-31 --include-late --format csv

        crontab:
          0 7 * * *  LPT_DB=/srv/lpt/lpt.db lpt audit overdue-revocations --exit-code

arg-audit-overdue-revocations-as-of = Il giorno su cui valutare, secondo la base dati alla sua fine [predefinito: oggi, in Italia]

arg-audit-overdue-revocations-company = Solo questa azienda

arg-audit-overdue-revocations-exit-code = Esce con codice 3 quando elenca qualcosa

arg-audit-overdue-revocations-include-late = Elenca anche le abilitazioni revocate, ma dopo la scadenza, con i giorni di ritardo

cmd-audit-log = Mostra gli eventi di audit, dal più vecchio
    .after =
        Esempio:
          lpt audit log --company 01234560017 --since 2026-11-01

arg-audit-log-company = Solo gli eventi relativi a questa azienda

arg-audit-log-person = Solo gli eventi relativi a questa persona o compiuti da essa

arg-audit-log-since = Solo gli eventi da questo giorno in poi (ora italiana)

cmd-audit-review = Elenca le abilitazioni attive da sottoporre a verifica periodica (R12): mai confermate, confermate da troppo tempo, o non dopo un cambio di ruolo
    .long =
        Elenca le abilitazioni attive da sottoporre a verifica periodica (R12): mai confermate, confermate da troppo tempo, o non dopo un cambio di ruolo

        L'ultima colonna, reason, dice perché: "never confirmed" (mai confermata), "last confirmed on DATA" (ultima conferma il DATA), o "change of role on DATA: NOTA" per un'abilitazione registrata prima dell'ultimo cambio di ruolo del titolare ('collab role-change') e non più confermata, o "no longer allowed by the company's types: revoke it" per un'abilitazione rimasta senza una tipologia di azienda che la consenta dopo che una tipologia è stata tolta (R4), elencata fino alla revoca.
    .after =
        Esempio:
          lpt audit review --older-than 180 --company 01234560017

arg-audit-review-older-than = Giorni dall'ultima conferma dopo i quali un'abilitazione va verificata

arg-audit-review-company = Solo questa azienda

arg-audit-review-as-of = Conta da questo giorno invece che da oggi

cmd-audit-verify = Ricalcola la catena di audit; esce con 1 indicando il primo evento che non corrisponde
    .long =
        Ricalcola la catena di audit; esce con 1 indicando il primo evento che non corrisponde

        Da solo, prova soltanto che la catena è coerente con sé stessa: chi può scrivere nella base dati può riscrivere un evento e ricalcolare ogni hash successivo. Con --checkpoint e --public-key prova anche che il registro estende ancora ogni checkpoint firmato indicato (R11): l'evento alla dimensione di ciascun checkpoint ha come hash la sua testa.
    .after =
        Esempi:
          lpt audit verify
          lpt audit verify --public-key /etc/lpt/audit.key.pub --checkpoint /mnt/archive/lpt/*.checkpoint

arg-audit-verify-checkpoint = I checkpoint firmati che il registro deve ancora estendere (uno per file)

arg-audit-verify-public-key = La chiave pubblica con cui sono stati firmati i checkpoint (il file .pub di 'audit keygen')

cmd-audit-keygen = Crea una chiave Ed25519 per firmare i checkpoint: FILE (segreta) e FILE.pub
    .long =
        Crea una chiave Ed25519 per firmare i checkpoint: FILE (segreta) e FILE.pub

        Sono entrambi file nuovi leggibili solo dal proprietario; tenere la chiave segreta lontana da chi scrive nella base dati (non vi entra mai) e dare il file .pub a chi verifica.
    .after =
        Esempio:
          lpt audit keygen --key /etc/lpt/audit.key

arg-audit-keygen-key = Il file della chiave segreta (nuovo); la chiave pubblica va in FILE.pub

arg-audit-keygen-name = Il nome della chiave, scritto in ogni riga di firma

cmd-audit-checkpoint = Scrive un checkpoint firmato della catena di audit (R11): il registro, la sua dimensione e la sua testa
    .long =
        Scrive un checkpoint firmato della catena di audit (R11): il registro, la sua dimensione e la sua testa

        Poche righe di testo, da conservare dove chi scrive nella base dati non può riscriverle (inviate per posta da cron, un'altra macchina, un supporto non riscrivibile). 'audit verify --checkpoint' prova poi che il registro lo estende ancora.
    .after =
        Esempi:
          lpt audit checkpoint --key /etc/lpt/audit.key
          lpt audit checkpoint --key /etc/lpt/audit.key --output /srv/lpt/$(date +%F).checkpoint

        crontab (uno al giorno, inviato per posta all'archivio):
          5 0 * * *  LPT_DB=/srv/lpt/lpt.db lpt audit checkpoint --key /etc/lpt/audit.key | mail -s 'lpt checkpoint' archivio@regione.calabria.it

arg-audit-checkpoint-key = La chiave segreta (da 'audit keygen')

arg-audit-checkpoint-output = Scrive in un nuovo file (con i permessi della base dati) invece che sullo standard output

cmd-db = La base dati: controllo di integrità e copia di sicurezza a caldo

cmd-db-check = Controlla l'integrità della base dati, la catena di audit e le invarianti del dominio
    .long =
        Controlla l'integrità della base dati, la catena di audit e le invarianti del dominio

        Su SQLite anche l'integrità del file e le chiavi esterne (PostgreSQL le garantisce da sé). Stampa ogni violazione; codice di uscita 1 se ce n'è almeno una.
    .after =
        Esempio:
          lpt db check

cmd-db-backup = Copia la base dati in un nuovo file SQLite, mentre altri possono scrivervi
    .long =
        Copia la base dati in un nuovo file SQLite, mentre altri possono scrivervi

        Su SQLite, il backup a caldo; la copia prende i permessi e il gruppo della base dati (solo il proprietario, salvo che la base dati sia condivisa con un gruppo dedicato a lpt). Su PostgreSQL, un file SQLite ricavato da un'unica istantanea in lettura ripetibile, leggibile dal solo proprietario, che lpt apre senza server (per il server stesso si usi pg_dump). Un file esistente non è sovrascritto.
    .after =
        Esempio:
          lpt db backup /srv/backup/lpt-$(date +%F).db

arg-db-backup-file = Dove scrivere la copia

cmd-db-copy = Copia un intero registro, storia e catena di audit comprese, in una nuova base dati
    .long =
        Copia un intero registro, storia e catena di audit comprese, in una nuova base dati

        Ciascun lato è un file o un URL PostgreSQL: così un ufficio passa dal file locale a un server, o porta fuori linea il registro di un server. L'origine è letta in un'unica istantanea, la destinazione (un file nuovo o una base dati vuota sul server) scritta in un'unica transazione, poi verificata: le stesse righe in ogni tabella, la stessa testa della catena di audit e `db check` senza problemi.
    .after =
        Esempi:
          lpt db copy --from /srv/lpt/lpt.db --to postgresql://lpt_owner@db.regione.calabria.it/lpt?sslmode=verify-full
          lpt --db postgresql:///lpt db copy --to /srv/archive/lpt-$(date +%F).db

arg-db-copy-from = Il registro da copiare [predefinito: --db]

arg-db-copy-to = La nuova base dati in cui copiarlo

arg-yes = Non chiede conferma prima di una modifica distruttiva (sospensione, revoca di ogni abilitazione, eliminazione, cessazione, rigetto, dissociazione, caricamento che revoca o cessa). Fuori da un terminale non si chiede comunque

arg-wide = Elenchi: ogni colonna nella tabella (CSV e JSON hanno comunque ogni colonna)

arg-columns = Elenchi: queste colonne, in quest'ordine, con i nomi CSV/JSON; anche in CSV e JSON

cmd-person-find = Cerca persone per nome: parole del cognome e del nome, in qualsiasi ordine
    .long =
        Cerca persone per nome: parole del cognome e del nome, in qualsiasi ordine

        Maiuscole e accenti non contano (`nicolo` trova Nicolò), né l'ordine delle parole. Una parola digitata corrisponde a una parola intera di un nome o, da due caratteri in su, al suo inizio (`giu` trova Giuseppe); `D'Amico` si trova come `damico` o `amico`. Ordine: prima le persone che corrispondono a più parole digitate (words_found); tra queste, a più parole intere; poi per cognome, nome e codice. Chi corrisponde solo ad alcune parole viene dopo chi corrisponde a tutte. Lettura massiva di dati personali: tracciata nel registro di audit (R10).
    .after =
        Esempi:
          lpt person find bianchi giuseppe
          lpt person find Nicolo --limit 5 --format csv

arg-person-find-text = Parole del cognome e del nome, in qualsiasi ordine (tra virgolette o no)

arg-person-find-limit = Il numero massimo di persone da elencare

cmd-person-history = Mostra la storia di una persona in ogni azienda: abilitazioni, cessazioni, revoche, verifiche, sospensioni
    .long =
        Mostra la storia di una persona in ogni azienda: abilitazioni, cessazioni, revoche, verifiche, sospensioni

        Ogni modifica registrata sulla persona, nell'ordine di registrazione (colonna event): registrazione, abilitazioni e loro richieste, approvazioni della Regione, revoche e richieste di disattivazione, cessazioni del rapporto, conferme (verifica periodica), cambi di ruolo, sospensione e riattivazione, correzioni. Ciascuna con chi l'ha fatta (actor_cf, per conto di chi; login, chi l'ha inserita) e i due tempi (R8): declared_on, il giorno dichiarato, e recorded_at (recorded_on, il suo giorno in Italia), quando lpt l'ha registrata. Letta dal registro di audit; lettura massiva dei dati della persona, tracciata (R10).
    .after =
        Esempio:
          lpt person history VRDLGU85M41F205T --format csv

arg-person-history-cf = Il codice fiscale della persona

cmd-company-find = Cerca aziende per parole della denominazione e della sede legale, in qualsiasi ordine
    .long =
        Cerca aziende per parole della denominazione e della sede legale, in qualsiasi ordine

        "la ditta Rossi di Cosenza" trova Rossi Srl, Via Roma 1, Cosenza. Maiuscole e accenti non contano; una parola digitata corrisponde a una parola intera o, da due caratteri in su, al suo inizio (`cos` trova Cosenza). Ordine: prima le aziende che corrispondono a più parole digitate (words_found); tra queste, a più parole intere; poi a più parole nella denominazione che nella sede; poi per denominazione e codice. Anche un'azienda che corrisponde solo ad alcune parole è elencata, dopo quelle che ne hanno di più, sicché parole come "la" o "ditta" non occorre che vi compaiano. Tracciata come lettura massiva (R10).
    .after =
        Esempi:
          lpt company find rossi cosenza
          lpt company find 'la ditta Rossi di Cosenza' --limit 5

arg-company-find-text = Parole della denominazione e della sede legale, in qualsiasi ordine (tra virgolette o no)

arg-company-find-limit = Il numero massimo di aziende da elencare

cmd-inbox = Ciò che attende la Regione, dal più vecchio, con la sua età: le attività dell'operatore regionale
    .long =
        Ciò che attende la Regione, dal più vecchio, con la sua età: le attività dell'operatore regionale

        Una riga per tipo, con il numero e il più vecchio: aziende in attesa di verifica (R3), richieste di modifica di un'azienda (R4), richieste di abilitazione o disabilitazione di un profilo soggetto ad approvazione regionale (R7), revoche scadute raggruppate per azienda (R8, sul momento della registrazione, come le valuta 'audit overdue-revocations'), aziende approvate prive di amministratore a livello di gruppo (R6), persone sospese (R9) e le utenze di sistema a loro associate e, se indicati checkpoint firmati, l'età dell'ultimo. --all elenca invece ogni voce.

        Le età sono giorni di calendario in Italia, dal giorno in cui ciascuna voce è stata registrata. In formato tabella non stampa nulla quando nulla è in attesa; con --exit-code esce con stato 3 quando qualcosa è in attesa (l'età di un checkpoint da sola non conta). La lettura è tracciata (§8.6).
    .after =
        Esempi:
          lpt inbox
          lpt inbox --all --format json
          lpt inbox --all --format xlsx --output attivita.xlsx
          lpt inbox --checkpoint /srv/lpt/checkpoints/*.checkpoint --public-key /etc/lpt/audit.key.pub

        crontab:
          0 7 * * 1-5  LPT_DB=/srv/lpt/lpt.db lpt inbox --exit-code

arg-inbox-all = Ogni voce, dalla più vecchia, invece di una riga per tipo

arg-inbox-exit-code = Esce con stato 3 quando qualcosa è in attesa

arg-inbox-checkpoint = Checkpoint firmati della catena di audit (da 'audit checkpoint'): è mostrato, con la sua età, l'ultimo che il registro estende ancora

arg-inbox-public-key = La chiave pubblica con cui i checkpoint sono stati firmati (il file .pub di 'audit keygen')

cmd-report = Rapporti per i dirigenti della Regione: rispetto della regola dei 5 giorni e verifiche periodiche

cmd-report-compliance = La conformità in un periodo, in un unico file HTML da aprire nel browser e stampare
    .long =
        La conformità in un periodo, in un unico file HTML da aprire nel browser e stampare

        Revoche registrate nel periodo di abilitazioni il cui rapporto era cessato, tempestive e tardive (R8: entro 5 giorni di calendario dalla cessazione del rapporto, valutate sul momento della registrazione, come le valuta 'audit overdue-revocations'), per mese (un grafico) e per azienda, dalla più inadempiente; le abilitazioni scadute al termine del periodo; la mediana e il 95° percentile dei giorni dalla cessazione del rapporto alla revoca registrata; le verifiche periodiche (R12); le richieste in attesa della Regione e la loro età; lo stato della catena di audit (verificata, il suo ultimo hash, l'ultimo checkpoint firmato indicato). Ogni dato dice come è calcolato, e il rapporto indica la banca dati e l'ultimo hash della sua catena, perché sia riconducibile. Nessuna rete: stili e grafici (SVG in linea) sono nel file. Nella lingua di --lang. La lettura è tracciata (§8.6).
    .after =
        Esempi:
          lpt report compliance --from 2026-01-01 --to 2026-12-31 --output conformita-2026.html
          lpt --lang en report compliance --from 2026-07-01 --to 2026-09-30 --output q3.html --checkpoint /srv/lpt/checkpoints/*.checkpoint --public-key /etc/lpt/audit.key.pub

arg-report-compliance-from = Il primo giorno del periodo

arg-report-compliance-to = L'ultimo giorno del periodo (compreso)

arg-report-compliance-output = Il file HTML da scrivere (nuovo, con i permessi della banca dati)

arg-report-compliance-no-verify = Non ripercorre la catena di audit per verificarla (il rapporto dice allora che non è stata verificata)

arg-report-compliance-checkpoint = Checkpoint firmati della catena di audit (da 'audit checkpoint'): è mostrato, con la sua età, l'ultimo che il registro estende ancora

arg-report-compliance-public-key = La chiave pubblica con cui i checkpoint sono stati firmati (il file .pub di 'audit keygen')
