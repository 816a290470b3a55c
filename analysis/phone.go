package analysis

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
)

// Which written numbers are phones, and in which country, is decided in two
// steps. This file's own rules find candidates cheaply (runs of digits and
// separators at word boundaries, not under an order, QQ, tracking or ID
// label, not a date, not an amount) and choose the regions a number written
// without a country code is read in. libphonenumber (nyaruka/phonenumbers)
// then reads each candidate in those regions: it knows every country's
// trunk prefixes, number lengths and assigned ranges, and writes E.164.

// phoneMatch is one phone number found in a text: where it sits (byte
// offsets into that text) and its E.164 form.
type phoneMatch struct {
	start, end int
	e164       string
}

// labelWord is a word of a label list. left and right say the word must
// stand at a word boundary on that side ("ups" is no label in "groups").
type labelWord struct {
	word        []byte
	left, right bool
}

// notPhoneLabels are the labels of numbers that are order, QQ, ticket,
// transaction, tracking, ID card or similar identifiers, lower case.
var notPhoneLabels = labelWords("订单 单号 运单 快递 物流 顺丰 中通 圆通 申通 韵达 极兔 工单 受理号 qq 企鹅 交易 流水 提单 编号 账号 帐号 卡号 身份证 证件 票号 发票 批次 货号 型号 条码 " +
	`order ticket case transaction txn tracking waybill shipment parcel consignment \bdhl\b fedex \bups\b \busps\b \bems\b b/l bill_of_lading invoice receipt reference ref\b sku item product serial account acct iban swift card passport`)

// phoneLabels are the labels of a phone number, lower case. A bare
// landline without separators counts only after one, and so does a number
// in the national form of a region the text names.
var phoneLabels = labelWords("电话 手机 座机 联系方式 热线 電話 手機 座機 聯絡 联络 手提 tel phone mobile cell whatsapp wechat 微信 fax 传真 傳真 call reach_me my_number number_is " +
	"телефон тел. моб. téléphone tél. portable handy telefon teléfono móvil celular telefone telemóvel telefono cellulare هاتف جوال واتساب")

// labelWords reads a label list: words separated by spaces, "_" for a
// space inside a label, \b for a word boundary.
func labelWords(list string) []labelWord {
	var out []labelWord
	for _, w := range strings.Fields(list) {
		var lw labelWord
		w, lw.left = strings.CutPrefix(strings.ReplaceAll(w, "_", " "), `\b`)
		w, lw.right = strings.CutSuffix(w, `\b`)
		lw.word = []byte(w)
		out = append(out, lw)
	}
	return out
}

// maxLabelGap is how many runes may stand between a label and its number.
const maxLabelGap = 14

