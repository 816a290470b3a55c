package workflow

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"strings"
)

// Staff notices carry a token in their Message-ID:
//
//	<YW-2026-00042.k7f3q9abcd.random@station-domain>
//
// the case reference, an HMAC of it under the station's secret, and a
// random part. Every mail client's Reply puts the notice's Message-ID into
// In-Reply-To or References, so a staff member's reply proves it answers a
// notice redress sent — From alone proves nothing, it is trivially forged
// — and the token survives every server, unlike sub-addressing, which many
// hosted mail services in China do not offer.

// tokenLen is how many base32 characters of the HMAC a token keeps: 50
// bits, far beyond guessing by mail.
const tokenLen = 10

var tokenEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// Token is the token of case ref under secret.
func Token(secret []byte, ref string) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(strings.ToUpper(ref)))
	return strings.ToLower(tokenEncoding.EncodeToString(mac.Sum(nil))[:tokenLen])
}

// NoticeLocalPart is the part before "@" of a staff notice's Message-ID.
func NoticeLocalPart(secret []byte, ref, random string) string {
	return strings.ToUpper(ref) + "." + Token(secret, ref) + "." + random
}

// TokenRef returns the case reference whose valid token one of ids
// carries (Message-IDs without angle brackets, as In-Reply-To and
// References give them), checking each secret; "" if none does.
func TokenRef(ids []string, secrets ...[]byte) string {
	for _, id := range ids {
		local, _, ok := strings.Cut(id, "@")
		if !ok {
			continue
		}
		parts := strings.Split(local, ".")
		if len(parts) != 3 || len(parts[1]) != tokenLen {
			continue
		}
		for _, s := range secrets {
			if len(s) == 0 {
				continue
			}
			if hmac.Equal([]byte(strings.ToLower(parts[1])), []byte(Token(s, parts[0]))) {
				return strings.ToUpper(parts[0])
			}
		}
	}
	return ""
}
