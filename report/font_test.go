package report

import (
	"bytes"
	"image"
	"image/png"
	"testing"

	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// Every character a chart draws is in the embedded subset: a missing one
// would be drawn as nothing.
func TestFontHasLabelRunes(t *testing.T) {
	f, err := opentype.Parse(fontTTF)
	if err != nil {
		t.Fatal(err)
	}
	labels := []string{titleWeekly, titleMonthly, axisCases, axisWeek, axisAmount, axisMonth,
		"0123456789-., CNY USD EUR abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
	for _, l := range kindLabels {
		labels = append(labels, l)
	}
	var buf sfnt.Buffer
	for _, l := range labels {
		for _, r := range l {
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				t.Errorf("the embedded font has no glyph for %q (in %q): add it to font/chars.txt and run font/subset.py", r, l)
			}
		}
	}
	// The subset stays small.
	if len(fontTTF) > 300<<10 {
		t.Errorf("the embedded font is %d bytes, want at most 300 KiB", len(fontTTF))
	}
}

// A Chinese title is drawn with its own glyphs: its title band has ink,
// and two titles of as many different characters draw different pixels
// (a font without them draws the same .notdef box for both).
func TestChineseTitleDrawn(t *testing.T) {
	band := func(title string) (image.Image, image.Rectangle) {
		t.Helper()
		p, err := newPlot(title, "", "")
		if err != nil {
			t.Fatal(err)
		}
		b, err := pngOf(p)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("the chart is not a PNG: %v", err)
		}
		bd := img.Bounds() // the title band: the top 30 pixels, the middle half
		return img, image.Rect(bd.Dx()/4, 0, bd.Dx()*3/4, 30)
	}
	empty, r := band("")
	a, _ := band("每周新开案件")
	b, _ := band("挽回经济损失")
	if none, ink := darkPixels(empty, r), darkPixels(a, r); ink < none+50 {
		t.Errorf("a Chinese title left %d dark pixels in the title band (%d without a title): it was not drawn", ink, none)
	}
	same := true
	for y := r.Min.Y; y < r.Max.Y && same; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				same = false
				break
			}
		}
	}
	if same {
		t.Error("two different Chinese titles drew the same pixels: the font lacks their glyphs")
	}
}

func darkPixels(img image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cr+cg+cb < 3*0x8000 {
				n++
			}
		}
	}
	return n
}
