package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
	"github.com/yweca/redress/desk"
)

// caseJSON is the JSON shape of a case for `cases list/show --json`, a
// contract for outside tools.
type caseJSON struct {
	Ref         string               `json:"ref"`
	Kind        string               `json:"kind"`
	State       string               `json:"state"`
	Missing     []string             `json:"missing"`
	Language    string               `json:"language"`
	Subject     string               `json:"subject"`
	Contact     string               `json:"contact"`
	Complainant casefile.Complainant `json:"complainant"`
	Respondent  casefile.Respondent  `json:"respondent"`
	Order       casefile.Order       `json:"order"`
	CloseReason string               `json:"close_reason,omitempty"`
	// Undeliverable says why the consumer's address gets no more mail.
	Undeliverable string        `json:"contact_undeliverable,omitempty"`
	CreatedAt     string        `json:"created_at"`
	UpdatedAt     string        `json:"updated_at"`
	Channel       string        `json:"channel"` // mail, phone, visit, letter or web
	Messages      []messageJSON `json:"messages,omitempty"`
	Events        []eventJSON   `json:"events,omitempty"`
	// Recovered is the money recorded as recovered for the consumer
	// (#recovered), in order.
	Recovered []recoveryJSON `json:"recovered,omitempty"`
	// Delivery is how the case's outgoing mail stands (cases list).
	Delivery *deliveryJSON `json:"delivery,omitempty"`
}

// deliveryJSON counts a case's outgoing mail by delivery state; deferred
// mail is pending after failed attempts.
type deliveryJSON struct {
	Pending  int `json:"pending"`
	Deferred int `json:"deferred"`
	Sent     int `json:"sent"`
	Failed   int `json:"failed"`
}

type recoveryJSON struct {
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
	By       string `json:"by"`
	At       string `json:"at"`
}

// eventJSON is one row of a case's timeline: a transition (from, to), a
// mail filed, a reminder sent.
type eventJSON struct {
	At        string `json:"at"`
	Actor     string `json:"actor"`
	Kind      string `json:"kind"`
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Detail    string `json:"detail,omitempty"`
	MessageID int64  `json:"message_id,omitempty"` // row id of the message that caused it
}

func toEventJSON(e casefile.Event, loc *time.Location) eventJSON {
	return eventJSON{At: e.At.In(loc).Format(time.RFC3339), Actor: e.Actor, Kind: e.Kind,
		From: e.FromState, To: e.ToState, Detail: e.Detail, MessageID: e.MessageID}
}

type messageJSON struct {
	ID            int64  `json:"id"`
	Direction     string `json:"direction"`
	From          string `json:"from"`
	To            string `json:"to"`
	Subject       string `json:"subject"`
	MessageID     string `json:"message_id"`
	Date          string `json:"date"`
	Kind          string `json:"kind,omitempty"`
	SHA256        string `json:"sha256,omitempty"`
	Size          int64  `json:"size,omitempty"`
	Note          string `json:"note,omitempty"`
	Delivery      string `json:"delivery,omitempty"`
	DeliveryError string `json:"delivery_error,omitempty"`
	// Outgoing mail: its outbox row, failed attempts so far, the next
	// try (pending mail) and when it was sent.
	OutboxID         int64            `json:"outbox_id,omitempty"`
	DeliveryAttempts int              `json:"delivery_attempts,omitempty"`
	NextAttempt      string           `json:"next_attempt,omitempty"`
	SentAt           string           `json:"sent_at,omitempty"`
	Text             string           `json:"text"`
	Attachments      []attachmentJSON `json:"attachments,omitempty"`
}

type attachmentJSON struct {
	ID          int64  `json:"id"`
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
}

