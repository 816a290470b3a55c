package web

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/workflow"
)

//go:embed templates
var files embed.FS

var pageTemplate = template.Must(template.ParseFS(files, "templates/page.html"))

// Station is one station the form takes complaints for.
type Station struct {
	Name string // shown on the page
	// Slugs name the station in /complaint/<slug> (lower case: its case
	// prefix, a short name). With one station /complaint serves it too.
	Slugs []string
	// Analysis is how the station reads a complaint: what the form finds
	// missing is what the case would lack (policy.required).
	Analysis analysis.Options
	// Submit files a submission and says what became of it; an error is
	// the station's fault, not the consumer's.
	Submit func(ctx context.Context, f Filing) (Receipt, error)
	// Today is the station's date, for checking the purchase date (nil:
	// the local date).
	Today func() time.Time
}

// Filing is a checked submission for Station.Submit.
type Filing struct {
	Form  workflow.IntakeForm // Channel is workflow.ChannelWeb
	Raw   []byte              // the submitted fields as JSON: the evidence
	Files []File
}

// File is an attachment of a Filing, its type judged by its content.
type File struct {
	Filename    string
	ContentType string // image/jpeg, image/png, image/gif, image/webp or application/pdf
	Data        []byte
}

// Receipt is what became of a Filing: the case it opened.
type Receipt struct {
	Ref     string
	State   string
	Missing []string // required items the case still lacks (analysis.Missing…)
}

// Options configures a Server.
type Options struct {
	Stations []Station
	// AllowedOrigins may embed the form (CSP frame-ancestors) and post
	// to it (https://www.example.org).
	AllowedOrigins     []string
	MaxAttachments     int
	MaxAttachmentBytes int64
	PerIPPerHour       int
	PerAddressPerDay   int
	// ClientIPHeader is the header a reverse proxy names the client in
	// (X-Real-IP, X-Forwarded-For); "": the connection's address.
	ClientIPHeader string
	// Key signs the CSRF tokens (redress derives it from the station's
	// secret, so a form survives a restart); nil: a random one, so a form
	// served before a restart is refused (403) and must be loaded again.
	Key    []byte
	Now    func() time.Time
	Logger *slog.Logger
}

// Server serves the complaint form.
type Server struct {
	o         Options
	tokens    tokens
	perIP     *limiter
	perAddr   *limiter
	cop       *http.CrossOriginProtection
	csp       string
	log       *slog.Logger
	bodyLimit int64
}

// New checks o and makes a Server.
func New(o Options) (*Server, error) {
	if len(o.Stations) == 0 {
		return nil, errors.New("the complaint form needs a station")
	}
	for i, st := range o.Stations {
		if st.Submit == nil || len(st.Slugs) == 0 {
			return nil, fmt.Errorf("station %d (%s): needs Submit and a slug", i, st.Name)
		}
	}
	if o.MaxAttachments <= 0 || o.MaxAttachmentBytes <= 0 || o.PerIPPerHour <= 0 || o.PerAddressPerDay <= 0 {
		return nil, errors.New("the complaint form's limits must be positive")
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Key == nil {
		o.Key = make([]byte, 32)
		rand.Read(o.Key)
	}
	s := &Server{o: o, tokens: tokens{key: o.Key, now: o.Now},
		perIP:   newLimiter(o.PerIPPerHour, time.Hour, o.Now),
		perAddr: newLimiter(o.PerAddressPerDay, 24*time.Hour, o.Now),
		cop:     http.NewCrossOriginProtection(),
		log:     o.Logger.With("component", "web"),
		// Every file at its largest, and room for the fields and the
		// multipart framing.
		bodyLimit: int64(o.MaxAttachments)*o.MaxAttachmentBytes + 1<<20,
	}
	ancestors := []string{"'self'"}
	for _, origin := range o.AllowedOrigins {
		if err := s.cop.AddTrustedOrigin(strings.TrimSuffix(origin, "/")); err != nil {
			return nil, fmt.Errorf("form.allowed_origins: %w", err)
		}
		ancestors = append(ancestors, strings.TrimSuffix(origin, "/"))
	}
	s.cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.log.Info("cross-origin submission refused", "origin", r.Header.Get("Origin"))
		s.message(w, r, nil, http.StatusForbidden, "bad_request")
	}))
	s.csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors " + strings.Join(ancestors, " ")
	return s, nil
}

// Handler serves GET and POST /complaint and /complaint/{station}, and
// the stylesheet at /complaint/form.css.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /complaint/form.css", s.stylesheet)
	mux.HandleFunc("GET /complaint", s.show)
	mux.HandleFunc("GET /complaint/{station}", s.show)
	mux.Handle("POST /complaint", s.cop.Handler(http.HandlerFunc(s.submit)))
	mux.Handle("POST /complaint/{station}", s.cop.Handler(http.HandlerFunc(s.submit)))
	return mux
}

