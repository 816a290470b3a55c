package notify

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func loadDefault(t *testing.T) *Templates {
	t.Helper()
	tm, err := LoadTemplates("")
	if err != nil {
		t.Fatalf("LoadTemplates: %v", err)
	}
	return tm
}

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from golden file (run go test -update to accept):\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

var allMissing = []string{MissingComplainantName, MissingComplainantPhone, MissingRespondentName, MissingRespondentContact}

// fieldLines are the fill-in lines of the reply template, by item.
var fieldLines = map[string]string{
	MissingComplainantName:   "姓名 / Name:",
	MissingComplainantPhone:  "电话 / Phone:",
	MissingRespondentName:    "商家 / Merchant:",
	MissingRespondentContact: "店铺链接或商家电话 / Shop link or merchant phone:",
}

func TestAckGolden(t *testing.T) {
	tm := loadDefault(t)
	base := AckData{
		StationName:    "义乌市消费者权益保护服务站",
		StationAddress: "浙江省义乌市稠城街道工人西路 1 号",
		Ref:            "YW-2026-00042",
		Subject:        "网购的保温杯漏水，商家不退款",
		Kind:           "complaint",
	}
	tests := []struct {
		name     string
		language string
		person   string
		kind     string
		missing  []string
	}{
		{name: "zh_missing", language: "zh", missing: []string{MissingComplainantPhone, MissingRespondentContact}},
		{name: "zh_complete", language: "zh", person: "王芳"},
		{name: "zh_inquiry_all_missing", language: "zh-CN", kind: "inquiry", missing: allMissing},
		{name: "en_missing", language: "en", person: "John Smith", missing: []string{MissingComplainantName, MissingRespondentName}},
		{name: "en_complete", language: "en"},
		{name: "bilingual_missing", language: "", missing: allMissing},
		{name: "bilingual_complete", language: "", person: "李伟"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := base
			d.Language, d.Name, d.Missing = tt.language, tt.person, tt.missing
			if tt.kind != "" {
				d.Kind = tt.kind
			}
			subject, body, err := tm.Ack(d)
			if err != nil {
				t.Fatalf("Ack: %v", err)
			}
			if want := "[YW-2026-00042] 网购的保温杯漏水，商家不退款"; subject != want {
				t.Errorf("subject = %q, want %q", subject, want)
			}
			golden(t, "ack_"+tt.name+".golden", body)

			if !strings.Contains(body, "YW-2026-00042") {
				t.Error("body does not give the case reference")
			}
			// Exactly the missing items get a fill-in line, once each.
			for item, line := range fieldLines {
				want := 0
				for _, m := range tt.missing {
					if m == item {
						want = 1
					}
				}
				if got := strings.Count(body, line); got != want {
					t.Errorf("fill-in line %q appears %d times, want %d", line, got, want)
				}
			}
			hasZh := strings.Contains(body, "感谢您")
			hasEn := strings.Contains(body, "Thank you")
			switch tt.language {
			case "zh", "zh-CN":
				if !hasZh || hasEn {
					t.Errorf("language %q: Chinese %v, English %v", tt.language, hasZh, hasEn)
				}
			case "en":
				if hasZh || !hasEn {
					t.Errorf("language %q: Chinese %v, English %v", tt.language, hasZh, hasEn)
				}
			case "":
				if !hasZh || !hasEn || strings.Index(body, "感谢您") > strings.Index(body, "Thank you") {
					t.Errorf("bilingual: want Chinese first, then English")
				}
			}
		})
	}
}

func TestStaffNoticeGolden(t *testing.T) {
	tm := loadDefault(t)
	subject, body, err := tm.StaffNotice(StaffNoticeData{
		StationName: "义乌市消费者权益保护服务站",
		Ref:         "YW-2026-00042",
		Kind:        "complaint",
		State:       "awaiting_details",
		From:        "王芳 <wangfang@example.com>",
		Subject:     "网购的保温杯漏水，商家不退款",
		Text:        "我在某店铺买的保温杯漏水，商家拒绝退款。\n订单号 123456",
		Missing:     []string{MissingComplainantPhone},
		Complainant: "王芳, wangfang@example.com",
		Respondent:  "某某日用品店",
		Order:       "123456, 2026-02-20, 89元",
	})
	if err != nil {
		t.Fatalf("StaffNotice: %v", err)
	}
	if want := "[YW-2026-00042] complaint (awaiting_details): 网购的保温杯漏水，商家不退款"; subject != want {
		t.Errorf("subject = %q, want %q", subject, want)
	}
	golden(t, "staff_notice.golden", body)
}