func toCaseJSON(c casefile.Case, loc *time.Location) caseJSON {
	j := caseJSON{
		Ref: c.Ref, Kind: c.Kind, State: c.State, Missing: c.Missing, Language: c.Language,
		Subject: c.Subject, Contact: c.ContactAddress,
		Complainant: c.Complainant, Respondent: c.Respondent, Order: c.Order, CloseReason: c.CloseReason, Undeliverable: c.Undeliverable,
		CreatedAt: c.CreatedAt.In(loc).Format(time.RFC3339), UpdatedAt: c.UpdatedAt.In(loc).Format(time.RFC3339),
		Channel: c.Channel,
	}
	// The contract shows absent lists as [], never null.
	nonNil(&j.Missing)
	nonNil(&j.Complainant.Phones)
	nonNil(&j.Complainant.Emails)
	nonNil(&j.Respondent.URLs)
	nonNil(&j.Respondent.Phones)
	return j
}

func nonNil(s *[]string) {
	if *s == nil {
		*s = []string{}
	}
}

func toMessageJSON(m casefile.Message, loc *time.Location) messageJSON {
	j := messageJSON{
		ID: m.ID, Direction: m.Direction, From: m.From, To: strings.Join(m.To, ", "), Subject: m.Subject,
		MessageID: m.MessageID, Kind: m.Kind, SHA256: m.SHA256, Size: m.Size, Note: m.Note,
		Delivery: m.Delivery, DeliveryError: m.DeliveryError, Text: m.Text,
		OutboxID: m.OutboxID,
	}
	switch m.Delivery {
	case casefile.OutboxPending:
		j.DeliveryAttempts = m.DeliveryAttempts
		if !m.NextAttempt.IsZero() {
			j.NextAttempt = m.NextAttempt.In(loc).Format(time.RFC3339)
		}
	case casefile.OutboxSent:
		if !m.SentAt.IsZero() {
			j.SentAt = m.SentAt.In(loc).Format(time.RFC3339)
		}
	case casefile.OutboxFailed:
		j.DeliveryAttempts = m.DeliveryAttempts
	}
	if !m.Date.IsZero() {
		j.Date = m.Date.In(loc).Format(time.RFC3339)
	}
	for _, a := range m.Attachments {
		j.Attachments = append(j.Attachments, attachmentJSON{ID: a.ID, Filename: a.Filename, ContentType: a.ContentType, Size: a.Size})
	}
	return j
}

func cmdCases(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	const casesUsage = "usage: redress cases list [-json] [-state S,…] [-kind K] [-missing ITEM] [-since DATE] [-limit N] [-overdue] -config FILE | cases unfiled [-json] -config FILE | cases show [-json] REF -config FILE | cases raw|attachment ID [-o FILE] -config FILE | cases refile ID|-all -config FILE | cases refetch UID|-all -config FILE"
	if len(args) == 0 || !slices.Contains([]string{"list", "show", "unfiled", "raw", "attachment", "refile", "refetch"}, args[0]) {
		return exitError{code: 2, msg: casesUsage}
	}
	sub := args[0]
	var cf commonFlags
	fs := newFlagSet("cases "+sub, stderr)
	cf.register(fs)
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	outFile := fs.String("o", "", "raw, attachment: write to this file instead of standard output")
	all := fs.Bool("all", false, "refile: every mail kept without a case")
	overdue := fs.Bool("overdue", false, "list: only the cases past a deadline (policy.accept_within, policy.mediate_within)")
	stateF := fs.String("state", "", "list: only cases in these states (comma-separated: awaiting_info,open,in_mediation,resolved,closed)")
	kindF := fs.String("kind", "", "list: only cases of this kind (complaint, inquiry)")
	missingF := fs.String("missing", "", "list: only cases missing this item (e.g. complainant_phone)")
	sinceF := fs.String("since", "", "list: only cases opened on or after this day (YYYY-MM-DD, station time)")
	limit := fs.Int("limit", 0, "list: at most this many cases, the newest (0: all)")
	cf.registerStation(fs)
	pos, err := parseFlags(fs, args[1:])
	if err != nil {
		return err
	}
	cfg, err := cf.load()
	if err != nil {
		return err
	}
	switch sub {
	case "list", "unfiled":
		if sub == "list" && len(pos) != 0 {
			return exitError{code: 2, msg: "cases list takes no arguments"}
		}
		stations, err := selectStations(cfg, cf.station)
		if err != nil {
			return err
		}
		out := outText
		if *asJSON {
			out = outJSON
		}
		f := listFilter{overdue: *overdue, states: *stateF, kind: *kindF, missing: *missingF, since: *sinceF, limit: *limit}
		return forStations(stations, out, stdout, func(cfg *config.Config, w io.Writer) error {
			if sub == "list" {
				return casesList(ctx, cfg, f, *asJSON, w)
			}
			return casesUnfiled(ctx, cfg, *asJSON, w)
		})
	case "show":
		if len(pos) != 1 {
			return exitError{code: 2, msg: "cases show takes one case reference, e.g. YW-2026-00042"}
		}
		ref := strings.Trim(strings.ToUpper(pos[0]), "[]")
		st, err := stationForRef(cfg, cf.station, ref)
		if err != nil {
			return err
		}
		return casesShow(ctx, st, ref, *asJSON, stdout)
	}
	st, err := oneStation(cfg, cf.station, "cases "+sub)
	if err != nil {
		return err
	}
	switch sub {
	case "refile":
		return cmdRefile(ctx, st, pos, *all, cf.logger(stderr), stdout)
	case "refetch":
		return cmdRefetch(ctx, st, pos, *all, stdout)
	}
	return casesEvidence(ctx, st, sub, pos, *outFile, stdout)
}

