package web

import (
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The page's accessibility, checked on the pages a consumer sees (WCAG
// 2.1 AA, the parts a machine can judge): the language is declared;
// every control has a label tied to it; what describes a control exists;
// ids are unique; one h1; nothing takes the keyboard out of document
// order (no positive tabindex) or needs a script; and the stylesheet's
// text colours have a contrast of at least 4.5:1 on their backgrounds.
func TestAccessibility(t *testing.T) {
	ts := newTestServer(t, nil)
	bad := ts.complete(t, "en")
	bad.Set("phone", "x")
	bad.Set("merchant_url", "nope")
	incomplete := url.Values{"csrf": {ts.token(t)}, "lang": {"zh"}, "story": {"东西坏了"}, "email": {"a@mail.example"}}
	pages := map[string]string{
		"form zh":        ts.get(t, "/complaint").body,
		"form en":        ts.get(t, "/complaint?lang=en").body,
		"with errors":    ts.post(t, "/complaint", bad, nil).body,
		"asking for":     ts.post(t, "/complaint", incomplete, nil).body,
		"confirmation":   ts.post(t, "/complaint", ts.complete(t, "zh"), nil).body,
		"not found":      ts.get(t, "/complaint/nowhere").body,
		"after a reject": ts.post(t, "/complaint", url.Values{"story": {"x"}}, nil).body,
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			ids := map[string]int{}
			labels := map[string]bool{}
			var controls []*html.Node
			var described []string
			h1 := 0
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.ElementNode {
					if id := attr(n, "id"); id != "" {
						ids[id]++
					}
					switch n.Data {
					case "html":
						if l := attr(n, "lang"); l != "zh-CN" && l != "en" {
							t.Errorf("html lang %q", l)
						}
					case "label":
						labels[attr(n, "for")] = true
					case "input", "select", "textarea":
						if attr(n, "type") != "hidden" && attr(n, "type") != "submit" {
							controls = append(controls, n)
						}
					case "h1":
						h1++
					case "script":
						t.Error("a script")
					case "img":
						if _, ok := attrOK(n, "alt"); !ok {
							t.Error("an image without alt")
						}
					}
					if ti := attr(n, "tabindex"); ti != "" {
						if v, _ := strconv.Atoi(ti); v > 0 {
							t.Errorf("<%s tabindex=%s> breaks the keyboard order", n.Data, ti)
						}
					}
					if d := attr(n, "aria-describedby"); d != "" {
						described = append(described, strings.Fields(d)...)
					}
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			for _, c := range controls {
				if id := attr(c, "id"); id == "" || !labels[id] {
					t.Errorf("<%s name=%q> has no label", c.Data, attr(c, "name"))
				}
			}
			for _, d := range described {
				if ids[d] == 0 {
					t.Errorf("aria-describedby names %q, which is not on the page", d)
				}
			}
			for id, n := range ids {
				if n > 1 {
					t.Errorf("id %q is used %d times", id, n)
				}
			}
			if h1 != 1 {
				t.Errorf("%d h1 headings, want 1", h1)
			}
			if strings.HasPrefix(name, "form") && len(controls) < 18 {
				t.Errorf("only %d controls: the walk missed the form", len(controls))
			}
		})
	}
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// TestContrast checks the stylesheet's text colours on the backgrounds
// they are used on (WCAG 2.1 §1.4.3: 4.5:1 for text).
func TestContrast(t *testing.T) {
	css, err := files.ReadFile("templates/form.css")
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-f]{6})`).FindAllStringSubmatch(string(css), -1) {
		vars[m[1]] = m[2]
	}
	for _, tt := range []struct {
		name, fg, bg string
		min          float64
	}{
		{name: "text", fg: "text", bg: "bg", min: 4.5},
		{name: "hints", fg: "muted", bg: "bg", min: 4.5},
		{name: "links", fg: "accent", bg: "bg", min: 4.5},
		{name: "button label", fg: "bg", bg: "accent", min: 4.5},
		{name: "errors", fg: "error", bg: "error-bg", min: 4.5},
		{name: "requests", fg: "need", bg: "need-bg", min: 4.5},
		{name: "field borders (non-text)", fg: "border", bg: "bg", min: 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fg, bg := vars[tt.fg], vars[tt.bg]
			if fg == "" || bg == "" {
				t.Fatalf("--%s or --%s is not in the stylesheet", tt.fg, tt.bg)
			}
			if r := contrast(fg, bg); r < tt.min {
				t.Errorf("--%s %s on --%s %s: %.2f:1, want at least %.1f:1", tt.fg, fg, tt.bg, bg, r, tt.min)
			}
		})
	}
}

// contrast is the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	ch := func(i int) float64 {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(0) + 0.7152*ch(1) + 0.0722*ch(2)
}
