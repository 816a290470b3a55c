package report

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"html/template"
	"slices"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/yweca/redress/casefile"
)

// Input is what a report shows.
type Input struct {
	Station      string    // the station's name
	Since, Until time.Time // the period [Since, Until), station time
	Figures      *casefile.Figures
	// Weeks are the cases opened per week of the period; Months the
	// money recovered per month in the twelve months to Until.
	Weeks  []casefile.WeekKinds
	Months []casefile.MonthAmounts
}

// Gather reads the report of [since, until) from the store; due counts
// the deadlines met and missed (nil: they are left zero).
func Gather(ctx context.Context, store *casefile.Store, station string, since, until time.Time, due casefile.DueFunc) (*Input, error) {
	in := &Input{Station: station, Since: since, Until: until}
	var err error
	if in.Figures, err = store.StationFigures(ctx, since, until); err != nil {
		return nil, err
	}
	if due != nil {
		if in.Figures.Deadlines, err = store.DeadlineFigures(ctx, since, until, due); err != nil {
			return nil, err
		}
	}
	if in.Weeks, err = store.OpenedPerWeek(ctx, since, until); err != nil {
		return nil, err
	}
	// The twelve months ending with the one the period ends in.
	last := until.Add(-time.Nanosecond).In(store.Location())
	first := time.Date(last.Year(), last.Month()-11, 1, 0, 0, 0, 0, last.Location())
	if in.Months, err = store.RecoveredPerMonth(ctx, first, until); err != nil {
		return nil, err
	}
	return in, nil
}

// Report is a rendered report: a mail's subject, text and HTML, and the
// images the HTML shows by cid:.
type Report struct {
	Subject string
	Text    string
	HTML    string
	Images  []Image
}

// Image is a PNG chart of a report.
type Image struct {
	ContentID string // without angle brackets; the HTML says cid:ContentID
	Filename  string
	PNG       []byte
}

// Render draws the charts and writes the mail of in; domain ends the
// charts' Content-IDs (the station's domain).
func Render(in *Input, domain string) (*Report, error) {
	weekly, err := WeeklyChart(in.Weeks)
	if err != nil {
		return nil, err
	}
	monthly, err := MonthlyChart(in.Months)
	if err != nil {
		return nil, err
	}
	tag := in.Since.Format("20060102") + "-" + in.Until.Format("20060102")
	r := &Report{
		Subject: fmt.Sprintf("[%s] 月度报告 Report %s", in.Station, periodText(in)),
		Images: []Image{
			{ContentID: "cases-per-week." + tag + "@" + domain, Filename: "report-cases-per-week.png", PNG: weekly},
			{ContentID: "recovered-per-month." + tag + "@" + domain, Filename: "report-recovered-per-month.png", PNG: monthly},
		},
	}
	v := view(in)
	v.WeeklyCID, v.MonthlyCID = template.URL("cid:"+r.Images[0].ContentID), template.URL("cid:"+r.Images[1].ContentID)
	var b bytes.Buffer
	if err := htmlTmpl.Execute(&b, v); err != nil {
		return nil, fmt.Errorf("writing the report's HTML: %w", err)
	}
	r.HTML = b.String()
	b.Reset()
	if err := textTmpl.Execute(&b, v); err != nil {
		return nil, fmt.Errorf("writing the report's text: %w", err)
	}
	r.Text = b.String()
	return r, nil
}

// Standalone is the report's HTML as one file a browser opens on its
// own: the images are data: URIs instead of cid: references.
func (r *Report) Standalone() []byte {
	h := r.HTML
	for _, img := range r.Images {
		h = strings.ReplaceAll(h, `"cid:`+img.ContentID+`"`, `"data:image/png;base64,`+base64.StdEncoding.EncodeToString(img.PNG)+`"`)
	}
	return []byte(h)
}

// periodText is "2026-11" for a calendar month, else "2026-11-03 – 2026-11-20".
func periodText(in *Input) string {
	s, u := in.Since, in.Until
	if s.Day() == 1 && u.Equal(s.AddDate(0, 1, 0)) {
		return s.Format("2006-01")
	}
	return s.Format(time.DateOnly) + " – " + u.AddDate(0, 0, -1).Format(time.DateOnly)
}

