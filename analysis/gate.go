package analysis

import (
	"slices"
	"strings"

	"github.com/coregx/ahocorasick"
)

// Gates are literal scans that keep expensive patterns off texts they
// cannot match: one Aho-Corasick pass over a text's lower-cased bytes finds
// the words every match of a pattern holds, and the pattern runs only when
// one of them is there. Most mail is Chinese or English, and a pattern for
// the labels of a dozen other languages should cost it nothing.

// gate names one pattern kept behind a literal scan.
type gate int

const (
	// gateOrderAbroad: order-number labels in the buyers' languages
	// (orderNumAbroadRe).
	gateOrderAbroad gate = iota
	numGates
)

// gateKeys are the words of each gate, lower case: every match of the
// gated pattern holds one of them.
var gateKeys = [numGates][]string{
	gateOrderAbroad: {"заказ", "замовлен", "commande", "bestell", "auftrag", "pedido", "encomenda", "ordine",
		"ordernummer", "bestelnummer", "ordrenummer", "ordernr", "zamówieni", "sipariş", "objednávky",
		"الطلب", "주문", "注文番号", "đơn hàng", "pesanan", "คำสั่งซื้อ"},
}

// gates is the set of gates a text opened.
type gates uint64

func (g gates) has(x gate) bool { return g&(1<<x) != 0 }

// gateScan is the automaton of every gate's words; gateOf gives the gate
// of each pattern id.
var gateScan, gateOf = func() (*ahocorasick.Automaton, []gate) {
	var words []string
	var of []gate
	for g, keys := range gateKeys {
		for _, k := range keys {
			words = append(words, k)
			of = append(of, gate(g))
		}
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(words).Build()
	if err != nil {
		panic("analysis: building the gate automaton: " + err.Error())
	}
	return ac, of
}()

// scanGates returns the gates text opens.
func scanGates(text string) gates {
	var g gates
	for _, m := range gateScan.FindAllOverlapping([]byte(strings.ToLower(text))) {
		g |= 1 << gateOf[m.PatternID]
	}
	return g
}

// literals is an alternation of literal words matched as regexp would
// match them (leftmost first, then the word listed first, without
// overlaps) by one Aho-Corasick pass instead of the regexp engine, which
// tries every alternative at every byte.
type literals struct {
	ac *ahocorasick.Automaton
}

// newLiterals builds the alternation of words, in order of preference.
func newLiterals(words ...string) *literals {
	ac, err := ahocorasick.NewBuilder().AddStrings(words).Build()
	if err != nil {
		panic("analysis: building a literal alternation: " + err.Error())
	}
	return &literals{ac: ac}
}

// findAll returns the byte spans of the matches in s, as
// regexp.FindAllStringIndex(s, -1) would for the alternation of the words.
func (l *literals) findAll(s string) [][2]int {
	ms := l.ac.FindAllOverlapping([]byte(s))
	if len(ms) == 0 {
		return nil
	}
	slices.SortFunc(ms, func(a, b ahocorasick.Match) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.PatternID - b.PatternID
	})
	var out [][2]int
	end := 0
	for _, m := range ms {
		if m.Start >= end {
			out = append(out, [2]int{m.Start, m.End})
			end = m.End
		}
	}
	return out
}

// has reports whether s holds one of the words.
func (l *literals) has(s string) bool {
	return l.ac.IsMatch([]byte(s))
}

// starts returns the byte offsets in s where one of the words begins,
// overlaps included, in increasing order without repeats: where a pattern
// that must begin with one of them may match.
func (l *literals) starts(s string) []int {
	ms := l.ac.FindAllOverlapping([]byte(s))
	out := make([]int, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.Start)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
