package analysis

import (
	"slices"
	"strings"

	"github.com/yweca/redress/parser"
)

// IsStation reports whether addr is the station's: in the domain of
// opts.StationAddress (not a subdomain), or one of opts.StaffAddresses,
// case-insensitively. Mail from such an address is staff mail; a reply to
// one would go to ourselves.
func IsStation(addr string, opts Options) bool {
	addr = strings.ToLower(strings.TrimSpace(addr))
	if addr == "" {
		return false
	}
	for _, s := range opts.StaffAddresses {
		if strings.EqualFold(strings.TrimSpace(s), addr) {
			return true
		}
	}
	station := strings.ToLower(strings.TrimSpace(opts.StationAddress))
	at := strings.LastIndexByte(station, '@')
	if at < 0 || at == len(station)-1 {
		return false
	}
	a := strings.LastIndexByte(addr, '@')
	return a >= 0 && addr[a+1:] == station[at+1:]
}

// machineLocalParts are mailboxes, besides the delivery daemons of
// parser.DaemonSender, that machines send from and nobody reads.
var machineLocalParts = []string{"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "bounce", "bounces", "auto-reply", "autoreply", "notification", "notifications"}

// MachineSender reports whether addr is a mailbox that machines send from
// (a delivery daemon, a no-reply or notification address), and if so why,
// for the record. A "+tag" after the local part is ignored. RFC 3834 §2:
// automatic mail gets no automatic answer.
func MachineSender(addr string) (bool, string) {
	local, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(addr)), "@")
	local, _, _ = strings.Cut(local, "+")
	if local == "" {
		return false, ""
	}
	if parser.DaemonSender(local) || slices.Contains(machineLocalParts, local) {
		return true, "sender " + local + " is a machine"
	}
	return false, ""
}
