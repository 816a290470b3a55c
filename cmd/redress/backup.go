package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

const backupUsage = "usage: redress backup [-force] -config FILE OUT"

// cmdBackup writes a consistent copy of the case database to OUT while the
// daemon may be running. Raw mail and attachments are files in
// storage.mail_dir and are not in the copy: README.md, "Backup and
// restore", says how to copy them.
func cmdBackup(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cf commonFlags
	flags := newFlagSet("backup", stderr)
	cf.register(flags)
	cf.registerStation(flags)
	force := flags.Bool("force", false, "replace OUT if it exists")
	pos, err := parseFlags(flags, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return exitError{code: 2, msg: backupUsage}
	}
	out := pos[0]
	cfg, err := cf.loadOne("backup")
	if err != nil {
		return err
	}
	if usesPostgres(cfg) {
		return fmt.Errorf("station %s keeps its cases in PostgreSQL (storage.postgres): back it up with pg_dump --schema=%s; mail bodies are in the same schema", cfg.Station.CasePrefix, cfg.PostgresSchema())
	}
	// Said before the database is opened: a refused backup touches nothing.
	if _, err := os.Lstat(out); err == nil && !*force {
		return fmt.Errorf("backup %s already exists; remove it or give -force to replace it", out)
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.Backup(ctx, out, *force); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return err
		}
		return fmt.Errorf("backing up %s (storage.database): %w", cfg.DatabasePath(), err)
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backup %s: %d bytes, integrity_check ok\n", out, st.Size())
	fmt.Fprintf(stdout, "raw mail and attachments are not in it: copy %s (storage.mail_dir) now, after the database\n", cfg.MailDir())
	return nil
}
