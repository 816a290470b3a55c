package parser

import (
	"math"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The detector for unlabelled 8-bit text. Every candidate charset decodes
// the bytes, and the decoded text is scored by how plausible it is as
// writing: characters of the script the charset implies, frequent ones
// more, and penalties for what real text does not hold (U+FFFD, C1
// controls, private use, symbols inside words, mixed case or scripts inside
// words, kana in Chinese). The score is per 8-bit byte, so that candidates
// that spend one byte and two bytes a character compare fairly.
//
// Like the detectors of browsers and chardet it looks at the text, not at
// byte ranges alone: GB2312, Big5, EUC-KR and Shift_JIS accept much of each
// other's bytes, and Latin, Cyrillic and CJK single-byte readings of the same
// bytes are all "valid". Chinese is this desk's prior: GB18030 gets a bonus
// and wins ties.

// script is the writing a candidate charset implies.
type script int

const (
	scriptGB script = iota
	scriptBig5
	scriptSJIS
	scriptKR
	scriptCyrillic
	scriptLatin
)

// detectCandidate is one charset the detector tries.
type detectCandidate struct {
	name   string // as said in warnings
	enc    encoding.Encoding
	script script
}

// detectCandidates are tried in this order; on equal scores the first
// wins. KOI8-U is KOI8-R plus the Ukrainian letters; Windows-1252 reads
// ISO-8859-1 text the same; Windows-1250 differs from ISO-8859-2 in the
// letters it has at 0x80–0xBF (Windows mail in Polish and Czech).
var detectCandidates = []detectCandidate{
	{"GB18030", simplifiedchinese.GB18030, scriptGB},
	{"Big5", traditionalchinese.Big5, scriptBig5},
	{"Shift_JIS", japanese.ShiftJIS, scriptSJIS},
	{"EUC-KR", korean.EUCKR, scriptKR},
	{"Windows-1252", charmap.Windows1252, scriptLatin},
	{"ISO-8859-2", charmap.ISO8859_2, scriptLatin},
	{"Windows-1250", charmap.Windows1250, scriptLatin},
	{"Windows-1251", charmap.Windows1251, scriptCyrillic},
	{"KOI8-U", charmap.KOI8U, scriptCyrillic},
}

// gbPrior is the bonus per byte for GB18030: the desk's mail is
// mostly Chinese, so another reading must be clearly better.
const gbPrior = 0.15

// detectMax is how much of the input the detector reads.
const detectMax = 16 << 10

// detectCharset returns the candidate under which non-UTF-8 bytes b read
// most plausibly.
func detectCharset(b []byte) detectCandidate {
	scores := detectScores(b)
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	if scores[best] < minPlausible {
		// No reading is writing: binary or damaged bytes. Decode them as
		// the parser always has rather than pick among kinds of noise.
		if sniffLegacy(b) == "big5" {
			return detectCandidates[1]
		}
		return detectCandidates[0]
	}
	return detectCandidates[best]
}

// minPlausible is the score below which no reading counts as text. Real
// text of the samples in testdata/detect scores 0.5 and more; random bytes
// score below zero under every candidate.
const minPlausible = 0.25

// detectScores scores the reading of b under each of detectCandidates: the
// plausibility per byte of the non-ASCII characters of that reading (a
// two-byte character whose second byte is ASCII spends two bytes; U+FFFD
// for a byte that no character takes spends one), plus the GB18030 prior.
func detectScores(b []byte) []float64 {
	if len(b) > detectMax {
		b = b[:detectMax]
	}
	scores := make([]float64, len(detectCandidates))
	for i, c := range detectCandidates {
		out, err := c.enc.NewDecoder().Bytes(b)
		if err != nil {
			scores[i] = math.Inf(-1)
			continue
		}
		score, ascii := plausibility(string(out), c.script)
		scores[i] = score / float64(max(len(b)-ascii, 1))
		if c.script == scriptGB {
			scores[i] += gbPrior
		}
	}
	return scores
}

// plausibility scores decoded text s as writing in script sc: the sum of
// the scores of its non-ASCII characters in their context. It also returns
// how many ASCII characters s holds.
func plausibility(s string, sc script) (score float64, ascii int) {
	t := hanTables()
	var prev, prev2 rune = ' ', ' '
	for i, r := range s {
		if r < 0x80 {
			ascii++
			prev2, prev = prev, r
			continue
		}
		next := rune(' ')
		if j := i + utf8.RuneLen(r); j < len(s) {
			next, _ = utf8.DecodeRuneInString(s[j:])
		}
		switch {
		case r == utf8.RuneError:
			score -= 3
		case r <= 0x9f: // C1 controls
			score -= 3
		case r >= 0xe000 && r <= 0xf8ff: // private use
			score -= 2
		case sc <= scriptKR:
			score += cjkScore(r, sc, t)
			if isASCIILetter(prev) && isASCIILetter(next) {
				score -= 1.5 // one CJK character inside a Latin word
			}
		case sc == scriptCyrillic:
			score += cyrillicScore(r, prev, next)
		default:
			score += latinScore(r, prev, prev2, next)
		}
		prev2, prev = prev, r
	}
	switch sc {
	case scriptLatin:
		score -= 0.8 * float64(alphabetMisfits(s))
	case scriptCyrillic:
		score -= float64(vowellessLetters(s))
	}
	return score, ascii
}

// cyrVowels are the vowels of Russian and Ukrainian.
const cyrVowels = "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ"

// vowellessLetters counts the letters of Cyrillic words of two letters or
// more without a vowel: Russian and Ukrainian have none ("в", "к", "с"
// stand alone), misread CJK bytes have many ("бцсн").
func vowellessLetters(s string) int {
	n, word, vowel := 0, 0, false
	end := func() {
		if word >= 2 && !vowel {
			n += word
		}
		word, vowel = 0, false
	}
	for _, r := range s {
		if r >= 0x400 && r <= 0x4ff {
			word++
			vowel = vowel || containsRune(cyrVowels, r)
			continue
		}
		end()
	}
	end()
	return n
}

// sniffLegacy is the guess by the shape of the 8-bit bytes that the parser
// made before the detector, kept for bytes that are no text: "windows-1252"
// for isolated high bytes in Latin text, "big5" for trail bytes in the ASCII
// range (which GB2312 text never has), else "gb18030".
func sniffLegacy(b []byte) string {
	var high, isolated, pairs, asciiTrail int
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			continue
		}
		high++
		prevASCII := i == 0 || b[i-1] < 0x80
		nextASCII := i+1 >= len(b) || b[i+1] < 0x80
		if prevASCII && nextASCII {
			isolated++
		}
		if c >= 0x81 && c <= 0xfe && i+1 < len(b) {
			t := b[i+1]
			if t >= 0x40 && t <= 0x7e || t >= 0xa1 && t <= 0xfe {
				pairs++
				if t < 0x80 {
					asciiTrail++
				}
				i++ // the trail byte
			}
		}
	}
	if high == 0 {
		return "gb18030"
	}
	if isolated*10 >= high*8 && high*3 < len(b) {
		return "windows-1252"
	}
	if pairs > 0 && asciiTrail*10 > pairs {
		return "big5"
	}
	return "gb18030"
}

