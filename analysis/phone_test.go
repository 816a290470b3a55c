package analysis

import (
	"reflect"
	"testing"
)

// phonesIn returns the E.164 numbers findPhones reads in text, skipping
// URLs and e-mail addresses as extract does.
func phonesIn(t *testing.T, text string) []string {
	t.Helper()
	text = foldDigits(text)
	_, us := findURLs(text, "")
	_, es := findEmails(text)
	var got []string
	for _, p := range findPhones(text, append(us, es...)) {
		got = append(got, p.e164)
	}
	return got
}

// TestPhonesOfCountries reads numbers of many countries as people write
// them in mail: with their country code, or in the national form of a
// country the text names.
func TestPhonesOfCountries(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"CN mobile", "手机：138 1234 5678", []string{"+8613812345678"}},
		{"CN landline with area code", "电话：0571-8765 4321", []string{"+8657187654321"}},
		{"CN landline after +86 with trunk zero", "Tel +86 (0571) 8765 4321", []string{"+8657187654321"}},
		{"CN service number", "客服热线 400-820-8820", []string{"+864008208820"}},
		{"HK with country code", "WhatsApp +852 9123 4567", []string{"+85291234567"}},
		{"HK local under a label", "I live in Kowloon, Hong Kong. Mobile: 9123 4567", []string{"+85291234567"}},
		{"TW mobile in groups", "手机 0912-345-678", []string{"+886912345678"}},
		{"TW landline", "電話 +886 2 2345 6789", []string{"+886223456789"}},
		{"MO local under a label", "我住在澳门，电话：6612 3456", []string{"+85366123456"}},
		{"US parenthesised area code", "Phone: (415) 555-0132", []string{"+14155550132"}},
		{"US in a named state", "I live in Austin, Texas. You can reach me at 512-555-0147.", []string{"+15125550147"}},
		{"CA", "Toronto, Canada. Cell 416-555-0199", []string{"+14165550199"}},
		{"UK trunk zero in brackets", "Tel: +44 (0)20 7946 0958", []string{"+442079460958"}},
		{"UK mobile national", "I am in London, mobile 07911 123456", []string{"+447911123456"}},
		{"UK with 00", "Phone 0044 20 7946 0958", []string{"+442079460958"}},
		{"DE", "Tel. +49 30 12345678", []string{"+493012345678"}},
		{"DE national", "Berlin, Germany. Tel. 030 12345678", []string{"+493012345678"}},
		{"FR", "+33 1 42 68 53 00", []string{"+33142685300"}},
		{"FR national mobile", "Paris, France — phone 06 12 34 56 78", []string{"+33612345678"}},
		{"IT keeps its leading zero", "+39 06 1234 5678", []string{"+390612345678"}},
		{"ES", "+34 612 345 678", []string{"+34612345678"}},
		{"RU", "+7 912 345-67-89", []string{"+79123456789"}},
		{"UA", "+380 50 123 4567", []string{"+380501234567"}},
		{"PL", "+48 512 345 678", []string{"+48512345678"}},
		{"TR", "+90 532 123 45 67", []string{"+905321234567"}},
		{"AE national", "Dubai, UAE. Mobile 050 123 4567", []string{"+971501234567"}},
		{"SA", "+966 50 123 4567", []string{"+966501234567"}},
		{"EG", "+20 100 555 0147", []string{"+201005550147"}},
		{"IN local mobile", "my number 98765 43210, I live in Mumbai", []string{"+919876543210"}},
		{"PK national", "Karachi, Pakistan. Phone 0300 1234567", []string{"+923001234567"}},
		{"BD", "+880 1712-345678", []string{"+8801712345678"}},
		{"ID", "+62 812-3456-7890", []string{"+6281234567890"}},
		{"VN", "+84 91 234 56 78", []string{"+84912345678"}},
		{"TH", "+66 81 234 5678", []string{"+66812345678"}},
		{"KR national", "Seoul, Korea. Phone 010-1234-5678", []string{"+821012345678"}},
		{"JP", "+81 90-1234-5678", []string{"+819012345678"}},
		{"JP national landline", "Tokyo, Japan. Tel 03-1234-5678", []string{"+81312345678"}},
		{"BR", "+55 11 91234-5678", []string{"+5511912345678"}},
		{"MX", "+52 55 1234 5678", []string{"+525512345678"}},
		{"NG national", "I live in Lagos. Phone: 0803 555 0917", []string{"+2348035550917"}},
		{"KE national", "Nairobi, Kenya. Phone 0712 345678", []string{"+254712345678"}},
		{"ZA", "+27 82 123 4567", []string{"+27821234567"}},
		{"UK fiction range after +", "Tel: +44 7700 900127", []string{"+447700900127"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := phonesIn(t, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findPhones(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestPhoneLookAlikes checks numbers that read as phones by their digits
// but are something else by their label or form.
func TestPhoneLookAlikes(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"order number", "订单号：13812345678"},
		{"order number in India", "Order No. 98765 43210, shipped to Mumbai"},
		{"QQ", "我的QQ：1593826470"},
		{"QQ shaped like a mobile", "QQ号 13912345678"},
		{"tracking number", "快递单号 75312345678901"},
		{"courier named", "中通 73012345678"},
		{"tracking in English", "Tracking: 9876 5432 1012, Mumbai"},
		{"DHL waybill", "DHL 1234567890"},
		{"courier label shaped like a mobile", "UPS: 13812345678"},
		{"ID card", "身份证号：330782199001011234"},
		{"ID card with X", "身份证 33078219900101123X"},
		{"passport", "Passport No. 912345678, London"},
		{"ISO date", "2026-03-15 收到货"},
		{"slashed date", "下单 2026/3/15"},
		{"spaced date in Hong Kong", "香港 电话 2026 03 15"},
		{"European date", "delivered 15-03-2026 in Berlin"},
		{"packed date under a phone label in Hong Kong", "香港 联络电话 20260315"},
		{"bare landline without a label", "编码 057985123456"},
		{"Urumqi-shaped number without its trunk zero", "号码 99123 45678"},
		{"Indian mobile without India named", "98765 43210"},
		{"Nigerian mobile without Nigeria named", "0803 555 0917"},
		{"foreign national number without a label", "Zhang Wei, Sydney\n0412 555 081"},
		{"UK national mobile is no Chinese landline", "Mobile: 07700 900881"},
		{"eight digits in Hong Kong without a label", "香港 9126 3548"},
		{"amount", "退款 13812345678元"},
		{"country code without + in one block", "8613812345678"},
		{"too long", "+86 1381234567812345"},
		{"zeros after a country code", "+86 00000000000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := phonesIn(t, tt.text); got != nil {
				t.Errorf("findPhones(%q) = %q, want none", tt.text, got)
			}
		})
	}
}

