// Package monitor tells an operator whether the running daemon works: it
// owns the Prometheus registry of redress's metrics, the health state
// behind /healthz, and the HTTP handler that serves both.
//
// The daemon's parts report to a *Monitor through small hooks (PollDone,
// CaseOpened, MailSuppressed, Delivered, SendSucceeded, SendFailed,
// IdleConnected); a nil *Monitor takes every call and does nothing, so
// code that runs without monitoring needs no checks. Figures that live in
// the case file (the outbox) are read when scraped, through a function
// the caller passes in.
//
// Health is judged on two sides:
//
//   - the inbox: healthy while a poll succeeded within HealthyWithin (a
//     daemon that has not polled yet has HealthyWithin from its start);
//     a failed poll is tolerated until then, and a loop that stopped
//     polling is noticed.
//   - sending: healthy unless SMTP attempts have been failing for longer
//     than HealthyWithin. With nothing to send there are no attempts, and
//     that is healthy: an idle outbox is no fault. A mail the server
//     refuses for good (a bad address) is the mail's fault, not the
//     server's, and counts as reaching the server.
//
// monitor knows nothing of redress's other packages: not the desk, the
// case file, the config keys nor the protocols. cmd/redress wires it.
package monitor
