package report

import (
	"bytes"
	"cmp"
	"fmt"
	"image/color"
	"slices"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/yweca/redress/casefile"
)

// Chart labels. Every character of them must be in the embedded font
// (TestFontHasLabelRunes): add new ones to font/chars.txt and rerun
// font/subset.py.
const (
	titleWeekly  = "每周新开案件（按类型） Cases opened per week, by kind"
	titleMonthly = "每月挽回经济损失 Money recovered per month"
	axisCases    = "案件数 cases"
	axisWeek     = "周一起 week of"
	axisAmount   = "金额 amount"
	axisMonth    = "月 month"
)

// kindLabels name the kinds of case in the charts and the mail.
var kindLabels = map[string]string{
	"complaint": "投诉 complaint",
	"inquiry":   "咨询 inquiry",
}

func kindLabel(k string) string {
	if l, ok := kindLabels[k]; ok {
		return l
	}
	return k
}

// Chart size: 600×300 points, 800×400 pixels at 96 dpi.
const (
	chartW, chartH = 600, 300
	chartDPI       = 96
)

// newPlot is a plot whose text is all in the embedded font.
func newPlot(title, xLabel, yLabel string) (*plot.Plot, error) {
	h, err := textHandler()
	if err != nil {
		return nil, err
	}
	p := plot.New()
	p.TextHandler = h
	f := func(size vg.Length) font.Font { return font.Font{Typeface: typeface, Size: size} }
	for _, st := range []*text.Style{&p.Title.TextStyle, &p.X.Label.TextStyle, &p.Y.Label.TextStyle,
		&p.X.Tick.Label, &p.Y.Tick.Label, &p.Legend.TextStyle} {
		st.Handler = h
		st.Font = f(10)
	}
	p.Title.TextStyle.Font = f(13)
	p.Title.Padding = vg.Points(6)
	p.Title.Text, p.X.Label.Text, p.Y.Label.Text = title, xLabel, yLabel
	p.Legend.Top = true
	p.Y.Min = 0
	p.Y.Tick.Marker = plot.DefaultTicks{}
	p.Add(plotter.NewGrid())
	return p, nil
}

// kindsOf lists the kinds in weeks: complaint and inquiry first, then the
// others by name.
func kindsOf(weeks []casefile.WeekKinds) []string {
	var kinds []string
	for _, w := range weeks {
		for k, n := range w.ByKind {
			if n > 0 && !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
	}
	rank := map[string]int{"complaint": -2, "inquiry": -1} // the rest 0, by name
	slices.SortFunc(kinds, func(a, b string) int {
		return cmp.Or(cmp.Compare(rank[a], rank[b]), cmp.Compare(a, b))
	})
	if len(kinds) == 0 {
		kinds = []string{"complaint"}
	}
	return kinds
}

// WeeklyChart draws the cases opened per week as bars stacked by kind,
// as a PNG.
func WeeklyChart(weeks []casefile.WeekKinds) ([]byte, error) {
	p, err := newPlot(titleWeekly, axisWeek, axisCases)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(weeks))
	for i, w := range weeks {
		names[i] = w.Week.Format("01-02")
	}
	var below *plotter.BarChart
	for i, k := range kindsOf(weeks) {
		vs := make(plotter.Values, len(weeks))
		for j, w := range weeks {
			vs[j] = float64(w.ByKind[k])
		}
		b, err := plotter.NewBarChart(vs, vg.Points(max(8, 360/float64(max(1, len(weeks))))))
		if err != nil {
			return nil, fmt.Errorf("drawing the weekly chart: %w", err)
		}
		b.LineStyle.Width = 0
		b.Color = plotutil.Color(i)
		if below != nil {
			b.StackOn(below)
		}
		below = b
		p.Add(b)
		p.Legend.Add(kindLabel(k), b)
	}
	p.NominalX(names...)
	top := 0.0
	for _, w := range weeks {
		n := 0
		for _, c := range w.ByKind {
			n += c
		}
		top = max(top, float64(n))
	}
	frame(p, len(weeks), top)
	return pngOf(p)
}

// frame leaves room around n bars and above the highest, top, for the
// legend.
func frame(p *plot.Plot, n int, top float64) {
	p.X.Min, p.X.Max = -0.6, float64(n)-0.4
	p.Y.Max = max(1, top*1.2)
}

// MonthlyChart draws the money recovered per month as bars, one per
// currency side by side, as a PNG.
func MonthlyChart(months []casefile.MonthAmounts) ([]byte, error) {
	var curs []string
	for _, m := range months {
		for _, a := range m.Recovered {
			if !slices.Contains(curs, a.Currency) {
				curs = append(curs, a.Currency)
			}
		}
	}
	slices.Sort(curs)
	if len(curs) == 0 {
		curs = []string{"CNY"}
	}
	p, err := newPlot(titleMonthly, axisMonth, axisAmount)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(months))
	for i, m := range months {
		names[i] = m.Month.Format("2006-01")
	}
	width := vg.Points(max(6, 360/float64(max(1, len(months)*len(curs)))))
	for i, cur := range curs {
		vs := make(plotter.Values, len(months))
		for j, m := range months {
			for _, a := range m.Recovered {
				if a.Currency == cur {
					vs[j], _ = strconv.ParseFloat(a.Amount, 64)
				}
			}
		}
		b, err := plotter.NewBarChart(vs, width)
		if err != nil {
			return nil, fmt.Errorf("drawing the monthly chart: %w", err)
		}
		b.LineStyle.Width = 0
		b.Color = plotutil.Color(i + 2)
		b.Offset = vg.Length(float64(i)-float64(len(curs)-1)/2) * width
		p.Add(b)
		p.Legend.Add(cur, b)
	}
	p.NominalX(names...)
	top := 0.0
	for _, m := range months {
		for _, a := range m.Recovered {
			v, _ := strconv.ParseFloat(a.Amount, 64)
			top = max(top, v)
		}
	}
	frame(p, len(months), top)
	if len(months) > 8 {
		p.X.Tick.Label.Rotation = 0.6
		p.X.Tick.Label.XAlign = draw.XRight
	}
	return pngOf(p)
}

func pngOf(p *plot.Plot) ([]byte, error) {
	p.BackgroundColor = color.White
	c := vgimg.NewWith(vgimg.UseWH(vg.Points(chartW), vg.Points(chartH)), vgimg.UseDPI(chartDPI))
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("encoding a chart as PNG: %w", err)
	}
	return buf.Bytes(), nil
}
