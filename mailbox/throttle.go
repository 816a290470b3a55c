package mailbox

import (
	"errors"
	"net"
	"strings"

	"github.com/emersion/go-imap/v2"
)

// ErrThrottled is wrapped by errors of a server that refused for now
// rather than for good: [UNAVAILABLE] (RFC 5530), too many connections,
// logins or commands, "try again later". Hosted mailboxes (QQ Mail,
// NetEase, Gmail) answer a client that connects too often this way; the
// caller backs off well beyond its poll interval instead of retrying at
// it (see Backoff).
var ErrThrottled = errors.New("the imap server is refusing for now (too many connections or requests): backing off")

// throttleWords are lower-case phrases of refusals that pass with time,
// as providers word them in NO and BYE responses.
var throttleWords = []string{
	"too many", "try again later", "try later", "throttl", "rate limit",
	"limit exceeded", "exceeded the", "too frequent", "frequently",
	"temporarily", "请稍后", "频繁", "过多",
}

type throttleError struct{ err error }

func (e *throttleError) Error() string   { return e.err.Error() }
func (e *throttleError) Unwrap() []error { return []error{e.err, ErrThrottled} }

// throttled wraps err with ErrThrottled when the server's words say it
// refused for now.
func throttled(err error) error {
	if err == nil || errors.Is(err, ErrThrottled) {
		return err
	}
	var ie *imap.Error
	if errors.As(err, &ie) {
		if ie.Code == imap.ResponseCodeUnavailable || ie.Code == imap.ResponseCodeLimit {
			return &throttleError{err}
		}
		text := strings.ToLower(ie.Text)
		for _, w := range throttleWords {
			if strings.Contains(text, w) {
				return &throttleError{err}
			}
		}
		return err
	}
	return err
}

// IsThrottled reports whether err says the server refused for now.
func IsThrottled(err error) bool { return errors.Is(err, ErrThrottled) }

// IsConnection reports whether err is about reaching or keeping the
// server (dial, TLS, greeting, a dropped or timed-out connection) rather
// than about the station's settings or one message.
func IsConnection(err error) bool {
	var ne net.Error
	var oe *net.OpError
	return errors.Is(err, ErrConnectionClosed) || errors.As(err, &ne) || errors.As(err, &oe) || IsThrottled(err)
}
