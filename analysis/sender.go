package analysis

import "strings"

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
