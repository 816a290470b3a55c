package casefile_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/parser"
)

func ExampleStore_Ingest() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "casefile-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	shanghai := time.FixedZone("CST", 8*3600)
	store, err := casefile.Open(ctx, filepath.Join(dir, "redress.db"), casefile.Options{
		CasePrefix: "YW",
		Location:   shanghai,
		Now:        func() time.Time { return time.Date(2026, 12, 31, 17, 0, 0, 0, time.UTC) },
	})
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()

	msg := &analysis.Mail{
		Message: &parser.Message{
			MessageID: "first@example.com",
			From:      parser.Address{Name: "Li Wei", Address: "liwei@example.com"},
			Subject:   "坏了的杯子",
		},
		Kind:        analysis.KindComplaint,
		Complainant: analysis.Complainant{Name: "李伟"},
		Respondent:  analysis.Respondent{Name: "义乌小商品店", URLs: []string{"https://shop.example.com"}},
		Missing:     []string{analysis.MissingComplainantPhone},
	}
	res, err := store.Ingest(ctx, casefile.Incoming{Folder: "INBOX", UIDValidity: 1, UID: 1, Raw: []byte("…"), Msg: msg},
		func(r casefile.Ingested) ([]casefile.Outgoing, error) {
			return []casefile.Outgoing{{
				Purpose:   "request",
				To:        []string{r.Case.ContactAddress},
				Subject:   "[" + r.Case.Ref + "] please send your phone number",
				MessageID: "request-" + r.Case.Ref + "@yweca.org.example",
				InReplyTo: msg.MessageID,
			}}, nil
		})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Case.Ref, res.Case.State, res.Case.Missing)

	due, err := store.DueMail(ctx, time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), 10)
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range due {
		fmt.Println(m.CaseRef, m.Mail.Purpose, m.Mail.To)
	}
	// Output:
	// YW-2027-00001 awaiting_info [complainant_phone]
	// YW-2027-00001 request [liwei@example.com]
}
