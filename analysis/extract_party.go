package analysis

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yweca/redress/parser"
)

// Common Chinese family names: a personal name starts with one of these.
const singleSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由贝赖洪傅萧荀阎庾蔚竺桓濮郦邴"

var compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "澹台", "公冶", "申屠"}

// notNames are pairs of Han characters that start with a family name but
// are ordinary words.
var notNames = []string{"谢谢", "感谢", "万分", "您好", "你好", "大家", "大家好", "祝好", "此致", "敬礼", "商家", "卖家", "客服", "公司", "店铺", "和您", "方便", "高兴", "平安", "文明", "安全", "明天", "江湖", "海外", "海关", "关于", "时间", "常常", "经常", "成功", "向您", "於是", "连续", "全部", "全家", "金额", "石家庄", "包装", "包裹", "宁波", "温州", "金华", "杭州", "上海", "广州", "深圳", "义乌", "昆明", "武汉", "南京", "长沙", "重庆", "成都", "天津", "北京", "苏州", "福州", "厦门", "太原", "合肥", "济南", "郑州", "西安", "兰州", "贵阳", "南宁", "海口", "沈阳", "长春", "哈尔滨", "乌鲁木齐", "拉萨", "银川", "西宁", "呼和浩特", "石家庄", "台北", "香港", "澳门", "诸暨", "东阳", "永康", "兰溪", "江山", "龙泉", "平湖", "海宁", "温岭", "乐清", "瑞安", "余姚", "慈溪", "宁海", "安吉", "德清", "桐乡", "嘉兴", "湖州", "绍兴", "台州", "丽水", "衢州", "舟山", "麻烦", "申请", "申诉", "投诉", "希望", "尽快", "付款", "支付", "快递", "物流", "发货", "收货", "退货", "换货", "退款", "质量", "明明", "向商家", "何时", "何况", "于是", "邓家", "和商家", "华为", "小米", "苹果", "都是", "都没", "都不", "还是", "连个", "连一", "朱家", "尚未", "万一", "全新", "应该", "管理", "解决", "解释", "师傅", "路上", "路费", "车上", "车费", "米色", "白色", "黄色", "蓝色", "红色", "金色", "银色", "紫色", "花色", "花了", "强烈", "诸位", "战略", "满意", "时候", "曾经", "任何", "丁点", "毛病", "牛仔", "龙头", "宫保", "雷同", "卫衣", "卫生", "戴着", "穿着", "高达", "高于", "和我", "和他", "和她", "与其", "陈列", "于此", "于今", "文件", "文字", "信息", "信用", "能否", "安装", "来电", "来信", "来函", "左右", "原价", "原来", "原因", "原件", "凌晨", "晋中", "宁夏", "海南", "云南", "贵州", "江苏", "江西", "湖南", "广东", "广西", "山东", "山西", "河南", "河北", "福建", "安徽", "甘肃", "四川", "辽宁", "吉林", "台湾", "浙江", "黑龙江"}