// TestPhoneDefaultRegion checks which country a number without a country
// code is read in.
func TestPhoneDefaultRegion(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Chinese mail reads a mobile in China", "手机 13812345678", []string{"+8613812345678"}},
		{"Chinese mail naming India still reads China first", "我在印度，手机 13812345678", []string{"+8613812345678"}},
		{"Chinese mail from Hong Kong", "地址：香港九龙旺角\n联络电话：9126 3548", []string{"+85291263548"}},
		{"English mail from India", "Please call me on 98765 43210. I live in Bangalore.", []string{"+919876543210"}},
		{"English mail from India quoting a Chinese seller", "I live in Delhi. Seller phone 138 1234 5678", []string{"+8613812345678"}},
		{"explicit country code wins over the named region", "I live in Mumbai. Phone +44 20 7946 0958", []string{"+442079460958"}},
		{"00 prefix", "0086 13812345678", []string{"+8613812345678"}},
		{"country code without + in groups", "86 138 1234 5678", []string{"+8613812345678"}},
		{"trunk zero in brackets after +", "+44 (0)20 7946 0958", []string{"+442079460958"}},
		{"a courier's name inside a word is no label", "Groups 13812345678", []string{"+8613812345678"}},
		{"label case does not matter", "PHONE: 057985123456", []string{"+8657985123456"}},
		{"WeChat ID that is a mobile", "WeChat ID: 13812345678", []string{"+8613812345678"}},
		{"North American form without a named country", "Phone: (415) 555-0132", []string{"+14155550132"}},
		{"two regions named", "Shipped from Dubai to Nairobi, Kenya. Phone 0712 345678", []string{"+254712345678"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := phonesIn(t, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findPhones(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestPhone checks the exported reading of one number.
func TestPhone(t *testing.T) {
	tests := []struct {
		name, in, want string // want "" means no phone
	}{
		{"mobile", "139 0579 1234", "+8613905791234"},
		{"landline after +86", "+86 579-8555-1234", "+8657985551234"},
		{"landline", "0579 85551234", "+8657985551234"},
		{"UK", "+44 (0)20 7946 0958", "+442079460958"},
		{"two numbers", "13812345678 13912345678", ""},
		{"empty", "  ", ""},
		{"words", "call me", ""},
		{"country in brackets", "0917 555 0134 (Philippines)", "+639175550134"},
		{"country in brackets, Chinese", "07700 900412（英国）", "+447700900412"},
		{"country named before", "India: 98765 43210", "+919876543210"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Phone(tt.in)
			if ok != (tt.want != "") || got != tt.want {
				t.Errorf("Phone(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

// BenchmarkFindPhones reads the phones in the new text of every message of
// the corpus: the phone share of BenchmarkParse.
func BenchmarkFindPhones(b *testing.B) {
	raws, _ := benchMessages(b)
	var texts []string
	for _, raw := range raws {
		m, err := parse(raw, corpusOptions)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, foldDigits(simplifyHan(m.Text)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, text := range texts {
			findPhones(text, nil)
		}
	}
}
