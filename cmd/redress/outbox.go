package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
)

// outboxRecent is how far back `outbox list` shows sent mail.
const outboxRecent = 7 * 24 * time.Hour

const outboxUsage = "usage: redress outbox list [-json] -config FILE | outbox flush -config FILE | outbox retry ID|-failed -config FILE | outbox drop ID -reason TEXT -config FILE"

// cmdOutbox puts the outbox in the operator's hands, as postqueue does for
// Postfix: list it, send what is pending now, requeue failed mail, drop a
// mail with a reason recorded on its case.
func cmdOutbox(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || !slices.Contains([]string{"list", "flush", "retry", "drop"}, args[0]) {
		return exitError{code: 2, msg: outboxUsage}
	}
	sub := args[0]
	var cf commonFlags
	fs := newFlagSet("outbox "+sub, stderr)
	cf.register(fs)
	asJSON := fs.Bool("json", false, "list: print JSON instead of a table")
	failed := fs.Bool("failed", false, "retry: every failed mail")
	reason := fs.String("reason", "", "drop: why (recorded on the case)")
	cf.registerStation(fs)
	pos, err := parseFlags(fs, args[1:])
	if err != nil {
		return err
	}
	cfg, err := cf.load()
	if err != nil {
		return err
	}
	if sub == "drop" || (sub == "retry" && !*failed) {
		// Outbox ids are per station.
		st, err := oneStation(cfg, cf.station, "outbox "+sub)
		if err != nil {
			return err
		}
		return outboxOne(ctx, st, sub, pos, *asJSON, *failed, *reason, stdout)
	}
	stations, err := selectStations(cfg, cf.station)
	if err != nil {
		return err
	}
	out := outText
	if *asJSON {
		out = outJSON
	}
	return forStations(stations, out, stdout, func(st *config.Config, w io.Writer) error {
		if sub == "flush" {
			return outboxFlush(ctx, st, cf.logger(stderr), w)
		}
		return outboxOne(ctx, st, sub, pos, *asJSON, *failed, *reason, w)
	})
}

// outboxOne lists, retries or drops mail in the outbox of one station.
func outboxOne(ctx context.Context, cfg *config.Config, sub string, pos []string, asJSON, failed bool, reason string, stdout io.Writer) error {
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	switch sub {
	case "list":
		entries, err := store.ListOutbox(ctx, store.Now().Add(-outboxRecent))
		if err != nil {
			return err
		}
		return printOutbox(stdout, entries, asJSON, cfg.Location())
	case "retry":
		var id int64
		switch {
		case failed && len(pos) == 0:
		case !failed && len(pos) == 1:
			if id, err = strconv.ParseInt(strings.TrimPrefix(pos[0], "#"), 10, 64); err != nil || id <= 0 {
				return exitError{code: 2, msg: fmt.Sprintf("outbox retry: %q is not an outbox id (see outbox list)", pos[0])}
			}
		default:
			return exitError{code: 2, msg: outboxUsage}
		}
		n, err := store.Requeue(ctx, id, casefile.ActorSystem+" (operator)")
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "requeued %d mails; the daemon (or the next `redress once`) sends them\n", n)
		return nil
	case "drop":
		if len(pos) != 1 {
			return exitError{code: 2, msg: outboxUsage}
		}
		id, err := strconv.ParseInt(strings.TrimPrefix(pos[0], "#"), 10, 64)
		if err != nil || id <= 0 {
			return exitError{code: 2, msg: fmt.Sprintf("outbox drop: %q is not an outbox id (see outbox list)", pos[0])}
		}
		if strings.TrimSpace(reason) == "" {
			return exitError{code: 2, msg: "outbox drop: give -reason TEXT; it is recorded on the case"}
		}
		if err := store.Drop(ctx, id, reason, casefile.ActorSystem+" (operator)"); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "dropped outbox mail #%d\n", id)
		return nil
	}
	return exitError{code: 2, msg: outboxUsage}
}

// outboxFlush sends every pending mail now, whatever its backoff. With a
// daemon running (it holds the database lock) it only makes the mail due:
// the daemon's delivery sends it within a minute.
func outboxFlush(ctx context.Context, cfg *config.Config, logger *slog.Logger, stdout io.Writer) error {
	s, err := openStation(ctx, cfg, logger)
	if errors.Is(err, errLocked) {
		store, err := openStore(ctx, cfg)
		if err != nil {
			return err
		}
		defer store.Close()
		n, err := store.DueNow(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d pending mails made due now; the running daemon sends them within a minute\n", n)
		return nil
	}
	if err != nil {
		return err
	}
	defer s.Close()
	n, err := s.store.DueNow(ctx)
	if err != nil {
		return err
	}
	st, err := s.deliver.Flush(ctx)
	fmt.Fprintf(stdout, "%d pending; sent %d, to retry %d, failed %d", n, st.Sent, st.Retried, st.Failed)
	if st.Deferred > 0 {
		fmt.Fprintf(stdout, ", %d left queued: the mail server could not be reached", st.Deferred)
	}
	if st.Limited > 0 {
		fmt.Fprintf(stdout, ", %d held back by smtp.max_per_minute/max_per_day until %s", st.Limited, st.LimitedUntil.In(cfg.Location()).Format(time.DateTime))
	}
	fmt.Fprintln(stdout)
	if err == nil && st.Deferred > 0 {
		err = fmt.Errorf("the mail server could not be reached: %d mails stay queued", st.Deferred)
	}
	return err
}

// outboxJSON is one outbox row in `outbox list --json`.
type outboxJSON struct {
	ID          int64    `json:"id"`
	Case        string   `json:"case"`
	Purpose     string   `json:"purpose"`
	To          []string `json:"to"`
	Subject     string   `json:"subject"`
	State       string   `json:"state"`
	Attempts    int      `json:"attempts"`
	NextAttempt string   `json:"next_attempt,omitempty"`
	LastError   string   `json:"last_error"`
	SentAt      string   `json:"sent_at,omitempty"`
	Queued      string   `json:"queued"`
}

func printOutbox(w io.Writer, entries []casefile.OutboxEntry, asJSON bool, loc *time.Location) error {
	ts := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(loc).Format(time.RFC3339)
	}
	if asJSON {
		out := make([]outboxJSON, 0, len(entries))
		for _, e := range entries {
			j := outboxJSON{ID: e.ID, Case: e.CaseRef, Purpose: e.Purpose, To: e.To, Subject: e.Subject, State: e.State,
				Attempts: e.Attempts, LastError: e.LastError, SentAt: ts(e.SentAt), Queued: ts(e.Queued)}
			if j.To == nil {
				j.To = []string{}
			}
			if e.State == casefile.OutboxPending {
				j.NextAttempt = ts(e.NextAttempt)
			}
			out = append(out, j)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(entries) == 0 {
		fmt.Fprintln(w, "the outbox is empty (no pending or failed mail, none sent in the last 7 days)")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCASE\tPURPOSE\tTO\tSTATE\tATTEMPTS\tNEXT / SENT\tLAST ERROR")
	for _, e := range entries {
		when := ""
		switch e.State {
		case casefile.OutboxPending:
			when = "next " + ts(e.NextAttempt)
		case casefile.OutboxSent:
			when = "sent " + ts(e.SentAt)
		}
		c := e.CaseRef
		if c == "" {
			c = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", e.ID, c, e.Purpose, strings.Join(e.To, ","), e.State, e.Attempts, when, strings.Join(strings.Fields(e.LastError), " "))
	}
	return tw.Flush()
}