// labelEnds reports whether one of labels ends at most maxLabelGap runes
// before the end of gap (see labelGap), matched without regard to ASCII
// case.
func labelEnds(gap string, labels []labelWord) bool {
	var buf [80]byte
	if len(gap) > len(buf) {
		gap = gap[len(gap)-len(buf):]
	}
	g := buf[:len(gap)]
	for i := 0; i < len(gap); i++ {
		c := gap[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		g[i] = c
	}
	for _, l := range labels {
		end := len(g)
		for end > 0 {
			i := bytes.LastIndex(g[:end], l.word)
			if i < 0 {
				break
			}
			after := i + len(l.word)
			if utf8.RuneCount(g[after:]) > maxLabelGap {
				break
			}
			if (!l.left || i == 0 || !isLabelWordByte(g[i-1])) && (!l.right || after == len(g) || !isLabelWordByte(g[after])) {
				return true
			}
			end = after - 1
		}
	}
	return false
}

// isLabelWordByte reports whether c is an ASCII word character, as \b
// sees it.
func isLabelWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// dateRe matches a run that is a date: 2026-03-15, 2026/3/15, 15.03.2026,
// 20260315.
var dateRe = regexp.MustCompile(`^(?:(?:19|20)\d\d[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:19|20)\d\d|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$`)

// nanpRe matches a North American number in its usual "(415) 555-0132"
// form: area code and exchange both start with 2-9.
var nanpRe = regexp.MustCompile(`^\([2-9]\d\d\) ?[2-9]\d\d[-. ]\d{4}$`)

// dottedMobileRe is the only dotted form taken for a phone: a Chinese
// mobile in 3-4-4 groups ("138.1234.5678"), optionally after +86.
var dottedMobileRe = regexp.MustCompile(`^(?:\+86[ -]?)?1[3-9]\d\.\d{4}\.\d{4}$`)

// defaultRegion is the region of a number written without a country code
// when the text names no other: the station's.
const defaultRegion = "CN"

// maxPhones bounds the phone numbers read from one text.
const maxPhones = 64

// phoneText is one text being read for phones. Whether it is Chinese and
// which regions it names are looked up once, and only when a number needs
// them.
type phoneText struct {
	text      string
	hanLooked bool
	han       bool
	namedDone bool
	named     []string // regions the text names, other than the default
	// at is where the number being read starts; line and lineNamed
	// cache the regions named on its line.
	at        int
	line      [2]int
	lineNamed []string
	lineLabel bool
	// field says the text is one field holding one number (a staff
	// command's argument): a country it names labels the number.
	field bool
}

// lineRegions returns the regions named on the line of the number being
// read ("Mobile (Ireland): 087 215 4476", "07700 900412 (UK)"): the
// writer's own word for that number's country, which outranks what the
// rest of the text names.
func (pt *phoneText) lineRegions() []string {
	if pt.text == "" || pt.at < 0 || pt.at > len(pt.text) {
		return nil
	}
	if pt.line[1] > pt.line[0] && pt.at >= pt.line[0] && pt.at < pt.line[1] {
		return pt.lineNamed
	}
	start := strings.LastIndexByte(pt.text[:pt.at], '\n') + 1
	end := len(pt.text)
	if i := strings.IndexByte(pt.text[pt.at:], '\n'); i >= 0 {
		end = pt.at + i
	}
	pt.line = [2]int{start, end}
	line := pt.text[start:end]
	han := strings.ContainsFunc(line, func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF })
	pt.lineNamed = namedRegions(line, han)
	// A country in brackets on the line labels the number: "(UK)",
	// "Mobile (Ireland):"; named in passing it only comes first.
	pt.lineLabel = pt.field && len(pt.lineNamed) > 0
	for _, m := range bracketedRe.FindAllString(line, 4) {
		if len(namedRegions(m, han)) > 0 {
			pt.lineLabel = true
		}
	}
	return pt.lineNamed
}

var bracketedRe = regexp.MustCompile(`[(（][^()（）\n]{2,40}[)）]`)

// isHan reports whether the text is Chinese (holds Han characters).
func (pt *phoneText) isHan() bool {
	if !pt.hanLooked {
		pt.hanLooked = true
		pt.han = strings.ContainsFunc(pt.text, func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF })
	}
	return pt.han
}

// namedRegions returns the regions the text names.
func (pt *phoneText) namedRegions() []string {
	if !pt.namedDone {
		pt.namedDone = true
		pt.named = namedRegions(pt.text, pt.isHan())
	}
	return pt.named
}

// findPhones returns the phone numbers in text in order of appearance. Digits
// inside URLs and e-mail addresses (skip holds their spans), order numbers,
// QQ numbers and other labelled identifiers are not phones.
func findPhones(text string, skip [][2]int) []phoneMatch {
	return (&phoneText{text: text}).find(skip)
}

// find is findPhones on pt.
func (pt *phoneText) find(skip [][2]int) []phoneMatch {
	text := pt.text
	var out []phoneMatch
	i := 0
	for i < len(text) && len(out) < maxPhones {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !phoneStartRune(r) {
			i += size
			continue
		}
		if in, end := inSpans(i, skip); in {
			i = end
			continue
		}
		// Boundary: the rune before must not glue the number to a word.
		if i > 0 {
			p, _ := utf8.DecodeLastRuneInString(text[:i])
			if isASCIIAlnum(p) || strings.ContainsRune("_./@#&=%$€£¥￥＄-", p) {
				i = skipRun(text, i)
				continue
			}
		}
		end := scanPhoneRun(text, i)
		if end == i {
			i += size
			continue
		}
		// The rune after must not glue the number to a word, a decimal part,
		// an e-mail domain or a unit.
		if end < len(text) {
			n, _ := utf8.DecodeRuneInString(text[end:])
			if n < utf8.RuneSelf && (isASCIIAlnum(n) || n == '@' || n == '%' || n == '_') ||
				(n == '.' || n == ',') && end+1 < len(text) && isDigitByte(text[end+1]) ||
				strings.ContainsRune("元块圆%年月日号位个件双张台只", n) {
				i = end
				continue
			}
		}
		// No phone number has fewer than seven digits; the label checks
		// are for runs that might hold one.
		if countDigits(text[i:end]) < 7 {
			i = end
			continue
		}
		labelled := false
		if before := labelGap(text, i); before != "" {
			if labelEnds(before, notPhoneLabels) {
				i = end
				continue
			}
			labelled = labelEnds(before, phoneLabels)
		}
		out = append(out, pt.phonesInRun(i, end, labelled)...)
		i = end
	}
	return out
}