// casesEvidence writes evidence as received: a mail's bytes (their
// SHA-256 is shown by cases show) or one attachment's content.
func casesEvidence(ctx context.Context, cfg *config.Config, sub string, pos []string, outFile string, stdout io.Writer) error {
	const casesUsage = "usage: redress cases raw|attachment ID [-o FILE] [-station NAME] -config FILE"
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	if len(pos) != 1 {
		return exitError{code: 2, msg: casesUsage}
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil {
		return exitError{code: 2, msg: fmt.Sprintf("cases %s: %q is not an id (see the ids in cases show --json)", sub, pos[0])}
	}
	var data []byte
	if sub == "raw" {
		data, err = store.RawMessage(ctx, id)
	} else {
		data, err = store.AttachmentData(ctx, id)
	}
	if err != nil {
		return err
	}
	if outFile != "" {
		return os.WriteFile(outFile, data, 0o600)
	}
	_, err = stdout.Write(data)
	return err
}

// casesUnfiled lists the mail kept without a case and the mail given up.
func casesUnfiled(ctx context.Context, cfg *config.Config, asJSON bool, stdout io.Writer) error {
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	loc := cfg.Location()
	msgs, err := store.UnfiledMessages(ctx)
	if err != nil {
		return fmt.Errorf("listing mail kept without a case: %w", err)
	}
	lost, err := store.GivenUpFetches(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		list := make([]messageJSON, 0, len(msgs)+len(lost))
		for _, m := range msgs {
			list = append(list, toMessageJSON(m, loc))
		}
		for _, f := range lost {
			// Not downloaded, so not stored: id 0, and the note says
			// where it still is.
			list = append(list, messageJSON{Direction: casefile.DirectionIn, Date: f.LastAt.In(loc).Format(time.RFC3339),
				Size: f.Size, Note: givenUpNote(f)})
		}
		return writeJSON(stdout, list)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tKIND\tFROM\tSUBJECT\tWHY")
	for _, m := range msgs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", m.ID, m.Date.In(loc).Format("2006-01-02 15:04"), orDash(m.Kind), orDash(m.From), truncate(m.Subject, 40), m.Note)
	}
	for _, f := range lost {
		fmt.Fprintf(tw, "-\t%s\t-\t-\t-\t%s\n", f.LastAt.In(loc).Format("2006-01-02 15:04"), givenUpNote(f))
	}
	return tw.Flush()
}

// listFilter is what `cases list` narrows the list to.
type listFilter struct {
	overdue                      bool
	states, kind, missing, since string
	limit                        int
}

// casesList lists the station's cases that pass f.
func casesList(ctx context.Context, cfg *config.Config, f listFilter, asJSON bool, stdout io.Writer) error {
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	loc := cfg.Location()
	cases, err := store.Cases(ctx)
	if err != nil {
		return fmt.Errorf("listing cases: %w", err)
	}
	if f.overdue {
		settings, err := workflowSettings(cfg)
		if err != nil {
			return err
		}
		now := time.Now()
		cases = slices.DeleteFunc(cases, func(c casefile.Case) bool {
			_, _, over := desk.Overdue(settings, &c, now)
			return !over
		})
	}
	filtered, err := filterCases(cases, f.states, f.kind, f.missing, f.since, f.limit, loc)
	if err != nil {
		return err
	}
	cases = filtered
	if asJSON {
		delivery, err := store.CaseDelivery(ctx)
		if err != nil {
			return err
		}
		list := make([]caseJSON, 0, len(cases))
		for _, c := range cases {
			j := toCaseJSON(c, loc)
			d := delivery[c.ID]
			j.Delivery = &deliveryJSON{Pending: d.Pending, Deferred: d.Deferred, Sent: d.Sent, Failed: d.Failed}
			list = append(list, j)
		}
		return writeJSON(stdout, list)
	}
	return printCaseTable(stdout, cases, loc)
}

// casesShow prints one case whole: its messages, timeline and recoveries.
func casesShow(ctx context.Context, cfg *config.Config, ref string, asJSON bool, stdout io.Writer) error {
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	loc := cfg.Location()
	c, err := store.CaseByRef(ctx, ref)
	if errors.Is(err, casefile.ErrNotFound) {
		return exitError{code: 1, msg: fmt.Sprintf("no case %s in %s", ref, storeName(cfg))}
	}
	if err != nil {
		return fmt.Errorf("loading case %s: %w", ref, err)
	}
	msgs, err := store.CaseMessages(ctx, c.ID)
	if err != nil {
		return fmt.Errorf("loading the messages of case %s: %w", ref, err)
	}
	events, err := store.Events(ctx, c.ID)
	if err != nil {
		return fmt.Errorf("loading the timeline of case %s: %w", ref, err)
	}
	j := toCaseJSON(*c, loc)
	j.Messages = make([]messageJSON, 0, len(msgs))
	for _, m := range msgs {
		j.Messages = append(j.Messages, toMessageJSON(m, loc))
	}
	j.Events = make([]eventJSON, 0, len(events))
	for _, e := range events {
		j.Events = append(j.Events, toEventJSON(e, loc))
	}
	recs, err := store.Recoveries(ctx, c.ID)
	if err != nil {
		return fmt.Errorf("loading the recoveries of case %s: %w", ref, err)
	}
	for _, r := range recs {
		j.Recovered = append(j.Recovered, recoveryJSON{Amount: r.Amount, Currency: r.Currency, By: r.Actor, At: r.At.In(loc).Format(time.RFC3339)})
	}
	if asJSON {
		return writeJSON(stdout, j)
	}
	printCase(stdout, j)
	return nil
}

// givenUpNote says where a mail that could not be downloaded still is.
func givenUpNote(f casefile.FetchFailure) string {
	return fmt.Sprintf("could not be downloaded after %d attempts (%s); it is still on the server: UID %d of %q (UIDVALIDITY %d, %d bytes)",
		f.Attempts, f.LastError, f.UID, f.Folder, f.UIDValidity, f.Size)
}

// cmdRefile files mail kept without a case again through today's
// pipeline. It only writes the case file: the mail it queues is sent by
// the running daemon or the next `redress once`.
func cmdRefile(ctx context.Context, cfg *config.Config, pos []string, all bool, logger *slog.Logger, stdout io.Writer) error {
	var id int64
	switch {
	case all && len(pos) == 0:
	case !all && len(pos) == 1:
		n, err := strconv.ParseInt(pos[0], 10, 64)
		if err != nil || n <= 0 {
			return exitError{code: 2, msg: fmt.Sprintf("cases refile: %q is not an id (see the ids in cases unfiled)", pos[0])}
		}
		id = n
	default:
		return exitError{code: 2, msg: "usage: redress cases refile ID|-all -config FILE"}
	}
	d, store, err := openRefileDesk(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := d.Refile(ctx, id)
	fmt.Fprintf(stdout, "refiled %d: new cases %d, added to cases %d, still without a case %d; mail queued %d\n",
		st.NewCases+st.Appended+st.Unfiled, st.NewCases, st.Appended, st.Unfiled, st.Queued)
	return err
}

// cmdRefetch makes mail whose download was given up due again: the next
// round downloads it anew.
func cmdRefetch(ctx context.Context, cfg *config.Config, pos []string, all bool, stdout io.Writer) error {
	var uid uint32
	switch {
	case all && len(pos) == 0:
	case !all && len(pos) == 1:
		n, err := strconv.ParseUint(pos[0], 10, 32)
		if err != nil || n == 0 {
			return exitError{code: 2, msg: fmt.Sprintf("cases refetch: %q is not a UID (see cases unfiled)", pos[0])}
		}
		uid = uint32(n)
	default:
		return exitError{code: 2, msg: "usage: redress cases refetch UID|-all -config FILE"}
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	n, err := store.RetryGivenUp(ctx, uid)
	if err != nil {
		return err
	}
	if n == 0 {
		what := "no mail was given up"
		if uid != 0 {
			what = fmt.Sprintf("the mail at UID %d was not given up", uid)
		}
		return exitError{code: 1, msg: "cases refetch: " + what + " (see cases unfiled)"}
	}
	fmt.Fprintf(stdout, "%d mails are downloaded again on the next round (mail after them that is already filed is recognised and skipped)\n", n)
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func printCaseTable(w io.Writer, cases []casefile.Case, loc *time.Location) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REF\tKIND\tSTATE\tOPENED\tFROM\tMISSING\tSUBJECT")
	for _, c := range cases {
		missing := strings.Join(c.Missing, ",")
		if missing == "" {
			missing = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Ref, c.Kind, c.State,
			c.CreatedAt.In(loc).Format("2006-01-02 15:04"), c.ContactAddress, missing, truncate(c.Subject, 50))
	}
	return tw.Flush()
}

func printCase(w io.Writer, c caseJSON) {
	state := c.State
	if c.CloseReason != "" {
		state += ": " + c.CloseReason
	}
	fmt.Fprintf(w, "Case %s  (%s, %s)\n", c.Ref, c.Kind, state)
	fmt.Fprintf(w, "Subject:   %s\n", c.Subject)
	fmt.Fprintf(w, "Contact:   %s\n", c.Contact)
	if c.Undeliverable != "" {
		fmt.Fprintf(w, "           undeliverable: %s (no mail is sent to it)\n", c.Undeliverable)
	}
	fmt.Fprintf(w, "Opened:    %s\n", c.CreatedAt)
	fmt.Fprintf(w, "Channel:   %s\n", c.Channel)
	if len(c.Missing) > 0 {
		fmt.Fprintf(w, "Missing:   %s\n", strings.Join(c.Missing, ", "))
	}
	fmt.Fprintf(w, "Complainant: %s\n", orDash(desk.SummarizeComplainant(c.Complainant)))
	fmt.Fprintf(w, "Respondent:  %s\n", orDash(desk.SummarizeRespondent(c.Respondent)))
	fmt.Fprintf(w, "Order:       %s\n", orDash(desk.SummarizeOrder(c.Order)))
	for _, r := range c.Recovered {
		fmt.Fprintf(w, "Recovered:   %s %s (%s, %s)\n", r.Amount, r.Currency, r.By, r.At)
	}
	fmt.Fprintf(w, "\nTimeline:\n")
	// Messages and transitions interleaved by time; at the same second a
	// message comes before what it caused.
	ev, n := 0, 0
	for i, m := range c.Messages {
		for ; ev < len(c.Events) && c.Events[ev].At < m.Date; ev++ {
			printEvent(w, c.Events[ev])
		}
		n = i + 1
		fmt.Fprintf(w, "\n#%d %s  %s\n", n, arrow(m.Direction), m.Date)
		fmt.Fprintf(w, "  From:       %s\n  To:         %s\n  Subject:    %s\n  Message-ID: %s\n", m.From, m.To, m.Subject, m.MessageID)
		if m.SHA256 != "" {
			fmt.Fprintf(w, "  SHA-256:    %s (%d bytes as received: cases raw %d)\n", m.SHA256, m.Size, m.ID)
		}
		if m.Delivery != "" {
			fmt.Fprintf(w, "  Delivery:   %s\n", deliveryLine(m))
		}
		if m.Note != "" {
			fmt.Fprintf(w, "  Note:       %s\n", m.Note)
		}
		for _, a := range m.Attachments {
			fmt.Fprintf(w, "  Attachment: %s (%s, %d bytes: cases attachment %d)\n", a.Filename, a.ContentType, a.Size, a.ID)
		}
		if t := strings.TrimSpace(m.Text); t != "" {
			fmt.Fprintf(w, "\n%s\n", indent(t, "    "))
		}
	}
	for ; ev < len(c.Events); ev++ {
		printEvent(w, c.Events[ev])
	}
}

// printEvent prints one timeline row: "== time  actor: what".
func printEvent(w io.Writer, e eventJSON) {
	what := e.Kind
	switch {
	case e.From != "" && e.To != "":
		what = e.From + " → " + e.To
	case e.Kind == "opened":
		what = "opened as " + e.To
	}
	if e.Detail != "" && !(e.Kind == "mail_in") {
		what += " (" + e.Detail + ")"
	}
	if e.Kind == "mail_in" {
		return // the message itself is on the timeline
	}
	fmt.Fprintf(w, "\n== %s  %s: %s\n", e.At, e.Actor, what)
}

func arrow(dir string) string {
	if dir == "out" {
		return "sent"
	}
	return "received"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// deliveryLine says where an outgoing mail stands: sent when, or pending
// (deferred after failed attempts: when it is tried next and why it
// failed), or failed and why, with its outbox id for `redress outbox`.
func deliveryLine(m messageJSON) string {
	var b strings.Builder
	b.WriteString(m.Delivery)
	switch {
	case m.Delivery == casefile.OutboxSent && m.SentAt != "":
		b.WriteString(" " + m.SentAt)
	case m.Delivery == casefile.OutboxPending && m.DeliveryAttempts > 0:
		fmt.Fprintf(&b, " (deferred after %d attempts; next try %s)", m.DeliveryAttempts, m.NextAttempt)
	case m.Delivery == casefile.OutboxPending && m.NextAttempt != "":
		fmt.Fprintf(&b, " (next try %s)", m.NextAttempt)
	}
	if m.OutboxID != 0 {
		fmt.Fprintf(&b, "; outbox #%d", m.OutboxID)
	}
	if m.DeliveryError != "" && m.Delivery != casefile.OutboxSent {
		b.WriteString("; " + m.DeliveryError)
	}
	return b.String()
}

// filterCases applies the list filters of `cases list`; cases come oldest
// first, and -limit keeps the newest.
func filterCases(cases []casefile.Case, states, kind, missing, since string, limit int, loc *time.Location) ([]casefile.Case, error) {
	var from time.Time
	if since != "" {
		var err error
		if from, err = time.ParseInLocation(time.DateOnly, since, loc); err != nil {
			return nil, exitError{code: 2, msg: fmt.Sprintf("cases list: -since %q is not a date YYYY-MM-DD", since)}
		}
	}
	if limit < 0 {
		return nil, exitError{code: 2, msg: "cases list: -limit must not be negative"}
	}
	var want []string
	for _, st := range strings.Split(states, ",") {
		if st = strings.TrimSpace(st); st != "" {
			want = append(want, st)
		}
	}
	out := cases[:0:0]
	for _, c := range cases {
		switch {
		case len(want) > 0 && !slices.Contains(want, c.State),
			kind != "" && c.Kind != kind,
			missing != "" && !slices.Contains(c.Missing, missing),
			!from.IsZero() && c.CreatedAt.Before(from):
			continue
		}
		out = append(out, c)
	}
	if limit > 0 && len(out) > limit {
		out = out[len(out)-limit:]
	}
	return out, nil
}
