## A registry on PostgreSQL, and copies between back ends (src/store/server.rs, tls.rs, copy.rs, src/commands/db.rs)

server-pgport = PGPORT is not a port number
server-cannot-connect = cannot connect to { $url }
server-no-lpt = { $url } holds no lpt database: create one with 'lpt --db URL init' (or 'lpt db copy')
server-newer = { $url } is not a usable lpt database: its schema version { $have } is newer than this lpt knows ({ $known }); use a newer lpt
server-initialised = the database { $url } is already initialised; nothing was changed
server-foreign = { $url } already holds tables of another application; lpt needs an empty database; nothing was changed
server-migration-failed = migration { $name } failed
server-standby = this server is a read-only standby: changes are made on the primary; nothing was changed
server-clock = the server's clock reads { $time }
tls-bad-mode = sslmode={ $mode } is not one of disable, prefer, require, verify-ca, verify-full
tls-verifier = cannot build the certificate verifier
tls-read-roots = cannot read the root certificates in { $file }
tls-bad-cert = { $file } holds a bad certificate
tls-no-root = no trusted root certificate: give sslrootcert=FILE
tls-system-roots = the system's store
tls-unknown-issuer = the server's certificate is not signed by a trusted root ({ $roots }): check sslrootcert, or the server's certificate
tls-wrong-name = the server's certificate does not name the host { $host }: connect by a name the certificate gives (sslmode=verify-full checks it)
tls-expired = the server's certificate has expired or is not yet valid: check the server's certificate and this machine's clock
tls-revoked = the server's certificate has been revoked
tls-refused = the server's certificate was refused ({ $reason })
copy-same = --from and --to are the same database
copy-exists = { $file } already exists; choose a new file for the copy
copy-unknown-table = the source has a table lpt does not know ({ $table }); nothing was copied
copy-not-empty = the destination already holds a registry; copy into a new, empty database
copy-table = copying the table { $table }
copy-dangling = the copy would leave { $count } row(s) pointing at rows that do not exist
copy-rows = the copy holds { $have } rows in { $table } where the source held { $want }
copy-chain-broken = the copy's audit chain does not verify: { $problem }
copy-chain-elsewhere = the copy's audit chain ends elsewhere than the source's (was it written meanwhile?)
copy-check = the copy fails db check: { $check }: { $detail } ({ $count } problem(s))
note-copied = copied { $from } to { $to }: { $rows } rows in { $tables } tables, audit chain of { $events } events verified

## Files the Region's view writes and reads (src/commands/region/, src/output/)

error-cannot-create = cannot create { $path }
error-to-before-from = --to is before --from
error-xlsx-needs-output = --format xlsx writes a file: name it with --output FILE
error-checkpoint-bad = checkpoint { $file }: { $reason }
error-checkpoint-no-longer-extends = the log no longer extends checkpoint { $file } (lpt audit verify)

## Reads on a read-only standby (src/commands/standby.rs)

standby-no-primary = this server is a read-only standby and this read is recorded in the audit trail (R10), which a standby cannot write: set LPT_PRIMARY to the primary's URL; nothing was read
standby-primary-not-server = LPT_PRIMARY must be a postgresql: URL of the primary server
standby-primary-is-standby = LPT_PRIMARY ({ $url }) is a standby too: name the primary
standby-primary-other = LPT_PRIMARY ({ $url }) holds another registry than this standby; nothing was read
server-standby-older = { $url } is a standby of an older lpt schema: run this lpt once on the primary, which brings both up to date
