package main

import "testing"

// A staff member answering a notice of a case that has since been merged
// is still a verified staff reply: it acts on the case the old one was
// folded into, instead of being refused as unverified.
func TestReplyToMergedCaseNoticeIsVerified(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	again := complaintZH
	again.id, again.subject = "c1-again@mail.example", "杯子的事还没解决"
	s.deliver(t, mkMail(again))
	s.once(t)
	cs := s.cases(t)
	first := cs[0].Ref
	notice := s.sentTo("cases@yweca.org.example")[1]
	s.deliver(t, staffReply(t, notice, "staff1@yweca.org.example", "s-merge@yweca.org.example", "#merge "+first))
	s.once(t)
	before := len(s.sentTo("wangfang@mail.example"))
	s.deliver(t, staffReply(t, notice, "staff1@yweca.org.example", "s-after@yweca.org.example", "商家同意退款。"))
	s.once(t)
	after := len(s.sentTo("wangfang@mail.example"))
	told := s.sentTo("staff1@yweca.org.example")
	if after != before+1 {
		t.Errorf("consumer got %d new mails after a verified reply to the merged case's notice, want 1; staff1 got %d replies", after-before, len(told))
	}
}
