# I messaggi di lpt in italiano, un file per area: questo le intestazioni di
# clap; clap.ftl gli errori d'uso; refuse.ftl i rifiuti delle regole;
# errors.ftl gli altri errori e le note; table.ftl le intestazioni delle
# tabelle; prompt.ftl le domande; help.ftl l'aiuto della riga di comando. Ogni
# id esiste anche in i18n/en/ (la lingua di partenza): un test fallisce
# altrimenti.

## Le stringhe proprie di clap nell'aiuto

clap-usage = Uso
clap-commands = Comandi
clap-command-value = COMANDO
clap-arguments = Argomenti
clap-options = Opzioni
clap-help-flag = Mostra l'aiuto
clap-help-flag-short = Mostra l'aiuto (--help per la versione estesa)
clap-help-flag-long = Mostra l'aiuto (-h per il riepilogo)
clap-version-flag = Mostra la versione
clap-help-command = Mostra questo messaggio o l'aiuto dei comandi indicati
clap-options-placeholder = [OPZIONI]
