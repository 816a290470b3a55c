package analysis

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yweca/redress/parser"
)

var (
	e164Re    = regexp.MustCompile(`^\+[1-9][0-9]{6,14}$`)
	decimalRe = regexp.MustCompile(`^[0-9]+\.[0-9]{2}$`)
	caseRefRe = regexp.MustCompile(`^YW-[0-9]{4}-[0-9]{5}$`)
)

// addSampleTexts seeds a fuzz target with the decoded new texts of the
// labelled samples, when they are present, and a few texts of its own.
func addSampleTexts(f *testing.F, add func(string)) {
	for _, s := range []string{
		"订单号：3358102947761253908\n实付：¥960.00\n店铺链接：https://ruixianggift.taobao.com\n客服电话：0579-85318862\n联系人：钱晓燕\n手机：136-5871-0429",
		"My name is Ahmed Hassan.\nOrder No.: 1876203945518736042\nAmount: USD 1,044.00\nSeller phone (WhatsApp): +86 150 5792 3318\n\nBest regards,\nAhmed Hassan\nTel: +20 100 555 0147",
		"---------- Forwarded message ---------\nFrom: Shop Co., Ltd. <s@x.example>\nTo: me <me@x.example>\n\nOrder #AS-77120, amount USD 1,560.00.\nTel: +86 579 8538 2046\nAdd: No. 17 Huangyuan Road, Yiwu, Zhejiang",
		"本人在淘寶「美好生活百貨」購買，實付人民幣叁佰元整，電話（0579）85123456，YW-2026-00042",
		"",
	} {
		add(s)
	}
	files, _ := filepath.Glob(filepath.Join(complaintsDir, "*.eml"))
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			continue
		}
		if m, err := parse(raw, testOpts); err == nil {
			add(m.Text)
		}
	}
}

// FuzzExtract runs the whole analysis over arbitrary new text and checks
// the shape of everything it returns.
func FuzzExtract(f *testing.F) {
	addSampleTexts(f, func(s string) { f.Add(s, "投诉", "王芳") })
	f.Fuzz(func(t *testing.T, text, subject, fromName string) {
		m := analysed(parser.Message{Subject: subject, From: parser.Address{Name: fromName, Address: "a@b.example"}, Text: text, Quoted: text}, testOpts)
		switch m.Kind {
		case KindBounce, KindAutoReply, KindSpam, KindReply, KindComplaint, KindInquiry:
		default:
			t.Fatalf("kind %q", m.Kind)
		}
		if m.Language != "zh" && m.Language != "en" {
			t.Fatalf("language %q", m.Language)
		}
		if m.CaseRef != "" && !caseRefRe.MatchString(m.CaseRef) {
			t.Fatalf("case ref %q", m.CaseRef)
		}
		for _, p := range append(append([]string{}, m.Complainant.Phones...), m.Respondent.Phones...) {
			if !e164Re.MatchString(p) {
				t.Fatalf("phone %q is not E.164", p)
			}
		}
		for _, p := range m.Complainant.Phones {
			if contains(m.Respondent.Phones, p) {
				t.Fatalf("phone %q is both parties'", p)
			}
		}
		if (m.Order.Amount == "") != (m.Order.Currency == "") {
			t.Fatalf("amount %q currency %q", m.Order.Amount, m.Order.Currency)
		}
		if m.Order.Amount != "" && !decimalRe.MatchString(m.Order.Amount) {
			t.Fatalf("amount %q", m.Order.Amount)
		}
		for _, u := range m.Respondent.URLs {
			if !strings.Contains(text, u) {
				t.Fatalf("URL %q is not in the text", u)
			}
		}
		for _, s := range []string{m.Respondent.Address, m.Complainant.Address, m.Order.Number} {
			if s != "" && !strings.Contains(foldDigits(text), s) && !strings.Contains(text, s) {
				t.Fatalf("%q is not in the text", s)
			}
		}
		if n := m.Complainant.Name; n != "" && !strings.Contains(text, n) && !strings.Contains(fromName, n) {
			t.Fatalf("name %q is neither in the text nor the From name", n)
		}
		if m.Kind != KindComplaint && len(m.Missing) != 0 {
			t.Fatalf("missing %q for kind %q", m.Missing, m.Kind)
		}
	})
}