// station is the station the request's path names; nil: none (or, at
// /complaint with several, none chosen).
func (s *Server) station(r *http.Request) *Station {
	slug := strings.ToLower(r.PathValue("station"))
	if slug == "" {
		if len(s.o.Stations) == 1 {
			return &s.o.Stations[0]
		}
		return nil
	}
	for i := range s.o.Stations {
		if slices.ContainsFunc(s.o.Stations[i].Slugs, func(v string) bool { return strings.EqualFold(v, slug) }) {
			return &s.o.Stations[i]
		}
	}
	return nil
}

func (s *Server) headers(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", s.csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
}

func (s *Server) stylesheet(w http.ResponseWriter, r *http.Request) {
	css, _ := files.ReadFile("templates/form.css")
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(css)
}

func (s *Server) show(w http.ResponseWriter, r *http.Request) {
	st := s.station(r)
	lang := language(r)
	if st == nil && r.PathValue("station") == "" {
		p := s.page(r, nil, lang)
		for _, o := range s.o.Stations {
			p.Stations = append(p.Stations, link{Name: o.Name, Href: "/complaint/" + o.Slugs[0] + "?lang=" + lang})
		}
		s.render(w, http.StatusOK, p)
		return
	}
	if st == nil {
		s.message(w, r, nil, http.StatusNotFound, "not_found")
		return
	}
	p := s.page(r, st, lang)
	p.F = fields{Kind: string(analysis.KindComplaint), Currency: "CNY"}
	s.render(w, http.StatusOK, p)
}

