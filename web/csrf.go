package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"time"
)

// A CSRF token proves a submission comes from a form this station served
// recently: a random nonce and the time it was issued, signed with the
// server's key (HMAC-SHA256). It needs no cookie, so the form works in a
// frame on another site, where browsers withhold cookies; a foreign
// page's post is refused by the cross-origin check (Sec-Fetch-Site,
// Origin) before the token is read. The nonce also names the
// submission: the same form submitted twice opens one case.

// tokenLifetime is how long a served form can be submitted.
const tokenLifetime = 4 * time.Hour

// Why a token is refused.
var (
	errTokenInvalid = errors.New("the form's token is missing or not ours")
	errTokenExpired = errors.New("the form's token has expired")
)

const (
	nonceLen = 16
	macLen   = 32
)

type tokens struct {
	key []byte
	now func() time.Time
}

// issue is a fresh token.
func (t tokens) issue() string {
	b := make([]byte, nonceLen+8, nonceLen+8+macLen)
	rand.Read(b[:nonceLen])
	binary.BigEndian.PutUint64(b[nonceLen:], uint64(t.now().Unix()))
	return base64.RawURLEncoding.EncodeToString(t.sign(b))
}

func (t tokens) sign(b []byte) []byte {
	m := hmac.New(sha256.New, t.key)
	m.Write(b)
	return m.Sum(b)
}

// check verifies tok and returns its nonce (hex-free, URL-safe base64).
func (t tokens) check(tok string) (nonce string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(b) != nonceLen+8+macLen {
		return "", errTokenInvalid
	}
	body := b[:nonceLen+8]
	if !hmac.Equal(t.sign(append([]byte(nil), body...))[nonceLen+8:], b[nonceLen+8:]) {
		return "", errTokenInvalid
	}
	issued := time.Unix(int64(binary.BigEndian.Uint64(body[nonceLen:])), 0)
	if age := t.now().Sub(issued); age > tokenLifetime || age < -time.Minute {
		return "", errTokenExpired
	}
	return base64.RawURLEncoding.EncodeToString(body[:nonceLen]), nil
}
