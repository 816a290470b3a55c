package casefile

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/parser"
)

// clock is a deterministic Options.Now: each call is one second later.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(start string) *clock {
	t, err := time.Parse(time.RFC3339, start)
	if err != nil {
		panic(err)
	}
	return &clock{t: t}
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

func openTest(t *testing.T, opts Options) *Store {
	t.Helper()
	if opts.Now == nil {
		opts.Now = newClock("2026-03-01T08:00:00Z").Now
	}
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "redress.db"), opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// complaint is a complete consumer complaint with Message-ID mid.
func complaint(mid string) *analysis.Mail {
	return &analysis.Mail{
		Message: &parser.Message{
			MessageID: mid,
			Subject:   "投诉 义乌某店 " + mid,
			From:      parser.Address{Name: "Li Wei", Address: "liwei@example.com"},
			To:        []parser.Address{{Address: "tousu@yweca.org.example"}},
			Text:      "我在贵店买的东西坏了。",
		},
		Kind:     analysis.KindComplaint,
		Language: "zh",
		Complainant: analysis.Complainant{
			Name:   "李伟",
			Phones: []string{"+8613800138000"},
		},
		Respondent: analysis.Respondent{
			Name: "义乌小商品店",
			URLs: []string{"https://shop.example.com"},
		},
		Order: analysis.Order{Number: "A123", Amount: "128.00", Currency: "CNY"},
	}
}

// rawOf makes raw bytes unique to the message (and uid), as real mail is.
func rawOf(m *analysis.Mail, uid uint32) []byte {
	if m == nil {
		return fmt.Appendf(nil, "garbage %d\x00\x01", uid)
	}
	return fmt.Appendf(nil, "Message-ID: <%s>\r\nSubject: %s\r\nX-UID: %d\r\n\r\n%s\r\n", m.MessageID, m.Subject, uid, m.Text)
}

func in(uid uint32, m *analysis.Mail) Incoming {
	return Incoming{Folder: "INBOX", UIDValidity: 7, UID: uid, Raw: rawOf(m, uid), Msg: m}
}

// ingest runs Ingest with a respond that acknowledges every new case.
func ingest(t *testing.T, s *Store, inc Incoming) Ingested {
	t.Helper()
	res, err := s.Ingest(context.Background(), inc, ack)
	if err != nil {
		t.Fatalf("Ingest UID %d: %v", inc.UID, err)
	}
	return res
}

// ack answers a new case with an acknowledgement whose Message-ID is
// ack-<ref>@desk.
func ack(r Ingested) ([]Outgoing, error) {
	if !r.NewCase {
		return nil, nil
	}
	return []Outgoing{{
		Purpose:   "ack",
		From:      "tousu@yweca.org.example",
		FromName:  "Yiwu consumer desk",
		To:        []string{r.Case.ContactAddress},
		Subject:   "[" + r.Case.Ref + "] received",
		MessageID: "ack-" + r.Case.Ref + "@desk",
		Text:      "We received your complaint.",
	}}, nil
}

func mustCase(t *testing.T, s *Store, ref string) *Case {
	t.Helper()
	c, err := s.CaseByRef(context.Background(), ref)
	if err != nil {
		t.Fatalf("CaseByRef(%s): %v", ref, err)
	}
	return c
}

func countRows(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatalf("counting %s: %v", table, err)
	}
	return n
}

func equalStrings(a, b []string) bool {
	return slices.Equal(a, b) || (len(a) == 0 && len(b) == 0)
}

func wantNotFound(t *testing.T, err error) {
	t.Helper()
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("error = %v, want ErrNotFound", err)
	}
}