// clientIP is the address the per-client limit counts.
func (s *Server) clientIP(r *http.Request) string {
	switch s.o.ClientIPHeader {
	case "X-Real-IP":
		if v := strings.TrimSpace(r.Header.Get("X-Real-IP")); v != "" {
			return v
		}
	case "X-Forwarded-For":
		// The proxy appends the address it saw: the last entry is the
		// one a client cannot forge.
		if v := r.Header.Values("X-Forwarded-For"); len(v) > 0 {
			parts := strings.Split(v[len(v)-1], ",")
			if last := strings.TrimSpace(parts[len(parts)-1]); last != "" {
				return last
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// Images and PDF, as http.DetectContentType names them.
var fileTypes = []string{"image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf"}

func (s *Server) submit(w http.ResponseWriter, r *http.Request) {
	st := s.station(r)
	if st == nil {
		s.message(w, r, nil, http.StatusNotFound, "not_found")
		return
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct != "multipart/form-data" && ct != "application/x-www-form-urlencoded" {
		s.message(w, r, st, http.StatusUnsupportedMediaType, "bad_request")
		return
	}
	ip := s.clientIP(r)
	if ok, wait := s.perIP.allow(ip); !ok {
		s.log.Info("submission refused: too many from one client")
		w.Header().Set("Retry-After", fmt.Sprint(int(wait.Seconds())+1))
		s.message(w, r, st, http.StatusTooManyRequests, "too_many")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.bodyLimit)
	var err error
	if ct == "multipart/form-data" {
		err = r.ParseMultipartForm(8 << 20)
		if r.MultipartForm != nil {
			defer r.MultipartForm.RemoveAll()
		}
	} else {
		err = r.ParseForm()
	}
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			s.message(w, r, st, http.StatusRequestEntityTooLarge, "too_big")
			return
		}
		s.message(w, r, st, http.StatusBadRequest, "bad_request")
		return
	}
	lang := language(r)
	if r.PostFormValue("website") != "" {
		// The honeypot: hidden from people, filled by bots.
		s.log.Info("submission refused: the honeypot field was filled")
		s.message(w, r, st, http.StatusBadRequest, "bad_request")
		return
	}
	p := s.page(r, st, lang)
	p.F = readFields(r)
	nonce, err := s.tokens.check(r.PostFormValue("csrf"))
	switch {
	case errors.Is(err, errTokenExpired):
		s.perIP.refund(ip)
		p.Message = tr(lang, "expired")
		p.FilesAgain = true
		s.render(w, http.StatusUnprocessableEntity, p)
		return
	case err != nil:
		s.log.Info("submission refused", "err", err)
		s.message(w, r, st, http.StatusForbidden, "bad_request")
		return
	}
	problems := p.F.check(lang, s.today(st))
	uploads := s.readFiles(r, lang, problems)
	if len(problems) > 0 {
		s.perIP.refund(ip)
		p.Errors = problems
		p.FilesAgain = r.MultipartForm != nil && len(r.MultipartForm.File["attachments"]) > 0
		s.render(w, http.StatusUnprocessableEntity, p)
		return
	}
	form := p.F.intake(lang)
	m, err := workflow.IntakeMail(form, st.Analysis)
	if err != nil {
		// Not reached: the fields were checked by the same rules.
		s.log.Error("a checked submission does not make a complaint", "err", err)
		s.message(w, r, st, http.StatusBadRequest, "bad_request")
		return
	}
	if len(m.Missing) > 0 && r.PostFormValue("anyway") == "" {
		// Ask once, clearly; "submit without them" files it as it is.
		s.perIP.refund(ip)
		p.Needs = map[string]string{}
		for _, item := range m.Missing {
			p.Needs[itemField[item]] = tr(lang, itemNeed[item])
		}
		p.FilesAgain = len(uploads) > 0
		s.render(w, http.StatusOK, p)
		return
	}
	if form.Email != "" {
		if ok, wait := s.perAddr.allow(form.Email); !ok {
			s.log.Info("submission refused: too many for one address")
			w.Header().Set("Retry-After", fmt.Sprint(int(wait.Seconds())+1))
			s.message(w, r, st, http.StatusTooManyRequests, "too_many")
			return
		}
	}
	raw, err := evidence(st, nonce, lang, p.F, uploads)
	if err != nil {
		s.log.Error("recording a submission", "err", err)
		s.message(w, r, st, http.StatusInternalServerError, "unavailable")
		return
	}
	rc, err := st.Submit(r.Context(), Filing{Form: form, Raw: raw, Files: uploads})
	if err != nil {
		s.log.Error("a submission could not be filed", "err", err)
		s.message(w, r, st, http.StatusServiceUnavailable, "unavailable")
		return
	}
	s.log.Info("complaint submitted on the web form", "case", rc.Ref, "state", rc.State, "files", len(uploads))
	p.Receipt = &rc
	p.Mailed = form.Email != ""
	for _, item := range rc.Missing {
		p.MissingItems = append(p.MissingItems, tr(lang, "item_"+item))
	}
	s.render(w, http.StatusOK, p)
}

func (s *Server) today(st *Station) time.Time {
	if st.Today != nil {
		return st.Today()
	}
	return s.o.Now()
}

// readFiles reads the uploads, adding their problems to problems under
// "attachments".
func (s *Server) readFiles(r *http.Request, lang string, problems map[string]string) []File {
	if r.MultipartForm == nil {
		return nil
	}
	var heads = r.MultipartForm.File["attachments"]
	heads = slices.DeleteFunc(slices.Clone(heads), func(h *multipart.FileHeader) bool { return h.Size == 0 && h.Filename == "" })
	if len(heads) > s.o.MaxAttachments {
		problems["attachments"] = fmt.Sprintf(tr(lang, "err_files_count"), s.o.MaxAttachments)
		return nil
	}
	var out []File
	var msgs []string
	for _, h := range heads {
		name := cleanName(h.Filename)
		if h.Size > s.o.MaxAttachmentBytes {
			msgs = append(msgs, fmt.Sprintf(tr(lang, "err_file_size"), name, size(s.o.MaxAttachmentBytes)))
			continue
		}
		f, err := h.Open()
		if err != nil {
			msgs = append(msgs, fmt.Sprintf(tr(lang, "err_file_type"), name))
			continue
		}
		data, err := io.ReadAll(io.LimitReader(f, s.o.MaxAttachmentBytes+1))
		f.Close()
		if err != nil || int64(len(data)) > s.o.MaxAttachmentBytes {
			msgs = append(msgs, fmt.Sprintf(tr(lang, "err_file_size"), name, size(s.o.MaxAttachmentBytes)))
			continue
		}
		// The content decides, not the name nor the browser's word.
		ct, _, _ := strings.Cut(http.DetectContentType(data), ";")
		if !slices.Contains(fileTypes, ct) {
			msgs = append(msgs, fmt.Sprintf(tr(lang, "err_file_type"), name))
			continue
		}
		out = append(out, File{Filename: name, ContentType: ct, Data: data})
	}
	if len(msgs) > 0 {
		problems["attachments"] = strings.Join(msgs, " ")
	}
	return out
}

// cleanName is a file's name without its path or control characters.
func cleanName(n string) string {
	n = filepath.Base(strings.ReplaceAll(n, "\\", "/"))
	n = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, n)
	if r := []rune(n); len(r) > 100 {
		n = string(r[len(r)-100:])
	}
	if n == "" || n == "." || n == "/" {
		n = "attachment"
	}
	return n
}

func size(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", n>>10)
}

// evidence is the submission as it is kept: the fields as typed, the
// language, the form's nonce (the same form sent twice is the same
// bytes) and the attachments' names and SHA-256 (their content is kept
// beside it).
func evidence(st *Station, nonce, lang string, f fields, uploads []File) ([]byte, error) {
	type file struct {
		Filename    string `json:"filename"`
		ContentType string `json:"content_type"`
		Size        int    `json:"size"`
		SHA256      string `json:"sha256"`
	}
	rec := struct {
		Form        string `json:"form"`
		Station     string `json:"station"`
		Nonce       string `json:"nonce"`
		Language    string `json:"language"`
		Fields      fields `json:"fields"`
		Attachments []file `json:"attachments"`
	}{Form: "redress web form 1", Station: st.Slugs[0], Nonce: nonce, Language: lang, Fields: f, Attachments: []file{}}
	for _, u := range uploads {
		sum := sha256.Sum256(u.Data)
		rec.Attachments = append(rec.Attachments, file{u.Filename, u.ContentType, len(u.Data), hex.EncodeToString(sum[:])})
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rec); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