// labelGap returns the text before i that a label of notPhoneLabels or
// phoneLabels can end in: at most 60 bytes back, and no further than the
// last digit or clause punctuation, with that rune kept for the labels'
// word boundaries. It is "" when no label can stand there. Matching the
// labels on the gap rather than on 60 bytes saves most of their cost.
func labelGap(text string, i int) string {
	lo := max(0, i-60)
	j := i
	for j > lo {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if isDigitRune(r) || strings.ContainsRune("，。,;；！？!?\n", r) {
			if j == i {
				return ""
			}
			return text[j-size : i]
		}
		j -= size
	}
	if j == i {
		return ""
	}
	return text[j:i]
}

// countDigits counts the ASCII and full-width digits in s.
func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if isDigitRune(r) {
			n++
		}
	}
	return n
}

// phonesInRun splits a run of digits and separators at whitespace and finds
// the longest groups of tokens that read as a phone number.
func (pt *phoneText) phonesInRun(start, end int, labelled bool) []phoneMatch {
	type tok struct{ s, e int }
	var toks []tok
	text := pt.text
	run := text[start:end]
	j := 0
	for j < len(run) {
		r, size := utf8.DecodeRuneInString(run[j:])
		if isSpaceRune(r) {
			j += size
			continue
		}
		k := j
		for k < len(run) {
			r2, s2 := utf8.DecodeRuneInString(run[k:])
			if isSpaceRune(r2) {
				break
			}
			k += s2
		}
		toks = append(toks, tok{start + j, start + k})
		j = k
	}
	var out []phoneMatch
	for a := 0; a < len(toks); {
		found := false
		// A phone number is written in at most six groups.
		for b := min(len(toks), a+6); b > a; b-- {
			s := text[toks[a].s:toks[b-1].e]
			separated := b-a > 1 || strings.ContainsAny(s, "-()（）")
			pt.at = toks[a].s
			if e, ok := pt.read(s, separated, labelled); ok {
				out = append(out, phoneMatch{start: toks[a].s, end: toks[b-1].e, e164: e})
				a = b
				found = true
				break
			}
		}
		if !found {
			a++
		}
	}
	return out
}

// normalisePhone reads one written phone number as E.164 in a text that
// names no region. separated says the number was written with separators
// or under a phone label, which a landline needs to be told apart from
// other long numbers.
func normalisePhone(s string, separated bool) (string, bool) {
	pt := &phoneText{hanLooked: true, han: true, namedDone: true}
	return pt.read(s, separated, separated)
}