func isSurnameStart(s string) (int, bool) {
	for _, c := range compoundSurnames {
		if strings.HasPrefix(s, c) {
			return 2, true
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError && strings.ContainsRune(singleSurnames, r) {
		return 1, true
	}
	return 0, false
}

// isChineseName reports whether s (trimmed) reads as a personal Chinese
// name: a family name and one or two given-name characters, or a family
// name with 先生/女士/小姐.
func isChineseName(s string) bool {
	rs := []rune(s)
	for _, r := range rs {
		if !isHan(r) && r != '·' && r != '•' {
			return false
		}
	}
	sl, ok := isSurnameStart(s)
	if !ok {
		return false
	}
	n := len(rs)
	if n-sl < 1 || n-sl > 2 {
		// Minority names with a middle dot: 阿卜杜·热合曼.
		return strings.ContainsAny(s, "·•") && n <= 10
	}
	for _, w := range notNames {
		if strings.HasPrefix(s, w) || w == s {
			return false
		}
	}
	if n == 2 && rs[0] == '阿' {
		// 阿杰, 阿珍: a familiar form of address, not a full name.
		return false
	}
	given := string(rs[sl:])
	if strings.ContainsAny(given, "的了在是有和与就都也还又说我你他她它们这那个些么吗呢吧啊哦嗯年月日元号店司厂市省区县路街楼") {
		return false
	}
	// Food, animal and joking characters make a nickname that merely starts
	// with a family name (陈皮糖, 朱小猪): no given name uses them.
	if strings.ContainsAny(given, "糖皮猪狗猫虫饭菜酒瓜奶蛋糕饼肉粥醋辣酸咸哈嘿呀啦喵呆傻笨胖丑怪") {
		return false
	}
	// A family name with a title is a form of address, not a name.
	for _, w := range []string{"经理", "老师", "总", "主任", "先生", "女士", "小姐", "师傅", "老板", "同学", "阿姨", "叔叔", "哥", "姐", "工", "董", "律师", "医生", "客服", "店长", "老", "某"} {
		if strings.HasPrefix(given, w) {
			return false
		}
	}
	return true
}

// isHonorificName reports "王先生", "李女士", "张小姐".
func isHonorificName(s string) bool {
	for _, h := range []string{"先生", "女士", "小姐"} {
		if rest, ok := strings.CutSuffix(s, h); ok {
			if _, ok := isSurnameStart(rest); ok && utf8.RuneCountInString(rest) <= 2 {
				return true
			}
		}
	}
	return false
}

// Words that make a capitalised phrase something other than a person.
var notPersonWords = map[string]bool{
	"team": true, "support": true, "service": true, "services": true, "customer": true, "sales": true, "dept": true, "department": true,
	"co": true, "ltd": true, "limited": true, "inc": true, "llc": true, "company": true, "corp": true, "group": true, "shop": true,
	"store": true, "trading": true, "factory": true, "official": true, "info": true, "admin": true, "office": true, "mail": true,
	"system": true, "delivery": true, "notification": true, "notifications": true, "news": true, "newsletter": true, "the": true,
	"best": true, "kind": true, "regards": true, "thanks": true, "thank": true, "you": true, "sincerely": true, "yours": true,
	"dear": true, "hello": true, "hi": true, "good": true, "morning": true, "afternoon": true, "evening": true, "cheers": true,
	"warm": true, "many": true, "sent": true, "from": true, "my": true, "iphone": true, "android": true, "outlook": true,
	"mobile": true, "tel": true, "phone": true, "email": true, "address": true, "order": true, "amount": true, "yiwu": true,
	"china": true, "street": true, "road": true, "avenue": true, "wishes": true, "growth": true, "marketing": true, "manager": true,
	"director": true, "ceo": true, "owner": true, "buyer": true, "seller": true, "purchasing": true, "import": true, "export": true,
	"ltd.": true, "and": true, "of": true, "for": true, "to": true, "in": true, "on": true, "at": true, "a": true, "an": true,
	"not": true, "sorry": true, "writing": true, "very": true, "so": true, "still": true, "also": true, "just": true, "afraid": true,
	"happy": true, "glad": true, "here": true, "going": true, "unable": true, "currently": true, "interested": true, "contacting": true,
	"trying": true, "looking": true, "chinese": true, "english": true, "italian": true, "american": true, "british": true,
	"french": true, "german": true, "egyptian": true, "indian": true, "please": true, "help": true, "urgent": true, "complaint": true,
	"re": true, "fwd": true, "fw": true, "wholesale": true, "studio": true, "industry": true, "industries": true, "enterprise": true,
	"agent": true, "agency": true, "logistics": true, "express": true, "bank": true, "hotel": true, "university": true, "school": true,
	"association": true, "station": true, "center": true, "centre": true, "hq": true, "it": true, "hr": true, "pr": true,
	"reply": true, "automatic": true, "auto": true, "away": true, "waiting": true, "about": true, "now": true, "back": true,
	"ok": true, "okay": true, "yes": true, "no": true, "we": true, "they": true, "i": true, "this": true, "that": true,
	// Company forms of the buyers' countries: "Schäfer Dekoartikel GmbH"
	// in a signature is the writer's firm, not the writer.
	"gmbh": true, "ag": true, "kg": true, "ohg": true, "ug": true, "e.k.": true, "sarl": true, "sas": true, "s.a.": true,
	"s.a.s.": true, "srl": true, "s.r.l.": true, "spa": true, "s.p.a.": true, "s.l.": true, "sl": true, "ltda": true, "ltda.": true,
	"bv": true, "b.v.": true, "nv": true, "n.v.": true, "oy": true, "a/s": true, "aps": true, "sp.": true,
	"s.r.o.": true, "sro": true, "a.s.": true, "ооо": true, "ип": true, "тов": true, "pty": true, "plc": true, "llp": true,
	"fze": true, "fzco": true, "fzc": true, "pvt": true, "pte": true, "bhd": true, "sdn": true, "tbk": true,
	"a.ş.": true, "ltd.şti.": true, "şti.": true, "jsc": true, "co.": true, "inc.": true, "corp.": true, "llc.": true,
}

// isLatinName reports whether s reads as a personal name in Latin letters:
// one to four capitalised words (initials allowed), no digits, no business
// or courtesy words. minWords says how many words it needs.
func isLatinName(s string, minWords int) bool {
	words := strings.Fields(s)
	if len(words) < minWords || len(words) > 4 {
		return false
	}
	full := 0
	for _, w := range words {
		if notPersonWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
		rs := []rune(w)
		if !unicode.IsUpper(rs[0]) {
			// Particles inside names: van, de, da, bin, al-.
			switch strings.ToLower(w) {
			case "van", "von", "de", "da", "di", "del", "der", "la", "le", "bin", "binti", "al", "el":
				continue
			}
			return false
		}
		if len(rs) == 2 && rs[1] == '.' {
			continue // an initial: "J."
		}
		for _, r := range rs[1:] {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
		full++
	}
	return full >= 1
}

// isPersonalName reports whether a From display name is a personal name
// (not a nickname, an e-mail address, a team or a company).
func isPersonalName(s string) bool {
	s = strings.TrimSpace(strings.Trim(s, `"'`))
	if s == "" || strings.Contains(s, "@") {
		return false
	}
	if isChineseName(simplifyHan(s)) {
		return true
	}
	return isLatinName(s, 2)
}

var (
	// "姓名：王芳", "联系人: 钱晓燕", "Name: Mia Thompson".
	nameLabelRe = regexp.MustCompile(`(?im)(?:^|[\s，,。；;])(?:(?:投诉人|申请人|消费者|买家|联系人|收货人|收件人)(?:姓名|名字)?|(?:本人|我的)(?:姓名|真实姓名)|姓名|名字|称呼|我的名字|(?:my |full |your |customer |buyer |contact |complainant )?name|contact(?: person)?)\s*(?:是|为|is)?\s*[:：]\s*([^\n，,。；;（(<]{1,40})`)
	// A merchant word right before a name label makes it the merchant's.
	merchantLabelEndRe = regexp.MustCompile(`(?i)(?:商家|卖家|店家|厂家|供应商|店铺|公司|工厂|\b(?:seller|supplier|vendor|merchant|factory|shop|store|company|manufacturer)(?:'s|’s)?|\b(?:their|his|her))\s*$`)
	// "我叫杜明", "本人赵磊", "我是昆明的袁芳", "我的名字是…".
	nameIntroZhRe = regexp.MustCompile(`(?:我叫|我名叫|我的名字(?:叫|是)|本人(?:姓名)?(?:是|叫)?|我是|我係|我系)(?:投诉人|投诉者|当事人|消费者|买家|顾客)?((?:[^\s，,。；;！!？?]{1,8}的)?)([\p{Han}·]{2,6})`)
	// "My name is Mia Thompson", "I'm Oliver Grant", "This is Ryan",
	// "Hi, this is Mia Thompson".
	nameIntroEnRe = regexp.MustCompile(`(?:[Mm]y name is|[Mm]y full name is|I am|I'm|I’m|This is|(?:^|[,.!;:]\s*)this is|[Nn]ame's)\s+((?:[A-Z][\p{L}'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’\-]+|[A-Z]\.|van|von|de|da|di|del|bin|al))*)`)
	// Closings in the languages Yiwu's buyers write.
	closingRe = regexp.MustCompile(`(?i)^(?:best regards|kind regards|warm regards|regards|best wishes|best|thanks(?: and regards| again| a lot)?|thank you(?: very much)?|many thanks|sincerely|yours sincerely|yours faithfully|yours truly|cheers|respectfully|` +
		`此致|敬礼|此致敬礼|谢谢|谢谢您|非常感谢|多谢|感谢|祝好|顺祝商祺|顺颂商祺|謝謝|敬上|` +
		`mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|beste grüße|liebe grüße|grüße|danke|vielen dank|` +
		`cordialement|bien cordialement|salutations|merci|merci beaucoup|` +
		`saludos|saludos cordiales|un saludo|atentamente|gracias|muchas gracias|` +
		`atenciosamente|cumprimentos|obrigado|obrigada|abraços|` +
		`cordiali saluti|distinti saluti|saluti|grazie|` +
		`met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|groeten|bedankt|` +
		`pozdrawiam|z poważaniem|dziękuję|` +
		`с уважением|спасибо|заранее спасибо|з повагою|дякую|` +
		`saygılarımla|teşekkürler|teşekkür ederim|` +
		`med vänlig hälsning|vänliga hälsningar|hälsningar|tack|` +
		`med venlig hilsen|venlig hilsen|hilsen|med vennlig hilsen|vennlig hilsen|takk|tak|` +
		`ystävällisin terveisin|terveisin|kiitos|` +
		`s pozdravem|děkuji|` +
		`trân trọng|cảm ơn|` +
		`hormat saya|salam|terima kasih|` +
		`مع التحية|مع خالص التحية|شكرا|شكراً|` +
		`감사합니다|고맙습니다|よろしくお願いします|よろしくお願いいたします|ありがとうございます|` +
		`ขอบคุณ|ขอบคุณครับ|ขอบคุณค่ะ)[\s,，.。!！]*$`)
)

// zhNameAt takes a Chinese name from the start of s: a family name and up
// to two given-name characters, stopping at words that cannot be part of a
// name ("本人在淘宝" is no name).
func zhNameAt(s string) string {
	rs := []rune(s)
	sl, ok := isSurnameStart(s)
	if !ok {
		return ""
	}
	best := ""
	for n := sl + 1; n <= sl+2 && n <= len(rs); n++ {
		cand := string(rs[:n])
		if !isChineseName(cand) {
			break
		}
		best = cand
		if n < len(rs) && strings.ContainsRune("在于从是的今去买通因和与跟向对住来要想已被就也还又刚最近上下个先女男这那现目前，,。买网家购从", rs[n]) {
			break
		}
	}
	// Honorific forms.
	for _, h := range []string{"先生", "女士", "小姐"} {
		if strings.HasPrefix(string(rs[sl:]), h) {
			return string(rs[:sl]) + h
		}
	}
	return best
}

// complainantName finds the writer's name in their own words: a labelled
// field, a self-introduction or a signature, preferring the fullest form;
// failing that, the From display name when it is a personal name.
func complainantName(segs []segment, from parser.Address) string {
	var cands []string
	var own []string
	for _, s := range segs {
		if s.role == roleOwn && s.fwdIndex == 0 {
			own = append(own, s.text)
		}
	}
	// A forwarded message the sender wrote themselves counts too.
	for _, s := range segs {
		if s.role == roleOwn && s.fwdIndex > 0 {
			own = append(own, s.text)
		}
	}
	text := strings.Join(own, "\n")
	for _, m := range nameLabelRe.FindAllStringSubmatchIndex(text, -1) {
		// "Seller contact: Ms Chen", "商家联系人：…": the other party's.
		lineStart := strings.LastIndexByte(text[:m[0]+1], '\n') + 1
		if merchantLabelEndRe.MatchString(text[lineStart : m[0]+1]) {
			continue
		}
		if lineStart > 1 {
			// "Factory phone: …" then "Contact: Jenny": the merchant's
			// contact person, not the writer.
			prevStart := strings.LastIndexByte(text[:lineStart-1], '\n') + 1
			if merchantLineRe.MatchString(text[prevStart : lineStart-1]) {
				continue
			}
		}
		if v := cleanPersonName(text[m[2]:m[3]]); v != "" {
			cands = append(cands, v)
		}
	}
	for _, m := range nameIntroZhRe.FindAllStringSubmatch(text, -1) {
		if v := zhNameAt(m[2]); v != "" {
			cands = append(cands, v)
		}
	}
	for _, m := range nameIntroEnRe.FindAllStringSubmatch(text, -1) {
		v := trimNameTail(m[1])
		if t := titleLeadRe.FindString(v); t != "" && isLatinName(v[len(t):], 1) {
			v = v[len(t):] // "My name is Mrs Ngozi Chukwuma"
		}
		if isLatinName(v, 1) {
			cands = append(cands, v)
		}
	}
	for _, s := range segs {
		if s.role == roleOwn {
			if v := signatureName(s.text); v != "" {
				cands = append(cands, v)
			}
		}
	}
	if len(cands) == 0 {
		if isPersonalName(from.Name) {
			return strings.TrimSpace(strings.Trim(from.Name, `"'`))
		}
		return ""
	}
	// Honorific forms give way to real names.
	best := ""
	for _, c := range cands {
		if !isHonorificName(c) {
			best = c
			break
		}
	}
	if best == "" {
		best = cands[0]
	}
	// The fullest form of the same name.
	for _, c := range cands {
		if len(c) > len(best) && sameName(best, c) {
			best = c
		}
	}
	if fn := strings.TrimSpace(strings.Trim(from.Name, `"'`)); isPersonalName(fn) && len(fn) > len(best) && sameName(best, fn) {
		best = fn
	}
	return best
}

// sameName reports whether long is a fuller form of short: "Mia" and
// "Mia Thompson", "Thompson" and "Mia Thompson".
func sameName(short, long string) bool {
	if short == long {
		return true
	}
	sw, lw := strings.Fields(short), strings.Fields(long)
	if len(sw) == 0 || len(sw) >= len(lw) {
		return false
	}
	for _, w := range sw {
		if !contains(lw, w) {
			return false
		}
	}
	return true
}

// trimNameTail drops trailing words that are not names from an English
// self-introduction ("Laura Bianchi And" cannot happen as "and" is lower
// case, but "Ahmed Hassan From" can at a line break).
func trimNameTail(s string) string {
	words := strings.Fields(s)
	for len(words) > 0 && notPersonWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// cleanPersonName validates a labelled name value.
func cleanPersonName(v string) string {
	// A wide gap ends the value: "马晓丽  手机：137…".
	if i := strings.IndexAny(v, "\t\u3000"); i >= 0 {
		v = v[:i]
	}
	if i := strings.Index(v, "  "); i >= 0 {
		v = v[:i]
	}
	v = trimValue(v)
	v = strings.Trim(v, `"'“”‘’「」`)
	if v == "" {
		return ""
	}
	if isChineseName(v) || isHonorificName(v) {
		return v
	}
	if n := zhNameAt(v); n != "" && utf8.RuneCountInString(n) == utf8.RuneCountInString(v) {
		return n
	}
	if isLatinName(v, 1) {
		return v
	}
	return ""
}

// hasMerchantHeading reports whether any line heads a merchant block:
// the test before the per-line address scan under such a heading.
func hasMerchantHeading(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) && merchantHeadingRe.MatchString(t) {
			return true
		}
	}
	return false
}

// merchantLineRe is a line labelled as the merchant's ("Factory phone:",
// "Shop address:", "商家电话：").
var merchantLineRe = regexp.MustCompile(`(?i)^\s*(?:(?:the\s+)?(?:factory|shop|store|supplier|seller|merchant|company|hotel|school|restaurant|office|their|vendor)(?:'s)?\b[^:：\n]{0,24}|(?:商家|卖家|店家|店铺|厂家|工厂|公司|供应商|学校|饭店|酒店|网点)[^:：\n]{0,8})[:：]`)

// titleLeadRe is a courtesy title before a Latin name.
var titleLeadRe = regexp.MustCompile(`^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Mme|Mlle|Sr|Sra|Srta|Herr|Frau|Sig|Sig\.ra)\.?\s+`)

// signatureName finds the writer's name line at the end of their own text:
// the first name line after a closing ("Best regards,", "谢谢！"), or the
// last name line among the final lines.
func signatureName(text string) string {
	lines := nonEmptyLines(text)
	if len(lines) == 0 {
		return ""
	}
	closing := -1
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-8; i-- {
		if closingRe.MatchString(lines[i]) {
			closing = i
			break
		}
	}
	isName := func(l string) string {
		l = strings.TrimSpace(strings.TrimLeft(l, "-—–~ "))
		for _, s := range []string{"敬上", "谨上", "上"} {
			if t, ok := strings.CutSuffix(l, s); ok && isChineseName(strings.TrimSpace(t)) {
				return strings.TrimSpace(t)
			}
		}
		// "王芳 13812345678", "Tom Lee, +1 415 555 0132": a name and contacts.
		if i := strings.IndexAny(l, " \t\u3000,，(（/|"); i > 0 {
			head, rest := strings.TrimSpace(l[:i]), l[i:]
			if strings.ContainsAny(rest, "0123456789@") {
				if isChineseName(head) {
					return head
				}
			}
		}
		if isChineseName(l) || isHonorificName(l) {
			return l
		}
		if isLatinName(l, 1) && !strings.ContainsAny(l, ",:") {
			return l
		}
		return ""
	}
	if closing >= 0 {
		for i := closing + 1; i < len(lines) && i <= closing+2; i++ {
			if n := isName(lines[i]); n != "" {
				return n
			}
		}
	}
	// The name line may stand above a title, a company, an address and
	// two contact lines.
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-6; i-- {
		l := lines[i]
		if n := isName(l); n != "" {
			// A single Latin word at the end is a name only after a
			// closing or followed by contact lines.
			if !strings.Contains(n, " ") && !isChineseName(n) && !isHonorificName(n) && i == len(lines)-1 && closing < 0 {
				continue
			}
			return n
		}
	}
	return ""
}

// withoutSignature drops the closing and signature lines at the end of
// text: everything after a closing line ("Best regards,", "谢谢！") or a
// "-- " delimiter among the last lines, or the final name line and what
// follows it.
func withoutSignature(text string) string {
	lines := strings.Split(text, "\n")
	last := len(lines) - 1
	for last >= 0 && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	for i := last; i >= 0 && i >= last-8; i-- {
		l := strings.TrimSpace(lines[i])
		if closingRe.MatchString(l) || l == "--" {
			// A closing, or the "-- " signature delimiter.
			return strings.Join(lines[:i], "\n")
		}
	}
	for i := last; i >= 0 && i >= last-4; i-- {
		l := strings.TrimSpace(lines[i])
		if isChineseName(l) || isLatinName(l, 2) && !strings.ContainsAny(l, ",:") {
			return strings.Join(lines[:i], "\n")
		}
	}
	return text
}

func nonEmptyLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, ">") {
			out = append(out, l)
		}
	}
	return out
}