// row is a line of the figures table.
type row struct{ Label, Value string }

type viewData struct {
	Station, Period       string
	Rows                  []row
	Respondents           []casefile.NameCount
	WeeklyCID, MonthlyCID template.URL
}

func view(in *Input) viewData {
	f := in.Figures
	med := func(m casefile.MedianTime) string {
		if m.N == 0 {
			return "–"
		}
		return fmt.Sprintf("%s (%d)", m.Median.Round(time.Minute), m.N)
	}
	var rec []string
	for _, a := range f.Recovered {
		rec = append(rec, a.Amount+" "+a.Currency)
	}
	if len(rec) == 0 {
		rec = []string{"–"}
	}
	d := f.Deadlines
	return viewData{Station: in.Station, Period: periodText(in), Respondents: f.TopRespondents, Rows: []row{
		{"新开案件 Cases opened", fmt.Sprintf("%d (%s)", f.Opened, kinds(f.ByKind))},
		{"结案 Cases closed", fmt.Sprintf("%d (%s)", f.Closed, counts(f.ClosedByReason))},
		{"投诉资料齐全 Complaints complete on arrival", fmt.Sprint(f.CompleteOnArrival)},
		{"补充后齐全 Completed after a request", fmt.Sprint(f.CompletedAfterRequest)},
		{"仍缺资料 Still missing details", fmt.Sprint(f.StillIncomplete)},
		{"受理期限 按时/超期 Acceptance deadlines met / missed", fmt.Sprintf("%d / %d", d.AcceptanceMet, d.AcceptanceMissed)},
		{"调解期限 按时/超期 Mediation deadlines met / missed", fmt.Sprintf("%d / %d", d.MediationMet, d.MediationMissed)},
		{"确认回执 中位时间 Median time to acknowledgement", med(f.ToAck)},
		{"首次答复 中位时间 Median time to first staff reply", med(f.ToFirstStaffReply)},
		{"结案 中位时间 Median time to closure", med(f.ToClosure)},
		{"挽回经济损失 Money recovered", strings.Join(rec, ", ")},
	}}
}

func kinds(m map[string]int) string {
	named := map[string]int{}
	for k, n := range m {
		named[kindLabel(k)] = n
	}
	return counts(named)
}

// counts writes a map as "a 2, b 1", by key.
func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, ", ")
}

var htmlTmpl = template.Must(template.New("report.html").Parse(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{.Station}} 月度报告 {{.Period}}</title></head>
<body style="font-family: 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; color: #222; max-width: 840px;">
<h1 style="font-size: 20px;">{{.Station}}<br>月度报告 Report {{.Period}}</h1>
<table cellpadding="4" style="border-collapse: collapse;">
{{range .Rows}}<tr><td style="border-bottom: 1px solid #ddd;">{{.Label}}</td><td style="border-bottom: 1px solid #ddd; text-align: right;">{{.Value}}</td></tr>
{{end}}</table>
<h2 style="font-size: 16px;">每周新开案件 Cases opened per week</h2>
<img src="{{.WeeklyCID}}" width="800" height="400" alt="每周新开案件（按类型） Cases opened per week, by kind">
<h2 style="font-size: 16px;">每月挽回经济损失 Money recovered per month</h2>
<img src="{{.MonthlyCID}}" width="800" height="400" alt="每月挽回经济损失 Money recovered per month">
{{if .Respondents}}<h2 style="font-size: 16px;">被投诉最多的商家 Merchants named by most complaints</h2>
<ol>{{range .Respondents}}<li>{{.Name}} ({{.Count}})</li>{{end}}</ol>{{end}}
<p style="color: #777; font-size: 12px;">redress</p>
</body></html>
`))

var textTmpl = texttemplate.Must(texttemplate.New("report.txt").Parse(`{{.Station}}
月度报告 Report {{.Period}}

{{range .Rows}}{{.Label}}: {{.Value}}
{{end}}{{if .Respondents}}
被投诉最多的商家 Merchants named by most complaints:
{{range .Respondents}}  {{.Count}}  {{.Name}}
{{end}}{{end}}
图表见 HTML 版本。The charts are in the HTML version.
`))
