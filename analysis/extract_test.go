package analysis

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yweca/redress/parser"
)

func TestNormalisePhone(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		separated bool
		want      string // "" means not a phone
	}{
		{"mobile bare", "13812345678", false, "+8613812345678"},
		{"mobile spaced", "138 1234 5678", true, "+8613812345678"},
		{"mobile dashed", "138-1234-5678", true, "+8613812345678"},
		{"mobile +86 dashed", "+86-138-1234-5678", true, "+8613812345678"},
		{"mobile 0086", "0086 13812345678", true, "+8613812345678"},
		{"mobile 0086 dashed", "0086-135-8647-2291", true, "+8613586472291"},
		{"mobile +86 no space", "+8615652098317", false, "+8615652098317"},
		{"mobile full-width digits", "１３８１２３４５６７８", false, "+8613812345678"},
		{"landline dashed", "0579-85123456", true, "+8657985123456"},
		{"landline parenthesised", "(0579)85123456", true, "+8657985123456"},
		{"landline full-width parens", "（0579）85123456", true, "+8657985123456"},
		{"landline 7-digit local", "0351-7234561", true, "+863517234561"},
		{"Beijing landline", "010-62345678", true, "+861062345678"},
		{"Guangzhou landline", "020 8123 4567", true, "+862081234567"},
		{"Nigerian mobile with its trunk 0 is no landline", "0803 555 0917", true, ""},
		{"Nigerian 070x mobile is no landline", "0706 555 0199", true, ""},
		{"unassigned 06x area", "0612 5551234", true, ""},
		{"Sichuan landline 0812 is still one", "0812-3345678", true, "+868123345678"},
		{"landline +86 without trunk", "+86 579 8538 2046", true, "+8657985382046"},
		{"landline +86 with trunk", "+86 (0579) 8538 2046", true, "+8657985382046"},
		{"landline bare needs a label", "057985123456", false, ""},
		{"landline bare under label", "057985123456", true, "+8657985123456"},
		{"Hong Kong", "+852 9123 4567", true, "+85291234567"},
		{"US", "+1 (415) 555-0132", true, "+14155550132"},
		{"UK trunk zero", "+44 (0)20 7946 0958", true, "+442079460958"},
		{"Egypt", "+20 100 555 0147", true, "+201005550147"},
		{"Italy", "+39 347 555 0183", true, "+393475550183"},
		{"service number", "400-820-8820", true, "+864008208820"},
		{"Taiwan mobile", "0912-345-678", true, "+886912345678"},
		{"too short", "12345", true, ""},
		{"order number", "3358102947761253908", false, ""},
		{"date", "2026-03-15", true, ""},
		{"12-digit not a mobile", "138123456789", false, ""},
		{"mobile with bad prefix", "12012345678", false, ""},
		{"letters", "138abc45678", true, ""},
		{"plus zero", "+0 123 4567 890", true, ""},
		{"bare 8-digit local", "85123456", true, ""},
		{"US (NXX) NXX-XXXX without +1", "(415) 555-0132", true, "+14155550132"},
		{"US form needs 2-9 area code", "(115) 555-0132", true, ""},
		{"Chinese landline in parentheses is not US", "(0579) 8512-3456", true, "+8657985123456"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := normalisePhone(tt.in, tt.separated)
			if tt.want == "" {
				if ok {
					t.Errorf("normalisePhone(%q) = %q, want no phone", tt.in, got)
				}
				return
			}
			if !ok || got != tt.want {
				t.Errorf("normalisePhone(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestFindPhones(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"labelled mobile", "手机：136-5871-0429", []string{"+8613658710429"}},
		{"country in the label", "Mobile (Ireland): 087 215 4476", []string{"+353872154476"}},
		{"country in brackets after the number", "07700 900412 (UK)", []string{"+447700900412"}},
		{"labelled foreign mobile in Chinese text", "我在菲律宾。\n手机 (Philippines)：0917 555 0134", []string{"+639175550134"}},
		{"country named in passing is no label", "I live in Ireland. 087 215 4476", nil},
		{"Chinese mobile in a mail from Canada", "I live in Toronto. Her phone (also her WeChat) is 150 5793 6612.", []string{"+8615057936612"}},
		{"sentence", "麻烦帮忙处理，我的手机是 15652098317。", []string{"+8615652098317"}},
		{"two numbers on a line", "电话 0579-85123456 / 13812345678", []string{"+8657985123456", "+8613812345678"}},
		{"year before a mobile", "2026 13812345678", []string{"+8613812345678"}},
		{"order label", "订单号：13812345678", nil},
		{"order label English", "Order No. 13812345678", nil},
		{"QQ", "QQ：1593826470 QQ号 13912345678", nil},
		{"ticket", "Ticket #13912345678", nil},
		{"transaction", "支付宝交易号 13912345678", nil},
		{"bill of lading", "B/L No. 13912345678", nil},
		{"waybill", "运单号：13912345678", nil},
		{"amount", "¥13812345678 and 1,380.50元", nil},
		{"decimal", "13812345678.5", nil},
		{"inside a word", "ABC13812345678", nil},
		{"e-mail local part", "13812345678@139.com", nil},
		{"URL digits", "https://shop13812345678.taobao.com", nil},
		{"percent", "13812345678%", nil},
		{"label then other number", "订单号：123456，手机：13812345678", []string{"+8613812345678"}},
		{"country code with spaces", "Tel: +44 7700 900127", []string{"+447700900127"}},
		{"WhatsApp label", "Seller phone (WhatsApp): +86 150 5792 3318", []string{"+8615057923318"}},
		{"full-width", "电话：０５７９－８５１２３４５６", []string{"+8657985123456"}},
		{"landline labelled bare", "座机 057985123456", []string{"+8657985123456"}},
		{"landline unlabelled bare", "编码 057985123456", nil},
		{"duplicate kept once by caller", "13812345678, 13812345678", []string{"+8613812345678", "+8613812345678"}},
		{"Hong Kong 8 digits under a label in Hong Kong", "地址：香港九龙旺角\n联络电话：9126 3548", []string{"+85291263548"}},
		{"Hong Kong English", "I live in Kowloon, Hong Kong. Mobile: 61234587", []string{"+85261234587"}},
		{"8 digits without Hong Kong", "联络电话：9126 3548", nil},
		{"8 digits in Hong Kong without a label", "香港 9126 3548", nil},
		{"US number in a signature", "Regards,\nMegan\nPhone: (415) 555-0132", []string{"+14155550132"}},
		{"landline with extension", "商家电话：0579-85673210转806", []string{"+8657985673210"}},
		{"mobile with dots", "手机：138.5793.2207", []string{"+8613857932207"}},
		{"dotted IP address is no phone", "IP 198.51.100.23 登录", nil},
		{"dotted sum is no phone", "货款1380.50元，电话13857932207", []string{"+8613857932207"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := foldDigits(tt.text)
			_, us := findURLs(text, "")
			_, es := findEmails(text)
			var got []string
			for _, p := range findPhones(text, append(us, es...)) {
				got = append(got, p.e164)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findPhones(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in, value, currency string
	}{
		{"¥960.00", "960.00", "CNY"},
		{"￥147.00", "147.00", "CNY"},
		{"¥3,560.00", "3560.00", "CNY"},
		{"89元", "89.00", "CNY"},
		{"69.9元", "69.90", "CNY"},
		{"2,250元", "2250.00", "CNY"},
		{"RMB 1,280", "1280.00", "CNY"},
		{"人民币128元", "128.00", "CNY"},
		{"CNY 99.5", "99.50", "CNY"},
		{"US$25.99", "25.99", "USD"},
		{"US $ 25.99", "25.99", "USD"},
		{"USD 1,044.00", "1044.00", "USD"},
		{"1,044.00 USD", "1044.00", "USD"},
		{"$250", "250.00", "USD"},
		{"40 dollars", "40.00", "USD"},
		{"HK$300", "300.00", "HKD"},
		{"港币180元", "180.00", "HKD"},
		{"港元 500", "500.00", "HKD"},
		{"300港元", "300.00", "HKD"},
		{"€320.00", "320.00", "EUR"},
		{"€2.450,00", "2450.00", "EUR"},
		{"120 euros", "120.00", "EUR"},
		{"£45", "45.00", "GBP"},
		{"NT$1,280", "1280.00", "TWD"},
		{"1.2万元", "12000.00", "CNY"},
		{"5块钱", "5.00", "CNY"},
		{"人民币叁佰元", "300.00", "CNY"},
		{"叁佰元整", "300.00", "CNY"},
		{"三百元", "300.00", "CNY"},
		{"三百五十块钱", "350.00", "CNY"},
		{"两千元", "2000.00", "CNY"},
		{"十五元", "15.00", "CNY"},
		{"一万二千元", "12000.00", "CNY"},
		{"壹仟贰佰叁拾肆元伍角陆分", "1234.56", "CNY"},
		{"一百零五元", "105.00", "CNY"},
		{"三点五元", "3.50", "CNY"},
		{"貳佰圓", "200.00", "CNY"},
		{"１２８元", "128.00", "CNY"},
		{"USD 5 200", "5200.00", "USD"},
		{"€ 12 500,00", "12500.00", "EUR"},
		{"USD 1 250 000", "1250000.00", "USD"},
		{"5 200 USD", "5200.00", "USD"},
		{"12\u00a0300 EUR", "12300.00", "EUR"},
		{"US$ 3\u202f450.50", "3450.50", "USD"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, c, ok := parseAmount(tt.in)
			if !ok || v != tt.value || c != tt.currency {
				t.Errorf("parseAmount(%q) = %q %q %v, want %q %q", tt.in, v, c, ok, tt.value, tt.currency)
			}
		})
	}
	// Space groups only where they end the number: a count or a code
	// after a price is not part of it.
	for _, tt := range []struct{ in, value string }{
		{"¥128 300件", "128.00"},
		{"USD 25 1234", "25.00"},
		{"USD 40 12345", "40.00"},
	} {
		t.Run("spaced "+tt.in, func(t *testing.T) {
			if v, _, ok := parseAmount(tt.in); !ok || v != tt.value {
				t.Errorf("parseAmount(%q) = %q %v, want %q", tt.in, v, ok, tt.value)
			}
		})
	}
	for _, in := range []string{"300% more", "50% deposit", "3,000 bath towels", "三块蛋糕", "几百元", "上千元", "AS-77120", "元", "万元", "0元", "v2元"} {
		t.Run("none "+in, func(t *testing.T) {
			if v, c, ok := parseAmount(in); ok {
				t.Errorf("parseAmount(%q) = %q %q, want no amount", in, v, c)
			}
		})
	}
}

func TestChineseInt(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"叁佰", 300, true}, {"十", 10, true}, {"十二", 12, true}, {"二十", 20, true}, {"一百零一", 101, true},
		{"三千零五十", 3050, true}, {"一万", 10000, true}, {"十万", 100000, true}, {"一亿二千万", 120000000, true},
		{"一二三", 123, true}, {"", 0, false}, {"万", 0, false}, {"百", 0, false}, {"亿", 0, false},
		{"九千九百九十九亿九千九百九十九万九千九百九十九", 999999999999, true},
		{strings.Repeat("亿", 30), 0, false}, {strings.Repeat("九", 40), 0, false},
	}
	for _, tt := range tests {
		got, ok := chineseInt(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("chineseInt(%q) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPickAmount(t *testing.T) {
	tests := []struct {
		name, text, value, currency string
	}{
		{"goods payment over an offer", "货款：2,250元\n商家说是穿着方式问题，只肯每双补5块钱。", "2250.00", "CNY"},
		{"offer first in the text", "The seller offered a $50 coupon. I paid US$1,250.00 in total.", "1250.00", "USD"},
		{"shipping fee after the price", "运费：12元\n商品金额：¥199.00", "199.00", "CNY"},
		{"only shipping fee", "运费多收了15元。", "15.00", "CNY"},
		{"total over unit price", "单价20元，共50个，合计1000元", "1000.00", "CNY"},
		{"paid deposit over a valued total", "The total order value was USD 12,000 and I paid the 30% deposit of USD 3,600 on 2 May.", "3600.00", "USD"},
		{"French paid over a French offer", "J’ai payé 980,00 € par virement. Le vendeur propose seulement un avoir de 150 €.", "980.00", "EUR"},
		{"German offer after the paid sum", "Ich habe 2.400,00 USD überwiesen. Der Händler bietet einen Gutschein über 100 USD an.", "2400.00", "USD"},
		{"paid total after goods total and shipping on one line", "商品总价：￥360.00 运费：￥15.00 实付款：￥375.00", "375.00", "CNY"},
		{"shipping label reaches no further than the previous sum", "总价：¥200.00 运费：¥10.00", "200.00", "CNY"},
		{"euro sign after a decimal-comma sum", "Paid: 1.236,40 €\nShipping: 85,00 €", "1236.40", "EUR"},
		{"wan without a unit after a money word", "货款总共3.5万，到货后有十几台不转", "35000.00", "CNY"},
		{"wan of pieces is no sum", "一共进了3万个，付了2000元", "2000.00", "CNY"},
		{"refund offer only", "商家同意赔偿30元", "", ""},
		{"块 before a verb is a sum", "一千二百块已经付了", "1200.00", "CNY"},
		{"only-willing refund is an offer", "坚果里吃出了虫子，商家只肯退5块钱。", "", ""},
		{"discount", "The seller offered a 5% discount.", "", ""},
		{"instalments inside a paid label, then the total", "付款金额：定金50元，尾款150元，共200元", "200.00", "CNY"},
		{"deposit then balance then total", "paid a deposit of USD 500.00, then the balance of USD 1,750.00, USD 2,250.00 in all", "2250.00", "USD"},
		{"deposit only", "交了定金2000元，商家跑路了", "2000.00", "CNY"},
		{"total after the parts", "I paid US$ 680.00 for the set and US$ 240.00 for the shipping, US$ 920.00 in total.", "920.00", "USD"},
		{"paid deposit over the line total and unit price", "Price: USD 0.28 x 20,000 = USD 5,600.00. I paid the deposit USD 1,680.00 on 12 March.", "1680.00", "USD"},
		{"line total over the unit price", "Price: USD 0.28 x 20,000 = USD 5,600.00.", "5600.00", "USD"},
		{"a sum demanded on top is no price", "The price went up and I must add USD 900 now. I paid USD 300.00 deposit.", "300.00", "USD"},
		{"none", "没有金额", "", ""},
		{"Cantonese 合共 total over the goods price", "商品價錢人民幣1,280元，集運費HK$85，合共付款HK$1,480.00", "1480.00", "HKD"},
		{"extra sum demanded is no paid sum", "合同金额68000元，又报了一堆增项，一共要我再加15000元", "68000.00", "CNY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, c := pickAmount([]segment{{text: tt.text}})
			if v != tt.value || c != tt.currency {
				t.Errorf("pickAmount(%q) = %q %q, want %q %q", tt.text, v, c, tt.value, tt.currency)
			}
		})
	}
}

func TestFindCaseRef(t *testing.T) {
	tests := []struct {
		name   string
		prefix string
		texts  []string
		want   string
	}{
		{"subject", "YW", []string{"回复：[YW-2026-00120] 请补充"}, "YW-2026-00120"},
		{"subject wins over body", "YW", []string{"[YW-2026-00001]", "YW-2026-00002"}, "YW-2026-00001"},
		{"body after empty subject", "YW", []string{"Re: hello", "about case YW-2026-00042."}, "YW-2026-00042"},
		{"Chinese around", "YW", []string{"编号YW-2026-00120），请补充"}, "YW-2026-00120"},
		{"lower case", "YW", []string{"re: yw-2026-00042"}, "YW-2026-00042"},
		{"six digits", "YW", []string{"YW-2026-001234"}, ""},
		{"trailing letter", "YW", []string{"YW-2026-00042A"}, ""},
		{"glued prefix", "YW", []string{"XYW-2026-00042"}, ""},
		{"order number shape", "YW", []string{"YW-20260302-1172"}, ""},
		{"order label", "YW", []string{"订单号：YW-2026-00042"}, ""},
		{"order label English", "YW", []string{"Order No. YW-2026-00042"}, ""},
		{"ticket label", "YW", []string{"Ticket #YW-2026-00042"}, ""},
		{"suffix digit group", "YW", []string{"YW-2026-00042-3"}, ""},
		{"other platform", "YW", []string{"WQT20260302-1172"}, ""},
		{"other prefix", "YW", []string{"HZ-2026-00042"}, ""},
		{"custom prefix", "HZ", []string{"HZ-2026-00042"}, "HZ-2026-00042"},
		{"empty prefix recognises none", "", []string{"YW-2026-00042"}, ""},
		{"returned headers", "YW", []string{"Undelivered", "", "", "Subject: [YW-2026-00129] =?UTF-8?B?...?="}, "YW-2026-00129"},
		{"bad then good", "YW", []string{"YW-2026-001234 and YW-2026-00077"}, "YW-2026-00077"},
		{"full-width hyphens", "YW", []string{"回复：YW－2026－00464 补充材料"}, "YW-2026-00464"},
		{"full-width letters and digits", "YW", []string{"编号ＹＷ－２０２６－００４６４"}, "YW-2026-00464"},
		{"en dashes", "YW", []string{"case YW–2026–00464"}, "YW-2026-00464"},
		{"full-width, wrong digit count", "YW", []string{"YW－2026－0046"}, ""},
		{"after Case #", "YW", []string{"Re: Case #YW-2026-00468"}, "YW-2026-00468"},
		{"after a bare #", "YW", []string{"#YW-2026-00468"}, "YW-2026-00468"},
		{"wrong digit counts", "YW", []string{"YW-2026-0042 or YW-26-00042"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findCaseRef(tt.prefix, tt.texts...); got != tt.want {
				t.Errorf("findCaseRef(%q, %q) = %q, want %q", tt.prefix, tt.texts, got, tt.want)
			}
		})
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"Chinese", "你好，我买的衣服有问题。", "zh"},
		{"Traditional", "您好，我在網店買的耳機是假貨。", "zh"},
		{"Chinese with product names", "我买的Apple AirPods Pro 2 耳机没有声音，商家不理。", "zh"},
		{"English", "Hello, the seller refuses to refund my order.", "en"},
		{"English quoting a shop", "I bought towels from 晨曦家居百货 and they are torn. The seller does not answer my messages.", "en"},
		{"URLs do not count", "见 https://www.example.com/a/b/c/d/e/f/g/h 谢谢", "zh"},
		{"empty", "", "zh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DetectLanguage(tt.text); got != tt.want {
				t.Errorf("DetectLanguage(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestComplainantName(t *testing.T) {
	tests := []struct {
		name string
		from parser.Address
		text string
		want string
	}{
		{"label", parser.Address{}, "姓名：王芳\n电话：13812345678", "王芳"},
		{"contact label full-width", parser.Address{}, "联系人：钱晓燕", "钱晓燕"},
		{"English label", parser.Address{}, "Name: Oliver Grant\nPhone: +44 7700 900127", "Oliver Grant"},
		{"我叫", parser.Address{}, "我叫杜明，上个月买了鞋。", "杜明"},
		{"compound label", parser.Address{}, "投诉人姓名：马晓丽\n", "马晓丽"},
		{"本人姓名 label", parser.Address{}, "案件编号 YW-2026-00412，补充如下：\n本人姓名：邓伟\n订单号：305218746629", "邓伟"},
		{"consignee label", parser.Address{}, "收货人：马晓丽  手机：137-0579-8866", "马晓丽"},
		{"fill-in value on the next line", parser.Address{}, "姓名 / Name:\n李娜\n电话 / Phone:\n", "李娜"},
		{"本人", parser.Address{}, "本人赵磊，投诉一家店。", "赵磊"},
		{"本人 is not a name", parser.Address{}, "本人在淘宝买了东西。", ""},
		{"我是 with place", parser.Address{}, "我是昆明的袁芳，在拼多多买了衣服。", "袁芳"},
		{"My name is", parser.Address{}, "My name is Laura Bianchi and I live in Milan.", "Laura Bianchi"},
		{"I'm lower case is no name", parser.Address{}, "I'm forwarding the mail below.", ""},
		{"signature after closing", parser.Address{}, "The goods are broken.\n\nBest regards,\nAhmed Hassan\nTel: +20 100 555 0147", "Ahmed Hassan"},
		{"Chinese signature", parser.Address{}, "商家不退款。\n谢谢！\n戴晓云", "戴晓云"},
		{"谢谢 is no name", parser.Address{}, "请帮忙处理。\n谢谢", ""},
		{"text beats From", parser.Address{Name: "李强"}, "我叫王芳，这是我丈夫的邮箱。", "王芳"},
		{"From personal name", parser.Address{Name: "钱晓燕"}, "商家不发货。", "钱晓燕"},
		{"From nickname", parser.Address{Name: "星星点灯"}, "商家不发货。", ""},
		{"From nickname 追风少年", parser.Address{Name: "追风少年"}, "商家不发货。", ""},
		{"From nickname starting with a surname", parser.Address{Name: "陈皮糖"}, "商家不发货。", ""},
		{"From nickname 朱小猪", parser.Address{Name: "朱小猪"}, "商家不发货。", ""},
		{"From personal name 陈皓", parser.Address{Name: "陈皓"}, "商家不发货。", "陈皓"},
		{"From e-mail address", parser.Address{Name: "abc@qq.com"}, "商家不发货。", ""},
		{"From team", parser.Address{Name: "Growth Team"}, "Hello.", ""},
		{"From company", parser.Address{Name: "Yiwu Trading Co"}, "Hello.", ""},
		{"From English person", parser.Address{Name: "Nadia Rahman"}, "Hello.", "Nadia Rahman"},
		{"fullest form from From", parser.Address{Name: "Mia Thompson"}, "Hi, I'm Mia. The lamps are broken.", "Mia Thompson"},
		{"traditional From", parser.Address{Name: "陳大文"}, "商家不發貨。", "陳大文"},
		{"honorific gives way", parser.Address{}, "联系人：王先生\n王建华", "王建华"},
		{"Cantonese 我係", parser.Address{Name: "Lei Ka Man"}, "我係李嘉雯，住澳門。", "李嘉雯"},
		{"surname plus 某某 is no name", parser.Address{}, "我是王某某，在拼多多买的坚果。", ""},
		{"merchant contact label is not the writer", parser.Address{}, "My name is Wong Ka Ho.\nSeller contact: Ms Chen, 0579-85337719", "Wong Ka Ho"},
		{"商家联系人 is not the writer", parser.Address{Name: "钱晓燕"}, "商家联系人：王经理\n商家不发货。", "钱晓燕"},
		{"From 阿+one character is a familiar form", parser.Address{Name: "阿杰"}, "这家厂靠谱吗？", ""},
		{"their contact is the merchant's", parser.Address{Name: "Thandiwe Nkosi"}, "Their contact: Sunny Zhang, +86 136 5799 8041\n\nKind regards\nThandiwe Nkosi", "Thandiwe Nkosi"},
		{"less common surname 贝", parser.Address{}, "我叫贝思琪，在网店买了皮包。", "贝思琪"},
		{"common surname 赖 from From", parser.Address{Name: "赖晓燕"}, "商家不发货。", "赖晓燕"},
		{"我是投诉人 then the name", parser.Address{Name: "李强"}, "这是我老公的邮箱，我是投诉人张丽，手机13857912233。", "张丽"},
		{"我是消费者 without a name", parser.Address{Name: "钱晓燕"}, "我是消费者，商家不发货。", "钱晓燕"},
		{"Hi, this is", parser.Address{Name: "Mia"}, "Hi, this is Mia Thompson again.\n\nThanks,\nMia", "Mia Thompson"},
		{"this is mid-sentence is no introduction", parser.Address{}, "I paid and this is Amazon's fault.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs := splitSegments(tt.text, tt.from)
			if got := complainantName(segs, tt.from); got != tt.want {
				t.Errorf("complainantName(%q, %q) = %q, want %q", tt.text, tt.from.Name, got, tt.want)
			}
		})
	}
}

func TestRespondentName(t *testing.T) {
	tests := []struct {
		name, text, subject, want string
	}{
		{"platform quotes", "我在淘宝“声动数码专营店”买的音箱", "", "声动数码专营店"},
		{"platform prefix inside quotes' neighbour", "在天猫“优品汇家居旗舰店”下单", "", "优品汇家居旗舰店"},
		{"corner brackets", "拼多多「小熊童装店」", "", "小熊童装店"},
		{"quoted then shop", "“晨曦家居百货”的店里买了东西", "", "晨曦家居百货"},
		{"labelled", "商家：义乌市佳美饰品商行\n", "", "义乌市佳美饰品商行"},
		{"labelled with remark", "店铺名称：天猫优品汇家居旗舰店（已关店）", "", "优品汇家居旗舰店"},
		{"商家全称 beats the quoted shop", "在抖音“暖冬服饰工厂店”直播间买的\n商家全称：义乌市暖冬服饰有限公司", "", "义乌市暖冬服饰有限公司"},
		{"empty fill-in field takes no label", "商家 / Merchant:\n店铺链接或商家电话 / Shop link or merchant phone:\n", "", ""},
		{"fill-in value on the next line", "商家 / Merchant:\n优选百货\n", "", "优选百货"},
		{"live-stream room before the quotes", "在快手直播间“小米粒数码配件”拍了50个手机壳", "", "小米粒数码配件"},
		{"course signed up for", "给孩子报了“启航英语培训中心”的暑假班", "", "启航英语培训中心"},
		{"merchant naming itself in brackets", "您在本店（佳美家电京东自营专区）购买的空气炸锅", "", "佳美家电京东自营专区"},
		{"labelled URL is no name", "店铺：https://abc.taobao.com", "", ""},
		{"company in text", "上个月在1688上义乌市远大鞋业有限公司（https://x.1688.com）进了货", "", "义乌市远大鞋业有限公司"},
		{"Shanghai company", "从上海美华贸易有限公司订了货", "", "上海美华贸易有限公司"},
		{"generic shop word", "在一家网店买的", "", ""},
		{"quote that is not a shop", "有的店铺写着“特价商品不退不换”，这合法吗", "", ""},
		{"English company", "I bought from Yiwu Sunflower Stationery Co., Ltd. through 1688", "", "Yiwu Sunflower Stationery Co., Ltd."},
		{"English quoted shop", `The shop called "Happy Home" never shipped.`, "", "Happy Home"},
		{"English label", "Seller: Golden Star Toys\n", "", "Golden Star Toys"},
		{"unnamed", "a shop on Taobao sent the wrong size", "", ""},
		{"subject fallback", "他们发的货有问题。", "投诉义乌市恒达服饰有限公司", "义乌市恒达服饰有限公司"},
		{"traditional", "在淘寶「美好生活百貨」購買", "", "美好生活百貨"},
		{"English label keeps Ltd.", "Supplier: Yiwu Brightstar Toys Co., Ltd.\n", "", "Yiwu Brightstar Toys Co., Ltd."},
		{"English shop word before a Chinese name", "I paid 2,000 yuan to the shop 义乌小美饰品 (xiaomei.taobao.com).", "", "义乌小美饰品"},
		{"fill-in merchant line", "商家 / Merchant: 义乌市彩虹文具店\n", "", "义乌市彩虹文具店"},
		{"抖音小店 prefix", "我在抖音小店花漾女装旗舰店的直播间买了一件羽绒服", "", "花漾女装旗舰店"},
		{"快手小店 quoted", "在快手小店“步步高鞋业”买了一双鞋", "", "步步高鞋业"},
		{"English label ends at the company form", "Supplier: Yiwu Meiya Textile Co., Ltd., tel 0579-85219934\n", "", "Yiwu Meiya Textile Co., Ltd."},
		{"called, with the company form", "A supplier called Yiwu Starlight Crafts Co., Ltd. has asked for a deposit.", "", "Yiwu Starlight Crafts Co., Ltd."},
		{"called, no company form", "a seller called Sunny Home on AliExpress", "", "Sunny Home"},
		{"商家叫", "商家叫义乌市佳佳乐日用品商行，老板电话0579-85663018", "", "义乌市佳佳乐日用品商行"},
		{"店名叫", "店名叫阿福小吃店", "", "阿福小吃店"},
		{"English shop is quoted", `The shop is "Lucky Star Toys" on Taobao.`, "", "Lucky Star Toys"},
		{"seller's name is quoted", `The seller's name is "Blue Ocean Gifts".`, "", "Blue Ocean Gifts"},
		{"seller on a platform called", "I bought 50 sets from a seller on DHgate called BrickKing Toys (https://www.dhgate.com/store/1).", "", "BrickKing Toys"},
		{"supplier on 1688 called", "from a supplier on 1688 called Yiwu Meixin Glass Products (https://x.1688.com).", "", "Yiwu Meixin Glass Products"},
		{"platform shop then the name", "I bought 600 pins from the 1688 shop Yiwu Cuiying Accessories (https://x.1688.com).", "", "Yiwu Cuiying Accessories"},
		{"the shop X on a platform", "I found the shop Lulu Bags Wholesale on yiwugo and ordered 120 bags.", "", "Lulu Bags Wholesale"},
		{"quoted name on a platform", `I ordered 30 bracelets from "Lucky Star Accessories" on AliExpress.`, "", "Lucky Star Accessories"},
		{"own company in the self-introduction", "This is Ahmed from Al Noor General Trading LLC in Dubai. We bought towels from Yiwu Rongsheng Trading Co., Ltd. last month.", "", "Yiwu Rongsheng Trading Co., Ltd."},
		{"company name starts after a full stop", "My name is Omar from Riyadh. Yiwu Shengda Luggage Co., Ltd. shipped broken cases.", "", "Yiwu Shengda Luggage Co., Ltd."},
		{"place-led name without a company form", "I ordered 600 mugs from Yiwu Taoran Ceramics. 180 arrived broken.", "", "Yiwu Taoran Ceramics"},
		{"a market is no merchant", "I bought 600 mugs from Yiwu International Trade City last year.", "", ""},
		{"Trading Company keeps Company", "I want to file a complaint against Golden Dragon Trading Company of Yiwu.", "", "Golden Dragon Trading Company"},
		{"the supplier is X", "The supplier is Yiwu Tiansheng Crafts, their shop is https://x.en.alibaba.com.", "", "Yiwu Tiansheng Crafts"},
		{"the seller is a person", "The seller is Mr Wang Lei and he does not answer.", "", ""},
		{"本店 in the merchant's reply is no name", "按照本店规定不予退款。\n义乌市佳美饰品有限公司 客服部", "", "义乌市佳美饰品有限公司"},
		{"该公司 points at a merchant", "该公司一直不发货，我在网上也找不到电话。", "", ""},
		{"label value in 【】 after a platform", "商家：拼多多【优品家居旗舰店】\n", "", "优品家居旗舰店"},
		{"English label, platform shop word and quotes", "Seller: Temu shop \"Happy Home Store\"\n", "", "Happy Home Store"},
		{"【】 after a platform beat a later quoted shop", "我在拼多多【乐享生活百货】买了毛巾。后来我在“美佳百货”买了同款。", "", "乐享生活百货"},
		{"platform seller in single quotes", "I bought it from Amazon seller 'ZenHome Direct' for USD 129.00.", "", "ZenHome Direct"},
		{"shop word at the end of a URL line", "摊位：国际商贸城三区\n店铺链接：https://x.yiwugo.example/shop\n钱进 13516891234\n我投诉的是金源文具商行。", "", "金源文具商行"},
		{"the vendor, X,", "The vendor, Sunny Crafts, refuses to refund.", "", "Sunny Crafts"},
		{"the merchant, X (WhatsApp)", "The merchant, Golden Leaf Home (WhatsApp: +86 186 5790 1234), agreed to refund me.", "", "Golden Leaf Home"},
		{"the seller, a single first name", "The seller, Lily, said it was shipped.", "", ""},
		{"ask X (tel.) to", "Please ask Sunrise Toys (tel. +86 579 8523 4567) to send me the invoice.", "", "Sunrise Toys"},
		{"contact a payment company is no merchant", "I asked my bank and will contact PayPal Support to open a dispute.", "", ""},
		{"single quotes after 对", "你好，我对'花语家纺'很不满意，四件套洗一次就缩水。", "", "花语家纺"},
		{"English subject: name before a dash", "We received only 6,000 balloons.", "Sunflower Party Supplies - missing balloons", "Sunflower Party Supplies"},
		{"English subject: a product before a dash", "The speakers have no sound and the seller ignores me.", "Bluetooth Speakers - no sound", ""},
		{"English subject: a broken item before a dash", "It arrived in pieces.", "Ceramic Vase - arrived broken", ""},
		{"English subject: complaint against", "They never shipped.", "Complaint against Sunrise Toys", "Sunrise Toys"},
		{"English subject: ordinary words before a dash", "They never shipped.", "Urgent Help Needed - order not received", ""},
		{"English subject: platform before a dash", "The shop never shipped.", "Re: AliExpress Order - not received", ""},
		{"English subject: the merchant's act", "I paid in March.", "Golden Leaf Home never shipped my curtains", "Golden Leaf Home"},
		{"English subject: goods never arrived", "I paid in March.", "LED Lamps never arrived", ""},
		{"a business called in quotes", "在“优信二手车”平台上一家叫“诚信车行”的车商那里买了车", "", "诚信车行"},
		{"Traditional 一間叫「…」", "我係香港一間小型精品店的老闆，找到一間叫「義烏晶彩飾品有限公司」的供應商", "", "義烏晶彩飾品有限公司"},
		{"quoted platform before 平台 is skipped", "我在“优信二手车”平台上买的车，车商不认账", "", ""},
		{"机构 before quotes", "为孩子在一家网课机构“启明星在线教育”报了班", "", "启明星在线教育"},
		{"美团 is a platform", "在美团外卖“湘味小厨（宾王店）”点了一份套餐", "", "湘味小厨（宾王店）"},
		{"quoted business by its ending with a branch", "在携程上预订了义乌“锦江都城酒店（国际商贸城店）”的房间", "", "锦江都城酒店（国际商贸城店）"},
		{"商家公司名称 label", "在快手“金满堂珠宝”直播间买的。\n商家公司名称：深圳市金满堂珠宝有限公司\n", "", "深圳市金满堂珠宝有限公司"},
		{"set off before a shop word", "I want a refund of USD 210.00 from Happy Party Supplies, a shop on AliExpress (https://www.aliexpress.com/store/912004561).", "", "Happy Party Supplies"},
		{"platform set off before a shop word is skipped", "I bought it from AliExpress, the store never answered.", "", ""},
		{"found on a platform", "I found Yiwu Jiale Kitchenware on yiwugo (https://www.yiwugo.com/shop/jialekitchen.html) and they look good.", "", "Yiwu Jiale Kitchenware"},
		{"chat line after a Seller: label", "Our last chat:\nMe: When will the hoodies be ready?\nSeller: 下周 next week, sure.\nMe: It's been 3 weeks.", "", ""},
		{"chat promise after a Seller: label", "Seller: We will ship tomorrow", "", ""},
		{"Seller: label with a name", "Seller: Happy Home Trading\nOrder: 123", "", "Happy Home Trading"},
		{"own company after a -- delimiter", "The merchant's new number is +86 135 6789 0011.\n\nTom\n--\nTom Becker | Becker Electrical Ltd\n+64 9 555 0102", "", ""},
		{"contact person at the factory is a person", "I bought from Yiwu Happy Kids Garments Co., Ltd.\nContact person at the factory: Lily, +86 131 8579 2640\n", "", "Yiwu Happy Kids Garments Co., Ltd."},
		{"sales rep of the supplier is a person", "Sales rep of the supplier: Jack Wang\nSupplier: Ningbo Bright Toys Co., Ltd.\n", "", "Ningbo Bright Toys Co., Ltd."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(tt.text, parser.Address{Name: "王芳", Address: "wf@example.com"}, tt.subject, testOpts)
			if got := ex.respondent.Name; got != tt.want {
				t.Errorf("respondent name of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestAddresses(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		role       segRole
		comp, resp string
	}{
		{"labelled", "收货地址：浙江省宁波市鄞州区天童南路588号宁波文化广场C座1207", roleOwn, "浙江省宁波市鄞州区天童南路588号宁波文化广场C座1207", ""},
		{"merchant's return address after 的", "商家给的退货地址：义乌市福田街道商城大道L区88号，寄过去查无此人", roleOwn, "", "义乌市福田街道商城大道L区88号"},
		{"trailing punctuation", "地址：安徽省合肥市蜀山区长江西路669号。", roleOwn, "安徽省合肥市蜀山区长江西路669号", ""},
		{"clause end", "地址：北京市朝阳区建国路88号，请寄到这里", roleOwn, "北京市朝阳区建国路88号", ""},
		{"bare city", "地址：山西晋中", roleOwn, "", ""},
		{"English label", "Address: 14 El-Tahrir Street, Dokki, Giza, Egypt", roleOwn, "14 El-Tahrir Street, Dokki, Giza, Egypt", ""},
		{"signature street", "Laura Bianchi\nMobile: +39 347 555 0183\nVia Padova 21, 20127 Milano, Italy", roleOwn, "Via Padova 21, 20127 Milano, Italy", ""},
		{"signature city only", "Nadia Rahman\nDhaka, Bangladesh", roleOwn, "", ""},
		{"based in", "I am based in Lagos.", roleOwn, "", ""},
		{"merchant label", "商家地址：浙江省义乌市福田街道商城大道88号", roleOwn, "", "浙江省义乌市福田街道商城大道88号"},
		{"return address", "退货地址：义乌市北苑街道春晗路18号3楼", roleOwn, "", "义乌市北苑街道春晗路18号3楼"},
		{"market stall label", "摊位：国际商贸城二区18街21567号", roleOwn, "", "国际商贸城二区18街21567号"},
		{"bare address under the merchant's name", "投诉对象：力美健身工作室\n地址：义乌市稠城街道工人北路1088号3楼", roleOwn, "", "义乌市稠城街道工人北路1088号3楼"},
		{"bare address under the writer's name", "姓名：孙丽\n地址：义乌市稠城街道工人北路1088号3楼", roleOwn, "义乌市稠城街道工人北路1088号3楼", ""},
		{"training centre located at", "培训中心在义乌市江东街道青口路56号。", roleOwn, "", "义乌市江东街道青口路56号"},
		{"merchant segment", "Add: No. 17 Huangyuan Road, Yiwu, Zhejiang", roleMerchant, "", "No. 17 Huangyuan Road, Yiwu, Zhejiang"},
		{"price line with Unit is no address", "Marcus Reid\nUnit price $1.15 x 1,200 = $1,380.00, shipping $215.00, total paid $1,595.00", roleOwn, "", ""},
		{"seller address English", "Seller address: 88 Chouzhou North Road, Yiwu", roleOwn, "", "88 Chouzhou North Road, Yiwu"},
		{"Add without colon", "Add 5 more pieces, 3 colours", roleOwn, "", ""},
		{"signature office in a centre", "Ahmed Al-Sayed\nOffice 1204, Al Ghurair Centre, Deira, Dubai, UAE\nMobile: +971 50 123 4567", roleOwn, "Office 1204, Al Ghurair Centre, Deira, Dubai, UAE", ""},
		{"signature flat in a tower", "Wong Ka Ho\nFlat 5B, Tower 2, Laguna Verde, Hung Hom, Kowloon", roleOwn, "Flat 5B, Tower 2, Laguna Verde, Hung Hom, Kowloon", ""},
		{"Warehouse label", "Warehouse: No. 66 Xuefeng West Road, Yiwu, Zhejiang", roleOwn, "", "No. 66 Xuefeng West Road, Yiwu, Zhejiang"},
		{"仓库 label", "仓库：义乌市北苑街道春晗路88号", roleOwn, "", "义乌市北苑街道春晗路88号"},
		{"business word before a bare 地址", "车行地址：义乌市北苑街道西城路二手车交易市场B区12号", roleOwn, "", "义乌市北苑街道西城路二手车交易市场B区12号"},
		{"机构地址", "机构地址：义乌市稠江街道杨村路299号中创大厦12楼", roleOwn, "", "义乌市稠江街道杨村路299号中创大厦12楼"},
		{"家庭住址 stays the writer's", "家庭住址：义乌市福田街道福田社区58幢2单元", roleOwn, "义乌市福田街道福田社区58幢2单元", ""},
		{"Booth label", "Booth: District 2, Gate 7, Street 15, Shop 21345, Yiwu International Trade City", roleOwn, "", "District 2, Gate 7, Street 15, Shop 21345, Yiwu International Trade City"},
		{"label alone, address over lines", "Shipping address:\nCalle de Alcalá 123, 4B\n28009 Madrid\nSpain\n\nRegards,\nCarlos", roleOwn, "Calle de Alcalá 123, 4B, 28009 Madrid, Spain", ""},
		{"labelled line continued by city and country", "Address: 221 Baker Lane, Apt 4B\nAustin, TX 78701\nUSA\nPhone: +1 512 555 0100", roleOwn, "221 Baker Lane, Apt 4B, Austin, TX 78701, USA", ""},
		{"labelled line then ordinary text", "Address: 18 Ponsonby Road, Auckland 1011\nThe parcel never came.", roleOwn, "18 Ponsonby Road, Auckland 1011", ""},
		{"label alone then no address", "Address:\nI will send it later.", roleOwn, "", ""},
		{"signature address over three lines", "Best regards,\nSophie Martin\n12 Rue de la Paix\n75002 Paris\nFrance\n+33 6 12 34 56 78", roleOwn, "12 Rue de la Paix, 75002 Paris, France", ""},
		{"street line without a city line is no address", "Thanks,\nSophie\n12 Rue de la Paix", roleOwn, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, r := findAddresses(tt.text, tt.role)
			if c != tt.comp || r != tt.resp {
				t.Errorf("findAddresses(%q) = %q, %q, want %q, %q", tt.text, c, r, tt.comp, tt.resp)
			}
		})
	}
}

func TestFindOrderNumber(t *testing.T) {
	tests := []struct{ text, want string }{
		{"订单号：3358102947761253908", "3358102947761253908"},
		{"订单编号: 260302-118374650293847", "260302-118374650293847"},
		{"订单号是 4211836502917364082。", "4211836502917364082"},
		{"訂單編號：3312456789012345678", "3312456789012345678"},
		{"Order No.: 1876203945518736042", "1876203945518736042"},
		{"Order #AS-77120, amount USD 1,560.00.", "AS-77120"},
		{"Order ref: GS-2026-3381", "GS-2026-3381"},
		{"Order ID: HH-2026-0315", "HH-2026-0315"},
		{"The order number is 2047718365902214836 and I paid", "2047718365902214836"},
		{"my order was late", ""},
		{"订单很多", ""},
		{"Order #12", ""},
		{"Refund request for order YX-5520", "YX-5520"},
		{"I want to order 500pcs", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := findOrderNumber(foldDigits(simplifyHan(tt.text))); got != tt.want {
				t.Errorf("findOrderNumber(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// The order number is returned as written, even when the patterns matched
// it on full-width digits folded to ASCII.
func TestOrderNumberAsWritten(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"full-width digits", "订单号：４１０２９３８４７５６１０２\n实付：２,３８０元\n", "４１０２９３８４７５６１０２"},
		{"full-width after Chinese text", "在店里买的，订单编号：ＤＤ２６０３０５１８４７\n", "ＤＤ２６０３０５１８４７"},
		{"ASCII unchanged beside full-width amount", "订单号：3358102947761253908\n实付：９６０元", "3358102947761253908"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(tt.text, parser.Address{Name: "王芳", Address: "wf@example.com"}, "", testOpts)
			if got := ex.order.Number; got != tt.want {
				t.Errorf("order number of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestMissing(t *testing.T) {
	fullC := Complainant{Name: "a", Phones: []string{"+8613812345678"}}
	fullR := Respondent{Name: "b", URLs: []string{"https://x"}}
	tests := []struct {
		name     string
		c        Complainant
		r        Respondent
		required []string
		want     []string
	}{
		{"nothing missing", fullC, fullR, nil, nil},
		{"all missing in order", Complainant{}, Respondent{}, nil, DefaultRequired},
		{"e-mail is not a phone", Complainant{Name: "a", Emails: []string{"a@b.c"}}, Respondent{Name: "b", Address: "x路1号"}, nil, []string{MissingComplainantPhone}},
		{"a phone reaches the merchant", fullC, Respondent{Name: "b", Phones: []string{"+8657985318862"}}, nil, nil},
		{"only required items", Complainant{}, Respondent{}, []string{MissingRespondentName}, []string{MissingRespondentName}},
		{"empty policy", Complainant{}, Respondent{}, []string{}, nil},
		{"unknown items are ignored", Complainant{}, fullR, []string{"complainant_shoe_size", MissingComplainantName}, []string{MissingComplainantName}},
		{"policy order does not matter", Complainant{}, Respondent{}, []string{MissingRespondentContact, MissingComplainantName}, []string{MissingComplainantName, MissingRespondentContact}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Missing(tt.c, tt.r, tt.required); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Missing = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSimplifyHanKeepsOffsets(t *testing.T) {
	in := "訂單編號：123 陳大文 電話 abc"
	out := simplifyHan(in)
	if len(out) != len(in) || utf8.RuneCountInString(out) != utf8.RuneCountInString(in) {
		t.Fatalf("simplifyHan changed the length: %q → %q", in, out)
	}
	if !strings.Contains(out, "订单编号") || !strings.Contains(out, "陈大文") || !strings.Contains(out, "电话") {
		t.Errorf("simplifyHan(%q) = %q", in, out)
	}
	if got := asWritten(in, out, "陈大文"); got != "陳大文" {
		t.Errorf("asWritten = %q, want 陳大文", got)
	}
}

// TestPhoneParty checks whose a number is by the words before it.
func TestPhoneParty(t *testing.T) {
	tests := []struct {
		name, text string
		want       segRole
	}{
		{"my phone", "我的电话：13812345678", roleOwn},
		{"seller phone", "卖家电话：13812345678", roleMerchant},
		{"gave me their number", "Their contact gave me the number +86 574 8765 4321", roleMerchant},
		{"商家给我的电话", "商家给我的电话是13812345678", roleMerchant},
		{"call me", "Please call me on +44 7700 900455", roleOwn},
		{"fill-in merchant phone", "店铺链接或商家电话 / Shop link or merchant phone: 0579-85556677", roleMerchant},
		{"Tel under the factory address", "Factory address: No. 88 Xuefeng West Road, Yiwu\nTel.: 0579-85467093", roleMerchant},
		{"电话 under 商家地址", "商家地址：义乌市北苑街道春华路77号\n电话：0579-85673210", roleMerchant},
		{"Tel under the buyer's address", "Address: 14 El-Tahrir Street, Giza\nTel: +20 100 555 0147", roleOwn},
		{"phone under the shop link", "店铺：https://x.taobao.com\n手机号：13812345678", roleOwn},
		{"a blank line ends the block", "商家地址：义乌市春华路77号\n\n电话：13812345678", roleOwn},
		{"shop word inside the writer's e-mail", "You can reach me at jose.store@example.com or on WhatsApp +63 917 555 8841", roleOwn},
		{"our office line", "The seller ignores us. Our office line is +63 32 555 1234", roleOwn},
		{"their office line", "Our order is late. Their office line is +86 579 8555 1234", roleMerchant},
		{"the owner's mobile", "I paid HK$ 3,600 in cash. The owner's mobile is 138 5798 6612.", roleMerchant},
		{"phone under 店铺地址 holding a link", "店铺地址：https://haohuo.jinritemai.com/views/shop/index?id=N8\n联系电话：177-5821-9034", roleOwn},
		// Couriers, drivers and installers are third parties: their
		// numbers belong to nobody in the case.
		{"rider in brackets", "外卖骑手（电话15824417702）说已经送到了", roleThird},
		{"driver after a waybill", "运单号DPK200938817461，送货司机电话13753412268。", roleThird},
		{"installer", "下午2点安装师傅上门安装，师傅电话13655892217。", roleThird},
		{"Traditional driver", "順豐運單號SF3302917746128，送貨師傅電話+852 6128 3390。", roleThird},
		{"own phone after the courier", "快递员不接电话。我的手机：13812345678", roleOwn},
		{"shop manager", "店长的手机18757903364也关机了。", roleMerchant},
		{"merchant clerk", "我联系工厂业务员小吴，电话15057982231", roleMerchant},
		{"person in charge", "店里的负责人姓钱，电话13605794486。", roleMerchant},
		{"hotel", "酒店电话：0579-89908866", roleMerchant},
		{"the shop's phone", "2月28日我打店里电话0579-85509913没人接", roleMerchant},
		{"own shop's phone after the number", "联系电话：0371-63825519（店里）", roleOwn},
		{"the owner by title before a bracketed number", "I paid cash. The owner Mr. Li (13516972045) says no.", roleMerchant},
		{"staff introduced earlier, then labelled by name", "工厂业务吴小姐答应补货，后来不回。\n吴小姐手机：13706798124", roleMerchant},
		{"a person not introduced as staff", "我姐姐吴小姐也买了。\n吴小姐手机：13706798124", roleOwn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := findPhones(tt.text, nil)
			if len(ps) != 1 {
				t.Fatalf("findPhones(%q) = %v, want one number", tt.text, ps)
			}
			if got := phoneParty(tt.text, ps[0].start, roleOwn); got != tt.want {
				t.Errorf("phoneParty(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindURLsEndAtHan(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"query string then Chinese", "宝贝链接https://item.taobao.com/item.htm?id=712345678901&spm=a1z10.3-c买的是特级", []string{"https://item.taobao.com/item.htm?id=712345678901&spm=a1z10.3-c"}},
		{"short link then space", "【淘宝】https://m.tb.cn/h.TzQkLmN?tk=8dE2WZ9aB3c CZ0001 「加厚保温杯」", []string{"https://m.tb.cn/h.TzQkLmN?tk=8dE2WZ9aB3c"}},
		{"full-width comma", "店铺是https://boyuanwanju.1688.com，电话", []string{"https://boyuanwanju.1688.com"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := findURLs(tt.text, "")
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findURLs(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestForwardChainRoles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []segRole
	}{
		{
			name: "supplier's answer to the colleague who forwarded it",
			text: "See below.\n\n---------- Forwarded message ---------\nFrom: Dan Brooks <dan@retail.example>\nDate: Thu, Apr 2, 2026\nSubject: FW: order\nTo: Karen <karen@mail.example>\n\nFYI\n\nFrom: Lisa Chen <lisa@crafts.example>\nSent: Thursday, April 2, 2026 8:03 AM\nTo: Dan Brooks <dan@retail.example>\nSubject: RE: order\n\nWe cannot accept the claim.\nTel: +86 579 8512 3456\n",
			want: []segRole{roleOwn, roleMerchant, roleMerchant},
		},
		{
			name: "the sender's own earlier mail in the chain stays own",
			text: "请帮忙。\n\n---------- Forwarded message ---------\nFrom: 立伟 <lw@qq.example>\nDate: 2026-04-08\nSubject: 转发：投诉\nTo: lw_work@163.example\n\n\nFrom: 立伟 <lw@qq.example>\nDate: 2026-04-06\nTo: kf@shop.example\nSubject: 投诉\n\n我是陈立伟，电话13605798812\n",
			want: []segRole{roleOwn, roleOwn, roleOwn},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs := splitSegments(tt.text, parser.Address{Name: "Karen", Address: "lw@qq.example"})
			var got []segRole
			for _, s := range segs {
				got = append(got, s.role)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("roles = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPhoneAfterMerchantName(t *testing.T) {
	tests := []struct {
		name, text string
		comp, resp []string
	}{
		{"tel. in brackets after the merchant", "I paid USD 1,250 to Sunrise Toys.\nPlease ask Sunrise Toys (tel. +86 579 8523 4567) to send the invoice.\nTom Becker\n+49 30 1234 5678\n",
			[]string{"+493012345678"}, []string{"+8657985234567"}},
		{"电话 in brackets after the shop", "我在淘宝“晨光饰品”（电话：0579-85771122）买的项链过敏了。\n冯雨 18757921234\n",
			[]string{"+8618757921234"}, []string{"+8657985771122"}},
		{"the writer's own name in brackets stays theirs", "The seller is Sunrise Toys.\nTom Becker (tel. +49 30 1234 5678)\n",
			[]string{"+493012345678"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(tt.text, parser.Address{Name: "Tom Becker", Address: "tb@example.com"}, "", testOpts)
			if !slices.Equal(ex.complainant.Phones, tt.comp) || !slices.Equal(ex.respondent.Phones, tt.resp) {
				t.Errorf("phones of %q = %v, %v, want %v, %v", tt.text, ex.complainant.Phones, ex.respondent.Phones, tt.comp, tt.resp)
			}
		})
	}
}

func TestOwnSiteURLs(t *testing.T) {
	tests := []struct {
		name, text, from string
		want             []string
	}{
		{"own website and LinkedIn in the signature", "The supplier is Sunrise Toys (https://sunrisetoys.example/shop).\nPieter de Vries\nwww.noordimport.example | https://www.linkedin.com/in/pieter\n",
			"p.devries@noordimport.example", []string{"https://sunrisetoys.example/shop"}},
		{"free mail sender keeps every link", "See https://www.gmail.com/help and https://x.taobao.com\n",
			"someone@gmail.com", []string{"https://www.gmail.com/help", "https://x.taobao.com"}},
		{"the merchant's own forwarded link stays", "Hi\n\n---------- Forwarded message ---------\nFrom: Amy <amy@yisheng.example>\nDate: Wed, Apr 15, 2026\nSubject: x\nTo: <tb@example.com>\n\nhttps://www.yisheng.example\n",
			"tb@example.com", []string{"https://www.yisheng.example"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(tt.text, parser.Address{Name: "X", Address: tt.from}, "", testOpts)
			if !slices.Equal(ex.respondent.URLs, tt.want) {
				t.Errorf("urls of %q = %q, want %q", tt.text, ex.respondent.URLs, tt.want)
			}
		})
	}
}

// Merchants read by their role in the sentence and their company form.
func TestRespondentByStructure(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"ampersand kept", "I ordered phone accessories from Yiwu Brightstar Import & Export Co., Ltd. through Alibaba.", "Yiwu Brightstar Import & Export Co., Ltd."},
		{"bought from, ended by on", "I ordered hair extensions from Sunrise Hair Products on their site and paid USD 1,150.", "Sunrise Hair Products"},
		{"bought from, ended by a comma", "We bought 300 mugs from Blue Ocean Ceramics, but half are broken.", "Blue Ocean Ceramics"},
		{"a person is no merchant", "I bought it from Li Wei on WeChat.", ""},
		{"a platform is no merchant", "I bought a lamp from Amazon Marketplace on sale.", ""},
		{"a market is no merchant", "I bought goods from Yiwu International Trade City last month.", ""},
		{"all caps company", "I placed an order for 1,200 sandals with FORTUNE STAR IMP. & EXP. CO., LTD. in September.", "FORTUNE STAR IMP. & EXP. CO., LTD."},
		{"abbreviated forms inside", "In October I ordered 480 mugs from Yiwu Bright Star Imp. & Exp. Co. through their website.", "Yiwu Bright Star Imp. & Exp. Co."},
		{"their store", "I bought 2,000 phone cases from Sunny Days (their Alibaba store) and paid in full.", "Sunny Days"},
		{"店名是", "我在快手上买了红枣，店名是老陈土特产，花了168元。", "老陈土特产"},
		{"商家叫", "你好，我在小红书上买了一个包，商家叫花间集手作，付了280元。", "花间集手作"},
		{"a stall in quotes", "我在国际商贸城五区的“晶晶箱包”摊位批发了200个书包。", "晶晶箱包"},
		{"own shop in quotes", "我在温州开了一家小超市叫“万家福便利店”，11月在1688上找了义乌市鸿运玩具批发部进了一批水枪。", "义乌市鸿运玩具批发部"},
		{"专营店 is a name", "我在淘宝“步履不停运动专营店”看中一双鞋，实付679元。", "步履不停运动专营店"},
		{"a mall's floor is no name", "我上个月在义乌万达广场三楼一家女装店买了一件大衣。", ""},
		{"where, not what", "如果商家是在义乌的，可以向你们投诉吗？", ""},
		{"a courier's outlet", "我11月10日在圆通速递义乌稠城网点寄了一个包裹到成都，运费付了23元。", "圆通速递义乌稠城网点"},
		{"a hotel by its kind", "I stayed at the Yiwu Sunrise Business Hotel from 9 to 13 November.", "Yiwu Sunrise Business Hotel"},
		{"an address is no name", "I have now the correct address of the supplier: Room 1205, Building B, 188 Futian Road, Yiwu.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := respondentNameIn(tt.text); got != tt.want {
				t.Errorf("respondentNameIn(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
	for _, tt := range []struct{ name, text, want string }{
		{"their office is at", "The sales lady keeps saying she will check. Their office is at Room 1203, Building B, Fortune Plaza, Yiwu, Zhejiang, China.\n", "Room 1203, Building B, Fortune Plaza, Yiwu, Zhejiang, China"},
		{"the supplier's warehouse", "The supplier's warehouse is located in 88 Chengbei Road, Yiwu.\n", "88 Chengbei Road, Yiwu"},
		{"商家的店在", "商家的店在义乌国际商贸城二区12街3056号，老板不接电话。\n", "义乌国际商贸城二区12街3056号"},
		{"商铺地址", "商铺地址：义乌国际商贸城五区1门1楼23156号\n", "义乌国际商贸城五区1门1楼23156号"},
		{"厂址", "厂址：东阳市南马镇工业区兴业路8号\n", "东阳市南马镇工业区兴业路8号"},
		{"a market district is no address", "Their shop is in District 5 of the market) for an order of jackets.\n", ""},
		{"address of the supplier, to the sentence's end", "I have now the correct address of the supplier: Room 1205, Building B, 188 Futian Road, Yiwu. The boss there is Mr. Zhou.\n", "Room 1205, Building B, 188 Futian Road, Yiwu"},
		{"汽修厂地址", "汽修厂地址：义乌市福田街道银海路45号\n", "义乌市福田街道银海路45号"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := findAddresses(tt.text, roleOwn); got != tt.want {
				t.Errorf("findAddresses(%q) merchant = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// A writer's company in the signature is not the writer's name, and
// closings in the buyers' languages end the letter.
func TestSignatureNameNotCompany(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"german", "Bitte helfen Sie.\n\nMit freundlichen Grüßen\nJürgen Schäfer\nSchäfer Dekoartikel GmbH\nLindenstraße 14, 45127 Essen\n", "Jürgen Schäfer"},
		{"french", "Merci de votre aide.\n\nCordialement,\nMarie Dubois\nDubois Déco SARL\n", "Marie Dubois"},
		{"polish", "Proszę o pomoc.\n\nPozdrawiam\nAnna Nowak\n", "Anna Nowak"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := signatureName(tt.text); got != tt.want {
				t.Errorf("signatureName = %q, want %q", got, tt.want)
			}
		})
	}
}

// A merchant's phone is told by the block and the words around it.
func TestMerchantPhonesByStructure(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"contact under the shop address", "Shop address: District 4, Gate 3, Shop 36028, Yiwu International Trade City\nContact: Mr. Chen, +86 139 2917 4450\n", "merchant"},
		{"厂里电话", "厂里电话：0579-86731209\n", "merchant"},
		{"someone's phone", "Mr. Zhang's phone is 13867925518 but now he blocks my WeChat.\n", "merchant"},
		{"my number", "My number: +92 300 555 0147\n", "own"},
		{"a block opened by the school's name", "School: Mandarin Bridge Language School\nAddress: 3F, 66 Xingzhong Road, Yiwu\nTel: 0579-8552 0917\n", "merchant"},
		{"my block after a request line", "工厂地址：义乌市苏溪镇工业区蓝天路18号\n我的要求：退还货款4080元\n联系电话：13835162275\n", "own"},
		{"the merchant's number I found", "你好，商家的电话我问到了，是0579-85873302，老板说可以换货。\n", "merchant"},
		{"a hotel's phone", "Hotel phone: 0579-85326611\n", "merchant"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pos := strings.IndexAny(tt.text, "+0123456789")
			for _, p := range findPhones(tt.text, nil) {
				pos = p.start
				break
			}
			got := phoneParty(tt.text, pos, roleOwn)
			if want := map[string]segRole{"merchant": roleMerchant, "own": roleOwn}[tt.want]; got != want {
				t.Errorf("phoneParty = %v, want %s", got, tt.want)
			}
		})
	}
}

// A block headed "Supplier details:" is the merchant's.
func TestMerchantHeadingBlock(t *testing.T) {
	text := "We counted only 4,800 pcs.\n\nSupplier details:\nYiwu Hengda Bags Co., Ltd.\nNo. 36 Chengbei Road, Yiwu, Zhejiang\nMr. Zhou: +86 135 8817 6642\n\nPlease help me.\n\nChinedu Okafor\nTel: +234 803 555 0147\n"
	if _, resp := findAddresses(text, roleOwn); resp != "No. 36 Chengbei Road, Yiwu, Zhejiang" {
		t.Errorf("merchant address %q", resp)
	}
	for _, tt := range []struct {
		num  string
		want segRole
	}{{"+86 135", roleMerchant}, {"+234 803", roleOwn}} {
		if got := phoneParty(text, strings.Index(text, tt.num), roleOwn); got != tt.want {
			t.Errorf("phoneParty(%s) = %v, want %v", tt.num, got, tt.want)
		}
	}
}