// cjkScore scores one non-ASCII character under a CJK charset.
func cjkScore(r rune, sc script, t *hanTable) float64 {
	switch {
	case r >= 0x4e00 && r <= 0x9fff:
		f := t.flags[r-0x4e00]
		if f&hanFrequent != 0 {
			switch {
			case sc == scriptKR:
				return 0.6 // Korean mail has little hanja
			case sc == scriptGB && f&(hanGB1|hanGB2) == 0:
				return 0.4 // a traditional form read from GBK bytes
			}
			return 2
		}
		switch sc {
		case scriptGB:
			if f&hanGB1 != 0 {
				return 1.2
			}
			if f&hanGB2 != 0 {
				return 0.6
			}
		case scriptBig5:
			if f&hanBig5Freq != 0 {
				return 1.2
			}
			if f&hanBig5Rare != 0 {
				return 0.5
			}
		case scriptSJIS:
			if f&(hanGB1|hanBig5Freq) != 0 {
				return 1
			}
			return 0.4
		case scriptKR:
			return 0.3
		}
		return 0.2
	case r >= 0xac00 && r <= 0xd7a3: // Hangul syllables
		if sc != scriptKR {
			return -1
		}
		if t.hangul[r] {
			return 2
		}
		return 1
	case r >= 0x3041 && r <= 0x30ff: // kana
		if sc == scriptSJIS {
			if r < 0x30a0 {
				return 2
			}
			return 1.8
		}
		return -1
	case r >= 0x3000 && r <= 0x303f, r >= 0xff01 && r <= 0xff5e: // CJK and full-width punctuation
		return 1.6
	case r >= 0x2010 && r <= 0x2027: // dashes, quotes, ellipsis
		return 1
	case r >= 0xff61 && r <= 0xff9f: // half-width katakana: one byte
		return 0.1
	case r == 0xb7 || r == 0xd7 || r >= 0x2460 && r <= 0x24ff: // · × ①
		return 0.5
	}
	return -0.5
}

