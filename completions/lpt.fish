# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lpt_global_optspecs
    string join \n db= as= format= y/yes wide columns= output= lang= h/help V/version
end

function __fish_lpt_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_lpt_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_lpt_using_subcommand
    set -l cmd (__fish_lpt_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c lpt -n "__fish_lpt_needs_command" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_needs_command" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_needs_command" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_needs_command" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_needs_command" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_needs_command" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_needs_command" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_needs_command" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_needs_command" -s V -l version -d 'Print version'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "init" -d 'Create a new database and its first regional operator (also registered as a person)'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "catalog" -d 'The catalog: company types and profiles, and which types may hold which profiles'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "cf" -d 'Check fiscal codes (codice fiscale) and explain what they say'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "operator" -d 'Regional operators: the Region\'s staff who verify and suspend'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "login" -d 'Logins (accounts of this machine) bound to persons: who enters each change (R10)'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "person" -d 'Persons: registration (first access), suspension, legacy accounts'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "company" -d 'Companies: registration, the Region\'s verification, their data'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "unit" -d 'A company\'s organisational units (unità organizzative)'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "admin" -d 'A company\'s administrators (amministratori delle utenze)'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "collab" -d 'Collaborators\' profiles: grant, revoke, end of relationship, review'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "registry" -d 'The collaborator registry as CSV: export, and import in bulk'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "audit" -d 'The audit trail: log, overdue revocations, review, verification, signed checkpoints'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "db" -d 'The database: integrity check and online backup'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "inbox" -d 'What waits for the Region, oldest first, with its age: the regional operator\'s to-do list'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "report" -d 'Reports for the Region\'s managers: compliance with the 5-day rule and the reviews'
complete -c lpt -n "__fish_lpt_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand init" -l operator -d 'Fiscal code of the first regional operator' -r
complete -c lpt -n "__fish_lpt_using_subcommand init" -l family-name -d 'Family name (cognome)' -r
complete -c lpt -n "__fish_lpt_using_subcommand init" -l given-name -d 'Given name (nome)' -r
complete -c lpt -n "__fish_lpt_using_subcommand init" -l email -d 'E-mail address' -r
complete -c lpt -n "__fish_lpt_using_subcommand init" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand init" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand init" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand init" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand init" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand init" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand init" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand init" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -f -a "types" -d 'List the company types, their legal references and register-entry requirement'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -f -a "profiles" -d 'List the profiles, the levels they allow and the company types eligible for them'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and not __fish_seen_subcommand_from types profiles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from types" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from types" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from types" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from types" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from types" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from types" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from types" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from types" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from types" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from profiles" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from profiles" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from profiles" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from profiles" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from profiles" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from profiles" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from profiles" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from profiles" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "types" -d 'List the company types, their legal references and register-entry requirement'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'List the profiles, the levels they allow and the company types eligible for them'
complete -c lpt -n "__fish_lpt_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Explain each fiscal code: valid or not and why, kind, birth data'
complete -c lpt -n "__fish_lpt_using_subcommand cf; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from check" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from check" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from check" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from check" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from check" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from check" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from check" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from check" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from help" -f -a "check" -d 'Explain each fiscal code: valid or not and why, kind, birth data'
complete -c lpt -n "__fish_lpt_using_subcommand cf; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -f -a "add" -d 'Make a registered person a regional operator (regional operators only)'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -f -a "remove" -d 'Remove a regional operator, who stays registered (regional operators only; never the last active one, R14)'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -f -a "list" -d 'List regional operators'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and not __fish_seen_subcommand_from add remove list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from add" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from add" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from add" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from add" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from add" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from add" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from add" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from remove" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from remove" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from remove" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from remove" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from remove" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from remove" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from remove" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from list" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from list" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from list" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from list" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from list" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from help" -f -a "add" -d 'Make a registered person a regional operator (regional operators only)'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a regional operator, who stays registered (regional operators only; never the last active one, R14)'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from help" -f -a "list" -d 'List regional operators'
complete -c lpt -n "__fish_lpt_using_subcommand operator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -f -a "bind" -d 'Bind a login (an account of this machine) to a person\'s fiscal code (regional operators only)'
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -f -a "unbind" -d 'Remove a login\'s binding (regional operators only); never the last regional operator\'s'
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -f -a "list" -d 'List the logins and the persons they are bound to'
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -f -a "whoami" -d 'Show this login, its host, and the person it is bound to'
complete -c lpt -n "__fish_lpt_using_subcommand login; and not __fish_seen_subcommand_from bind unbind list whoami help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from bind" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from bind" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from bind" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from bind" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from bind" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from bind" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from bind" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from bind" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from bind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from unbind" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from unbind" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from unbind" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from unbind" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from unbind" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from unbind" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from unbind" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from unbind" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from unbind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from list" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from list" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from list" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from list" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from list" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from whoami" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from whoami" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from whoami" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from whoami" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from whoami" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from whoami" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from whoami" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from whoami" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "bind" -d 'Bind a login (an account of this machine) to a person\'s fiscal code (regional operators only)'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "unbind" -d 'Remove a login\'s binding (regional operators only); never the last regional operator\'s'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the logins and the persons they are bound to'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "whoami" -d 'Show this login, its host, and the person it is bound to'
complete -c lpt -n "__fish_lpt_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "register" -d 'Register a person who has accessed the portal as a citizen'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "show" -d 'Show one person: identity, status and live grants'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "find" -d 'Find persons by name: words of the family and given names, in any order'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "history" -d 'Show a person\'s history in every company: grants, ends, revocations, reviews, suspensions'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "list" -d 'List registered persons'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "suspend" -d 'Suspend a person (stolen credentials, §8.4): revokes every live grant in every company'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "reinstate" -d 'Lift a suspension (regional operators). Revoked grants are not restored'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "import-legacy" -d 'Triage legacy username/password accounts by the fiscal code typed (R13; regional operators)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "legacy-complete" -d 'Complete a legacy account listed for correction with the valid code its owner gave (R13, case b; regional operators)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "update" -d 'Correct a registered person\'s names or e-mail (R15; regional operators)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and not __fish_seen_subcommand_from register show find history list suspend reinstate import-legacy legacy-complete update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l family-name -d 'Family name (cognome)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l given-name -d 'Given name (nome)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l email -d 'E-mail address' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l via -d 'Means of the first access as a citizen (§8.1)' -r -f -a "spid\t'SPID, level 2'
cie\t'Carta d\'identità elettronica'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l on -d 'Day of the first access [default: today]' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from show" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from show" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from show" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from show" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from show" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from show" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from show" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from find" -l limit -d 'The most persons to list' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from find" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from find" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from find" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from find" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from find" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from find" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from find" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from find" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from history" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from history" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from history" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from history" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from history" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from history" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from history" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from history" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from list" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from list" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from list" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from list" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from list" -l suspended -d 'Only suspended persons'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from list" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from suspend" -l reason -d 'Why (recorded in the audit trail and on each revoked grant)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from suspend" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from suspend" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from suspend" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from suspend" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from suspend" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from suspend" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from suspend" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from reinstate" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from reinstate" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from reinstate" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from reinstate" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from reinstate" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from reinstate" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from reinstate" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from reinstate" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from reinstate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -l dry-run -d 'Print the three lists; write nothing'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -l list -d 'List the accounts kept in the database instead: those to correct (open or completed, with the reason) and foreign users\' (with the password-change flag)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from import-legacy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from legacy-complete" -l cf -d 'The valid personal code its owner gave' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from legacy-complete" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from legacy-complete" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from legacy-complete" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from legacy-complete" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from legacy-complete" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from legacy-complete" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from legacy-complete" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from legacy-complete" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from legacy-complete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -l family-name -d 'Family name (cognome)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -l given-name -d 'Given name (nome)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -l email -d 'E-mail address (\'\' clears it)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a person who has accessed the portal as a citizen'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one person: identity, status and live grants'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "find" -d 'Find persons by name: words of the family and given names, in any order'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show a person\'s history in every company: grants, ends, revocations, reviews, suspensions'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "list" -d 'List registered persons'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a person (stolen credentials, §8.4): revokes every live grant in every company'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "reinstate" -d 'Lift a suspension (regional operators). Revoked grants are not restored'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "import-legacy" -d 'Triage legacy username/password accounts by the fiscal code typed (R13; regional operators)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "legacy-complete" -d 'Complete a legacy account listed for correction with the valid code its owner gave (R13, case b; regional operators)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "update" -d 'Correct a registered person\'s names or e-mail (R15; regional operators)'
complete -c lpt -n "__fish_lpt_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -f -a "register" -d 'Register a company (R2): it starts pending until a regional operator verifies it'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -f -a "approve" -d 'Approve a pending company (regional operators): its requester becomes the first administrator'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -f -a "reject" -d 'Reject a pending company (regional operators), with the reason'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -f -a "approve-change" -d 'Approve a company\'s pending change (regional operators): types added, a new legal representative'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -f -a "reject-change" -d 'Reject a company\'s pending change (regional operators), with the reason'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -f -a "show" -d 'Show a company: data, types, units, administrators, pending change, status history'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -f -a "find" -d 'Find companies by words of their name and registered office, in any order'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -f -a "list" -d 'List companies'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -f -a "update" -d 'Change a company\'s data (R4): legal representative or group-level administrators'
complete -c lpt -n "__fish_lpt_using_subcommand company; and not __fish_seen_subcommand_from register approve reject approve-change reject-change show find list update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l name -d 'Name (denominazione)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l office -d 'Registered office (sede legale)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l email -d 'E-mail address' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l pec -d 'Certified e-mail (PEC)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l phone -d 'Phone number' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l legal-rep -d 'The legal representative\'s fiscal code' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l legal-rep-family-name -d 'The legal representative\'s family name, when they are not a registered person' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l legal-rep-given-name -d 'The legal representative\'s given name, when they are not a registered person' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l type -d 'A company type (repeat for several); see \'lpt catalog types\'' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l register -d 'The register entry for a type that needs one: CODE=NAME:NUMBER:DATE' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l unit -d 'Name of the first unit' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject" -l reason -d 'Why (kept with the company)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve-change" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve-change" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve-change" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve-change" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve-change" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve-change" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve-change" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve-change" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from approve-change" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject-change" -l reason -d 'Why (kept with the request)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject-change" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject-change" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject-change" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject-change" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject-change" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject-change" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject-change" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject-change" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from reject-change" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from show" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from show" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from show" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from show" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from show" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from show" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from show" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from find" -l limit -d 'The most companies to list' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from find" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from find" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from find" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from find" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from find" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from find" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from find" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from find" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from list" -l status -d 'Only companies with this status' -r -f -a "pending\t''
approved\t''
rejected\t''"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from list" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from list" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from list" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from list" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from list" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l office -d 'New registered office' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l email -d 'New e-mail address' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l pec -d 'New PEC (\'\' to clear)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l phone -d 'New phone (\'\' to clear)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l legal-rep -d 'The legal representative\'s fiscal code' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l legal-rep-family-name -d 'The legal representative\'s family name, when they are not a registered person' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l legal-rep-given-name -d 'The legal representative\'s given name, when they are not a registered person' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l type -d 'Replace the company types (repeat for several)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l register -d 'Register entries for the new types: CODE=NAME:NUMBER:DATE' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l cf -d 'Refused: the company fiscal code is fixed at registration (§7)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a company (R2): it starts pending until a regional operator verifies it'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve a pending company (regional operators): its requester becomes the first administrator'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Reject a pending company (regional operators), with the reason'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "approve-change" -d 'Approve a company\'s pending change (regional operators): types added, a new legal representative'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "reject-change" -d 'Reject a company\'s pending change (regional operators), with the reason'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a company: data, types, units, administrators, pending change, status history'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "find" -d 'Find companies by words of their name and registered office, in any order'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "list" -d 'List companies'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a company\'s data (R4): legal representative or group-level administrators'
complete -c lpt -n "__fish_lpt_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -f -a "add" -d 'Add a unit (names are unique within a company, ignoring case)'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -f -a "list" -d 'List a company\'s units with their live grants'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -f -a "rename" -d 'Rename a unit'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -f -a "remove" -d 'Remove a unit: refused for the last unit and for a unit holding live grants'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and not __fish_seen_subcommand_from add list rename remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from add" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from add" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from add" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from add" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from add" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from add" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from add" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from list" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from list" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from list" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from list" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from list" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from rename" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from rename" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from rename" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from rename" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from rename" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from rename" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from rename" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from remove" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from remove" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from remove" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from remove" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from remove" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from remove" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from remove" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a unit (names are unique within a company, ignoring case)'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a company\'s units with their live grants'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a unit'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a unit: refused for the last unit and for a unit holding live grants'
complete -c lpt -n "__fish_lpt_using_subcommand unit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -f -a "nominate" -d 'Nominate an administrator, for the whole company or one unit (R6)'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -f -a "revoke" -d 'Revoke a person\'s administrator grants (all of them, or those of --unit)'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -f -a "list" -d 'List a company\'s administrators and their scope'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and not __fish_seen_subcommand_from nominate revoke list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -l company -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -l person -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -l unit -d 'The unit; group level when left out' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from nominate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l company -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l person -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l unit -d 'Only the administrator grant of this unit' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l reason -d 'Why' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from list" -l company -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from list" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from list" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from list" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from list" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from list" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "nominate" -d 'Nominate an administrator, for the whole company or one unit (R6)'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a person\'s administrator grants (all of them, or those of --unit)'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a company\'s administrators and their scope'
complete -c lpt -n "__fish_lpt_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -f -a "grant" -d 'Grant a profile to a registered person, for the whole company or one unit (R7)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -f -a "revoke" -d 'Revoke one grant, or every grant of the person in the company (stolen credentials, §8.4)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -f -a "end" -d 'Record the end of the relationship (R8): every grant must be revoked within 5 days'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -f -a "show" -d 'The administrator\'s view of one collaborator: profiles, scopes, dates, reviews (§6.3)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -f -a "list" -d 'List a company\'s grants (live ones, requests included; --all adds revoked ones)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -f -a "confirm" -d 'Record that an administrator reviewed a person\'s grants (R12)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -f -a "approve" -d 'Approve a request to enable or to disable a profile that needs regional approval (regional operators, R7)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -f -a "role-change" -d 'Record a change of a person\'s role or duties in the company (R12, §8.2)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and not __fish_seen_subcommand_from grant revoke end show list confirm approve role-change help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l company -d 'The company\'s fiscal code' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l person -d 'The collaborator\'s fiscal code' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l profile -d 'The profile; see \'lpt catalog profiles\'' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l unit -d 'The unit; group level when left out' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l on -d 'The day the grant takes effect [default: today]' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l data-processing-authorised -d 'Attest that the person is authorised to process personal data for the company (§4.2, §8.3)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l company -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l person -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l profile -d 'Only this profile (at group level unless --unit is given)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l unit -d 'Only this unit' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l reason -d 'Why' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l on -d 'The day of the revocation [default: today]' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -l company -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -l person -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -l on -d 'The last day of the relationship' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -l company -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -l person -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l company -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l unit -d 'Only this unit' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l profile -d 'Only this profile' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l all -d 'Include revoked grants'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -l company -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -l person -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l company -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l person -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l profile -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l unit -d 'The unit of the request' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l company -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l person -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l on -d 'The day the role or duties changed' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l note -d 'What changed (free text, kept as personal data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from role-change" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant a profile to a registered person, for the whole company or one unit (R7)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke one grant, or every grant of the person in the company (stolen credentials, §8.4)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from help" -f -a "end" -d 'Record the end of the relationship (R8): every grant must be revoked within 5 days'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from help" -f -a "show" -d 'The administrator\'s view of one collaborator: profiles, scopes, dates, reviews (§6.3)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a company\'s grants (live ones, requests included; --all adds revoked ones)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'Record that an administrator reviewed a person\'s grants (R12)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve a request to enable or to disable a profile that needs regional approval (regional operators, R7)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from help" -f -a "role-change" -d 'Record a change of a person\'s role or duties in the company (R12, §8.2)'
complete -c lpt -n "__fish_lpt_using_subcommand collab; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -f -a "export" -d 'Write the collaborator registry: one row per grant (traced in the audit trail, §8.6)'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -f -a "import" -d 'Apply a registry CSV as the desired state: all rows or none (batch onboarding)'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and not __fish_seen_subcommand_from export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -l company -d 'Only this company' -r
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -l unit -d 'Only this unit (needs --company)' -r
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -l output -d 'Write to a new file instead of stdout (needed by --format xlsx)' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -l active -d 'Only live grants'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and print the plan; write nothing'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -l data-processing-authorised -d 'Attest, for every new collaborator grant in the file, that the person is authorised to process personal data for the company (§4.2, §8.3)'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -l historical -d 'Load past history (from a regional operator\'s login only): the declared days of the grants, ends and revocations the file creates stand for the days they were recorded (R8), so lateness is judged on them; the import\'s audit event says so. A grant closed in the past takes two rows: its grant, then its end or revocation. Grants recorded before the load cannot be revoked or ended by it. Without this flag, every change is recorded now, whatever day it declares'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the collaborator registry: one row per grant (traced in the audit trail, §8.6)'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "import" -d 'Apply a registry CSV as the desired state: all rows or none (batch onboarding)'
complete -c lpt -n "__fish_lpt_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -f -a "overdue-revocations" -d 'List grants still open more than 5 days after the relationship ended (R8): the cron job'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -f -a "log" -d 'Show audit events, oldest first'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -f -a "review" -d 'List active grants due for review (R12): never confirmed, confirmed too long ago, or not since a change of role'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -f -a "verify" -d 'Recompute the audit chain; exit 1 naming the first event that does not match'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -f -a "keygen" -d 'Make an Ed25519 key for signing checkpoints: FILE (secret) and FILE.pub'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -f -a "checkpoint" -d 'Write a signed checkpoint of the audit chain (R11): the log, its size and its head'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and not __fish_seen_subcommand_from overdue-revocations log review verify keygen checkpoint help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l as-of -d 'The day to judge on, as the database knew it at its end [default: today, in Italy]' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l company -d 'Only this company' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l exit-code -d 'Exit with status 3 when anything is listed'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l include-late -d 'Also list grants that were revoked, but after their deadline, with the days late'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from overdue-revocations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -l company -d 'Only events about this company' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -l person -d 'Only events about or by this person' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -l since -d 'Only events on or after this day (in Italy)' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -l older-than -d 'Days since the last confirmation after which a grant is due' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -l company -d 'Only this company' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -l as-of -d 'Count from this day instead of today' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -l checkpoint -d 'Signed checkpoints the log must still extend (each one file)' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -l public-key -d 'The public key the checkpoints were signed with (the .pub file of \'audit keygen\')' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l key -d 'The secret key\'s file (new); the public key goes to FILE.pub' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l name -d 'The key\'s name, written in each signature line' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l key -d 'The secret key (from \'audit keygen\')' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l output -d 'Write to a new file (with the database\'s mode) instead of stdout' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "overdue-revocations" -d 'List grants still open more than 5 days after the relationship ended (R8): the cron job'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'Show audit events, oldest first'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "review" -d 'List active grants due for review (R12): never confirmed, confirmed too long ago, or not since a change of role'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Recompute the audit chain; exit 1 naming the first event that does not match'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "keygen" -d 'Make an Ed25519 key for signing checkpoints: FILE (secret) and FILE.pub'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "checkpoint" -d 'Write a signed checkpoint of the audit chain (R11): the log, its size and its head'
complete -c lpt -n "__fish_lpt_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -f -a "check" -d 'Check the database\'s integrity, the audit chain and the domain\'s invariants'
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -f -a "backup" -d 'Copy the database into a new SQLite file, while others may be writing'
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -f -a "copy" -d 'Copy a whole registry, history and audit chain included, into a new database'
complete -c lpt -n "__fish_lpt_using_subcommand db; and not __fish_seen_subcommand_from check backup copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from check" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from check" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from check" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from check" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from check" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from backup" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from backup" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from backup" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from backup" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from backup" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -l from -d 'The registry to copy [default: --db]' -r
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The new database to copy it into' -r
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the database\'s integrity, the audit chain and the domain\'s invariants'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Copy the database into a new SQLite file, while others may be writing'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole registry, history and audit chain included, into a new database'
complete -c lpt -n "__fish_lpt_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l checkpoint -d 'Signed checkpoints of the audit chain (from \'audit checkpoint\'): the latest the log still extends is shown with its age' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l public-key -d 'The public key the checkpoints were signed with (the .pub file of \'audit keygen\')' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l all -d 'Every item, oldest first, instead of one line a kind'
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l exit-code -d 'Exit with status 3 when anything waits'
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand inbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -l output -d 'Where --format xlsx writes its spreadsheet: a new file, readable by its owner only' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -f -a "compliance" -d 'Compliance over a period as one HTML file to open in a browser and print'
complete -c lpt -n "__fish_lpt_using_subcommand report; and not __fish_seen_subcommand_from compliance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l from -d 'The period\'s first day' -r
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l to -d 'The period\'s last day (included)' -r
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l output -d 'The HTML file to write (new, with the database\'s mode)' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l checkpoint -d 'Signed checkpoints of the audit chain (from \'audit checkpoint\'): the latest the log still extends is shown with its age' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l public-key -d 'The public key the checkpoints were signed with (the .pub file of \'audit keygen\')' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l db -d 'The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user\'s data directory]' -r -F
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l as -d 'The fiscal code of the person who acts (needed by every command that changes data)' -r
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l format -d 'Output format: a table for people, csv or json for machines' -r -f -a "table\t'Aligned columns for people'
csv\t'A header row, then one row per record'
json\t'One JSON array of objects (one object for `show`)'
xlsx\t'A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE'"
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l columns -d 'Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too' -r
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l lang -d 'The language of help and messages: it or en [default: from LPT_LANG, then the locale]' -r -f -a "it\t'Italiano'
en\t'English'"
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l no-verify -d 'Do not walk the audit chain to verify it (the report then says it was not verified)'
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -s y -l yes -d 'Do not ask before a destructive change (suspend, revoke every grant, remove, end, reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway'
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -l wide -d 'Lists: every column in the table (CSV and JSON have every column anyway)'
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from compliance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "compliance" -d 'Compliance over a period as one HTML file to open in a browser and print'
complete -c lpt -n "__fish_lpt_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "init" -d 'Create a new database and its first regional operator (also registered as a person)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "catalog" -d 'The catalog: company types and profiles, and which types may hold which profiles'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "cf" -d 'Check fiscal codes (codice fiscale) and explain what they say'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "operator" -d 'Regional operators: the Region\'s staff who verify and suspend'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "login" -d 'Logins (accounts of this machine) bound to persons: who enters each change (R10)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "person" -d 'Persons: registration (first access), suspension, legacy accounts'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "company" -d 'Companies: registration, the Region\'s verification, their data'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "unit" -d 'A company\'s organisational units (unità organizzative)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "admin" -d 'A company\'s administrators (amministratori delle utenze)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "collab" -d 'Collaborators\' profiles: grant, revoke, end of relationship, review'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "registry" -d 'The collaborator registry as CSV: export, and import in bulk'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "audit" -d 'The audit trail: log, overdue revocations, review, verification, signed checkpoints'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "db" -d 'The database: integrity check and online backup'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "inbox" -d 'What waits for the Region, oldest first, with its age: the regional operator\'s to-do list'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "report" -d 'Reports for the Region\'s managers: compliance with the 5-day rule and the reviews'
complete -c lpt -n "__fish_lpt_using_subcommand help; and not __fish_seen_subcommand_from init catalog cf operator login person company unit admin collab registry audit db inbox report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "types" -d 'List the company types, their legal references and register-entry requirement'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "profiles" -d 'List the profiles, the levels they allow and the company types eligible for them'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from cf" -f -a "check" -d 'Explain each fiscal code: valid or not and why, kind, birth data'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from operator" -f -a "add" -d 'Make a registered person a regional operator (regional operators only)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from operator" -f -a "remove" -d 'Remove a regional operator, who stays registered (regional operators only; never the last active one, R14)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from operator" -f -a "list" -d 'List regional operators'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "bind" -d 'Bind a login (an account of this machine) to a person\'s fiscal code (regional operators only)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "unbind" -d 'Remove a login\'s binding (regional operators only); never the last regional operator\'s'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "list" -d 'List the logins and the persons they are bound to'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "whoami" -d 'Show this login, its host, and the person it is bound to'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "register" -d 'Register a person who has accessed the portal as a citizen'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "show" -d 'Show one person: identity, status and live grants'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "find" -d 'Find persons by name: words of the family and given names, in any order'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "history" -d 'Show a person\'s history in every company: grants, ends, revocations, reviews, suspensions'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "list" -d 'List registered persons'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "suspend" -d 'Suspend a person (stolen credentials, §8.4): revokes every live grant in every company'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "reinstate" -d 'Lift a suspension (regional operators). Revoked grants are not restored'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "import-legacy" -d 'Triage legacy username/password accounts by the fiscal code typed (R13; regional operators)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "legacy-complete" -d 'Complete a legacy account listed for correction with the valid code its owner gave (R13, case b; regional operators)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "update" -d 'Correct a registered person\'s names or e-mail (R15; regional operators)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "register" -d 'Register a company (R2): it starts pending until a regional operator verifies it'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "approve" -d 'Approve a pending company (regional operators): its requester becomes the first administrator'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "reject" -d 'Reject a pending company (regional operators), with the reason'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "approve-change" -d 'Approve a company\'s pending change (regional operators): types added, a new legal representative'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "reject-change" -d 'Reject a company\'s pending change (regional operators), with the reason'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "show" -d 'Show a company: data, types, units, administrators, pending change, status history'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "find" -d 'Find companies by words of their name and registered office, in any order'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "list" -d 'List companies'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "update" -d 'Change a company\'s data (R4): legal representative or group-level administrators'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from unit" -f -a "add" -d 'Add a unit (names are unique within a company, ignoring case)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from unit" -f -a "list" -d 'List a company\'s units with their live grants'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from unit" -f -a "rename" -d 'Rename a unit'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from unit" -f -a "remove" -d 'Remove a unit: refused for the last unit and for a unit holding live grants'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "nominate" -d 'Nominate an administrator, for the whole company or one unit (R6)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "revoke" -d 'Revoke a person\'s administrator grants (all of them, or those of --unit)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "list" -d 'List a company\'s administrators and their scope'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from collab" -f -a "grant" -d 'Grant a profile to a registered person, for the whole company or one unit (R7)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from collab" -f -a "revoke" -d 'Revoke one grant, or every grant of the person in the company (stolen credentials, §8.4)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from collab" -f -a "end" -d 'Record the end of the relationship (R8): every grant must be revoked within 5 days'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from collab" -f -a "show" -d 'The administrator\'s view of one collaborator: profiles, scopes, dates, reviews (§6.3)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from collab" -f -a "list" -d 'List a company\'s grants (live ones, requests included; --all adds revoked ones)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from collab" -f -a "confirm" -d 'Record that an administrator reviewed a person\'s grants (R12)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from collab" -f -a "approve" -d 'Approve a request to enable or to disable a profile that needs regional approval (regional operators, R7)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from collab" -f -a "role-change" -d 'Record a change of a person\'s role or duties in the company (R12, §8.2)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "export" -d 'Write the collaborator registry: one row per grant (traced in the audit trail, §8.6)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "import" -d 'Apply a registry CSV as the desired state: all rows or none (batch onboarding)'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "overdue-revocations" -d 'List grants still open more than 5 days after the relationship ended (R8): the cron job'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'Show audit events, oldest first'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "review" -d 'List active grants due for review (R12): never confirmed, confirmed too long ago, or not since a change of role'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Recompute the audit chain; exit 1 naming the first event that does not match'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "keygen" -d 'Make an Ed25519 key for signing checkpoints: FILE (secret) and FILE.pub'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "checkpoint" -d 'Write a signed checkpoint of the audit chain (R11): the log, its size and its head'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check the database\'s integrity, the audit chain and the domain\'s invariants'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Copy the database into a new SQLite file, while others may be writing'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy a whole registry, history and audit chain included, into a new database'
complete -c lpt -n "__fish_lpt_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "compliance" -d 'Compliance over a period as one HTML file to open in a browser and print'