// read reads one candidate number s as E.164. separated says it was written
// in groups or with brackets; labelled that a phone label stands before it.
func (pt *phoneText) read(s string, separated, labelled bool) (string, bool) {
	s = strings.TrimSpace(foldWidth(s))
	if strings.Contains(s, ".") && !dottedMobileRe.MatchString(s) {
		return "", false
	}
	plus := strings.HasPrefix(s, "+")
	if plus {
		// "+44 (0)20 …": the trunk zero in parentheses is not dialled.
		s = strings.Replace(s, "(0)", "", 1)
	}
	var buf [24]byte
	d := buf[:0]
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if len(d) == cap(d) {
				return "", false
			}
			d = append(d, byte(r))
		case r == '+' || r == '-' || r == '(' || r == ')' || isSpaceRune(r) || r == '.':
		default:
			return "", false
		}
	}
	if len(d) < 7 || len(d) > 17 || !plus && len(d) <= 8 && dateRe.MatchString(s) {
		return "", false
	}
	separated = separated || labelled
	if plus || len(d) > 2 && d[0] == '0' && d[1] == '0' {
		// A country code the writer dialled: "+44 …", "0044 …".
		if !plus {
			d = d[2:]
		}
		if d[0] == '0' || len(d) < 8 || len(d) > 15 {
			return "", false
		}
		num, err := phonenumbers.Parse("+"+string(d), "")
		if err != nil {
			return "", false
		}
		// libphonenumber's ranges trail new allocations and leave out
		// those kept for fiction (+44 7700 900…): after a written + a
		// number of a length the country uses is taken. "0044 …" is
		// also how long account and reference numbers begin, so it must
		// be in an assigned range.
		// A possible number still starting with 0 after a trunk zero was
		// dropped ("+86 0000…") is no number, and would lose another zero
		// when read again.
		if phonenumbers.IsPossibleNumberWithReason(num) != phonenumbers.IS_POSSIBLE ||
			(!plus || strings.HasPrefix(phonenumbers.GetNationalSignificantNumber(num), "0")) && !phonenumbers.IsValidNumber(num) {
			return "", false
		}
		return phonenumbers.Format(num, phonenumbers.E164), true
	}
	if len(d) > 15 {
		return "", false
	}
	// A country named on the number's own line is read first, as a label
	// would be; then Chinese text is read in the default region first,
	// other text in the regions it names first.
	nd := string(d)
	if cnMobileShape(nd, s) {
		// "Her phone is 150 5793 6612" in a mail from Toronto: eleven
		// digits 1[3-9]… grouped 3-4-4 or not at all are a Chinese
		// mobile, which no North American number written with its 1 is.
		if e, ok := readNational(nd, defaultRegion, separated, labelled); ok {
			return e, true
		}
	}
	for _, region := range pt.lineRegions() {
		if e, ok := readNational(nd, region, separated, labelled || pt.lineLabel); ok {
			return e, true
		}
	}
	if pt.lineLabel {
		// "07700 900412 (UK)": with its country in brackets, a number of
		// a length the country uses is taken, as after a written "+".
		for _, region := range pt.lineNamed {
			if e, ok := readPossible(nd, region); ok {
				return e, true
			}
		}
	}
	if pt.isHan() {
		if e, ok := readNational(nd, defaultRegion, separated, labelled); ok {
			return e, true
		}
	}
	for _, region := range pt.namedRegions() {
		if e, ok := readNational(nd, region, separated, labelled); ok {
			return e, true
		}
	}
	if !pt.isHan() {
		if e, ok := readNational(nd, defaultRegion, separated, labelled); ok {
			return e, true
		}
	}
	// Two foreign forms are read without their country being named: the
	// North American "(415) 555-0132" and a Taiwan mobile in groups
	// ("0912-345-678", which no mainland number is).
	if s[0] == '(' && nanpRe.MatchString(s) {
		if num, err := phonenumbers.Parse(nd, "US"); err == nil && phonenumbers.IsValidNumber(num) {
			return phonenumbers.Format(num, phonenumbers.E164), true
		}
	}
	if separated && len(d) == 10 && d[0] == '0' && d[1] == '9' {
		if e, ok := readNational(nd, "TW", true, true); ok {
			return e, true
		}
	}
	return "", false
}

// readNational reads the digits d of a number written without a country
// code in region. Without separators or a label only a mobile number is
// taken (a bare landline is as likely an identifier); a landline written
// without the region's trunk prefix is not taken ("9912345678" is no
// Urumqi landline but an Indian mobile). Outside the default region a
// number needs a phone label: a foreign number in national form in a
// signature or in running text is as often a sum, a date or a code.
func readNational(d, region string, separated, labelled bool) (string, bool) {
	if region != defaultRegion && !labelled {
		return "", false
	}
	num, err := phonenumbers.Parse(d, region)
	if err != nil || int(num.GetCountryCode()) != phonenumbers.GetCountryCodeForRegion(region) {
		return "", false
	}
	if !separated && len(phonenumbers.GetNationalSignificantNumber(num)) < len(d)-1 {
		// "8613812345678": a country code without + or 00 is read only
		// in a number written in groups.
		return "", false
	}
	switch t := phonenumbers.GetNumberType(num); {
	case t == phonenumbers.UNKNOWN:
		return "", false
	case t == phonenumbers.MOBILE:
	case !separated:
		return "", false
	case t == phonenumbers.FIXED_LINE:
		if ndd := phonenumbers.GetNddPrefixForRegion(region, true); ndd != "" && !strings.HasPrefix(d, ndd) {
			return "", false
		}
		fallthrough
	case t == phonenumbers.FIXED_LINE_OR_MOBILE:
		// A Chinese subscriber number starts with 2-9 after the area
		// code, which libphonenumber's ranges do not all say: 0770 0900
		// 881 is the British 07700 900881, not a Fangchenggang landline.
		if region == "CN" {
			// Area codes 10 and 2X have two digits, all others three.
			nsn := phonenumbers.GetNationalSignificantNumber(num)
			a := 3
			if nsn[0] == '1' || nsn[0] == '2' {
				a = 2
			}
			if a < len(nsn) && nsn[a] < '2' {
				return "", false
			}
		}
	}
	return phonenumbers.Format(num, phonenumbers.E164), true
}