func TestClipQuoted(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		limit int
		rawID int64
		// want is the kept text before the marker; "" with noClip means
		// the text is returned unchanged.
		want   string
		noClip bool
	}{
		{name: "short text unchanged", text: "abc", limit: 8, noClip: true},
		{name: "text at the limit unchanged", text: "abcdefgh", limit: 8, noClip: true},
		{name: "ascii clipped at the limit", text: "abcdefghij", limit: 8, want: "abcdefgh"},
		// 汉 is three bytes: a limit of 7 falls inside the third one.
		{name: "never inside a character", text: "汉汉汉汉", limit: 7, want: "汉汉"},
		{name: "limit on a character boundary", text: "汉汉汉汉", limit: 6, want: "汉汉"},
		{name: "trailing line break dropped before the marker", text: "abc\n\ndefgh", limit: 5, want: "abc"},
		{name: "raw id named when known", text: "abcdefghij", limit: 8, rawID: 17, want: "abcdefgh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ClipText(tt.text, tt.limit, "YW-2026-00042", tt.rawID)
			if tt.noClip {
				if got != tt.text {
					t.Errorf("clipQuoted = %q, want the text unchanged", got)
				}
				return
			}
			kept, marker, ok := strings.Cut(got, "\n[… ")
			if !ok {
				t.Fatalf("clipQuoted = %q, want a marker", got)
			}
			if kept != tt.want {
				t.Errorf("kept %q, want %q", kept, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("clipQuoted cut a character: %q", got)
			}
			for _, want := range []string{"redress cases show YW-2026-00042", "正文", "text longer than"} {
				if !strings.Contains(marker, want) {
					t.Errorf("marker %q lacks %q", marker, want)
				}
			}
			raw := "redress cases raw ID"
			if tt.rawID != 0 {
				raw = "redress cases raw 17"
			}
			if strings.Count(marker, raw) != 2 {
				t.Errorf("marker %q does not name %q in both languages", marker, raw)
			}
		})
	}
}

func TestStaffNoticeClipsLongText(t *testing.T) {
	tm := loadDefault(t)
	// Lines of Chinese, so the limit falls inside a character.
	line := "我在某店铺买的保温杯漏水，商家拒绝退款。\n"
	text := strings.Repeat(line, MaxQuotedText/len(line)+50)
	d := StaffNoticeData{
		StationName: "义乌市消费者权益保护服务站", Ref: "YW-2026-00042", Kind: "complaint", State: "new",
		From: "王芳 <wangfang@example.com>", Subject: "长信", Text: text, RawID: 17,
	}
	_, body, err := tm.StaffNotice(d)
	if err != nil {
		t.Fatalf("StaffNotice: %v", err)
	}
	start := strings.Index(body, "----- 来信正文 / Message -----\n")
	end := strings.Index(body, "\n[… 正文超过 64 KiB")
	if start < 0 || end < 0 {
		t.Fatalf("notice lacks the quoted text or the clip marker:\n%s", body[max(0, len(body)-600):])
	}
	quoted := body[start+len("----- 来信正文 / Message -----\n") : end]
	if len(quoted) > MaxQuotedText || len(quoted) < MaxQuotedText-len(line) {
		t.Errorf("quoted %d bytes, want at most %d and not much less", len(quoted), MaxQuotedText)
	}
	if !strings.HasPrefix(text, quoted) || !utf8.ValidString(quoted) {
		t.Error("quoted text is not a clean prefix of the consumer's text")
	}
	// The end of the notice, from the marker on, is fixed.
	golden(t, "staff_notice_clipped_tail.golden", body[end+1:])

	// A text within the limit is quoted whole, without a marker.
	d.Text = text[:len(line)*10]
	_, body, err = tm.StaffNotice(d)
	if err != nil {
		t.Fatalf("StaffNotice: %v", err)
	}
	if !strings.Contains(body, d.Text) || strings.Contains(body, "64 KiB") {
		t.Errorf("short text not quoted whole, or marked clipped:\n%s", body)
	}
}

