//go:build browser

package main

// The complaint form in a real browser: headless Chromium (Debian's
// chromium package) driven by chromedp against `redress run`. Run it with
//
//	go test -tags browser -run TestBrowser ./cmd/redress
//
// (scripts/browser.sh installs Chromium when it is missing, and .ci/run
// calls it). With -screenshots the pictures in docs/ are written again.

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

var updateScreenshots = flag.Bool("screenshots", false, "write the form's screenshots to docs/")

// chromium is the browser's path; without one the test fails under CI
// (CI=true) and is skipped elsewhere.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("REDRESS_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium to run the browser test with: install Debian's chromium package (scripts/browser.sh does) or set REDRESS_CHROMIUM")
	}
	t.Skip("no Chromium (apt-get install chromium, or set REDRESS_CHROMIUM)")
	return ""
}

// shot saves a full-page screenshot as docs/name (with -screenshots) or
// in the test's directory.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := t.TempDir()
	if *updateScreenshots {
		dir = filepath.Join("..", "..", "docs")
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBrowser(t *testing.T) {
	path := chromium(t)
	s, base := formStation(t)
	d := startDaemon(t, s)
	waitForm(t, base, d)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.WindowSize(430, 932),
		chromedp.Flag("lang", "zh-CN"), chromedp.Flag("disable-gpu", true))
	actx, cancel := chromedp.NewExecAllocator(t.Context(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// A phone's screen.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(430, 932)); err != nil {
		t.Fatalf("starting Chromium %s: %v", path, err)
	}
	photo := filepath.Join(t.TempDir(), "receipt.png")
	if err := os.WriteFile(photo, testPNG, 0o600); err != nil {
		t.Fatal(err)
	}
	step := func(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, scancel := context.WithTimeout(ctx, 20*time.Second)
		defer scancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			t.Fatalf("%s: %v\ndaemon log:\n%s", what, err, d.logs)
		}
	}
	confirmed := func(t *testing.T, wantState string) string {
		t.Helper()
		ref, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("case-ref")))
		if err != nil {
			t.Fatal(err)
		}
		state, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.ID("case-ref"), "data-state"))
		if err != nil {
			t.Fatal(err)
		}
		ref = strings.TrimSpace(ref)
		if !caseRefRE.MatchString(`id="case-ref" data-state="` + state.Value + `">` + ref + `<`) {
			t.Fatalf("confirmation shows %q (%q)", ref, state.Value)
		}
		// What the page says is what the case file holds.
		if c := s.show(t, ref); c.State != wantState || state.Value != wantState {
			t.Errorf("case %s: state %s, page says %s; want %s", ref, c.State, state.Value, wantState)
		}
		return ref
	}

	t.Run("complete, in Chinese", func(t *testing.T) {
		step(t, "filling the form in Chinese",
			chromedp.Navigate(base+"/complaint?lang=zh"),
			chromedp.WaitVisible(chromedp.ID("f-name")),
			chromedp.SendKeys(chromedp.ID("f-name"), "赵丽"),
			chromedp.SendKeys(chromedp.ID("f-phone"), "137 0579 1234"),
			chromedp.SendKeys(chromedp.ID("f-email"), "zhaoli@qq.example"),
			chromedp.SendKeys(chromedp.ID("f-merchant_name"), "乐乐童装"),
			chromedp.SendKeys(chromedp.ID("f-merchant_url"), "https://lele.yangkeduo.com"),
			chromedp.SendKeys(chromedp.ID("f-platform"), "拼多多"),
			chromedp.SendKeys(chromedp.ID("f-order_number"), "PDD-2026-1120-77"),
			chromedp.SendKeys(chromedp.ID("f-amount"), "89.00"),
			chromedp.SendKeys(chromedp.ID("f-story"), "11月20日在拼多多“乐乐童装”买了一件童装外套，收到后发现开线、有污渍。联系商家要求退货，商家一直不回复。"),
			chromedp.SendKeys(chromedp.ID("f-wants"), "退货退款 89 元"),
			chromedp.SetUploadFiles(chromedp.ID("f-attachments"), []string{photo}),
		)
		shot(t, ctx, "complaint-form-zh.png")
		step(t, "submitting", chromedp.Click(chromedp.ID("submit")), chromedp.WaitVisible(chromedp.ID("case-ref")))
		confirmed(t, "open")
		shot(t, ctx, "complaint-confirmation-zh.png")
	})

	t.Run("incomplete, in English", func(t *testing.T) {
		step(t, "filling the form in English",
			chromedp.Navigate(base+"/complaint?lang=en"),
			chromedp.WaitVisible(chromedp.ID("f-story")),
			chromedp.SendKeys(chromedp.ID("f-email"), "tom@mail.example"),
			chromedp.SendKeys(chromedp.ID("f-phone"), "not a number"),
			chromedp.SendKeys(chromedp.ID("f-story"), "The kettle I ordered broke on the first day and the seller does not answer."),
			chromedp.Click(chromedp.ID("submit")),
			chromedp.WaitVisible(chromedp.ID("e-phone")),
		)
		msg, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("e-phone")))
		if err != nil || !strings.Contains(msg, "does not look like a phone number") {
			t.Fatalf("the phone's problem next to it: %q, %v", msg, err)
		}
		shot(t, ctx, "complaint-form-en-errors.png")
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(document.getElementById("f-phone").value = "") === ""`)); err != nil {
			t.Fatal(err)
		}
		step(t, "correcting, then asked for what is missing",
			chromedp.Click(chromedp.ID("submit")),
			chromedp.WaitVisible(chromedp.ID("submit-anyway")),
		)
		need, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("e-merchant_name")))
		if err != nil || !strings.Contains(need, "merchant's name") {
			t.Fatalf("the missing merchant is not asked for: %q, %v", need, err)
		}
		shot(t, ctx, "complaint-form-en-missing.png")
		step(t, "submitting without them", chromedp.Click(chromedp.ID("submit-anyway")), chromedp.WaitVisible(chromedp.ID("case-ref")))
		confirmed(t, "awaiting_info")
		shot(t, ctx, "complaint-confirmation-en.png")
	})

	t.Run("keyboard", func(t *testing.T) {
		// Every control is reached with Tab, in the order of the page,
		// and the honeypot never is.
		step(t, "loading", chromedp.Navigate(base+"/complaint?lang=en"), chromedp.WaitVisible(chromedp.ID("submit")))
		var seen []string
		for range 40 {
			step(t, "tab", chromedp.KeyEvent(kb.Tab))
			id, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id`))
			if err != nil {
				t.Fatal(err)
			}
			seen = append(seen, id)
			if id == "submit" {
				break
			}
		}
		order := []string{"f-kind-complaint", "f-name", "f-phone", "f-email", "f-merchant_name", "f-merchant_url", "f-story", "f-attachments", "submit"}
		at := 0
		for _, id := range seen {
			if at < len(order) && id == order[at] {
				at++
			}
			if id == "f-website" {
				t.Error("Tab reaches the honeypot")
			}
		}
		if at != len(order) {
			t.Errorf("Tab order %v does not reach %v in order", seen, order)
		}
	})
}
