# The Region's view (issue 16): the inbox, the compliance report, spreadsheets. Every id
# here exists in i18n/it/region.ftl too (tests/cli/i18n.rs).

xlsx-written = wrote {$rows} row(s) to {$file}

## lpt inbox: the legend under the table (stderr)

inbox-legend-head = Waiting for the Region on {$today} (age: calendar days since recorded):
inbox-kind-company-pending = companies waiting for verification (R3)
inbox-kind-company-change = company changes to approve: types, legal rep. (R4)
inbox-kind-enable-request = profiles to enable, e.g. Operatore Agenda (R7)
inbox-kind-disable-request = profiles to disable, e.g. Operatore Agenda (R7)
inbox-kind-overdue = grants active past the 5-day deadline, by company (R8)
inbox-kind-without-admin = approved companies with no group administrator (R6)
inbox-kind-suspended = suspended persons (R9)
inbox-kind-suspended-login = logins bound to a suspended person (R9, R10)
inbox-kind-checkpoint = age of the latest signed checkpoint given (R11)

## lpt report compliance: the HTML page

report-written = wrote the compliance report to {$file} ({$late} late and {$on_time} on-time revocations in the period)
report-title = Compliance report: revocations and reviews
report-period = Period: from {$from} to {$to} (days in Italy)
report-source = Made on {$at} (UTC) from the database {$db}.
report-trace = Traceable to the audit log {$origin}: {$size} events, head {$head}.
report-summary = Key figures
report-revocations = Revocations after the end of a relationship, recorded in the period
report-on-time = On time
report-late = Late
report-late-region = Late, of which the disabling awaited the Region (R7)
report-median = Median days from end of relationship to recorded revocation
report-p95 = 95th percentile of those days
report-overdue-end = Grants overdue at the end of {$to}
report-reviews-done = Reviews recorded in the period (active grants)
report-reviews-due = Active grants due for review today
report-how-revocations = How computed: revocations recorded from the first instant of {$from} to the end of {$to} (time in Italy) of grants whose relationship's end had been recorded before. A revocation is on time when the day in Italy on which it was recorded (recorded time, R8) is at most 5 calendar days after the declared end of the relationship; the day a revocation declares does not count, so a late revocation cannot look timely. The same rule as lpt audit overdue-revocations.
report-how-region = Late revocations of a profile whose disabling the Region approves (R7) count as the Region's when the company asked for it by the deadline.
report-how-days = The days are calendar days from the declared end of the relationship to the day in Italy the revocation was recorded, over the {$n} revocations above; median and 95th percentile by the nearest-rank method (the value at rank ⌈p × n / 100⌉ of the sorted days).
report-by-month = Revocations by month: on time and late
report-how-months = How computed: each revocation counts in the month of the day in Italy on which it was recorded; the chart draws the numbers of the table below.
report-month = Month
report-late-days = Late revocations by days late
report-days = Days late
report-how-late-days = How computed: days late are the calendar days from the deadline (end of the relationship + 5 days) to the day in Italy the revocation was recorded; the chart draws the numbers of the table below.
report-by-company = Companies, the worst first
report-how-companies = How computed: companies with a late revocation in the period or a grant overdue at the end of {$to}, ordered by late revocations plus overdue grants, then by the most days late. The first {$shown} of {$total}.
report-company-cf = Company CF
report-company-name = Name
report-max-late = Most days late
report-overdue-short = Overdue at the end
report-how-overdue = Overdue at the end: grants still active at the end of {$to} more than 5 calendar days after the end of their relationship, as the database knew it then (lpt audit overdue-revocations --as-of {$to}): {$n} grants, of which {$region} awaiting the Region's approval of their disabling (R7).
report-reviews = Reviews
report-how-reviews = How computed: done, active grants whose latest review (lpt collab confirm) was recorded in the period; due, active grants due for review today (lpt audit review: never confirmed, last confirmed more than 365 days ago, not confirmed since a change of role, or no longer allowed by the company's types).
report-waiting = Requests waiting for the Region
report-how-waiting = How computed: what waits for a regional operator on {$today} (lpt inbox), with the age in calendar days of the oldest of each kind, from its recorded time.
report-nothing-waits = Nothing waits for the Region.
report-kind = Kind
report-count = How many
report-oldest = Oldest since
report-age = Age (days)
report-chain = Audit chain
report-chain-intact = Verified: the {$size} events' hashes were recomputed and agree (lpt audit verify).
report-chain-broken = NOT verified: {$problem}
report-chain-unverified = Not verified for this report (--no-verify).
report-chain-head = Log {$origin}: {$size} events, head {$head} (what a checkpoint made now would sign).
report-checkpoint = Latest signed checkpoint given: {$size} events, the last recorded on {$at}, head {$head}; the log still extends it.
report-no-checkpoint = No signed checkpoint was given (--checkpoint, --public-key): nothing outside the database vouches for the chain in this report.
report-how-chain = How computed: a chain that verifies agrees with itself only; a signed checkpoint kept outside the database proves that the history up to it was not rewritten (R11).
report-footer = Every figure is judged on recorded time (R8): the instant lpt recorded each change, never a day declared by the caller. Made by lpt report compliance.