// Addresses.
var (
	addrLabelRe = regexp.MustCompile(`(?i)(?:^|[\s，,。；;]|\p{Han})((?:我的|本人|收货|收件|联系|通讯|通信|家庭|居住|寄件|邮寄|退货|发货|公司|商家|店铺|商铺|工厂|厂家|卖家|办公|仓库|门店|经营|注册)?(?:的)?(?:地址|住址)|厂址|店址|摊位(?:号|地址|位置)?|档口(?:号|地址|位置)?|(?:商铺|店铺|门店|店面)位置|仓库|warehouse|booth|stall|培训中心|培训机构|门店|店面|(?:my |shipping |delivery |mailing |home |postal |billing |return |company |seller'?s? |office |factory |warehouse |business |registered |street )?(?:address|addr\.?|add\.?)|(?:their|supplier'?s?|seller'?s?|vendor'?s?|merchant'?s?|manufacturer'?s?|factory|forwarder'?s?|agent'?s?) (?:office|shop|store|warehouse|showroom|stall|booth)|(?:hotel|school|restaurant|salon|gym|agency|academy) address|address of (?:the )?(?:supplier|seller|shop|store|factory|company|merchant|vendor|hotel|school|restaurant)|(?:学校|饭店|餐厅|餐馆|网点|健身房|美容院|驾校|旅行社|维修店|修理厂)(?:的)?地址|\p{Han}{0,6}(?:厂|店|馆|行|部|中心|公司|网点)地址)\s*(?:(?:是|为|在)\s*[:：]?|[:：]|\bis\b:?(?:\s+(?:located\s+|situated\s+)?(?:at|in|on)\b)?)\s*`)
	addrZhRe    = regexp.MustCompile(`[省市区县镇乡村路街道巷弄号栋幢楼室座单元小区大厦广场园]`)
	// Street words of the countries Yiwu's buyers write from; the
	// non-ASCII ones are bounded by non-letters (RE2's \b is ASCII only).
	streetEnRe = regexp.MustCompile(`(?i)\b(?:street|road|avenue|via|viale|rue|calle|carrera|lane|way|boulevard|drive|strasse|straße|platz|square|building|floor|suite|apartment|unit|block|p\.?o\.? box|house|close|court|crescent|terrace|highway|hwy|plaza|place|district|jalan|soi|moo|office|centre|center|tower|flat|room|level|stall|kiosk|plot|` +
		`rua|avenida|travessa|alameda|estrada|rodovia|apto|apartamento|andar|bloco|piso|colonia|ulica|aleja|straat|laan|weg|gasse|allee|corso|piazza|largo|sokak|caddesi|mahallesi|bulvar[ıi]?|vej|gade|gatan|gata|katu|tie|náměstí|ulice|thanon|phố|rd|ave|blvd|ln|bldg|apt)\b` +
		// Abbreviations end with their full stop, where \b cannot stand.
		`|\b(?:st|rd|ave|dr|str|sq|bldg|apt|no|jl|av|col|ul|al|sok|cad|mah|nám|blvd|ln)\.` +
		// "Shop 14B, Alaba International Market": a shop by its number.
		`|\bshop\s+(?:no\.?\s*)?\d` +
		`|(?:^|[^\p{L}])(?:улица|ул\.|проспект|просп\.|пр-т|вулиця|вул\.|переулок|пер\.|дом|д\.|кв\.|đường|số|ถนน|ซอย|شارع|طريق|حي|ش\.)(?:[^\p{L}]|$)`)
	addrTailRe    = regexp.MustCompile(`(?i)\s+(?:联系)?(?:电话|手机|邮箱|tel|phone|mobile|e-?mail)\s*[:：]?|[，,；;]\s*(?:联系)?(?:电话|手机|邮箱)|(?:，|。)?(?:请|麻烦)`)
	houseNumberRe = regexp.MustCompile(`^\d+[A-Za-z]?\s+\p{L}`)
	// ", 45127 Essen", ", 01304-001", ", SW1A 1AA": a postcode after a comma.
	postcodeCityRe = regexp.MustCompile(`,\s*(?:\d{4,6}\s+\p{L}|\d{5}-\d{3}\b|\d{3}-\d{4}\b|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b)`)
	respAddrRe     = regexp.MustCompile(`(?i)退货|发货|公司|商家|店铺|商铺|厂址|店址|工厂|厂家|卖家|办公|仓库|门店|店面|摊位|档口|培训|经营|注册|机构|车行|车商|猫舍|犬舍|商户|商行|酒店|影楼|return|company|seller|supplier|vendor|merchant|manufacturer|their|office|factory|warehouse|booth|stall|business|registered|厂地址|店地址|馆地址|行地址|部地址|中心地址|学校|饭店|餐厅|餐馆|网点|健身房|美容院|理发店|驾校|旅行社|维修店|修理厂|hotel|school|restaurant|salon|gym|agency|academy`)
)

