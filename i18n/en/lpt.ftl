# lpt's messages in English (the source language), one file per area: this one
# clap's headings; clap.ftl clap's usage errors; refuse.ftl the refusals of the
# rules; errors.ftl other errors and the notes; table.ftl tables' headers;
# prompt.ftl the questions; help.ftl the command-line help. Every id exists in
# i18n/it/ too: a test fails otherwise.

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
