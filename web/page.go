package web

import (
	"bytes"
	"fmt"
	"net/http"
	"slices"

	"github.com/yweca/redress/analysis"
)

// page is what the template shows.
type page struct {
	Lang, Other string // the page's language and the other one
	Station     string
	Action      string // where the form posts
	Token       string
	F           fields
	Errors      map[string]string // a field's problem, by field name
	Needs       map[string]string // a required item the form lacks, by field name
	Required    map[string]bool   // fields asking for a required item
	Message     string            // a notice above the form, or instead of it
	FilesAgain  bool              // the files must be chosen again
	Receipt     *Receipt
	Mailed      bool
	// MissingItems name what the case still lacks, in the page's language.
	MissingItems       []string
	Stations           []link
	MaxFiles           int
	MaxFileSize        string
	Currencies         []string
	ContactNeeded      bool
	ShowForm, ShowDone bool
}

type link struct{ Name, Href string }

// T is the page's word for key.
func (p *page) T(key string) string { return tr(p.Lang, key) }

// Tf is T with arguments.
func (p *page) Tf(key string, args ...any) string { return fmt.Sprintf(tr(p.Lang, key), args...) }

// field is one input as the template draws it.
type field struct {
	Name, Label, Hint, Type, Value, Error, Need string
	Autocomplete, Inputmode                     string
	Needed, Textarea                            bool
	Max                                         int
}

// Section is a group of fields under a legend.
type section struct {
	Legend string
	Fields []field
}

// Sections are the form's fields in order.
func (p *page) Sections() []section {
	f := func(name, label, typ, value, auto string) field {
		fd := field{Name: name, Label: p.T(label), Type: typ, Value: value, Autocomplete: auto, Max: maxShort,
			Error: p.Errors[name], Need: p.Needs[name], Needed: p.Required[name]}
		if _, ok := text[name+"_hint"]; ok {
			fd.Hint = tr(p.Lang, name+"_hint")
		}
		return fd
	}
	phone := f("phone", "phone", "tel", p.F.Phone, "tel")
	mphone := f("merchant_phone", "merchant_phone", "tel", p.F.MerchantPhone, "off")
	amount := f("amount", "amount", "text", p.F.Amount, "off")
	amount.Inputmode = "decimal"
	story := f("story", "story", "", p.F.Story, "off")
	story.Textarea, story.Max, story.Needed = true, maxStory, true
	wants := f("wants", "wants", "", p.F.Wants, "off")
	wants.Textarea, wants.Max = true, maxWants
	return []section{
		{p.T("you"), []field{
			f("name", "name", "text", p.F.Name, "name"), phone,
			f("email", "email", "email", p.F.Email, "email"),
			f("address", "address", "text", p.F.Address, "street-address"),
		}},
		{p.T("merchant"), []field{
			f("merchant_name", "merchant_name", "text", p.F.MerchantName, "off"),
			f("merchant_url", "merchant_url", "url", p.F.MerchantURL, "off"),
			mphone,
			f("merchant_address", "merchant_address", "text", p.F.MerchantAddress, "off"),
		}},
		{p.T("order"), []field{
			f("platform", "platform", "text", p.F.Platform, "off"),
			f("order_number", "order_number", "text", p.F.OrderNumber, "off"),
			amount,
			f("date", "date", "date", p.F.Date, "off"),
		}},
		{p.T("what"), []field{story, wants}},
	}
}

// page starts the page for st (nil: the list of stations).
func (s *Server) page(r *http.Request, st *Station, lang string) *page {
	p := &page{Lang: lang, Other: langEN, Action: r.URL.Path, Token: s.tokens.issue(),
		MaxFiles: s.o.MaxAttachments, MaxFileSize: size(s.o.MaxAttachmentBytes), Currencies: currencies,
		Required: map[string]bool{}}
	if lang == langEN {
		p.Other = langZH
	}
	if st != nil {
		p.Station = st.Name
		req := st.Analysis.Required
		if req == nil {
			req = analysis.DefaultRequired
		}
		for _, item := range req {
			p.Required[itemField[item]] = true
		}
		p.ContactNeeded = slices.Contains(req, analysis.MissingRespondentContact)
		p.Required["merchant_url"] = false // one of the three: said in the legend
	}
	return p
}

// render writes p with status.
func (s *Server) render(w http.ResponseWriter, status int, p *page) {
	p.ShowDone = p.Receipt != nil
	p.ShowForm = !p.ShowDone && p.Station != "" && p.Token != ""
	var b bytes.Buffer
	if err := pageTemplate.ExecuteTemplate(&b, "page", p); err != nil {
		s.log.Error("rendering the complaint form", "err", err)
		http.Error(w, "the complaint form cannot be shown", http.StatusInternalServerError)
		return
	}
	s.headers(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// message shows a page saying key instead of the form.
func (s *Server) message(w http.ResponseWriter, r *http.Request, st *Station, status int, key string) {
	lang := language(r)
	p := s.page(r, st, lang)
	p.Token = ""
	p.Message = tr(lang, key)
	if st == nil {
		p.Station = ""
	}
	s.render(w, status, p)
}
