package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"slices"
	"strings"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/workflow"
)

// caseActions are the staff commands `redress case` offers, as in a staff
// reply's #lines.
var caseActions = []string{"note", "status", "close", "recovered", "respondent", "complainant", "kind", "assign", "merge"}

const caseUsage = `usage: redress case ACTION REF [ARGS...] [-m TEXT] -config FILE
       redress case new -config FILE --channel phone|visit|letter --name NAME --phone PHONE --respondent TEXT --text TEXT [--email ADDR] [--kind complaint|inquiry] [-json]
  note REF -m TEXT                 an internal note on the case
  status REF open|in_mediation|resolved
  close REF REASON [TEXT...]       resolved, withdrawn, unreachable, duplicate, rejected, out_of_scope
  recovered REF AMOUNT [CURRENCY]  money recovered for the consumer
  respondent REF NAME[; URL or PHONE]
  complainant REF NAME[; PHONE]
  kind REF complaint|inquiry
  assign REF ADDRESS
  merge REF INTO                   fold case REF into case INTO (the consumer is told)
-m TEXT relays TEXT to the consumer (except with note), as a staff reply would.`

// cmdCase applies a staff command from the terminal, with the same rules
// and timeline rows as the #command in a staff reply; the actor is the
// local user.
func cmdCase(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "new" {
		return cmdCaseNew(ctx, args[1:], stdout, stderr)
	}
	if len(args) == 0 || !slices.Contains(caseActions, args[0]) {
		return exitError{code: 2, msg: caseUsage}
	}
	action := args[0]
	var cf commonFlags
	fs := newFlagSet("case "+action, stderr)
	cf.register(fs)
	cf.registerStation(fs)
	text := fs.String("m", "", "text: the note, or what to relay to the consumer")
	pos, err := parseFlags(fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return exitError{code: 2, msg: caseUsage}
	}
	ref := strings.Trim(strings.ToUpper(pos[0]), "[]")
	line := strings.TrimSpace("#" + action + " " + strings.Join(pos[1:], " "))
	cmds, _, cerr := workflow.ParseCommands(line)
	if cerr != nil {
		return exitError{code: 2, msg: "case " + action + ": " + cerr.Problem}
	}
	if action == "note" && strings.TrimSpace(*text) == "" {
		return exitError{code: 2, msg: "case note: give the note with -m TEXT"}
	}
	all, err := cf.load()
	if err != nil {
		return err
	}
	cfg, err := stationForRef(all, cf.station, ref)
	if err != nil {
		return err
	}
	d, store, err := openRefileDesk(ctx, cfg, cf.logger(stderr))
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := d.RunCommands(ctx, ref, cmds, strings.TrimSpace(*text), localActor())
	var cmdErr *workflow.CommandError
	if errors.As(err, &cmdErr) {
		return exitError{code: 1, msg: "case " + action + ": " + cmdErr.Problem}
	}
	if errors.Is(err, casefile.ErrNotFound) {
		return exitError{code: 1, msg: fmt.Sprintf("no case %s in %s", ref, storeName(cfg))}
	}
	if err != nil {
		return err
	}
	c, err := store.CaseByRef(ctx, ref)
	if err != nil {
		return err
	}
	state := c.State
	if c.CloseReason != "" {
		state += " (" + c.CloseReason + ")"
	}
	fmt.Fprintf(stdout, "%s: %s; state %s", ref, line, state)
	if st.Queued > 0 {
		fmt.Fprintf(stdout, "; %d mail queued (sent by the daemon or the next once)", st.Queued)
	}
	fmt.Fprintln(stdout)
	return nil
}

// localActor names the person at the terminal for the timeline: the local
// user name.
func localActor() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if n := os.Getenv("USER"); n != "" {
		return n
	}
	return "local user"
}

// cmdSecret rotates the token secret of staff notices.
func cmdSecret(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "rotate" {
		return exitError{code: 2, msg: "usage: redress secret rotate -config FILE"}
	}
	var cf commonFlags
	fs := newFlagSet("secret rotate", stderr)
	cf.register(fs)
	cf.registerStation(fs)
	if _, err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	cfg, err := cf.loadOne("secret rotate")
	if err != nil {
		return err
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.RotateSecret(ctx); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "the token secret of staff notices is new; replies to notices sent before still verify until the next rotation")
	return nil
}
