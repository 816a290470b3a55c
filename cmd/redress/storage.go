package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
	"github.com/yweca/redress/monitor"
)

// Where a station's cases are: its SQLite file, or a schema of a
// PostgreSQL database (storage.postgres) that several instances of
// redress may share.

// usesPostgres is whether the station keeps its cases in PostgreSQL.
func usesPostgres(cfg *config.Config) bool { return cfg.Storage.Postgres != nil }

// storeName names the station's case file in messages: its path, or the
// PostgreSQL schema (the URL is never shown: it may say too much).
func storeName(cfg *config.Config) string {
	if usesPostgres(cfg) {
		return fmt.Sprintf("PostgreSQL schema %s (storage.postgres)", cfg.PostgresSchema())
	}
	return cfg.DatabasePath() + " (storage.database)"
}

func openStore(ctx context.Context, cfg *config.Config) (*casefile.Store, error) {
	return openStoreAt(ctx, cfg, nil)
}

func openStoreAt(ctx context.Context, cfg *config.Config, now func() time.Time) (*casefile.Store, error) {
	opts := casefile.Options{
		Now:        now,
		CasePrefix: cfg.Station.CasePrefix,
		Location:   cfg.Location(),
	}
	if usesPostgres(cfg) {
		pw, err := cfg.PostgresPassword()
		if err != nil {
			return nil, err
		}
		opts.Schema = cfg.PostgresSchema()
		st, err := casefile.OpenPostgres(ctx, cfg.Storage.Postgres.URL, pw, opts)
		if err != nil {
			return nil, fmt.Errorf("storage.postgres: %w", err)
		}
		return st, nil
	}
	opts.MailDir = cfg.MailDir()
	st, err := casefile.Open(ctx, cfg.DatabasePath(), opts)
	if err != nil {
		// Say which key and what to do rather than SQLite's "unable to
		// open database file" for a permission problem.
		if cerr := casefile.CheckDatabase(cfg.DatabasePath()); cerr != nil {
			return nil, fmt.Errorf("storage.database: %w", cerr)
		}
		if cerr := casefile.CheckMailDir(cfg.MailDir()); cerr != nil {
			return nil, fmt.Errorf("storage.mail_dir: %w", cerr)
		}
		return nil, fmt.Errorf("opening the case database %s (storage.database): %w", cfg.DatabasePath(), err)
	}
	return st, nil
}

// stationLockName is the PostgreSQL advisory lock that the instance
// polling the station holds.
func stationLockName(cfg *config.Config) string {
	return "redress:station:" + cfg.PostgresSchema()
}

// tryStationLock takes, without waiting, the lock that makes one process
// at a time poll the station's inbox: the flock beside the SQLite file,
// or the station's advisory lock in PostgreSQL. It wraps errLocked when
// another process holds it. check, for PostgreSQL, is the lock's
// SessionLock (nil for SQLite, whose lock cannot be lost).
func tryStationLock(ctx context.Context, cfg *config.Config) (release func(), check *casefile.SessionLock, err error) {
	if !usesPostgres(cfg) {
		release, err := lockDatabase(cfg.DatabasePath())
		return release, nil, err
	}
	pw, err := cfg.PostgresPassword()
	if err != nil {
		return nil, nil, err
	}
	l, err := casefile.TrySessionLock(ctx, cfg.Storage.Postgres.URL, pw, stationLockName(cfg), cfg.LockTimeout())
	if errors.Is(err, casefile.ErrLockHeld) {
		return nil, nil, fmt.Errorf("another redress is polling station %s (%s): %w", cfg.Station.CasePrefix, storeName(cfg), errLocked)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("storage.postgres: %w", err)
	}
	return func() { l.Release() }, l, nil
}

// pollWhileLocked runs poll for a PostgreSQL station only while this
// instance holds the station's lock, until ctx is done. Without the lock
// it tries again every third of storage.lock_timeout, so that when the
// holder dies (its session, and the lock with it, ends at once on a
// crash, or after the keepalives of TrySessionLock on a lost machine)
// another instance polls within the timeout. The holder checks its lock
// as often; when the check fails it stops polling at once, since another
// instance may take the inbox over.
//
// Only a lock held elsewhere makes this instance a standby for /healthz; a
// lock that cannot be asked for (the database is down) counts as a failed
// poll, so that /healthz says so when nobody polls.
func (d *wiring) pollWhileLocked(ctx context.Context, mon *monitor.Monitor, poll func(context.Context)) {
	every := d.cfg.LockTimeout() / 3
	standby := false
	for ctx.Err() == nil {
		release, lock, err := tryStationLock(ctx, d.cfg)
		if err != nil {
			if errors.Is(err, errLocked) {
				if !standby {
					d.log.Info("another instance polls this station; this one delivers its mail and takes the inbox over if that one stops",
						"component", "desk", "lock_timeout", d.cfg.LockTimeout())
				}
				standby = true
				mon.Standby(true)
			} else {
				d.log.Warn("cannot take the station's lock; trying again", "component", "desk", "err", err)
				standby = false
				mon.Standby(false)
				mon.PollDone(0, 0, err)
			}
			sleepCtx(ctx, every)
			continue
		}
		mon.Standby(false)
		d.log.Info("polling this station (took its lock)", "component", "desk", "lock", lock.Name())
		lctx, cancel := context.WithCancel(ctx)
		go lock.Hold(lctx, every, func(err error) {
			d.log.Error("lost the station's lock: polling stops until it is taken again", "component", "desk", "err", err)
			cancel()
		})
		// Claims of instances that died while sending.
		if err := d.releaseClaims(lctx); err != nil {
			d.log.Warn("cannot release the claims of stopped instances; their mail goes when the claims run out", "component", "outbox", "err", err)
		}
		poll(lctx)
		cancel()
		d.desk.Close()
		release()
		standby = false
	}
}

// sleepCtx waits for d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// checkPostgres is check-config's test of storage.postgres: the server
// answers and takes the password given. It changes nothing (the daemon
// makes the schema and migrates it when it starts).
func checkPostgres(ctx context.Context, cfg *config.Config) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	pw, err := cfg.PostgresPassword()
	if err != nil {
		return err
	}
	return casefile.PingPostgres(ctx, cfg.Storage.Postgres.URL, pw)
}