// labelHead returns the last few Han characters before a bare address
// label in its clause ("车行" of "车行地址：", "机构" of "机构地址："), which
// say whose address it is.
func labelHead(pre string) string {
	if i := strings.LastIndexAny(pre, "，。；,;：: \t"); i >= 0 {
		pre = pre[i+1:]
	}
	if utf8.RuneCountInString(pre) > 4 {
		return ""
	}
	return pre
}

// findAddresses returns the complainant's and the respondent's postal
// addresses in one segment: labelled lines first, then street-address
// lines in the signature block.
func findAddresses(text string, role segRole) (comp, resp string) {
	lines := strings.Split(text, "\n")
	prev := ""
	for i, l := range lines {
		l = strings.TrimSpace(l)
		prevLine := prev
		if l != "" {
			prev = l
		}
		// Several labels may share a line; each value ends at the next.
		var locs [][]int
		if mayHaveAddrLabel(l) {
			locs = addrLabelRe.FindAllStringSubmatchIndex(l, 8)
		}
		// "投诉对象：X" then "地址：…": a bare address label right under
		// the merchant's labelled name is the merchant's.
		underMerchant := false
		if len(locs) > 0 && prevLine != "" {
			if loc := respLabelRe.FindStringIndex(prevLine); loc != nil && loc[0] == 0 {
				underMerchant = true
			}
		}
		for k, loc := range locs {
			label := l[loc[2]:loc[3]]
			end := len(l)
			if k+1 < len(locs) {
				end = locs[k+1][0]
			}
			sep := l[loc[3]:loc[1]]
			if strings.EqualFold(strings.TrimRight(label, "."), "add") && !strings.ContainsAny(sep, ":：") {
				continue
			}
			raw := l[loc[1]:end]
			if k == len(locs)-1 && !hasHan(l) {
				// "Shipping address:" then "Calle de Alcalá 123, 4B",
				// "28009 Madrid", "Spain": one address over several lines.
				raw = withAddrLines(raw, lines[i+1:])
			}
			v := cleanAddress(raw)
			if v == "" {
				continue
			}
			if strings.Contains(strings.ToLower(sep), "is") && !hasHan(v) && !looksLikeStreetAddress(v) {
				// "their shop is in District 5 of the market": a sentence,
				// not a labelled address, needs an address's shape.
				continue
			}
			bare := label == "地址" || strings.EqualFold(label, "address")
			if role == roleMerchant || respAddrRe.MatchString(label) || bare && respAddrRe.MatchString(labelHead(l[:loc[2]])) || underMerchant && bare || phoneParty(l, loc[2], roleOwn) == roleMerchant {
				if resp == "" {
					resp = v
				}
			} else if comp == "" {
				comp = v
			}
		}
	}
	// "Their office is at Room 1203, Building B, …": the merchant's
	// premises named by the sentence's subject.
	if resp == "" && mayNamePremises(text) {
		for _, m := range respPremisesRe.FindAllStringSubmatch(text, 4) {
			v := cleanAddress(m[1] + m[2])
			if v == "" {
				continue
			}
			if !hasHan(v) && looksLikeStreetAddress(v) || hasHan(v) && strings.ContainsAny(v, "0123456789") && strings.ContainsAny(v, "号街路区栋幢室楼层城") {
				resp = v
				break
			}
		}
	}
	// An unlabelled street address in a block headed "Supplier details:".
	if resp == "" && hasMerchantHeading(lines) {
		off := 0
		for _, l := range lines {
			if t := strings.TrimSpace(l); t != "" && looksLikeStreetAddress(t) && merchantBlockAt(text, off) && !(mayHaveAddrLabel(t) && addrLabelRe.MatchString(t)) {
				resp = cleanAddress(t)
				break
			}
			off += len(l) + 1
		}
	}
	// Unlabelled street addresses in the closing lines.
	nl := nonEmptyLines(text)
	for i := max(0, len(nl)-5); i < len(nl); i++ {
		l := nl[i]
		if strings.ContainsAny(l, ":：") || mayHaveAddrLabel(l) && addrLabelRe.MatchString(l) {
			continue
		}
		var v string
		if i+1 < len(nl) && addrZipLineRe.MatchString(nl[i+1]) && looksLikeStreetLine(l) {
			// "12 Rue de la Paix", "75002 Paris", "France".
			v = trimValue(withAddrLines("", nl[i:]))
		} else if looksLikeStreetAddress(l) {
			v = trimValue(l)
		} else {
			continue
		}
		if role == roleMerchant {
			if resp == "" {
				resp = v
			}
		} else if comp == "" {
			comp = v
		}
	}
	return comp, resp
}

