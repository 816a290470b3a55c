package report

import (
	_ "embed"
	"fmt"
	"sync"

	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
)

// fontTTF is Noto Sans CJK SC Regular cut down to printable ASCII and the
// characters of font/chars.txt (font/subset.py made it; SIL OFL 1.1, see
// font/OFL.txt): about 20 KB instead of 16 MB. A chart label with a
// character outside it draws nothing for that character, which
// TestFontHasLabelRunes prevents.
//
//go:embed font/NotoSansSC-subset.ttf
var fontTTF []byte

// typeface names the embedded font in the charts' font cache.
const typeface = "Noto Sans SC"

// fonts is the charts' own font cache, holding only the embedded font,
// so that gonum's package-level default cache is left alone. It is made
// once and read only.
var fonts = sync.OnceValues(func() (*font.Cache, error) {
	f, err := opentype.Parse(fontTTF)
	if err != nil {
		return nil, fmt.Errorf("reading the embedded chart font: %w", err)
	}
	return font.NewCache(font.Collection{{Font: font.Font{Typeface: typeface}, Face: f}}), nil
})

// textHandler draws the charts' text in the embedded font.
func textHandler() (text.Handler, error) {
	c, err := fonts()
	if err != nil {
		return nil, err
	}
	return text.Plain{Fonts: c}, nil
}
