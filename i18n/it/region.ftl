# La vista della Regione (issue 16): le attività in attesa, il rapporto di conformità, i
# fogli di calcolo. Ogni id esiste anche in i18n/en/region.ftl (tests/cli/i18n.rs).

xlsx-written = scritte {$rows} righe in {$file}

## lpt inbox: la legenda sotto la tabella (stderr)

inbox-legend-head = In attesa della Regione al {$today} (età: giorni dalla registrazione):
inbox-kind-company-pending = aziende in attesa di verifica (R3)
inbox-kind-company-change = modifiche di tipologie o legale rappresentante (R4)
inbox-kind-enable-request = abilitazioni da approvare, es. Operatore Agenda (R7)
inbox-kind-disable-request = disabilitazioni da approvare, es. Operatore Agenda (R7)
inbox-kind-overdue = abilitazioni attive oltre i 5 giorni, per azienda (R8)
inbox-kind-without-admin = aziende approvate senza amministratore di gruppo (R6)
inbox-kind-suspended = persone sospese (R9)
inbox-kind-suspended-login = utenze di sistema di persone sospese (R9, R10)
inbox-kind-checkpoint = età dell'ultimo checkpoint firmato indicato (R11)

## lpt report compliance: la pagina HTML

report-written = rapporto di conformità scritto in {$file} ({$late} revoche tardive e {$on_time} tempestive nel periodo)
report-title = Rapporto di conformità: revoche e verifiche periodiche
report-period = Periodo: dal {$from} al {$to} (giorni in Italia)
report-source = Prodotto il {$at} (UTC) dalla banca dati {$db}.
report-trace = Riconducibile al registro di audit {$origin}: {$size} eventi, ultimo hash {$head}.
report-summary = Dati principali
report-revocations = Revoche dopo la cessazione del rapporto, registrate nel periodo
report-on-time = Tempestive
report-late = Tardive
report-late-region = Tardive, di cui con disabilitazione in attesa della Regione (R7)
report-median = Mediana dei giorni dalla cessazione del rapporto alla revoca registrata
report-p95 = 95° percentile di tali giorni
report-overdue-end = Abilitazioni scadute al termine del {$to}
report-reviews-done = Verifiche registrate nel periodo (abilitazioni attive)
report-reviews-due = Abilitazioni attive da verificare a oggi
report-how-revocations = Come è calcolato: revoche registrate dal primo istante del {$from} alla fine del {$to} (ora italiana) di abilitazioni la cui cessazione del rapporto era già registrata. Una revoca è tempestiva quando il giorno in Italia in cui è stata registrata (momento della registrazione, R8) cade entro 5 giorni di calendario dalla cessazione del rapporto dichiarata; il giorno dichiarato nella revoca non conta, perciò una revoca tardiva non può apparire tempestiva. È la stessa regola di lpt audit overdue-revocations.
report-how-region = Le revoche tardive di un profilo la cui disabilitazione è approvata dalla Regione (R7) sono imputate alla Regione quando l'azienda l'ha richiesta entro la scadenza.
report-how-days = I giorni sono giorni di calendario dalla cessazione del rapporto dichiarata al giorno in Italia in cui la revoca è stata registrata, sulle {$n} revoche sopra indicate; mediana e 95° percentile con il metodo del rango più vicino (il valore di posto ⌈p × n / 100⌉ dei giorni ordinati).
report-by-month = Revoche per mese: tempestive e tardive
report-how-months = Come è calcolato: ogni revoca è contata nel mese del giorno in Italia in cui è stata registrata; il grafico riporta i numeri della tabella sottostante.
report-month = Mese
report-late-days = Revoche tardive per giorni di ritardo
report-days = Giorni di ritardo
report-how-late-days = Come è calcolato: i giorni di ritardo sono i giorni di calendario dalla scadenza (cessazione del rapporto + 5 giorni) al giorno in Italia in cui la revoca è stata registrata; il grafico riporta i numeri della tabella sottostante.
report-by-company = Aziende, dalla più inadempiente
report-how-companies = Come è calcolato: aziende con una revoca tardiva nel periodo o un'abilitazione scaduta al termine del {$to}, ordinate per revoche tardive più abilitazioni scadute, poi per il maggior ritardo. Le prime {$shown} di {$total}.
report-company-cf = Codice fiscale azienda
report-company-name = Denominazione
report-max-late = Ritardo massimo (giorni)
report-overdue-short = Scadute al termine
report-how-overdue = Scadute al termine: abilitazioni ancora attive alla fine del {$to} oltre 5 giorni di calendario dopo la cessazione del rapporto, come risultava allora alla banca dati (lpt audit overdue-revocations --as-of {$to}): {$n} abilitazioni, di cui {$region} in attesa che la Regione approvi la disabilitazione (R7).
report-reviews = Verifiche periodiche
report-how-reviews = Come è calcolato: effettuate, abilitazioni attive la cui ultima verifica (lpt collab confirm) è stata registrata nel periodo; da effettuare, abilitazioni attive da verificare a oggi (lpt audit review: mai confermate, confermate l'ultima volta oltre 365 giorni fa, non confermate dopo un cambio di mansione, o non più consentite dalle tipologie dell'azienda).
report-waiting = Richieste in attesa della Regione
report-how-waiting = Come è calcolato: ciò che attende un operatore regionale al {$today} (lpt inbox), con l'età in giorni di calendario della più vecchia di ogni tipo, dal momento della registrazione.
report-nothing-waits = Nulla è in attesa della Regione.
report-kind = Tipo
report-count = Quante
report-oldest = La più vecchia dal
report-age = Età (giorni)
report-chain = Catena di audit
report-chain-intact = Verificata: gli hash dei {$size} eventi sono stati ricalcolati e coincidono (lpt audit verify).
report-chain-broken = NON verificata: {$problem}
report-chain-unverified = Non verificata per questo rapporto (--no-verify).
report-chain-head = Registro {$origin}: {$size} eventi, ultimo hash {$head} (ciò che firmerebbe un checkpoint fatto ora).
report-checkpoint = Ultimo checkpoint firmato indicato: {$size} eventi, l'ultimo registrato il {$at}, hash {$head}; il registro lo estende ancora.
report-no-checkpoint = Nessun checkpoint firmato indicato (--checkpoint, --public-key): in questo rapporto nulla al di fuori della banca dati garantisce la catena.
report-how-chain = Come è calcolato: una catena che si verifica è coerente solo con sé stessa; un checkpoint firmato conservato fuori dalla banca dati prova che la storia fino a quel punto non è stata riscritta (R11).
report-footer = Ogni dato è valutato sul momento della registrazione (R8): l'istante in cui lpt ha registrato ciascuna modifica, mai un giorno dichiarato da chi la inserisce. Prodotto da lpt report compliance.