// cnMobileShape reports whether the digits d, written as s, have the
// shape of a Chinese mobile number: eleven digits, 1 then 3-9, not
// written with the 1 set apart ("1 505 793 6612" is North American).
func cnMobileShape(d, s string) bool {
	if len(d) != 11 || d[0] != '1' || d[1] < '3' {
		return false
	}
	s = strings.TrimSpace(s)
	return len(s) > 1 && s[1] >= '0' && s[1] <= '9'
}

// readPossible reads d, written with the trunk prefix of region, as a
// number of a length region uses, valid or not in libphonenumber's
// ranges (which trail new allocations and leave out those kept for
// fiction).
func readPossible(d, region string) (string, bool) {
	ndd := phonenumbers.GetNddPrefixForRegion(region, true)
	if ndd == "" || !strings.HasPrefix(d, ndd) {
		return "", false
	}
	num, err := phonenumbers.Parse(d, region)
	if err != nil || int(num.GetCountryCode()) != phonenumbers.GetCountryCodeForRegion(region) ||
		phonenumbers.IsPossibleNumberWithReason(num) != phonenumbers.IS_POSSIBLE ||
		strings.HasPrefix(phonenumbers.GetNationalSignificantNumber(num), "0") {
		return "", false
	}
	return phonenumbers.Format(num, phonenumbers.E164), true
}

