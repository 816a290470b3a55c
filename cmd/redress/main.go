// Command redress is the complaint desk daemon of a consumer-rights service
// station: it polls the station's IMAP inbox, files each mail into a case in
// SQLite, asks consumers for missing details and sends its mail over SMTP.
//
// This package only wires the others together: flags, config, logging,
// signals and the schedule. See README.md for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // station time zones must load on machines without zoneinfo
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if code := report(err, os.Stderr); code != 0 {
		os.Exit(code)
	}
}

// report prints err (unless already reported) and returns the exit code.
func report(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ee exitError
	if !errors.As(err, &ee) || ee.msg != "" {
		fmt.Fprintln(stderr, "redress:", err)
	}
	return exitCode(err)
}

// exitError carries an exit code; msg "" means the problem was already
// reported.
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

func exitCode(err error) int {
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	if errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

const usage = `usage: redress COMMAND [flags]

commands:
  demo                          run the whole pipeline against built-in servers and sample mail
  run [-station NAME] -config FILE   the daemon: every station (or one) polls and sends on schedule until SIGINT/SIGTERM
  once [-no-send] [-station NAME] -config FILE  one poll, file and send cycle, then exit (-no-send: file and queue, send nothing)
  check-config -config FILE     validate the config and the storage, then try the IMAP login and SMTP greeting
  cases list [-json] [-overdue] [-state S,…] [-kind K] [-missing ITEM] [-since DATE] [-limit N] -config FILE
  cases show [-json] REF -config FILE
  cases unfiled [-json] -config FILE   mail kept without a case (auto-replies, bounces, unreadable mail) and why
  cases raw ID [-o FILE] -config FILE  a received mail's bytes, as kept for evidence
  cases attachment ID [-o FILE] -config FILE
  cases refile ID|-all -config FILE    file unfiled mail again through today's pipeline
  cases refetch UID|-all -config FILE  download mail that was given up again on the next round
  outbox list [-json] -config FILE     pending and failed mail, and mail sent in the last 7 days
  outbox flush -config FILE            send every pending mail now, whatever its backoff
  outbox retry ID|-failed -config FILE requeue mail that failed for good (after fixing an address)
  outbox drop ID -reason TEXT -config FILE   give a mail up, with the reason recorded on its case
  stats [-since DATE] [-until DATE] [-json] -config FILE   the station's figures: cases, completeness, times, closures, money recovered
  export [-format csv|json] [-since DATE] -config FILE   one row per case (CSV: UTF-8 with BOM for Excel and WPS)
  report [-since DATE] [-until DATE] [-out FILE.html] [-images DIR] -config FILE   the monthly report (default: last month) as one HTML file
  case ACTION REF [ARGS] [-m TEXT] -config FILE   staff commands from the terminal (note, status, close, recovered, respondent, complainant, kind, assign)
  case new --channel phone|visit|letter --name NAME --phone PHONE --respondent TEXT --text TEXT [--email ADDR] [--kind complaint|inquiry] [-json] -config FILE   a complaint taken by telephone, at the counter or from a letter
  purge [-dry-run] -config FILE   remove closed cases (and unfiled mail) older than policy.retain, with their mail and files
  backup [-force] -config FILE OUT   a consistent copy of the case database, safe while the daemon runs (mail files: see README)
  secret rotate -config FILE    replace the secret that signs staff notices
  store copy --to postgres://USER@HOST/DB [--schema NAME] [--allow-missing-bodies] -config FILE   copy the stopped station's SQLite case file and mail into PostgreSQL
  import -config FILE (--mbox FILE | --maildir DIR) [--send-acks]   file an archive of past mail; mails no one unless --send-acks
  parse [-config FILE] FILE.eml...   print what the parser reads from mail files, as JSON

With several stations in the config (stations:), cases, outbox, stats, export and report take
-station NAME (a station's name or case prefix) and cover every station without it; commands on
one case find its station by the reference's prefix; commands on an id need -station.
`

// run is the whole program; main only supplies the process's context,
// arguments and output.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError{code: 2}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "demo":
		return cmdDemo(ctx, rest, stdout, stderr)
	case "run":
		return cmdRun(ctx, rest, stdout, stderr)
	case "once":
		return cmdOnce(ctx, rest, stdout, stderr)
	case "check-config":
		return cmdCheckConfig(ctx, rest, stdout, stderr)
	case "cases":
		return cmdCases(ctx, rest, stdout, stderr)
	case "outbox":
		return cmdOutbox(ctx, rest, stdout, stderr)
	case "stats":
		return cmdStats(ctx, rest, stdout, stderr)
	case "export":
		return cmdExport(ctx, rest, stdout, stderr)
	case "report":
		return cmdReport(ctx, rest, stdout, stderr)
	case "case":
		return cmdCase(ctx, rest, stdout, stderr)
	case "backup":
		return cmdBackup(ctx, rest, stdout, stderr)
	case "secret":
		return cmdSecret(ctx, rest, stdout, stderr)
	case "store":
		return cmdStore(ctx, rest, stdout, stderr)
	case "purge":
		return cmdPurge(ctx, rest, stdout, stderr)
	case "parse":
		return cmdParse(ctx, rest, stdout, stderr)
	case "import":
		return cmdImport(ctx, rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "redress: unknown command %q\n\n%s", cmd, usage)
	return exitError{code: 2}
}

// newFlagSet makes a flag set that reports to stderr and does not exit.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("redress "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses flags that may appear before or after positional
// arguments (`cases show REF -config FILE`).
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, exitError{code: 2}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