var (
	// "28009 Madrid", "Austin, TX 78701", "London NW1 6XE", "Bengaluru 560038".
	addrZipLineRe = regexp.MustCompile(`^(?:\d{4,6}(?:-\d{3,4})?\s+\p{Lu}[\p{L}.'\- ]*|\p{Lu}[\p{L}.'\- ]*,?\s+(?:[A-Z]{2}\s+)?\d{4,6}(?:-\d{4})?|\p{Lu}[\p{L}.'\- ]*,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$`)
	// A country on a line of its own, closing an address block.
	addrCountryLineRe = regexp.MustCompile(`(?i)^(?:USA|U\.S\.A\.?|United States(?: of America)?|UK|U\.K\.?|United Kingdom|England|Scotland|Wales|Canada|Australia|New Zealand|Germany|France|Spain|Italy|Portugal|Netherlands|Belgium|Switzerland|Austria|Poland|Czech Republic|Czechia|Sweden|Norway|Denmark|Finland|Ireland|Greece|Turkey|T[üu]rkiye|Russia|Ukraine|Romania|Hungary|Brazil|Mexico|Argentina|Chile|Colombia|Peru|India|Pakistan|Bangladesh|Sri Lanka|Nepal|Japan|Korea|South Korea|Singapore|Malaysia|Thailand|Vietnam|Indonesia|Philippines|UAE|U\.A\.E\.?|United Arab Emirates|Saudi Arabia|Qatar|Kuwait|Oman|Bahrain|Egypt|Nigeria|Kenya|Ghana|South Africa|Morocco|Israel|Hong Kong|Taiwan|Macau|China)\.?$`)
)

