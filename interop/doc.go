// Package interop runs the built redress binary against a real Dovecot and
// Postfix on loopback (started by scripts/mailstack.sh) and real clients
// (mutt, Go's SMTP and go-imap clients): what the in-process test servers
// cannot prove — that Dovecot, Postfix and a mail client agree with redress
// on TLS, authentication, threading and delivery.
//
// The tests carry the build tag interop and read the stack from the file
// named by REDRESS_INTEROP_ENV and the binary from REDRESS_BIN; without
// them they skip. Run them with scripts/interop.sh, which installs and
// starts the stack, builds the binary and stops the stack afterwards.
//
// The package holds tests only. It knows the binary's command line and
// config file, never redress's packages: it sees what an operator sees.
package interop