// Cyrillic letters by how often they occur in Russian and Ukrainian text.
const (
	cyrFrequent = "оеаинтсрвлкмдпу"
	cyrCommon   = "яыьгзбчйхжшюі"
	cyrRare     = "цщэфъёїєґў"
)

// cyrillicScore scores one non-ASCII character under a Cyrillic charset.
func cyrillicScore(r, prev, next rune) float64 {
	if r >= 0x400 && r <= 0x4ff {
		if isASCIILetter(prev) || isASCIILetter(next) {
			return -2 // Cyrillic inside a Latin word
		}
		lower := unicode.ToLower(r)
		if !containsRune(cyrFrequent+cyrCommon+cyrRare, lower) {
			return -0.5 // Serbian, Macedonian, Belarusian letters
		}
		if unicode.IsUpper(r) {
			switch {
			case unicode.IsLower(prev) && prev >= 0x400:
				return -1 // upper case after lower case inside a word
			case !unicode.IsLetter(prev):
				return 0.7
			}
			return 0.4
		}
		switch {
		case containsRune(cyrFrequent, r):
			return 1
		case containsRune(cyrCommon, r):
			return 0.8
		}
		return 0.5
	}
	if r >= 0x2500 && r <= 0x25ff { // box drawing
		return -2
	}
	return symbolScore(r, prev, next)
}

// latinAlphabets are the non-ASCII letters (lower case) of the Latin-script
// languages the desk sees. Text in one language uses letters of one
// alphabet; a reading that mixes alphabets ("Dzieñ … proszê") is the wrong
// charset.
var latinAlphabets = []string{
	"äöüß",              // German
	"éèêëàâçôîïûùœÿæ",   // French
	"ñáéíóúü",           // Spanish
	"ãõáéíóúâêôçà",      // Portuguese
	"àèéìòù",            // Italian
	"ąćęłńóśźż",         // Polish
	"áčďéěíňóřšťúůýž",   // Czech
	"áäčďéíĺľňóôŕšťúýž", // Slovak
	"áéíóöőúüű",         // Hungarian
	"åäöæø",             // Scandinavian
}

// latinLetters maps each letter of latinAlphabets to the set (bit i for
// latinAlphabets[i]) of alphabets that hold it. It is never changed.
var latinLetters = func() map[rune]uint16 {
	m := map[rune]uint16{}
	for i, a := range latinAlphabets {
		for _, r := range a {
			m[r] |= 1 << i
		}
	}
	return m
}()

// latinCommon reports whether r is a letter of one of latinAlphabets.
func latinCommon(r rune) bool {
	return latinLetters[unicode.ToLower(r)] != 0
}

// alphabetMisfits counts the non-ASCII letters of s that are not in the
// one alphabet of latinAlphabets that covers most of them.
func alphabetMisfits(s string) int {
	var total, best int
	var counts [16]int
	for _, r := range s {
		if r < 0x80 || !unicode.IsLetter(r) {
			continue
		}
		total++
		set := latinLetters[unicode.ToLower(r)]
		for i := 0; set != 0; i, set = i+1, set>>1 {
			if set&1 != 0 {
				counts[i]++
				best = max(best, counts[i])
			}
		}
	}
	return total - best
}

// latinScore scores one non-ASCII character under a Latin charset.
func latinScore(r, prev, prev2, next rune) float64 {
	if unicode.IsLetter(r) {
		s := 0.3
		if latinCommon(r) {
			s = 1
		}
		if isHighLetter(prev) && isHighLetter(prev2) {
			s -= 1 // three accented letters in a row
		}
		if unicode.IsUpper(r) && unicode.IsLower(prev) || unicode.IsLower(r) && unicode.IsUpper(next) {
			s -= 1 // upper case inside a word
		}
		return s
	}
	return symbolScore(r, prev, next)
}