// withAddrLines extends an English labelled address (first, possibly
// empty when the label ends its line) with the lines under it that
// continue it: a street line first when the label stood alone, then lines
// such as "Apt 4B", "28009 Madrid" or "Spain", up to a blank line. The
// parts are joined with ", ".
func withAddrLines(first string, rest []string) string {
	var parts []string
	if t := strings.TrimRight(strings.TrimSpace(first), ",，"); t != "" {
		parts = append(parts, t)
	}
	for j, r := range rest {
		r = strings.TrimSpace(r)
		if r == "" || j >= 5 || hasHan(r) || strings.ContainsAny(r, ":：@") || utf8.RuneCountInString(r) > 60 {
			break
		}
		r = strings.TrimRight(r, ",")
		switch {
		case len(parts) == 0 && looksLikeAddress(r), len(parts) == 0 && houseNumberRe.MatchString(r) && streetEnRe.MatchString(r):
		case len(parts) == 0:
			return first
		case addrZipLineRe.MatchString(r), addrCountryLineRe.MatchString(r):
		case strings.ContainsAny(r, "0123456789") && streetEnRe.MatchString(r) && len(strings.Fields(r)) <= 6:
		default:
			return strings.Join(parts, ", ")
		}
		parts = append(parts, r)
	}
	if len(parts) == 0 {
		return first
	}
	return strings.Join(parts, ", ")
}

