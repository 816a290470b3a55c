package notifytest

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// mechXOAuth2 is Google's XOAUTH2 mechanism, which go-sasl does not have.
const mechXOAuth2 = "XOAUTH2"

// errCredentials is what Postfix and most submission servers reply to
// refused credentials.
var errCredentials = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication credentials invalid"}

// loginServer is the server side of the LOGIN mechanism
// (draft-murchison-sasl-login): a username and a password, each asked for.
type loginServer struct {
	check    func(username, password string) error
	username []byte
	step     int
}

func (a *loginServer) Next(response []byte) ([]byte, bool, error) {
	a.step++
	switch a.step {
	case 1:
		if response != nil { // an initial response is the username
			a.username = response
			a.step++
			return []byte("Password:"), false, nil
		}
		return []byte("Username:"), false, nil
	case 2:
		a.username = response
		return []byte("Password:"), false, nil
	case 3:
		return nil, true, a.check(string(a.username), string(response))
	}
	return nil, true, sasl.ErrUnexpectedClientResponse
}

// xoauth2Server is the server side of XOAUTH2 as Gmail runs it
// (https://developers.google.com/gmail/imap/xoauth2-protocol): the initial
// response is "user={user}\x01auth=Bearer {token}\x01\x01"; a refused
// token gets a JSON error as a challenge, and after the client's empty
// response 535 5.7.8.
type xoauth2Server struct {
	check  func(username, token string) string
	failed bool
}

func (a *xoauth2Server) Next(response []byte) ([]byte, bool, error) {
	if a.failed {
		return nil, true, errCredentials
	}
	if response == nil {
		return []byte{}, false, nil // ask for the initial response
	}
	var user, token string
	for f := range bytes.SplitSeq(response, []byte{0x01}) {
		switch {
		case bytes.HasPrefix(f, []byte("user=")):
			user = string(f[len("user="):])
		case bytes.HasPrefix(f, []byte("auth=Bearer ")):
			token = string(f[len("auth=Bearer "):])
		}
	}
	if user != "" && token != "" && a.check(user, token) == "" {
		return nil, true, nil
	}
	a.failed = true
	// Gmail's status for a refused token is an HTTP code.
	blob, _ := json.Marshal(map[string]string{"status": "400", "schemes": "Bearer", "scope": "https://mail.google.com/"})
	return blob, false, nil
}

// finalReply makes the failure of a go-sasl server a 535 reply: go-smtp
// answers an error that is not an *smtp.SMTPError with 454 (temporary).
type finalReply struct{ sasl.Server }

func (f finalReply) Next(response []byte) ([]byte, bool, error) {
	challenge, done, err := f.Server.Next(response)
	var se *smtp.SMTPError
	if err != nil && !errors.As(err, &se) {
		err = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication failed: " + err.Error()}
	}
	return challenge, done, err
}