// regionNames maps a lower-case word or word pair naming a country, or a
// city that places the writer in it, to its region. Only regions whose
// numbers people write without the country code in mail to the station
// are here.
var regionNames = map[string]string{
	"india": "IN", "mumbai": "IN", "delhi": "IN", "bangalore": "IN", "bengaluru": "IN", "chennai": "IN", "kolkata": "IN", "hyderabad": "IN", "pune": "IN", "ahmedabad": "IN",
	"hong kong": "HK", "hongkong": "HK", "kowloon": "HK",
	"macau": "MO", "macao": "MO",
	"taiwan": "TW", "taipei": "TW", "kaohsiung": "TW", "taichung": "TW",
	"usa": "US", "united states": "US", "california": "US", "texas": "US", "new york": "US", "florida": "US",
	"canada": "CA", "toronto": "CA", "vancouver": "CA", "montreal": "CA",
	"uk": "GB", "united kingdom": "GB", "england": "GB", "london": "GB", "britain": "GB", "scotland": "GB", "manchester": "GB",
	"germany": "DE", "deutschland": "DE", "berlin": "DE", "munich": "DE", "münchen": "DE", "hamburg": "DE",
	"france": "FR", "paris": "FR", "lyon": "FR", "marseille": "FR",
	"italy": "IT", "italia": "IT", "milan": "IT", "milano": "IT",
	"spain": "ES", "españa": "ES", "madrid": "ES", "barcelona": "ES",
	"russia": "RU", "moscow": "RU",
	"ukraine": "UA", "kyiv": "UA", "kiev": "UA",
	"poland": "PL", "polska": "PL", "warsaw": "PL",
	"türkiye": "TR", "istanbul": "TR", "ankara": "TR",
	"uae": "AE", "dubai": "AE", "abu dhabi": "AE", "sharjah": "AE",
	"saudi": "SA", "riyadh": "SA", "jeddah": "SA",
	"egypt": "EG", "cairo": "EG",
	"pakistan": "PK", "karachi": "PK", "lahore": "PK", "islamabad": "PK",
	"bangladesh": "BD", "dhaka": "BD",
	"indonesia": "ID", "jakarta": "ID",
	"vietnam": "VN", "viet nam": "VN", "hanoi": "VN",
	"thailand": "TH", "bangkok": "TH",
	"korea": "KR", "seoul": "KR", "busan": "KR",
	"japan": "JP", "tokyo": "JP", "osaka": "JP",
	"brazil": "BR", "brasil": "BR", "são paulo": "BR", "sao paulo": "BR",
	"mexico": "MX", "méxico": "MX",
	"nigeria": "NG", "lagos": "NG", "abuja": "NG",
	"kenya": "KE", "nairobi": "KE", "mombasa": "KE",
	"south africa": "ZA", "johannesburg": "ZA", "durban": "ZA",
	"australia": "AU", "sydney": "AU", "melbourne": "AU",
	"philippines": "PH", "manila": "PH",
	"malaysia": "MY", "singapore": "SG",
	"ghana": "GH", "accra": "GH",
	"ireland": "IE", "dublin": "IE", "cork": "IE",
	"netherlands": "NL", "holland": "NL", "amsterdam": "NL", "rotterdam": "NL",
	"belgium": "BE", "brussels": "BE", "antwerp": "BE",
	"portugal": "PT", "lisbon": "PT", "porto": "PT",
	"sweden": "SE", "stockholm": "SE", "norway": "NO", "oslo": "NO", "denmark": "DK", "copenhagen": "DK", "finland": "FI", "helsinki": "FI",
	"czech": "CZ", "czechia": "CZ", "prague": "CZ", "greece": "GR", "athens": "GR", "romania": "RO", "bucharest": "RO",
	"new zealand": "NZ", "auckland": "NZ", "argentina": "AR", "chile": "CL", "colombia": "CO", "bogotá": "CO", "bogota": "CO", "peru": "PE", "lima": "PE",
	"morocco": "MA", "casablanca": "MA", "algeria": "DZ", "algiers": "DZ", "tunisia": "TN", "senegal": "SN", "dakar": "SN",
	"ethiopia": "ET", "addis ababa": "ET", "tanzania": "TZ", "uganda": "UG", "kampala": "UG", "cameroon": "CM",
	"israel": "IL", "jordan": "JO", "amman": "JO", "lebanon": "LB", "beirut": "LB", "iraq": "IQ", "baghdad": "IQ", "iran": "IR", "tehran": "IR",
	"kuwait": "KW", "qatar": "QA", "doha": "QA", "oman": "OM", "muscat": "OM", "bahrain": "BH",
	"sri lanka": "LK", "colombo": "LK", "nepal": "NP", "kathmandu": "NP", "kazakhstan": "KZ", "almaty": "KZ", "uzbekistan": "UZ", "tashkent": "UZ",
	"cambodia": "KH", "myanmar": "MM", "laos": "LA",
}

// hanRegionNames are the Chinese names (simplified, as extract matches on
// them) of the same regions.
var hanRegionNames = []struct{ name, region string }{
	{"香港", "HK"}, {"九龙", "HK"}, {"新界", "HK"}, {"澳门", "MO"}, {"台湾", "TW"}, {"台北", "TW"}, {"高雄", "TW"},
	{"印度尼西亚", "ID"}, {"印尼", "ID"}, {"印度", "IN"}, {"美国", "US"}, {"加拿大", "CA"}, {"英国", "GB"}, {"德国", "DE"},
	{"法国", "FR"}, {"意大利", "IT"}, {"西班牙", "ES"}, {"俄罗斯", "RU"}, {"乌克兰", "UA"}, {"波兰", "PL"},
	{"土耳其", "TR"}, {"阿联酋", "AE"}, {"迪拜", "AE"}, {"沙特", "SA"}, {"埃及", "EG"}, {"巴基斯坦", "PK"},
	{"孟加拉", "BD"}, {"越南", "VN"}, {"泰国", "TH"}, {"韩国", "KR"}, {"日本", "JP"}, {"巴西", "BR"},
	{"墨西哥", "MX"}, {"尼日利亚", "NG"}, {"肯尼亚", "KE"}, {"南非", "ZA"}, {"澳大利亚", "AU"},
	{"菲律宾", "PH"}, {"马来西亚", "MY"}, {"新加坡", "SG"}, {"爱尔兰", "IE"}, {"荷兰", "NL"}, {"比利时", "BE"},
	{"葡萄牙", "PT"}, {"瑞典", "SE"}, {"挪威", "NO"}, {"丹麦", "DK"}, {"芬兰", "FI"}, {"希腊", "GR"}, {"新西兰", "NZ"},
	{"阿根廷", "AR"}, {"智利", "CL"}, {"哥伦比亚", "CO"}, {"秘鲁", "PE"}, {"摩洛哥", "MA"}, {"阿尔及利亚", "DZ"},
	{"以色列", "IL"}, {"约旦", "JO"}, {"黎巴嫩", "LB"}, {"伊拉克", "IQ"}, {"伊朗", "IR"}, {"科威特", "KW"}, {"卡塔尔", "QA"},
	{"斯里兰卡", "LK"}, {"尼泊尔", "NP"}, {"哈萨克斯坦", "KZ"}, {"柬埔寨", "KH"}, {"缅甸", "MM"},
}

