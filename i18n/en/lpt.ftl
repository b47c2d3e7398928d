# lpt's messages in English (the source language). Every id here exists in
# i18n/it/lpt.ftl too: a test fails otherwise. The command-line help is in
# help.ftl beside this file.

## clap's own strings in the help (English keeps clap's, these are for reference)

clap-usage = Usage
clap-commands = Commands
clap-command-value = COMMAND
clap-arguments = Arguments
clap-options = Options
clap-help-flag = Print help
clap-help-flag-short = Print help (see more with '--help')
clap-help-flag-long = Print help (see a summary with '-h')
clap-version-flag = Print version
clap-help-command = Print this message or the help of the given subcommand(s)
clap-options-placeholder = [OPTIONS]
