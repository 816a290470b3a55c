package casefile

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrLockHeld is wrapped by TrySessionLock's error when another session
// holds the lock.
var ErrLockHeld = errors.New("held by another redress")

// SessionLock is a PostgreSQL session advisory lock, held on a connection
// of its own for as long as the lock is wanted: the server releases it
// when that session ends, however the process holding it ended. It is how
// instances sharing one database agree that exactly one polls a station's
// inbox (docs/postgres.md): the SQLite counterpart is the flock beside the
// database file.
//
// A session the server cannot reach any more ends after its TCP keepalive
// gives up; TrySessionLock sets the session's keepalives from timeout so
// that a holder cut off from the server (a dead machine, a broken network)
// loses the lock within about timeout, and Check on the holder's side
// fails within the same time, so it stops polling before another instance
// starts.
type SessionLock struct {
	mu      sync.Mutex // one statement at a time on conn
	conn    *pgx.Conn
	name    string
	timeout time.Duration
}

// TrySessionLock takes the advisory lock called name (any string: its
// 64-bit key is the server's hashtextextended(name, 0)) on a new
// connection to url, without waiting. It wraps ErrLockHeld when another
// session holds it. password, when not empty, replaces one in url.
func TrySessionLock(ctx context.Context, url, password, name string, timeout time.Duration) (*SessionLock, error) {
	cfg, err := pgConnConfig(url, password)
	if err != nil {
		return nil, err
	}
	return trySessionLock(ctx, cfg, name, timeout)
}

// trySessionLock is TrySessionLock on parsed settings, which it changes.
func trySessionLock(ctx context.Context, cfg *pgx.ConnConfig, name string, timeout time.Duration) (*SessionLock, error) {
	if timeout < 3*time.Second {
		timeout = 3 * time.Second
	}
	// The server gives up on a silent peer after idle + interval*count:
	// about timeout. tcp_user_timeout bounds unacknowledged sends the
	// same way (milliseconds).
	secs := func(d time.Duration) string { return strconv.Itoa(max(1, int(d/time.Second))) }
	cfg.RuntimeParams["tcp_keepalives_idle"] = secs(timeout / 3)
	cfg.RuntimeParams["tcp_keepalives_interval"] = secs(timeout / 6)
	cfg.RuntimeParams["tcp_keepalives_count"] = "3"
	cfg.RuntimeParams["tcp_user_timeout"] = strconv.FormatInt(timeout.Milliseconds(), 10)
	cfg.RuntimeParams["application_name"] = "redress lock"
	cfg.ConnectTimeout = timeout
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connecting to PostgreSQL at %s:%d to take the lock %q: %w", cfg.Host, cfg.Port, name, err)
	}
	var got bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(hashtextextended($1, 0))`, name).Scan(&got); err != nil {
		conn.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("taking the lock %q: %w", name, err)
	}
	if !got {
		conn.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("the lock %q is %w", name, ErrLockHeld)
	}
	return &SessionLock{conn: conn, name: name, timeout: timeout}, nil
}

// Check asks the server, within the lock's timeout, whether this session
// still holds the lock. An error means it may not: the holder must stop
// the work the lock guards and Release it.
func (l *SessionLock) Check(ctx context.Context) error {
	return l.Holds(ctx, l.name)
}

// Holds asks the server, within the lock's timeout, whether this session
// holds the lock called name (its own, or one Take took).
func (l *SessionLock) Holds(ctx context.Context, name string) error {
	ctx, cancel := context.WithTimeout(ctx, l.timeout/2)
	defer cancel()
	l.mu.Lock()
	defer l.mu.Unlock()
	var held bool
	err := l.conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_locks
		WHERE locktype = 'advisory' AND objsubid = 1 AND pid = pg_backend_pid() AND granted
		AND (classid::bigint << 32) | objid::bigint = hashtextextended($1, 0))`, name).Scan(&held)
	if err != nil {
		return fmt.Errorf("checking the lock %q: %w", name, err)
	}
	if !held {
		return fmt.Errorf("the lock %q is no longer held by this session", name)
	}
	return nil
}

// Hold checks the lock every interval until ctx is done or a check fails;
// then it calls lost (when the check failed) and returns. Run it beside
// the work the lock guards, with lost cancelling that work.
func (l *SessionLock) Hold(ctx context.Context, interval time.Duration, lost func(error)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := l.Check(ctx); err != nil {
			if ctx.Err() == nil {
				lost(err)
			}
			return
		}
	}
}

// Release gives the lock up by ending its session, with every lock Take
// took on it.
func (l *SessionLock) Release() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.conn.Close(ctx)
}

// Take takes one more advisory lock, called name, on the same session,
// without waiting; it wraps ErrLockHeld when another session holds it.
// It goes with the session, or with Give.
func (l *SessionLock) Take(ctx context.Context, name string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	var got bool
	if err := l.conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(hashtextextended($1, 0))`, name).Scan(&got); err != nil {
		return fmt.Errorf("taking the lock %q: %w", name, err)
	}
	if !got {
		return fmt.Errorf("the lock %q is %w", name, ErrLockHeld)
	}
	return nil
}

// Give gives up a lock Take took.
func (l *SessionLock) Give(ctx context.Context, name string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, err := l.conn.Exec(ctx, `SELECT pg_advisory_unlock(hashtextextended($1, 0))`, name); err != nil {
		return fmt.Errorf("giving up the lock %q: %w", name, err)
	}
	return nil
}

// Name is the lock's name.
func (l *SessionLock) Name() string { return l.name }

// PingPostgres connects to the PostgreSQL server at url with password
// (when not empty) and runs a trivial query: whether the server answers
// and takes the credentials. It changes nothing.
func PingPostgres(ctx context.Context, url, password string) error {
	cfg, err := pgConnConfig(url, password)
	if err != nil {
		return err
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return fmt.Errorf("connecting to PostgreSQL at %s:%d database %s: %w", cfg.Host, cfg.Port, cfg.Database, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var one int
	if err := conn.QueryRow(ctx, `SELECT 1`).Scan(&one); err != nil {
		return fmt.Errorf("querying PostgreSQL at %s:%d: %w", cfg.Host, cfg.Port, err)
	}
	return nil
}
