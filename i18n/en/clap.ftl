# clap's usage errors. English prints clap's own; these English texts are the
# reference for the Italian ones (src/cli/usage_error.rs renders them).

clap-unknown-argument = unexpected argument '{ $arg }' found
clap-invalid-subcommand = unrecognized subcommand '{ $name }'
clap-missing-required = the following required arguments were not provided:
clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
clap-subcommands = subcommands
clap-value-required = a value is required for '{ $arg }' but none was supplied
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-possible-values = possible values
clap-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-conflict = the argument '{ $arg }' cannot be used with { $others }
clap-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-wrong-number-of-values = wrong number of values for '{ $arg }'
clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-similar-subcommand = a similar subcommand exists: { $names }
clap-similar-argument = a similar argument exists: { $names }
clap-similar-value = a similar value exists: { $names }
clap-tip = tip
clap-tip-as-value = to pass '{ $arg }' as a value, use '{ $use }'
clap-tip-exists = '{ $arg }' exists
clap-tip-remove-dashes = subcommand '{ $name }' exists; to use it, remove the '--' before it
clap-try-help = For more information, try '--help'.
clap-similar-subcommand-many = some similar subcommands exist: { $names }
clap-similar-argument-many = some similar arguments exist: { $names }
clap-similar-value-many = some similar values exist: { $names }
