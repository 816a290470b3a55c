package mailbox

import (
	"testing"

	"github.com/emersion/go-imap/v2"
)

func TestByeGreeting(t *testing.T) {
	for _, tt := range []struct {
		line       string
		code       imap.ResponseCode
		text       string
		none, thro bool
	}{
		{line: "* BYE [UNAVAILABLE] Too many connections in a short time, try again later", code: "UNAVAILABLE", text: "Too many connections in a short time, try again later", thro: true},
		{line: "* BYE server shutting down", text: "server shutting down"},
		{line: "* BYE [ALERT] 连接过于频繁", code: "ALERT", text: "连接过于频繁", thro: true},
		{line: "* OK [CAPABILITY IMAP4rev1] ready", none: true},
		{line: "", none: true},
	} {
		e := byeGreeting(tt.line)
		if tt.none {
			if e != nil {
				t.Errorf("byeGreeting(%q) = %+v, want nil", tt.line, e)
			}
			continue
		}
		if e == nil || e.Code != tt.code || e.Text != tt.text || e.Type != imap.StatusResponseTypeBye {
			t.Errorf("byeGreeting(%q) = %+v, want code %q text %q", tt.line, e, tt.code, tt.text)
			continue
		}
		if got := IsThrottled(throttled(e)); got != tt.thro {
			t.Errorf("throttled(%q) = %v, want %v", tt.line, got, tt.thro)
		}
	}
}
