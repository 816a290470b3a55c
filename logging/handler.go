package logging

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"
)

// ComponentKey is the key naming the part of redress a line comes from.
const ComponentKey = "component"

// Options say how the log is written.
type Options struct {
	// JSON writes one JSON object a line (log.format: json); false writes
	// slog's key=value text.
	JSON bool
	// Level is the least level written (nil: info).
	Level slog.Leveler
	// PII writes phone numbers, e-mail and postal addresses unmasked
	// (log.pii: true).
	PII bool
	// Location is the time zone every time is written in, with its offset
	// (station.timezone); nil leaves times as they are.
	Location *time.Location
}

// New returns a logger writing to w as o says, through NewHandler.
func New(w io.Writer, o Options) *slog.Logger {
	ho := &slog.HandlerOptions{Level: o.Level}
	var h slog.Handler
	if o.JSON {
		h = slog.NewJSONHandler(w, ho)
	} else {
		h = slog.NewTextHandler(w, ho)
	}
	return slog.New(NewHandler(h, o))
}

// NewHandler wraps h so that what reaches it is masked (unless o.PII), has
// its times in o.Location, and carries at most one component key at the
// top level: a component given later (a logger derived from one that has
// a component, or the record itself) replaces the earlier one instead of
// repeating the key. o.JSON and o.Level are not used: h has its own.
func NewHandler(h slog.Handler, o Options) slog.Handler {
	return &handler{inner: h, pii: o.PII, loc: o.Location}
}

type handler struct {
	inner slog.Handler
	pii   bool
	loc   *time.Location
	// component is the top-level component given by WithAttrs and not yet
	// handed to inner: it is added to each record, once.
	component slog.Attr
	// grouped: a group is open, so keys are no longer top-level.
	grouped bool
}

func (h *handler) Enabled(ctx context.Context, l slog.Level) bool { return h.inner.Enabled(ctx, l) }

func (h *handler) Handle(ctx context.Context, r slog.Record) error {
	t := r.Time
	if h.loc != nil && !t.IsZero() {
		t = t.In(h.loc)
	}
	msg := r.Message
	if !h.pii {
		msg = MaskText(msg)
	}
	comp := h.component
	attrs := make([]slog.Attr, 0, r.NumAttrs()+1)
	r.Attrs(func(a slog.Attr) bool {
		if !h.grouped && a.Key == ComponentKey {
			comp = a
			return true
		}
		attrs = append(attrs, h.attr(a))
		return true
	})
	out := slog.NewRecord(t, r.Level, msg, r.PC)
	if comp.Key != "" {
		out.AddAttrs(comp)
	}
	out.AddAttrs(attrs...)
	return h.inner.Handle(ctx, out)
}

func (h *handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if len(attrs) == 0 {
		return h
	}
	h2 := *h
	keep := make([]slog.Attr, 0, len(attrs))
	for _, a := range attrs {
		if !h.grouped && a.Key == ComponentKey {
			h2.component = a
			continue
		}
		keep = append(keep, h.attr(a))
	}
	if len(keep) > 0 {
		h2.inner = h.inner.WithAttrs(keep)
	}
	return &h2
}

func (h *handler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	h2 := *h
	if h.component.Key != "" {
		// Past this point keys are inside the group: the component goes
		// out now, at the top level, where it belongs.
		h2.inner = h2.inner.WithAttrs([]slog.Attr{h.component})
		h2.component = slog.Attr{}
	}
	h2.inner = h2.inner.WithGroup(name)
	h2.grouped = true
	return &h2
}

// attr returns a with times in the station's zone and, unless PII is
// wanted, personal data masked.
func (h *handler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindTime:
		if h.loc != nil {
			v = slog.TimeValue(v.Time().In(h.loc))
		}
	case slog.KindGroup:
		g := v.Group()
		out := make([]slog.Attr, len(g))
		for i, ga := range g {
			out[i] = h.attr(ga)
		}
		v = slog.GroupValue(out...)
	case slog.KindString:
		if !h.pii {
			v = slog.StringValue(maskValue(a.Key, v.String()))
		}
	case slog.KindInt64, slog.KindUint64:
		if !h.pii && kindOf(a.Key) == kindPhone {
			v = slog.StringValue(MaskPhone(v.String()))
		}
	case slog.KindAny:
		if !h.pii {
			v = h.maskAny(a.Key, v)
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}

// maskAny masks the values of kind Any that can carry personal data in
// text: errors, Stringers and string slices. Others (numbers in
// structs, durations) are left alone.
func (h *handler) maskAny(key string, v slog.Value) slog.Value {
	switch x := v.Any().(type) {
	case error:
		s := x.Error()
		if m := maskValue(key, s); m != s {
			return slog.StringValue(m)
		}
	case fmt.Stringer:
		s := x.String()
		if m := maskValue(key, s); m != s {
			return slog.StringValue(m)
		}
	case []string:
		out := make([]string, len(x))
		for i, s := range x {
			out[i] = maskValue(key, s)
		}
		return slog.AnyValue(out)
	}
	return v
}

// What an attribute's key says its value is.
const (
	kindOther = iota
	kindEmail
	kindPhone
	kindAddress
	kindExempt
)

// piiKeys are the keys whose values are personal data, by kind. A key
// ending in "_" and one of them ("complainant_phone", "reply_to") counts
// too. "addr" is not among them: redress logs a server's host:port under
// it.
var piiKeys = map[string]int{
	"to": kindEmail, "from": kindEmail, "cc": kindEmail, "bcc": kindEmail, "rcpt": kindEmail,
	"recipient": kindEmail, "recipients": kindEmail, "sender": kindEmail, "email": kindEmail,
	"emails": kindEmail, "contact": kindEmail,
	"phone": kindPhone, "phones": kindPhone, "mobile": kindPhone, "tel": kindPhone, "telephone": kindPhone,
	"address": kindAddress,
	// A Message-ID names a mail, not a person; masked it would no longer
	// find the mail.
	"message_id": kindExempt,
}

func kindOf(key string) int {
	key = strings.ToLower(key)
	if k, ok := piiKeys[key]; ok {
		return k
	}
	if i := strings.LastIndexByte(key, '_'); i >= 0 {
		if k := piiKeys[key[i+1:]]; k != kindExempt {
			return k
		}
	}
	return kindOther
}

// maskValue masks s as the kind its key names, or scans it (MaskText).
func maskValue(key, s string) string {
	switch kindOf(key) {
	case kindExempt:
		return s
	case kindEmail:
		m := MaskText(s)
		if m != s || !strings.Contains(s, "@") {
			return m
		}
		// An address the scan does not know (a local part in Chinese):
		// each of a list masked whole.
		parts := strings.Split(s, ",")
		for i, p := range parts {
			parts[i] = MaskEmail(strings.TrimSpace(p))
		}
		return strings.Join(parts, ",")
	case kindPhone:
		if m := MaskText(s); m != s {
			return m
		}
		return MaskPhone(s)
	case kindAddress:
		return MaskAddress(s)
	}
	return MaskText(s)
}
