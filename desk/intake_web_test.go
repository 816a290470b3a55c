package desk

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"testing"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/workflow"
)

// pngBytes is the start of a PNG file: enough for a stored attachment.
var pngBytes = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00")

func TestOpenSubmission(t *testing.T) {
	for _, tt := range []struct {
		name     string
		form     workflow.IntakeForm
		state    string
		missing  []string
		purposes []string // of the mail queued, in order
	}{
		{name: "complete, with an address",
			form: workflow.IntakeForm{Channel: workflow.ChannelWeb, Language: "en", Name: "Tom Baker", Phone: "+44 7700 900412",
				Email: "tom@mail.example", MerchantName: "Lele Kids", MerchantURL: "https://lele.example.com",
				Text: "The jacket I bought is torn and the shop ignores me."},
			state: casefile.StateOpen, missing: nil, purposes: []string{workflow.PurposeAck, workflow.PurposeStaffNotice}},
		{name: "incomplete, with an address: acknowledged and asked",
			form: workflow.IntakeForm{Channel: workflow.ChannelWeb, Language: "zh", Email: "anon@qq.example",
				Text: "买的东西坏了，商家不理我。"},
			state: casefile.StateAwaitingInfo, missing: []string{"complainant_name", "complainant_phone", "respondent_name", "respondent_contact"},
			purposes: []string{workflow.PurposeAck, workflow.PurposeStaffNotice}},
		{name: "incomplete, no address: staff only",
			form:  workflow.IntakeForm{Channel: workflow.ChannelWeb, Language: "zh", Name: "赵丽", Text: "买的东西坏了，商家不理我。"},
			state: casefile.StateAwaitingInfo, missing: []string{"complainant_phone", "respondent_name", "respondent_contact"},
			purposes: []string{workflow.PurposeStaffNotice}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, envOptions{})
			raw := []byte(`{"form":"test","fields":{"story":"` + tt.name + `"}}`)
			sub := Submission{Raw: raw, Files: []SubmittedFile{{Filename: "receipt.png", ContentType: "image/png", Data: pngBytes}}}
			c, st, err := e.desk.OpenSubmission(t.Context(), tt.form, sub)
			if err != nil {
				t.Fatal(err)
			}
			if c.Channel != casefile.ChannelWeb || c.State != tt.state || !slices.Equal(c.Missing, tt.missing) || st.NewCases != 1 {
				t.Errorf("case %s channel %s state %s missing %v (new %d); want web %s %v", c.Ref, c.Channel, c.State, c.Missing, st.NewCases, tt.state, tt.missing)
			}
			stored, err := e.store.CaseByRef(t.Context(), c.Ref)
			if err != nil || stored.Channel != casefile.ChannelWeb || stored.State != tt.state {
				t.Fatalf("stored case %+v, %v", stored, err)
			}
			msgs, err := e.store.CaseMessages(t.Context(), c.ID)
			if err != nil {
				t.Fatal(err)
			}
			var in []casefile.Message
			var out []string
			for _, m := range msgs {
				if m.Direction == casefile.DirectionIn {
					in = append(in, m)
				} else {
					out = append(out, m.Purpose)
				}
			}
			if !slices.Equal(out, tt.purposes) {
				t.Errorf("mail queued %v, want %v", out, tt.purposes)
			}
			// The evidence: the fields as submitted, under their SHA-256,
			// and the file beside them.
			sum := sha256.Sum256(raw)
			if len(in) != 1 || in[0].SHA256 != hex.EncodeToString(sum[:]) || in[0].MessageID == "" || in[0].Kind != "complaint" {
				t.Fatalf("incoming %+v, want the submission under %x", in, sum)
			}
			if got, err := e.store.ReadBlob(in[0].SHA256); err != nil || string(got) != string(raw) {
				t.Errorf("stored submission %q, %v", got, err)
			}
			if a := in[0].Attachments; len(a) != 1 || a[0].Filename != "receipt.png" || !a[0].Stored || a[0].Size != int64(len(pngBytes)) {
				t.Errorf("attachments %+v", a)
			}
			data, err := e.store.AttachmentData(t.Context(), in[0].Attachments[0].ID)
			if err != nil || string(data) != string(pngBytes) {
				t.Errorf("attachment content %q, %v", data, err)
			}

			// The same submission again (a double click): the same case.
			again, st, err := e.desk.OpenSubmission(t.Context(), tt.form, sub)
			if err != nil || again.Ref != c.Ref || st.NewCases != 0 || st.Duplicates != 1 {
				t.Errorf("again: case %v, stats %+v, %v; want %s", again, st, err, c.Ref)
			}
			if cs := e.cases(t); len(cs) != 1 {
				t.Errorf("%d cases after a double submission", len(cs))
			}
		})
	}
}

func TestOpenSubmissionRefusesOtherChannels(t *testing.T) {
	e := newEnv(t, envOptions{})
	_, _, err := e.desk.OpenSubmission(t.Context(), workflow.IntakeForm{Channel: workflow.ChannelPhone, Text: "x"}, Submission{Raw: []byte("{}")})
	if err == nil {
		t.Fatal("a phone intake was taken as a web submission")
	}
	if _, _, err := e.desk.OpenSubmission(t.Context(), workflow.IntakeForm{Channel: workflow.ChannelWeb, Text: "x"}, Submission{}); err == nil {
		t.Fatal("a submission without evidence was taken")
	}
	if _, _, err := e.desk.OpenIntake(t.Context(), workflow.IntakeForm{Channel: workflow.ChannelWeb, Text: "x"}, "clerk"); err == nil {
		t.Fatal("a web submission was typed in without its evidence")
	}
	if cs := e.cases(t); len(cs) != 0 {
		t.Errorf("%d cases opened by refused calls", len(cs))
	}
}