func TestLoadTemplatesOverride(t *testing.T) {
	dir := t.TempDir()
	override := "Hi {{.Name}}, case {{.Ref}}.\n"
	if err := os.WriteFile(filepath.Join(dir, TemplateAckEn), []byte(override), 0o644); err != nil {
		t.Fatal(err)
	}
	// Files that are not templates are ignored.
	if err := os.WriteFile(filepath.Join(dir, "README"), []byte("notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	tm, err := LoadTemplates(dir)
	if err != nil {
		t.Fatalf("LoadTemplates: %v", err)
	}
	_, body, err := tm.Ack(AckData{Ref: "YW-1", Name: "Ann", Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if body != "Hi Ann, case YW-1.\n" {
		t.Errorf("overridden ack.en.tmpl rendered %q", body)
	}
	_, zh, err := tm.Ack(AckData{Ref: "YW-1", Name: "Ann", Language: "zh", StationName: "站"})
	if err != nil {
		t.Fatal(err)
	}
	_, zhDefault, _ := loadDefault(t).Ack(AckData{Ref: "YW-1", Name: "Ann", Language: "zh", StationName: "站"})
	if zh != zhDefault {
		t.Errorf("ack.zh.tmpl changed by an ack.en.tmpl override:\n%s", zh)
	}
}

func TestLoadTemplatesOverrideSharedItems(t *testing.T) {
	dir := t.TempDir()
	// Only two definitions: the others stay as embedded.
	items := `{{define "item.en"}}ITEM {{.}}{{end}}{{define "field"}}{{.}} ={{end}}`
	if err := os.WriteFile(filepath.Join(dir, TemplateItems), []byte(items), 0o644); err != nil {
		t.Fatal(err)
	}
	tm, err := LoadTemplates(dir)
	if err != nil {
		t.Fatalf("LoadTemplates: %v", err)
	}
	_, body, err := tm.Ack(AckData{Ref: "YW-1", Language: "en", Missing: []string{MissingComplainantPhone}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(body, "ITEM complainant_phone") || !strings.Contains(body, "complainant_phone =") {
		t.Errorf("items.tmpl override not used:\n%s", body)
	}
	_, zh, err := tm.Ack(AckData{Ref: "YW-1", Language: "zh", Missing: []string{MissingComplainantPhone}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(zh, "您的联系电话") {
		t.Errorf("embedded item.zh lost by a partial items.tmpl override:\n%s", zh)
	}
}

func TestLoadTemplatesErrors(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		text     string
		contains []string
	}{
		{name: "syntax error", file: TemplateAckZh, text: "{{if .Name}}unclosed", contains: []string{TemplateAckZh, "parsing template"}},
		{name: "unknown field", file: TemplateStaffNotice, text: "{{.NoSuchField}}", contains: []string{TemplateStaffNotice, "NoSuchField"}},
		{name: "unknown file name", file: "ack.fr.tmpl", text: "bonjour", contains: []string{"ack.fr.tmpl", "unknown template"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadTemplates(dir)
			if err == nil {
				t.Fatal("LoadTemplates succeeded, want an error")
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file %s", err, path)
			}
			for _, c := range tt.contains {
				if !strings.Contains(err.Error(), c) {
					t.Errorf("error %q does not contain %q", err, c)
				}
			}
		})
	}
	t.Run("missing directory", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "nope")
		if _, err := LoadTemplates(dir); err == nil || !strings.Contains(err.Error(), dir) {
			t.Fatalf("err = %v, want it to name %s", err, dir)
		}
	})
}

func TestCaseSubject(t *testing.T) {
	tests := []struct {
		name, ref, subject, want string
	}{
		{name: "plain", ref: "YW-2026-00042", subject: "保温杯漏水", want: "[YW-2026-00042] 保温杯漏水"},
		{name: "already tagged", ref: "YW-2026-00042", subject: "[YW-2026-00042] 保温杯漏水", want: "[YW-2026-00042] 保温杯漏水"},
		{name: "tag after Re", ref: "YW-2026-00042", subject: "Re: [YW-2026-00042] 保温杯漏水", want: "Re: [YW-2026-00042] 保温杯漏水"},
		{name: "tag in other case", ref: "YW-2026-00042", subject: "re: [yw-2026-00042] cup", want: "re: [yw-2026-00042] cup"},
		{name: "other case's tag is kept", ref: "YW-2026-00042", subject: "[YW-2026-00001] cup", want: "[YW-2026-00042] [YW-2026-00001] cup"},
		{name: "bare ref is not a tag", ref: "YW-2026-00042", subject: "about YW-2026-00042", want: "[YW-2026-00042] about YW-2026-00042"},
		{name: "Re is not stripped", ref: "YW-2026-00042", subject: "Re: 投诉", want: "[YW-2026-00042] Re: 投诉"},
		{name: "empty subject", ref: "YW-2026-00042", subject: "", want: "[YW-2026-00042]"},
		{name: "line breaks folded", ref: "YW-1", subject: "a\r\n b", want: "[YW-1] a b"},
		{name: "controls and separators are spaces", ref: "YW-1", subject: "a\x00b\tc\u2028d\u0085e", want: "[YW-1] a b c d e"},
		{name: "no ref", ref: "", subject: "x", want: "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CaseSubject(tt.ref, tt.subject); got != tt.want {
				t.Errorf("CaseSubject(%q, %q) = %q, want %q", tt.ref, tt.subject, got, tt.want)
			}
		})
	}
}

func FuzzCaseSubject(f *testing.F) {
	f.Add("YW-2026-00042", "Re: [YW-2026-00042] 保温杯")
	f.Add("YW-2026-00042", "=?UTF-8?B?5oqV6K+J?=\r\n x")
	f.Fuzz(func(t *testing.T, ref, subject string) {
		got := CaseSubject(ref, subject)
		if strings.ContainsFunc(got, func(r rune) bool { return r != ' ' && isHeaderSpace(r) }) {
			t.Fatalf("CaseSubject returned a line break or control: %q", got)
		}
		if ref = oneLine(ref); ref != "" && !strings.Contains(strings.ToUpper(got), strings.ToUpper("["+ref+"]")) {
			t.Fatalf("CaseSubject(%q, %q) = %q lacks the tag", ref, subject, got)
		}
		if again := CaseSubject(ref, got); again != got {
			t.Fatalf("CaseSubject is not idempotent: %q then %q", got, again)
		}
	})
}

func ExampleCaseSubject() {
	fmt.Println(CaseSubject("YW-2026-00042", "保温杯漏水"))
	fmt.Println(CaseSubject("YW-2026-00042", "Re: [YW-2026-00042] 保温杯漏水"))
	// Output:
	// [YW-2026-00042] 保温杯漏水
	// Re: [YW-2026-00042] 保温杯漏水
}

func ExampleTemplates_Ack() {
	tm, err := LoadTemplates("")
	if err != nil {
		panic(err)
	}
	subject, body, err := tm.Ack(AckData{
		StationName: "Yiwu Consumer Rights Service Station",
		Ref:         "YW-2026-00042",
		Subject:     "Leaking cup",
		Language:    "en",
		Missing:     []string{MissingComplainantPhone},
		Kind:        "complaint",
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(subject)
	fmt.Print(body)
	// Output:
	// [YW-2026-00042] Leaking cup
	// Hello,
	//
	// Thank you for contacting Yiwu Consumer Rights Service Station. We have received your complaint and registered it.
	//
	// Case reference: YW-2026-00042
	// Your subject: Leaking cup
	//
	// To help us handle your case quickly, please send us the following:
	//
	//   - your phone number
	//
	// Please reply to this e-mail and keep the case reference [YW-2026-00042] in the subject. You can copy the lines below and fill in each one after the colon:
	//
	// 电话 / Phone:
	//
	// We will continue with your case as soon as we have these details.
	//
	// Kind regards,
	// Yiwu Consumer Rights Service Station
	//
	// (This message was sent automatically. You can reply to it directly.)
}
