package parser

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseDeliveryStatus(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []RecipientStatus
	}{
		{name: "postfix, one recipient", body: "Reporting-MTA: dns; mx1.example\r\nX-Postfix-Queue-ID: B7C20E41D9\r\n\r\n" +
			"Final-Recipient: rfc822; Kefu@Shop.example\r\nOriginal-Recipient: rfc822;kefu@shop.example\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
			"Diagnostic-Code: smtp; 550 5.1.1 <kefu@shop.example>: Recipient address\r\n    rejected: User unknown\r\n",
			want: []RecipientStatus{{FinalRecipient: "kefu@shop.example", OriginalRecipient: "kefu@shop.example", Action: "failed", Status: "5.1.1",
				DiagnosticCode: "550 5.1.1 <kefu@shop.example>: Recipient address rejected: User unknown"}}},
		{name: "two recipients, brackets, status comment, upper-case action", body: "Reporting-MTA: dns; mx\n\n" +
			"Final-Recipient: RFC822; <a@x.example>\nAction: Delayed\nStatus: 4.4.1 (connection timed out)\n\n" +
			"Final-Recipient: rfc822;b@y.example\nAction: delivered\nStatus: 2.0.0\n",
			want: []RecipientStatus{{FinalRecipient: "a@x.example", Action: "delayed", Status: "4.4.1"},
				{FinalRecipient: "b@y.example", Action: "delivered", Status: "2.0.0"}}},
		{name: "no per-message block, untyped values", body: "Final-Recipient: c@z.example\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: mailbox full; try later\n",
			want: []RecipientStatus{{FinalRecipient: "c@z.example", Action: "failed", Status: "5.0.0", DiagnosticCode: "mailbox full; try later"}}},
		{name: "junk lines between blocks", body: "Reporting-MTA: dns; mx\nthis is not a field\n\nFinal-Recipient: rfc822; d@w.example\nAction: failed\n",
			want: []RecipientStatus{{FinalRecipient: "d@w.example", Action: "failed"}}},
		{name: "status that is not a code", body: "Final-Recipient: rfc822; e@v.example\nStatus: failed\n",
			want: []RecipientStatus{{FinalRecipient: "e@v.example"}}},
		{name: "only a per-message block", body: "Reporting-MTA: dns; mx\nArrival-Date: Thu, 2 Apr 2026 09:01:12 +0800\n"},
		{name: "empty", body: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseDeliveryStatus([]byte(tt.body), maxReportRecipients)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseDeliveryStatusBounded(t *testing.T) {
	body := strings.Repeat("Final-Recipient: rfc822; a@b.example\nAction: failed\n\n", 3*maxReportRecipients)
	if got := parseDeliveryStatus([]byte(body), maxReportRecipients); len(got) != maxReportRecipients {
		t.Errorf("%d blocks kept, want %d", len(got), maxReportRecipients)
	}
}

func TestReadHeaderFacts(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   HeaderFacts
		wantOK bool
	}{
		{name: "folded, encoded, then body", in: "\nReturn-Path: <tousu@yweca.org.example>\nMessage-ID:\n <c7hq2x5m9w3k8r1t6v4n0p2bz3@yweca.org.example>\n" +
			"Subject: [YW-2026-00042] =?UTF-8?B?5Y+X55CG6YCa55+l?=\nFrom: tousu@yweca.org.example\nTo: =?UTF-8?B?5byg5LiJ?= <ZS@Example.com>, b@x.example\n\nbody\nMessage-ID: <other@x>\n",
			want: HeaderFacts{MessageID: "c7hq2x5m9w3k8r1t6v4n0p2bz3@yweca.org.example", Subject: "[YW-2026-00042] 受理通知",
				From: Address{Address: "tousu@yweca.org.example"}, To: []Address{{Name: "张三", Address: "zs@example.com"}, {Address: "b@x.example"}}}, wantOK: true},
		{name: "block ends at prose", in: "Subject: hi\nthis is prose\nTo: a@b.example\n", want: HeaderFacts{Subject: "hi"}, wantOK: true},
		{name: "prose", in: "Dear customer,\nSubject: hi\n"},
		{name: "empty", in: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ReadHeaderFacts([]byte(tt.in))
			if ok != tt.wantOK || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, %v\nwant %+v, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// A forwarded message is text, not a returned one: it gives no returned
// headers, and a mail without a report gives no delivery status.
func TestForwardIsNotReturned(t *testing.T) {
	m, err := Decode(readMIME(t, "forward-rfc822.eml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.ReturnedHeaders != nil || m.DeliveryStatus != nil {
		t.Errorf("forward gave returned headers %+v, delivery status %+v", m.ReturnedHeaders, m.DeliveryStatus)
	}
}
