package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/desk"
	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/web"
)

// newForm is the complaint form of the stations ws (form.enabled, a
// deployment-wide section), or nil when it is off: one web.Station each,
// at /complaint/<prefix or name>. Each files through a desk of its own on
// its station's store: a Desk serves one goroutine, and the form's
// requests run beside the poll loops (SQLite orders their transactions).
// kicks[i] (nil or short: nothing) is told when a submission to ws[i]
// queued mail: its delivery worker's Kick. The CSRF key comes from the
// first station's secret.
func newForm(ws []*wiring, kicks []func(), logger *slog.Logger) (*web.Server, error) {
	if len(ws) == 0 || !ws[0].cfg.Form.Enabled {
		return nil, nil
	}
	var stations []web.Station
	for i, s := range ws {
		var kick func()
		if i < len(kicks) {
			kick = kicks[i]
		}
		st, err := webStation(s, kick, logger)
		if err != nil {
			return nil, err
		}
		stations = append(stations, st)
	}
	first := ws[0]
	key, err := formKey(context.Background(), first.store)
	if err != nil {
		return nil, err
	}
	form := first.cfg.Form
	return web.New(web.Options{
		Key:                key,
		Stations:           stations,
		AllowedOrigins:     form.AllowedOrigins,
		MaxAttachments:     form.MaxAttachments,
		MaxAttachmentBytes: form.MaxAttachmentBytes,
		PerIPPerHour:       form.PerIPPerHour,
		PerAddressPerDay:   form.PerAddressPerDay,
		ClientIPHeader:     form.ClientIPHeader,
		Now:                first.store.Now,
		Logger:             logger,
	})
}

// webStation is station s as the form serves it, filing through a desk
// of its own; queued (nil: nothing) is told when a submission queued mail.
func webStation(s *wiring, queued func(), logger *slog.Logger) (web.Station, error) {
	cfg := s.cfg
	templates, err := notify.LoadTemplates(cfg.Path(cfg.Templates.Dir))
	if err != nil {
		return web.Station{}, fmt.Errorf("loading mail templates (templates.dir): %w", err)
	}
	dc, err := deskConfig(cfg)
	if err != nil {
		return web.Station{}, err
	}
	d := desk.New(dc, s.store, mailbox.Config{}, templates, logger)
	d.Queued = queued
	return web.Station{
		Name:     cfg.Station.Name,
		Slugs:    stationSlugs(cfg.Station.CasePrefix, cfg.Station.Name),
		Analysis: dc.Analysis,
		Today:    func() time.Time { return s.store.Now().In(cfg.Location()) },
		Submit: func(ctx context.Context, f web.Filing) (web.Receipt, error) {
			return submitForm(ctx, d, f)
		},
	}, nil
}

// formKey signs the form's CSRF tokens: derived from the station's token
// secret (kept in the database), so that a form served before a restart
// is still accepted after it; `redress secret rotate` retires both.
func formKey(ctx context.Context, store *casefile.Store) ([]byte, error) {
	var current []byte
	err := store.Write(ctx, func(tx *casefile.Tx) error {
		var err error
		current, _, err = tx.Secrets()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("reading the station's secret for the complaint form: %w", err)
	}
	mac := hmac.New(sha256.New, current)
	mac.Write([]byte("redress complaint form CSRF"))
	return mac.Sum(nil), nil
}

// submitForm files a web submission on d.
func submitForm(ctx context.Context, d *desk.Desk, f web.Filing) (web.Receipt, error) {
	sub := desk.Submission{Raw: f.Raw}
	for _, a := range f.Files {
		sub.Files = append(sub.Files, desk.SubmittedFile{Filename: a.Filename, ContentType: a.ContentType, Data: a.Data})
	}
	c, _, err := d.OpenSubmission(ctx, f.Form, sub)
	if err != nil {
		return web.Receipt{}, err
	}
	return web.Receipt{Ref: c.Ref, State: c.State, Missing: c.Missing}, nil
}

// stationSlugs name the station in /complaint/<slug>: its case prefix in
// lower case, and its name's latin words joined by hyphens.
func stationSlugs(prefix, name string) []string {
	slugs := []string{strings.ToLower(prefix)}
	var words []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(name), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		words = append(words, w)
	}
	if slug := strings.Join(words, "-"); slug != "" && slug != slugs[0] {
		slugs = append(slugs, slug)
	}
	return slugs
}

// withForm mounts the form's handler (nil: none) beside h, which serves
// the rest (/healthz, /metrics).
func withForm(h http.Handler, form *web.Server) http.Handler {
	if form == nil {
		return h
	}
	mux := http.NewServeMux()
	fh := form.Handler()
	mux.Handle("/complaint", fh)
	mux.Handle("/complaint/", fh)
	mux.Handle("/", h)
	return mux
}

// formURL is where the form is served on the listener at addr.
func formURL(addr string) string {
	return "http://" + addr + "/complaint"
}
