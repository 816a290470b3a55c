// Package notify renders and sends the mail of the complaint desk: the
// acknowledgement to a consumer (with a request for missing details), the
// notice to the station's staff, and the outbox delivery policy.
//
// notify renders from plain data and sends; it decides nothing about a case.
// Which mail to write, to whom, and in which language is decided by the
// caller; the outbox rows live in casefile, reached through the Outbox
// interface. notify imports no other package of this module.
//
// # Templates
//
// The bodies are text/template files embedded from templates/; a file of
// the same name in the override directory given to LoadTemplates replaces
// the embedded one:
//
//	items.tmpl          shared definitions, parsed first (an override is parsed
//	                    over the embedded file): "item.zh", "item.en"
//	                    (a missing item in a sentence), "item.staff", "field"
//	                    (the fill-in line, e.g. "电话 / Phone:"), "signature"
//	ack.zh.tmpl         acknowledgement in Simplified Chinese (AckData)
//	ack.en.tmpl         acknowledgement in English (AckData)
//	ack.bilingual.tmpl  both, Chinese first, for Language "" (AckData)
//	staff_notice.tmpl   notice to staff (StaffNoticeData)
//	daily_digest.tmpl   the daily digest to staff (DailyDigestData)
//
// Subjects are not templated: an acknowledgement's subject is
// CaseSubject(Ref, original subject), so the consumer's reply carries the
// case tag back. Rendered bodies have trailing blanks removed, runs of
// blank lines collapsed and end in one newline. LoadTemplates renders every
// template once with sample data, so an override that refers to a field
// that does not exist fails at start-up and names its file.
//
// # Sending
//
// Sender uses github.com/wneessen/go-mail. Sender.Open (the Transport
// interface) starts a Session: one connection that sends many mails, with
// RSET before each mail after the first (RFC 5321 §4.1.1.5); the RSET also
// finds a connection that died while idle before a mail is started.
// Sender.Send is a one-shot session for a single mail.
// SMTPConfig.TLS is "implicit" (TLS from the first byte, RFC 8314),
// "starttls" (STARTTLS is mandatory, RFC 3207) or "none".
//
// AUTH runs whenever Username is set, with the mechanism SMTPConfig.Auth
// names:
//
//	"" or "login"  the password, over PLAIN when offered, else LOGIN
//	"plain"        the password, over PLAIN only (RFC 4616)
//	"xoauth2"      an OAuth2 access token over SASL XOAUTH2, as Gmail and
//	               Outlook want: user={user}\x01auth=Bearer {token}\x01\x01
//	"oauthbearer"  an OAuth2 access token over SASL OAUTHBEARER (RFC 7628)
//
// A mechanism the server does not offer fails the set-up with a sentence
// naming what it offers. The token mechanisms call SMTPConfig.Token once
// per connection, before dialling, so an access token that expired while
// the desk ran is not used again; a token source that fails, or a token
// the server refuses (its JSON status is quoted: "invalid_token", "400"),
// fails the set-up like an unreachable server, so mail stays queued.
// Neither the password nor the token appears in an error or a log line:
// errors of the set-up have both blanked out in case a server echoes one.
// With TLS "none" the password or token crosses the network in clear
// text, which is the operator's choice.
//
// The Message-ID and Date come from Mail, so a retry sends the same
// mail again (the recipient's client can drop the duplicate). Auto-Submitted
// (RFC 3834 §5) is set by the caller for automatic replies.
//
// Errors are classified by IsPermanent: a 5xx reply in the mail transaction
// (MAIL FROM, RCPT TO, DATA) or a mail that cannot be built is permanent;
// 4xx replies, network errors, timeouts and failures before the transaction
// (greeting, EHLO, STARTTLS, AUTH — the server's or the configuration's
// fault, not this mail's) are temporary, and so is 530 "authentication
// required" (RFC 4954 §6), so that a missing password fails no mail.
// IsConnection further tells "could not reach or keep the server" (an
// invalid configuration, dial, greeting, TLS, EHLO, AUTH, or a connection
// lost mid-session: no SMTP reply) from a reply about one mail.
//
// # Header fields
//
// buildMsg writes every header field through one set of rules
// (header.go), so that text from the consumer — their subject inside
// ours, their address, the Message-IDs of their mail — can never add a
// header field, end one early or make a line longer than 998 octets
// (RFC 5322 §2.1.1), whatever the caller put in Mail:
//
//   - Subject and display names: invalid UTF-8 becomes U+FFFD; every
//     control (C0 with TAB, CR, LF, NUL; DEL; C1 with U+0085), U+2028,
//     U+2029 and space counts as white space; each run of it becomes one
//     space and the ends are trimmed. A Subject that is not printable
//     ASCII, has a word over 76 characters or contains "=?" is written as
//     RFC 2047 encoded-words (UTF-8, base64), so it decodes back exactly
//     and a look-alike encoded-word stays literal. A display name is cut
//     at 200 bytes.
//   - From and each To must be exactly one address of printable ASCII
//     without white space, at most 254 octets, with no control or line
//     break anywhere in the string; otherwise the mail is refused
//     (permanent). Internationalised addresses (RFC 6531) are refused.
//   - Message-ID, In-Reply-To and References take msg-ids of printable
//     ASCII, '@' between two parts, no '<' '>' inside, at most 250 octets.
//     An invalid Message-ID (ours) refuses the mail; an invalid In-Reply-To
//     or References id (the consumer's) is left out, logged as a warning
//     naming the field, and the mail is sent.
//   - Auto-Submitted must be a keyword (RFC 3834 §5).
//
// CaseSubject and StaffNotice clean subjects by the same rule.
//
// # Delivery policy
//
// Deliverer.Flush sends what Outbox.Due returns over one session, opened
// at the first due mail. Success → Sent. Permanent error → Failed with the
// server's reply. Temporary error → Retry at now+Backoff(attempts) (1m, 2m,
// 4m … capped at 6h), where attempts counts this one. With a
// QueueLifetime (the daemon sets policy.queue_lifetime, 5 days by default,
// as Postfix's maximal_queue_lifetime) the mail → Failed once its next
// attempt would fall after queued+QueueLifetime, however many attempts
// that is; without one, when attempts reaches MaxAttempts (default 10).
// Each "mail sent" line names the case, the purpose and the recipient
// (masked by the daemon's log handler). The store's Retry is expected
// to increment Queued.Attempts. After a refused mail the session goes on.
// A connection lost during a mail is dialled again once and the mail sent
// again (it may arrive twice, with the same Message-ID). When the server
// cannot be reached, the round stops at the first failed dial or set-up:
// the due mail stays due with its attempts unchanged (counted in
// DeliveryStats.Deferred) and one warning says how many and why. A mail that loses the
// fresh connection too counts as a temporary failure, and the round stops
// the same way. A send cut short by cancellation is not counted and stays
// due.
//
// Sending limits: Deliverer.MaxPerMinute and MaxPerDay (smtp.max_per_minute,
// smtp.max_per_day; 0 means none) cap the mail sent in any rolling minute
// and any rolling 24 hours, since hosted mailboxes (QQ Mail, 163, Gmail,
// Outlook) refuse mail above their quota, and a refusal would cost
// attempts or fail the mail. The windows count what the outbox recorded
// Sent (Outbox.SentSince over (now-length, now]), so they hold across a
// restart. A round counts them before its first mail and again whenever
// the allowance it got is spent (a long round sees the windows move).
// When a limit leaves no room the round stops before dialling or
// claiming anything: the rest stays due with attempts unchanged — defer,
// never fail — counted in DeliveryStats.Limited (not Deferred: nothing is
// wrong), and DeliveryStats.LimitedUntil is when the limit frees a slot
// (the oldest send in its window plus its length). One line per round
// says how many, which limit, how many were sent in its window and
// frees_at: a warning for the daily limit, info for the minute's.
//
// Worker runs Flush apart from polling: at start, whenever Kick is called
// (a transaction that queued mail has committed), and every Interval so
// that retries go out when due. After a round stopped by a sending limit
// it waits until LimitedUntil instead (at least a second): sooner than
// Interval for the minute's limit, and for a daily quota it does not
// wake every Interval for hours only to log the limit again; a Kick still
// flushes at once, and that round stops after two counts without
// dialling. Kicks during a flush coalesce into one more flush. Flush
// calls on one Deliverer take turns, so a one-shot caller may call Flush
// directly.
//
// # Quoted text
//
// A staff notice quotes at most MaxQuotedText (64 KiB) of the consumer's
// text, cut at a character boundary and followed by a line in Chinese and
// one in English saying so and naming "redress cases show REF" and
// "redress cases raw ID". The case keeps the whole mail; a notice need not.
//
// Package notifytest runs an in-process SMTP server for tests and the demo.
package notify
