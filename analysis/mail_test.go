package analysis

import (
	"encoding/json"
	"testing"
)

// TestMailJSONZero: a Mail built by hand, even without a message, marshals
// to the whole contract with [] for every list.
func TestMailJSONZero(t *testing.T) {
	const want = `{"message_id":"","subject":"","from":{"name":"","address":""},"kind":"","case_ref":"","language":"",` +
		`"text":"","complainant":{"name":"","phones":[],"emails":[],"address":""},"respondent":{"name":"","urls":[],"phones":[],"address":""},` +
		`"order":{"number":"","amount":"","currency":""},"missing":[],"attachments":[]}`
	for _, tt := range []struct {
		name string
		m    any
	}{
		{"value", Mail{}},
		{"pointer", &Mail{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.m)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != want {
				t.Errorf("got  %s\nwant %s", b, want)
			}
		})
	}
	if m := Analyse(nil, corpusOptions); m.Message == nil || m.Kind == "" || m.Missing == nil {
		t.Errorf("Analyse(nil) = %+v, want an analysed empty message", m)
	}
}
