package mailbox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
)

// authenticate logs c in as cfg says (Config.Auth). Errors name the
// mechanism and quote the server, never the password or token.
func authenticate(ctx context.Context, c *imapclient.Client, cfg Config) error {
	switch cfg.auth() {
	case AuthPlain:
		return c.Authenticate(sasl.NewPlainClient("", cfg.Username, cfg.Password))
	case AuthXOAuth2, AuthOAuthBearer:
		token, err := cfg.Token(ctx)
		if err != nil {
			return fmt.Errorf("getting an oauth2 access token (imap token_command or token_file): %w", err)
		}
		token = strings.TrimSpace(token)
		if token == "" {
			return errors.New("the oauth2 access token is empty (imap token_command or token_file)")
		}
		var sc sasl.Client
		var x *xoauth2Client
		if cfg.auth() == AuthXOAuth2 {
			x = &xoauth2Client{user: cfg.Username, token: token}
			sc = x
		} else {
			sc = sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: cfg.Username, Token: token, Host: cfg.Host, Port: cfg.Port})
		}
		err = c.Authenticate(sc)
		if err != nil && x != nil && x.status != "" {
			// The server's reason came in the SASL challenge (e.g. an
			// expired token); the final NO only says "failed".
			return fmt.Errorf("%w (server said: %s)", err, x.status)
		}
		return err
	default:
		return c.Login(cfg.Username, cfg.Password).Wait()
	}
}

// xoauth2Client is SASL XOAUTH2, the OAuth2 mechanism of Gmail and
// Microsoft 365 (https://developers.google.com/gmail/imap/xoauth2-protocol):
// one initial response; a failure comes as a challenge holding a JSON
// status, answered with an empty response before the server's NO.
type xoauth2Client struct {
	user, token string
	status      string // the failure the server reported, for the error
}

func (x *xoauth2Client) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

func (x *xoauth2Client) Next(challenge []byte) ([]byte, error) {
	var st struct {
		Status  string `json:"status"`
		Schemes string `json:"schemes"`
		Scope   string `json:"scope"`
	}
	if json.Unmarshal(challenge, &st) == nil && st.Status != "" {
		x.status = "status " + st.Status
		if st.Scope != "" {
			x.status += ", scope " + st.Scope
		}
	} else if len(challenge) > 0 {
		x.status = clip(string(challenge), 200)
	}
	return []byte{}, nil
}

// clip cuts s to n bytes at a rune boundary, for quoting a server.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
