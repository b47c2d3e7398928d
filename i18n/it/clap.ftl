# Gli errori d'uso di clap, in italiano (resi da src/cli/usage_error.rs).

clap-unknown-argument = argomento non previsto: '{ $arg }'
clap-invalid-subcommand = comando non riconosciuto: '{ $name }'
clap-missing-required = non sono stati indicati i seguenti argomenti obbligatori:
clap-missing-subcommand = '{ $name }' richiede un comando, che non è stato indicato
clap-subcommands = comandi
clap-value-required = '{ $arg }' richiede un valore, che non è stato indicato
clap-invalid-value = valore non valido '{ $value }' per '{ $arg }'
clap-possible-values = valori ammessi
clap-used-twice = l'argomento '{ $arg }' non può essere indicato più di una volta
clap-conflict = l'argomento '{ $arg }' non può essere usato insieme a { $others }
clap-conflict-others = l'argomento '{ $arg }' non può essere usato insieme ad altri argomenti indicati
clap-no-equals = per assegnare un valore a '{ $arg }' è necessario il segno di uguale
clap-too-many-values = valore non previsto '{ $value }' per '{ $arg }': non sono ammessi altri valori
clap-wrong-number-of-values = numero di valori errato per '{ $arg }'
clap-invalid-utf8 = uno o più argomenti contengono caratteri UTF-8 non validi
clap-similar-subcommand = esiste un comando simile: { $names }
clap-similar-argument = esiste un argomento simile: { $names }
clap-similar-value = esiste un valore simile: { $names }
clap-tip = suggerimento
clap-tip-as-value = per passare '{ $arg }' come valore, usare '{ $use }'
clap-tip-exists = esiste '{ $arg }'
clap-tip-remove-dashes = esiste il comando '{ $name }': per usarlo, togliere il '--' che lo precede
clap-try-help = Per maggiori informazioni, usare '--help'.
clap-similar-subcommand-many = esistono comandi simili: { $names }
clap-similar-argument-many = esistono argomenti simili: { $names }
clap-similar-value-many = esistono valori simili: { $names }
