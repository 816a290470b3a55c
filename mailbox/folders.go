package mailbox

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/emersion/go-imap/v2"
)

// maxFolders bounds how many folders a LIST may return.
const maxFolders = 10_000

// Folder is one folder of the account, as LIST reports it.
type Folder struct {
	Name string
	// SpecialUse holds the folder's special-use attributes (RFC 6154),
	// e.g. `\Sent`, when the server reports them.
	SpecialUse []string
	// NoSelect is true for a folder that holds only other folders.
	NoSelect bool
}

// Folders lists the account's folders with their special-use attributes:
// LIST "" "*" RETURN (SPECIAL-USE) where the server offers SPECIAL-USE with
// LIST-EXTENDED (or IMAP4rev2), a plain LIST otherwise (servers that offer
// SPECIAL-USE alone report the attributes there). Names are decoded from
// modified UTF-7: `已发送` comes back as `已发送`.
func (c *Client) Folders(ctx context.Context) ([]Folder, error) {
	if err := c.usable(); err != nil {
		return nil, fmt.Errorf("listing folders: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.timeout())
	defer cancel()
	stop := context.AfterFunc(ctx, func() { c.imap.Close() })
	defer stop()

	caps := c.imap.Caps()
	var opts *imap.ListOptions
	extended := caps.Has(imap.CapIMAP4rev2) || caps.Has(imap.CapListExtended)
	if extended && (caps.Has(imap.CapSpecialUse) || caps.Has(imap.CapIMAP4rev2)) {
		opts = &imap.ListOptions{ReturnSpecialUse: true}
	}
	was := c.wc.setArmed(true)
	defer c.wc.setArmed(was)
	cmd := c.imap.List("", "*", opts)
	var out []Folder
	for {
		d := cmd.Next()
		if d == nil {
			break
		}
		if len(out) >= maxFolders {
			continue // drain, but keep no more
		}
		f := Folder{Name: d.Mailbox}
		for _, a := range d.Attrs {
			switch {
			case strings.EqualFold(string(a), string(imap.MailboxAttrNoSelect)), strings.EqualFold(string(a), string(imap.MailboxAttrNonExistent)):
				f.NoSelect = true
			case isSpecialUse(a):
				f.SpecialUse = append(f.SpecialUse, string(a))
			}
		}
		out = append(out, f)
	}
	if err := cmd.Close(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("listing folders on imap %s: no answer within %s: %w", c.addr, c.cfg.timeout(), ErrConnectionClosed)
		}
		return nil, fmt.Errorf("listing folders on imap %s: %w", c.addr, throttled(err))
	}
	return out, nil
}

func isSpecialUse(a imap.MailboxAttr) bool {
	for _, su := range []imap.MailboxAttr{imap.MailboxAttrAll, imap.MailboxAttrArchive, imap.MailboxAttrDrafts,
		imap.MailboxAttrFlagged, imap.MailboxAttrJunk, imap.MailboxAttrSent, imap.MailboxAttrTrash} {
		if strings.EqualFold(string(a), string(su)) {
			return true
		}
	}
	return false
}

// SentNames are the names a Sent folder goes by where the server does not
// mark it `\Sent`, in the order FindSent tries them: Dovecot and most
// servers, Tencent (QQ Mail, Exmail) and Apple, Microsoft, and the
// Chinese names of NetEase, Tencent and Alibaba.
var SentNames = []string{"Sent", "Sent Messages", "Sent Items", "Sent Mail", "已发送", "已发送邮件", "已發送", "寄件備份"}

// FindSent picks the Sent folder out of folders: the one marked `\Sent`
// (RFC 6154) first, then the first of SentNames that exists (compared
// without case, also below a personal namespace prefix such as "INBOX." or
// "[Gmail]/"). how says which rule chose it; name "" means none did.
func FindSent(folders []Folder) (name, how string) {
	for _, f := range folders {
		if f.NoSelect {
			continue
		}
		for _, a := range f.SpecialUse {
			if strings.EqualFold(a, string(imap.MailboxAttrSent)) {
				return f.Name, `marked \Sent (SPECIAL-USE)`
			}
		}
	}
	for _, want := range SentNames {
		i := slices.IndexFunc(folders, func(f Folder) bool { return !f.NoSelect && strings.EqualFold(f.Name, want) })
		if i >= 0 {
			return folders[i].Name, "by its name"
		}
	}
	base := func(name string) string {
		if j := strings.LastIndexAny(name, "./"); j >= 0 {
			return name[j+1:]
		}
		return name
	}
	for _, want := range SentNames {
		i := slices.IndexFunc(folders, func(f Folder) bool { return !f.NoSelect && strings.EqualFold(base(f.Name), want) })
		if i >= 0 {
			name := folders[i].Name
			return name, "by its name below " + strconv.Quote(name[:len(name)-len(base(name))])
		}
	}
	return "", ""
}
