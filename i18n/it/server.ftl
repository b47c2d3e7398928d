## Un registro su PostgreSQL e le copie tra le due basi dati (src/store/server.rs, tls.rs, copy.rs, src/commands/db.rs)

server-pgport = PGPORT non è un numero di porta
server-cannot-connect = impossibile collegarsi a { $url }
server-no-lpt = { $url } non contiene una base dati di lpt: crearne una con 'lpt --db URL init' (o 'lpt db copy')
server-newer = { $url } non è una base dati di lpt utilizzabile: la versione del suo schema ({ $have }) è più recente di quelle che questo lpt conosce ({ $known }); usare un lpt più recente
server-initialised = la base dati { $url } è già inizializzata; nessuna modifica effettuata
server-foreign = { $url } contiene già tabelle di un'altra applicazione; lpt richiede una base dati vuota; nessuna modifica effettuata
server-migration-failed = aggiornamento dello schema { $name } non riuscito
server-standby = questo server è una replica in sola lettura: le modifiche si fanno sul server primario; nessuna modifica effettuata
server-clock = l'orologio del server segna { $time }
tls-bad-mode = sslmode={ $mode } non è uno tra disable, prefer, require, verify-ca, verify-full
tls-verifier = impossibile preparare la verifica dei certificati
tls-read-roots = impossibile leggere i certificati radice in { $file }
tls-bad-cert = { $file } contiene un certificato non valido
tls-no-root = nessun certificato radice attendibile: indicare sslrootcert=FILE
tls-system-roots = l'archivio del sistema
tls-unknown-issuer = il certificato del server non è firmato da una radice attendibile ({ $roots }): controllare sslrootcert, o il certificato del server
tls-wrong-name = il certificato del server non indica l'host { $host }: collegarsi con un nome presente nel certificato (sslmode=verify-full lo verifica)
tls-expired = il certificato del server è scaduto o non ancora valido: controllare il certificato del server e l'orologio di questa macchina
tls-revoked = il certificato del server è stato revocato
tls-refused = il certificato del server è stato rifiutato ({ $reason })
copy-same = --from e --to indicano la stessa base dati
copy-exists = { $file } esiste già; scegliere un nuovo file per la copia
copy-unknown-table = l'origine contiene una tabella che lpt non conosce ({ $table }); nulla è stato copiato
copy-not-empty = la destinazione contiene già un registro; copiare in una base dati nuova e vuota
copy-table = copia della tabella { $table }
copy-dangling = la copia lascerebbe { $count } righe che rimandano a righe inesistenti
copy-rows = la copia contiene { $have } righe in { $table } dove l'origine ne aveva { $want }
copy-chain-broken = la catena di audit della copia non è integra: { $problem }
copy-chain-elsewhere = la catena di audit della copia termina in un punto diverso da quella dell'origine (è stata scritta nel frattempo?)
copy-check = la copia non supera db check: { $check }: { $detail } ({ $count } problemi)
note-copied = copiato { $from } in { $to }: { $rows } righe in { $tables } tabelle, catena di audit di { $events } eventi verificata

## File che la vista della Regione scrive e legge (src/commands/region/, src/output/)

error-cannot-create = impossibile creare { $path }
error-to-before-from = --to è anteriore a --from
error-xlsx-needs-output = --format xlsx scrive un file: indicarlo con --output FILE
error-checkpoint-bad = checkpoint { $file }: { $reason }
error-checkpoint-no-longer-extends = il registro non prolunga più il checkpoint { $file } (lpt audit verify)

## Letture su una replica in sola lettura (src/commands/standby.rs)

standby-no-primary = questo server è una replica in sola lettura e questa lettura va registrata nella traccia di audit (R10), che una replica non può scrivere: impostare LPT_PRIMARY con l'URL del server primario; nulla è stato letto
standby-primary-not-server = LPT_PRIMARY deve essere un URL postgresql: del server primario
standby-primary-is-standby = anche LPT_PRIMARY ({ $url }) è una replica: indicare il server primario
standby-primary-other = LPT_PRIMARY ({ $url }) contiene un registro diverso da quello di questa replica; nulla è stato letto
server-standby-older = { $url } è una replica con uno schema di lpt più vecchio: eseguire una volta questo lpt sul server primario, che aggiorna entrambi
