package desk

import (
	"context"
	"fmt"

	"github.com/yweca/redress/casefile"
)

// Refile runs mail kept without a case through today's pipeline again —
// after a parser fix, or mail unfiled by an older version: the mail with
// row id id, or every unfiled mail when id is 0. Mail that is still not
// fileable stays unfiled, with today's reason. Each mail is filed in a
// transaction of its own.
func (d *Desk) Refile(ctx context.Context, id int64) (Stats, error) {
	var st Stats
	stored, err := d.store.UnfiledIncoming(ctx, id)
	if err != nil {
		return st, storageFault(err)
	}
	if id != 0 && len(stored) == 0 {
		return st, fmt.Errorf("mail #%d is not kept without a case (see redress cases unfiled): %w", id, casefile.ErrNotFound)
	}
	for _, s := range stored {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		b := casefile.Blob{SHA256: s.SHA256, Size: s.Size}
		p := d.parseStored(b)
		if p.storageErr != nil {
			return st, storageFault(fmt.Errorf("refiling mail #%d: %w", s.ID, p.storageErr))
		}
		if err := d.store.SyncBlobs(); err != nil {
			return st, storageFault(err)
		}
		it := item{blob: b, parsed: p, folder: s.Folder, uidValidity: s.UIDValidity, uid: s.UID, received: s.ReceivedAt, refile: s.ID}
		one, err := d.write(ctx, func(tx *casefile.Tx, st *Stats, logs *[]func()) error {
			return d.file(tx, it, st, logs)
		})
		if err != nil {
			return st, storageFault(fmt.Errorf("refiling mail #%d: %w", s.ID, err))
		}
		st.add(one)
	}
	return st, nil
}
