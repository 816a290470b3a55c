package analysis

import (
	"strings"
	"testing"
)

// The merchant is chosen among the names a mail offers by the role its
// sentence gives each: these are written for the test, in the forms the
// blind rounds showed the rules had missed.
func TestRespondentByRole(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"quoted takeaway after an order verb", "我昨天在饿了么上点了“王记砂锅粥”的外卖，吃完就不舒服。", "王记砂锅粥"},
		{"quoted shop near home where a card was bought", "我在小区门口的“美丽约定”办了一张1000元的卡，现在关门了。", "美丽约定"},
		{"quoted repair shop the phone was taken to", "手机坏了，我拿到稠州路上的“极速手机维修”去修，修完更坏了。", "极速手机维修"},
		{"courier outlet by its ending beats a quoted transit hub", "我在顺丰义乌江东营业部寄了一个包裹，物流一直停在“杭州转运中心”。", "顺丰义乌江东营业部"},
		{"transit hub alone is no merchant", "查物流一直停在“金华转运中心”，已经十天了。", ""},
		{"shop named after 店名就是", "电话我问到了，店名就是“好运来超市”。", "好运来超市"},
		{"a newly opened business near the writer is not theirs", "我家旁边新开了一家“悦颜美容会所”，充值送钱，靠谱吗？", "悦颜美容会所"},
		{"the writer's own shop is not the merchant", "我在湖州开了一家小店叫“小芳饰品”，从义乌进货。", ""},
		{"English name cut at the sentence end", "I bought a bracelet at a shop called Golden Jade. I paid RMB 900 in cash.", "Golden Jade"},
		{"English name before its web shop", "I ordered ten lamps from Bright Lamp House (https://brightlamp.example/) last month.", "Bright Lamp House"},
		{"English party the writer paid", "In May I paid USD 500 to Sunrise Sourcing Partners for a factory audit, and nothing happened.", "Sunrise Sourcing Partners"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := respondentNameIn(tt.text); got != tt.want {
				t.Errorf("respondentNameIn(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestNameRole(t *testing.T) {
	tests := []struct {
		name, text, quoted string
		want               int
	}{
		{"bought there", "我在“小李水果店”买的苹果", "小李水果店", roleDeal},
		{"merchant word", "商家“阿福百货”不退款", "阿福百货", roleDeal},
		{"parcel stopped there", "包裹停在“义乌分拨中心”不动了", "义乌分拨中心", -40},
		{"only mentioned", "朋友说“小李水果店”不错", "小李水果店", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := strings.Index(tt.text, tt.quoted)
			if got := nameRole(tt.text, at, at+len(tt.quoted)); got != tt.want {
				t.Errorf("nameRole = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestCutAtSentenceEnd(t *testing.T) {
	for in, want := range map[string]string{
		"Jade Garden. I":       "Jade Garden",
		"Yiwu Star Co. Ltd":    "Yiwu Star Co. Ltd",
		"Sunny Crafts":         "Sunny Crafts",
		"Bright Ltd. We":       "Bright Ltd. We",
		"St. Mary Gifts. Then": "St. Mary Gifts",
	} {
		if got := cutAtSentenceEnd(in); got != want {
			t.Errorf("cutAtSentenceEnd(%q) = %q, want %q", in, got, want)
		}
	}
}