// cleanAddress trims a labelled address and rejects a bare city or region.
func cleanAddress(v string) string {
	if loc := addrTailRe.FindStringIndex(v); loc != nil {
		v = v[:loc[0]]
	}
	v = trimValue(v)
	if !hasHan(v) {
		// "…, Yiwu. The boss there is Mr. Zhou": the sentence ends it.
		if loc := sentenceEndRe.FindStringIndex(v); loc != nil {
			v = trimValue(v[:loc[0]+strings.IndexByte(v[loc[0]:loc[1]], '.')])
		}
	}
	if hasHan(v) {
		// A Chinese address ends at the end of its clause.
		if i := strings.IndexAny(v, "，。；！？"); i >= 0 {
			v = trimValue(v[:i])
		}
	}
	if !looksLikeAddress(v) {
		return ""
	}
	return v
}

func looksLikeAddress(v string) bool {
	if utf8.RuneCountInString(v) < 5 || utf8.RuneCountInString(v) > 200 || urlRe.MatchString(v) {
		return false
	}
	if hasHan(v) {
		return strings.ContainsAny(v, "0123456789０１２３４５６７８９") && addrZhRe.MatchString(v) ||
			strings.ContainsAny(v, "路街道巷弄号栋幢室村") && utf8.RuneCountInString(v) >= 8
	}
	return strings.ContainsAny(v, "0123456789") && (strings.Contains(v, ",") || streetEnRe.MatchString(v))
}

