//go:build unix

package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// errLocked is wrapped by lockDatabase's error when another process holds
// the lock.
var errLocked = errors.New("the database is locked by a running redress")

// lockDatabase takes an exclusive lock beside the database so that two
// daemons never poll and send for the same station at once (which could
// send a queued mail twice). The lock goes with the process.
func lockDatabase(dbPath string) (release func(), err error) {
	path := dbPath + ".lock"
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening the lock file %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("another redress is already working on %s (lock %s held); stop it first: %w", dbPath, path, errLocked)
		}
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	return func() { f.Close() }, nil
}
