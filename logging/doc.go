// Package logging owns how redress writes its log: the format (text or
// JSON), the level, the station's time zone on every time, one component
// key a line, and the masking of consumers' personal data — phone numbers,
// e-mail addresses and postal addresses — unless the operator asks for it
// unmasked (log.pii: true).
//
// Masking is done once, here, by a slog.Handler that wraps the one that
// writes: attributes whose key names personal data ("to", "from", "phone",
// "address", …) are masked by their kind, and every other string — the
// message, error texts, strings in groups — is scanned for phone- and
// e-mail-shaped text as a safety net. The packages that log need not mask
// anything themselves, and must not: the pii switch would not reach them.
//
// logging knows nothing of the config file, of cases or of mail; the
// caller (cmd/redress) turns log.* into Options. It imports no package of
// this module.
package logging