// namedRegions returns the regions text names, in order of first mention
// (Chinese names after the others), without the default region.
func namedRegions(text string, han bool) []string {
	var out []string
	add := func(r string) {
		if r != defaultRegion && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	var lower, prev [24]byte
	np := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r >= 0x2E80 || !unicode.IsLetter(r) {
			if r != ' ' {
				np = 0
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if r2 >= 0x2E80 || !unicode.IsLetter(r2) {
				break
			}
			j += s2
		}
		w := text[i:j]
		i = j
		if len(w) < 2 || len(w) > len(lower) {
			np = 0
			continue
		}
		n := copy(lower[:], w)
		for k := 0; k < n; k++ {
			if c := lower[k]; c >= 'A' && c <= 'Z' {
				lower[k] = c + 'a' - 'A'
			}
		}
		word := lower[:n]
		if word[0] >= utf8.RuneSelf || n > 1 && word[1] >= utf8.RuneSelf {
			word = []byte(strings.ToLower(w))
		}
		if np > 0 {
			if reg, ok := regionNames[string(prev[:np])+" "+string(word)]; ok {
				add(reg)
			}
		}
		if reg, ok := regionNames[string(word)]; ok {
			add(reg)
		}
		np = copy(prev[:], word)
	}
	if han {
		for _, h := range hanRegionNames {
			if strings.Contains(text, h.name) {
				add(h.region)
			}
		}
	}
	return out
}

// scanPhoneRun returns the end of the run of digits and phone separators
// starting at i, with trailing separators left out.
func scanPhoneRun(text string, i int) int {
	last := i
	digits, seps := 0, 0
	for j := i; j < len(text); {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isDigitRune(r) {
			// Phone numbers have short separators between digit groups.
			if seps++; seps > 3 {
				return last
			}
		}
		switch {
		case isDigitRune(r):
			digits++
			seps = 0
			last = j + size
		case (r == '+' || r == '＋') && j == i:
		case r == '.' && j > i && isDigitByte(text[j-1]) && j+1 < len(text) && isDigitByte(text[j+1]):
			// "138.1234.5678": dots between digit groups (normalisePhone
			// takes only a mobile in that form).
		case r == '-' || r == '(' || r == ')' || r == '（' || r == '）' || r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '‐' || r == '–' || r == '－':
			// A separator after a digit, or the opening of "(0579)".
		default:
			return last
		}
		j += size
		if digits > 24 {
			// Far too long for a phone number: consume the whole run so
			// that no part of it is taken for one.
			return skipRun(text, i)
		}
	}
	return last
}

// skipRun returns the end of the run of digits and separators at i.
func skipRun(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isDigitRune(r) && r != '-' && r != '+' {
			break
		}
		j += size
	}
	if j == i {
		_, size := utf8.DecodeRuneInString(text[i:])
		j += size
	}
	return j
}

func phoneStartRune(r rune) bool {
	return isDigitRune(r) || r == '+' || r == '(' || r == '（' || r == '＋'
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0'
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// foldWidth maps full-width ASCII forms (digits, letters, ＋－（）：) to
// their ASCII counterparts and leaves everything else alone.
func foldWidth(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E || r == '\u3000' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= 0xFF01 && r <= 0xFF5E {
			return r - 0xFF01 + '!'
		}
		if r == '\u3000' {
			return ' '
		}
		return r
	}, s)
}

// inSpans reports whether i lies inside one of spans, and where that span ends.
func inSpans(i int, spans [][2]int) (bool, int) {
	for _, sp := range spans {
		if i >= sp[0] && i < sp[1] {
			return true, sp[1]
		}
	}
	return false, 0
}
