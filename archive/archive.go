package archive

import (
	"io"
	"time"
)

// Message is one mail of an archive. Body is valid until the next call of
// the archive's Next, which skips whatever of it was not read.
type Message struct {
	Body io.Reader
	// Received is when the mail was delivered, as the archive records it:
	// the date of an mbox From_ line, the modification time of a maildir
	// file. Zero when unknown.
	Received time.Time
	// Offset is where the message's From_ line starts in an mbox file (0
	// for maildir); Separator is that line without its line end.
	Offset    int64
	Separator string
	// Name is a maildir file's path below the maildir ("cur/…", "new/…");
	// "" for mbox.
	Name string
}
