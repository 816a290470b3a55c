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

// newForm is the complaint form of the station s (form.enabled), or nil
// when it is off. It files through a desk of its own on the same store:
// a Desk serves one goroutine, and the form's requests run beside the
// poll loop (SQLite orders their transactions). queued is told when a
// submission queued mail (the delivery worker's Kick; nil: nothing).
func newForm(s *wiring, queued func(), logger *slog.Logger) (*web.Server, error) {
	cfg := s.cfg
	if !cfg.Form.Enabled {
		return nil, nil
	}
	templates, err := notify.LoadTemplates(cfg.Path(cfg.Templates.Dir))
	if err != nil {
		return nil, fmt.Errorf("loading mail templates (templates.dir): %w", err)
	}
	dc, err := deskConfig(cfg)
	if err != nil {
		return nil, err
	}
	d := desk.New(dc, s.store, mailbox.Config{}, templates, logger)
	d.Queued = queued
	st := web.Station{
		Name:     cfg.Station.Name,
		Slugs:    stationSlugs(cfg.Station.CasePrefix, cfg.Station.Name),
		Analysis: dc.Analysis,
		Today:    func() time.Time { return s.store.Now().In(cfg.Location()) },
		Submit: func(ctx context.Context, f web.Filing) (web.Receipt, error) {
			return submitForm(ctx, d, f)
		},
	}
	key, err := formKey(context.Background(), s.store)
	if err != nil {
		return nil, err
	}
	return web.New(web.Options{
		Key:                key,
		Stations:           []web.Station{st},
		AllowedOrigins:     cfg.Form.AllowedOrigins,
		MaxAttachments:     cfg.Form.MaxAttachments,
		MaxAttachmentBytes: cfg.Form.MaxAttachmentBytes,
		PerIPPerHour:       cfg.Form.PerIPPerHour,
		PerAddressPerDay:   cfg.Form.PerAddressPerDay,
		ClientIPHeader:     cfg.Form.ClientIPHeader,
		Now:                s.store.Now,
		Logger:             logger,
	})
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
