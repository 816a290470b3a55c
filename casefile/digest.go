package casefile

import (
	"fmt"
	"strings"
)

// HasOutgoing reports whether an outgoing mail with Message-ID messageID
// has been recorded (queued, sent, failed or dropped alike). The daily
// digest names its mail by the station's day, so this is its record of
// having been sent.
func (tx *Tx) HasOutgoing(messageID string) (bool, error) {
	var n int
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT COUNT(*) FROM messages WHERE direction = 'out' AND message_id = ?`, messageID).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("looking for outgoing mail %s: %w", messageID, err)
	}
	return n > 0, nil
}

// droppedPrefix starts the last error of mail the operator dropped.
const droppedPrefix = "dropped by the operator: "

// Dropped reports whether e failed because the operator gave it up
// (redress outbox drop), rather than because it could not be delivered.
func (e OutboxEntry) Dropped() bool { return strings.HasPrefix(e.LastError, droppedPrefix) }
