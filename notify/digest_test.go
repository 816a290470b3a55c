package notify

import (
	"fmt"
	"strings"
	"testing"
)

func TestDailyDigest(t *testing.T) {
	tpl, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	var failed []DigestFailed
	for i := range MaxDigestLines + 3 {
		failed = append(failed, DigestFailed{ID: int64(i + 1), Purpose: "ack", To: "a@example.org", Error: "550 no such user"})
	}
	subject, body, err := tpl.DailyDigest(DailyDigestData{StationName: "Yiwu Station", Date: "2026-03-16",
		WaitingStaff: []DigestCase{{Ref: "YW-2026-00001", Kind: "complaint", Subject: "杯子是坏的\r\n第二行", Since: "2026-03-02"}},
		Deadlines:    []DigestDeadline{{Ref: "YW-2026-00001", Which: "mediation", Due: "2026-03-17", Overdue: false}},
		Failed:       failed,
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "[Yiwu Station] 每日摘要 / Daily digest 2026-03-16: 1 waiting on staff, 0 on the consumer, 1 deadlines, 103 failed mails"; subject != want {
		t.Errorf("subject = %q, want %q", subject, want)
	}
	for _, want := range []string{
		"Waiting on staff (oldest first): 1\n  YW-2026-00001  2026-03-02  complaint  杯子是坏的 第二行\n",
		"Awaiting the consumer: 0\n",
		"YW-2026-00001  到期 / due 2026-03-17  调解 / mediation",
		"#100  ack  a@example.org  550 no such user\n  … 另有 3 封 / 3 more",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, fmt.Sprintf("#%d ", MaxDigestLines+1)) {
		t.Errorf("body lists more than %d failed mails", MaxDigestLines)
	}
}