// symbolScore scores a non-ASCII character that is no letter of the
// script: usual typography is fine between words, other symbols are rare,
// and a symbol between two letters is a misread letter.
func symbolScore(r, prev, next rune) float64 {
	inWord := unicode.IsLetter(prev) && unicode.IsLetter(next)
	switch r {
	case '’', '\u00a0', '–', '—', '“', '”', '„', '‘', '«', '»', '…', '€', '°', '§', '©', '®', '×', '¿', '¡', '№', '•', '·':
		if inWord && r != '’' && r != '·' {
			return -1
		}
		return 0.5
	}
	if inWord {
		return -2
	}
	return -1
}

func isASCIILetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

func isHighLetter(r rune) bool {
	return r >= 0x80 && unicode.IsLetter(r)
}

func containsRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// Flags of a CJK unified ideograph (U+4E00–U+9FFF) in hanTable.
const (
	hanGB1      = 1 << iota // GB2312 level 1: the 3755 most used hanzi
	hanGB2                  // GB2312 level 2
	hanBig5Freq             // Big5 frequently used characters (A440–C67E)
	hanBig5Rare             // Big5 less frequently used characters
	hanFrequent             // in hanFrequentText
)

// hanTable says how common a CJK character is.
type hanTable struct {
	flags  [0xa000 - 0x4e00]uint8
	hangul map[rune]bool // frequent Hangul syllables
}

// hanTables builds the tables once, from the charsets' own layout and the
// frequency lists below; they are never changed after.
var hanTables = sync.OnceValue(func() *hanTable {
	t := &hanTable{hangul: map[rune]bool{}}
	mark := func(dec *encoding.Decoder, lead, trail byte, flag uint8) {
		r, _ := utf8.DecodeRune(mustDecode(dec, []byte{lead, trail}))
		if r >= 0x4e00 && r < 0xa000 {
			t.flags[r-0x4e00] |= flag
		}
	}
	gb := simplifiedchinese.GBK.NewDecoder()
	for lead := 0xb0; lead <= 0xf7; lead++ {
		flag := uint8(hanGB1)
		if lead >= 0xd8 {
			flag = hanGB2
		}
		for trail := 0xa1; trail <= 0xfe; trail++ {
			mark(gb, byte(lead), byte(trail), flag)
		}
	}
	big5 := traditionalchinese.Big5.NewDecoder()
	for lead := 0xa4; lead <= 0xf9; lead++ {
		flag := uint8(hanBig5Freq)
		if lead >= 0xc9 {
			flag = hanBig5Rare
		}
		for trail := 0x40; trail <= 0xfe; trail++ {
			if trail > 0x7e && trail < 0xa1 {
				continue
			}
			mark(big5, byte(lead), byte(trail), flag)
		}
	}
	for _, r := range hanFrequentText {
		if r >= 0x4e00 && r < 0xa000 {
			t.flags[r-0x4e00] |= hanFrequent
		}
	}
	for _, r := range hangulFrequentText {
		t.hangul[r] = true
	}
	return t
})

func mustDecode(dec *encoding.Decoder, b []byte) []byte {
	out, err := dec.Bytes(b)
	if err != nil {
		return nil
	}
	return out
}

// hanFrequentText holds the most frequent hanzi of Chinese text (after the
// published frequency lists of modern Chinese, e.g. Jun Da's), the
// traditional forms of the frequent ones, and the words of consumer
// complaints.
const hanFrequentText = "" +
	"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敢" +
	"订退款家诉递丢您网买洗衣破损系货复帮协购拒绝赔偿售换客态差责任故障申元谢谢" +
	"們國說時還這個來會對後過發為與點開關問題學經業動種麼當現從東見長實體頭無義電車話處記應錢買貨單號訂購價給請謝讓認識員務費辦網路確環運輸條質換聯絡協損壞廠絕詢處門寄沒銷"

// hangulFrequentText holds frequent Hangul syllables of Korean text.
const hangulFrequentText = "이다는의에하고을가를으지기한서리사자로도어해대수있나정아일시니요습게라것들주부보인그없적상전우내만년원제여신경세진면러장무민소마성회금구관방위생문계화과비했던할됩된되안녕감합까드렸려받않었았께님품송환불배래번연락변답중말모작동때후청늦왔와오데며든저희당담점결실용표현히거너같각치터크트스프더테레호요청"
