# I messaggi di lpt in italiano. Ogni id esiste anche in i18n/en/lpt.ftl (la
# lingua di partenza): un test fallisce altrimenti. L'aiuto della riga di
# comando è in help.ftl accanto a questo file.

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
