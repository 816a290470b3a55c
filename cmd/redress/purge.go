package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

const purgeUsage = "usage: redress purge [-dry-run] -config FILE"

// cmdPurge applies the retention period (policy.retain): it removes the
// closed cases whose closure is older, with their mail and files, and
// mail kept without a case received before then; open cases are never
// removed. With -dry-run it prints what it would remove and changes
// nothing. One log line per run gives the counts.
func cmdPurge(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cf commonFlags
	fs := newFlagSet("purge", stderr)
	cf.register(fs)
	cf.registerStation(fs)
	dryRun := fs.Bool("dry-run", false, "print what would be removed; remove nothing")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return exitError{code: 2, msg: purgeUsage}
	}
	cfg, err := cf.loadOne("purge")
	if err != nil {
		return err
	}
	logger := cf.logger(stderr).With("component", "purge")
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	retain := cfg.Retain()
	cutoff := retain.Cutoff(store.Now())
	p, err := store.Purge(ctx, cutoff, *dryRun)
	verb := "removed"
	if *dryRun {
		verb = "would remove"
	}
	// What was committed before a failure is reported too.
	fmt.Fprintf(stdout, "%s %d closed cases (closed before %s, policy.retain %s), %d mails with them, %d unfiled mails, %d attachments, %d files",
		verb, len(p.Cases), cutoff.In(cfg.Location()).Format(time.DateOnly), retain, p.Messages, p.Unfiled, p.Attachments, p.Files)
	if !*dryRun {
		fmt.Fprintf(stdout, ", %d orphan files", p.Orphans)
	}
	fmt.Fprintln(stdout)
	for _, ref := range p.Cases {
		fmt.Fprintln(stdout, ref)
	}
	logger.Info("purge", "dry_run", *dryRun, "retain", retain.String(), "cutoff", cutoff.Format(time.RFC3339),
		"cases", len(p.Cases), "messages", p.Messages, "unfiled", p.Unfiled, "attachments", p.Attachments,
		"files", p.Files, "orphans", p.Orphans, "complete", err == nil)
	if err != nil {
		return fmt.Errorf("purging stopped (the cases listed above are done; run purge again to finish): %w", err)
	}
	return nil
}