// looksLikeStreetAddress is stricter, for unlabelled lines.
func looksLikeStreetAddress(l string) bool {
	if utf8.RuneCountInString(l) < 8 || utf8.RuneCountInString(l) > 150 || emailRe.MatchString(l) || urlRe.MatchString(l) {
		return false
	}
	if !hasHan(l) && (sentenceEndRe.MatchString(l) || len(strings.Fields(l)) > 16) {
		return false // prose that mentions an address is no address line
	}
	if hasHan(l) {
		return strings.ContainsAny(l, "0123456789") && strings.ContainsAny(l, "省市区县") && strings.ContainsAny(l, "路街道巷弄号栋幢室村") && !strings.ContainsAny(l, "，。！？我")
	}
	if !strings.ContainsAny(l, "0123456789") || strings.Count(l, ",") < 1 {
		return false
	}
	// Mostly words and numbers, starting with a number or a street word.
	letters, digits := 0, 0
	for _, r := range l {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	if digits > letters {
		return false // a phone number with a comma
	}
	if priceLineRe.MatchString(l) {
		return false // "Unit price $1.15 x 1,200 = $1,380.00, shipping …"
	}
	return streetEnRe.MatchString(l) || houseNumberRe.MatchString(l) || postcodeCityRe.MatchString(l)
}

// sentenceEndRe is a full stop after a word (not an abbreviation's
// "No." or "St.") followed by a new sentence.
var sentenceEndRe = regexp.MustCompile(`[a-z]{3,}\.\s+[A-Z]`)

// addrLabelWords are the words every addrLabelRe match holds (lower
// case): the cheap test before the pattern.
var addrLabelWords = []string{"地址", "位置", "住址", "摊位", "档口", "仓库", "门店", "店面", "厂址", "店址", "培训", "address", "addr", "add", "warehouse", "booth", "stall", "office", "shop", "store", "showroom"}

// mayHaveAddrLabel reports whether line l can hold an address label.
func mayHaveAddrLabel(l string) bool {
	lower := strings.ToLower(l)
	for _, w := range addrLabelWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// mayNamePremises is the cheap test before respPremisesRe: a verb of
// place and a merchant word.
func mayNamePremises(text string) bool {
	if strings.Contains(text, "在") || strings.Contains(text, "位于") {
		for _, w := range []string{"商家", "卖家", "店家", "厂家", "供应商", "他们", "对方"} {
			if strings.Contains(text, w) {
				return true
			}
		}
	}
	lower := strings.ToLower(text)
	return (strings.Contains(lower, " is ") || strings.Contains(lower, " are ") || strings.Contains(lower, " was ") || strings.Contains(lower, " were ")) &&
		(strings.Contains(lower, "their ") || strings.Contains(lower, "'s ") || strings.Contains(lower, "’s ") || strings.Contains(lower, "the seller") ||
			strings.Contains(lower, "the supplier") || strings.Contains(lower, "the shop") || strings.Contains(lower, "the store") ||
			strings.Contains(lower, "the factory") || strings.Contains(lower, "the company") || strings.Contains(lower, "the merchant") ||
			strings.Contains(lower, "the vendor") || strings.Contains(lower, "the manufacturer"))
}

// respPremisesRe finds the merchant's address by the sentence that
// names it: "Their office is at …", "the supplier's warehouse is located
// in …", "商家的店在…", "他们公司在…".
var respPremisesRe = regexp.MustCompile(`(?i)\b(?:(?:their|the (?:seller|supplier|shop|store|factory|company|merchant|vendor|manufacturer)(?:'s|’s)?)\s+(?:office|shop|store|factory|warehouse|showroom|booth|stall|address|premises|company|workshop)|the (?:school|hotel|restaurant|agency|gym|salon|clinic|academy))\s+(?:is|are|was|were)\s+(?:located\s+|situated\s+)?(?:at|in|on)\s+([^\n()]{8,160}?)(?:\.\s|\.$|\n|$|\))` +
	`|(?:商家|卖家|店家|厂家|供应商|他们|对方)(?:的)?(?:店|店铺|门店|公司|工厂|厂|仓库|档口|摊位|办公室)?(?:地址)?(?:在|位于)([^\n，。；！？（(]{6,60})`)

// priceLineRe matches a line of prices, which is no address.
var priceLineRe = regexp.MustCompile(`(?i)[$€¥￥£]\s?\d|\b(?:USD|EUR|RMB|CNY|HKD|GBP)\s?\d|\d\s?(?:USD|EUR|RMB|CNY|HKD|GBP)\b|\bprice\b`)

// looksLikeStreetLine reports the first line of an English address
// written over several lines, without the commas of a one-line address:
// "12 Rue de la Paix", "4410 Duval Street".
func looksLikeStreetLine(l string) bool {
	if hasHan(l) || utf8.RuneCountInString(l) > 60 || len(strings.Fields(l)) > 8 || emailRe.MatchString(l) || urlRe.MatchString(l) {
		return false
	}
	return houseNumberRe.MatchString(l) && streetEnRe.MatchString(l) ||
		strings.ContainsAny(l, "0123456789") && streetEnRe.MatchString(l) && !strings.HasPrefix(l, "+")
}

func hasHan(s string) bool {
	for _, r := range s {
		if isHan(r) {
			return true
		}
	}
	return false
}
