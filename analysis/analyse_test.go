package analysis

import (
	"reflect"
	"testing"

	"github.com/yweca/redress/parser"
)

var testOpts = Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"}

// analysed runs Analyse over a message built by hand.
func analysed(m parser.Message, opts Options) *Mail {
	return Analyse(&m, opts)
}

// want lists the expectations of one analysis case; nil fields are not
// checked.
type want struct {
	kind       Kind
	ref        *string
	lang       string
	name       *string
	phones     []string
	emails     []string
	addr       *string
	resp       *string
	urls       []string
	respPhones []string
	respAddr   *string
	order      *Order
	missing    []string
}

func str(s string) *string { return &s }

func checkWant(t *testing.T, m *Mail, w want) {
	t.Helper()
	if w.kind != "" && m.Kind != w.kind {
		t.Errorf("kind = %q, want %q", m.Kind, w.kind)
	}
	if w.ref != nil && m.CaseRef != *w.ref {
		t.Errorf("case_ref = %q, want %q", m.CaseRef, *w.ref)
	}
	if w.lang != "" && m.Language != w.lang {
		t.Errorf("language = %q, want %q", m.Language, w.lang)
	}
	if w.name != nil && m.Complainant.Name != *w.name {
		t.Errorf("complainant.name = %q, want %q", m.Complainant.Name, *w.name)
	}
	if w.phones != nil && !reflect.DeepEqual(m.Complainant.Phones, w.phones) {
		t.Errorf("complainant.phones = %q, want %q", m.Complainant.Phones, w.phones)
	}
	if w.emails != nil && !reflect.DeepEqual(m.Complainant.Emails, w.emails) {
		t.Errorf("complainant.emails = %q, want %q", m.Complainant.Emails, w.emails)
	}
	if w.addr != nil && m.Complainant.Address != *w.addr {
		t.Errorf("complainant.address = %q, want %q", m.Complainant.Address, *w.addr)
	}
	if w.resp != nil && m.Respondent.Name != *w.resp {
		t.Errorf("respondent.name = %q, want %q", m.Respondent.Name, *w.resp)
	}
	if w.urls != nil && !reflect.DeepEqual(m.Respondent.URLs, w.urls) {
		t.Errorf("respondent.urls = %q, want %q", m.Respondent.URLs, w.urls)
	}
	if w.respPhones != nil && !reflect.DeepEqual(m.Respondent.Phones, w.respPhones) {
		t.Errorf("respondent.phones = %q, want %q", m.Respondent.Phones, w.respPhones)
	}
	if w.respAddr != nil && m.Respondent.Address != *w.respAddr {
		t.Errorf("respondent.address = %q, want %q", m.Respondent.Address, *w.respAddr)
	}
	if w.order != nil && m.Order != *w.order {
		t.Errorf("order = %+v, want %+v", m.Order, *w.order)
	}
	if w.missing != nil && !reflect.DeepEqual(m.Missing, w.missing) {
		t.Errorf("missing = %q, want %q", m.Missing, w.missing)
	}
}

var none = []string{}

func TestAnalyse(t *testing.T) {
	tests := []struct {
		name string
		msg  parser.Message
		want want
	}{
		{
			name: "traditional Chinese complaint, Hong Kong",
			msg: parser.Message{
				Subject: "投訴：網店「美好生活百貨」賣假貨",
				From:    parser.Address{Name: "陳大文", Address: "chantaiman@example.hk"},
				Text: "你好，\n本人陳大文，上月在淘寶「美好生活百貨」購買了一對耳機，收到後發現是假貨，商家拒絕退款。\n" +
					"訂單編號：3312456789012345678\n實付金額：HK$300\n聯絡電話：+852 9123 4567\n" +
					"地址：香港九龍旺角彌敦道600號10樓A室\n謝謝！\n陳大文",
			},
			want: want{kind: KindComplaint, lang: "zh", name: str("陳大文"), phones: []string{"+85291234567"},
				addr: str("香港九龍旺角彌敦道600號10樓A室"), resp: str("美好生活百貨"), urls: none, respPhones: none,
				order:   &Order{Number: "3312456789012345678", Amount: "300.00", Currency: "HKD"},
				missing: []string{MissingRespondentContact}},
		},
		{
			name: "Taiwan complaint with full-width punctuation and NT$",
			msg: parser.Message{
				Subject: "蝦皮賣家不出貨",
				From:    parser.Address{Name: "林雅婷", Address: "yating.lin@example.tw"},
				Text: "您好：\n我叫林雅婷，在蝦皮「小資女飾品」下單了項鍊，付款NT$1,280，三週了都沒發貨，賣家也不回訊息。\n" +
					"賣家電話：+886 2 2345－6789\n我的手機：0912-345-678\n",
			},
			want: want{kind: KindComplaint, lang: "zh", name: str("林雅婷"), resp: str("小資女飾品"),
				respPhones: []string{"+886223456789"}, phones: []string{"+886912345678"},
				order: &Order{Amount: "1280.00", Currency: "TWD"}},
		},
		{
			name: "nickname sender, name in body, platform prefix stripped",
			msg: parser.Message{
				Subject: "天猫店铺虚假宣传",
				From:    parser.Address{Name: "星星点灯", Address: "13912345678@139.com"},
				Text: "您好，我叫赵磊。我在天猫“优品汇家居旗舰店”买的床垫跟宣传的不一致，商家拒绝退货。\n" +
					"订单号：4021987766554433221\n实付：¥3,560.00（含运费50元）\n",
			},
			want: want{kind: KindComplaint, name: str("赵磊"), phones: none, resp: str("优品汇家居旗舰店"),
				order:   &Order{Number: "4021987766554433221", Amount: "3560.00", Currency: "CNY"},
				missing: []string{MissingComplainantPhone, MissingRespondentContact}},
		},
		{
			name: "phone only in the From local part is not the complainant's",
			msg: parser.Message{
				Subject: "投诉鞋店",
				From:    parser.Address{Name: "", Address: "13812345678@139.com"},
				Text:    "我在“步步高鞋店”买的鞋子开胶了，商家不理。请帮忙处理。",
			},
			want: want{kind: KindComplaint, name: str(""), phones: none,
				missing: []string{MissingComplainantName, MissingComplainantPhone, MissingRespondentContact}},
		},
		{
			name: "QQ, order and waybill numbers are not phones",
			msg: parser.Message{
				Subject: "快递丢件商家不管",
				From:    parser.Address{Name: "孙丽", Address: "sunli@qq.com"},
				Text: "订单号：13812345678\nQQ：13987654321\n快递单号 15012345678\n交易号：18612345678\n" +
					"我在“乐购数码”买的耳机没收到。我的手机：186 1234 5678",
			},
			want: want{kind: KindComplaint, phones: []string{"+8618612345678"}, respPhones: none,
				order: &Order{Number: "13812345678"}},
		},
		{
			name: "merchant phone never doubles as complainant phone",
			msg: parser.Message{
				Subject: "投诉",
				From:    parser.Address{Name: "周杰", Address: "zhoujie@163.com"},
				Text: "我在义乌市小商品贸易有限公司买的杯子破损了，商家电话：13711112222，我联系了13711112222很多次都不接。\n" +
					"我的电话：13622223333",
			},
			want: want{kind: KindComplaint, name: str("周杰"), phones: []string{"+8613622223333"},
				resp: str("义乌市小商品贸易有限公司"), respPhones: []string{"+8613711112222"}},
		},
		{
			name: "English complaint with labelled fields and seller address",
			msg: parser.Message{
				Subject: "Complaint about Golden Star Toys Factory",
				From:    parser.Address{Name: "Maria Garcia", Address: "maria.g@example.es"},
				Text: "Dear Sir/Madam,\n\nI ordered 500 toy cars from Golden Star Toys Factory and 120 were broken.\n\n" +
					"Order ref: GS-2026-3381\nTotal: €2.450,00\nSeller address: 88 Chouzhou North Road, Yiwu, Zhejiang\n" +
					"Seller WeChat/phone: +86 139 5791 2345\n\nPlease help me get a refund.\n\nKind regards,\nMaria Garcia\n" +
					"Phone: +34 612 345 678\nEmail: maria.garcia.work@example.es\nCalle Mayor 12, 28013 Madrid, Spain",
			},
			want: want{kind: KindComplaint, lang: "en", name: str("Maria Garcia"), phones: []string{"+34612345678"},
				emails: []string{"maria.garcia.work@example.es"}, addr: str("Calle Mayor 12, 28013 Madrid, Spain"),
				resp: str("Golden Star Toys Factory"), respPhones: []string{"+8613957912345"},
				respAddr: str("88 Chouzhou North Road, Yiwu, Zhejiang"),
				order:    &Order{Number: "GS-2026-3381", Amount: "2450.00", Currency: "EUR"}, missing: none},
		},
		{
			name: "fullest form of the name wins",
			msg: parser.Message{
				Subject: "Broken lamps",
				From:    parser.Address{Name: "Mia", Address: "mia@example.com"},
				Text: "Hi, I'm Mia. I bought 20 lamps from Bright Light Store and 5 arrived broken. The seller refuses to refund.\n" +
					"Order #BL99812\nI paid $250.\n\nThanks,\nMia Thompson",
			},
			want: want{kind: KindComplaint, name: str("Mia Thompson"), resp: str("Bright Light Store"),
				order: &Order{Number: "BL99812", Amount: "250.00", Currency: "USD"}},
		},
		{
			name: "company display name is not a personal name",
			msg: parser.Message{
				Subject: "Question about refunds",
				From:    parser.Address{Name: "ABC Trading Team", Address: "info@abctrading.example"},
				Text:    "Hello, what are the refund rules for wholesale orders from Yiwu suppliers? Is a 30% restocking fee legal?",
			},
			want: want{kind: KindInquiry, lang: "en", name: str(""), missing: none},
		},
		{
			name: "inquiry about how returns work",
			msg: parser.Message{
				Subject: "咨询",
				From:    parser.Address{Name: "刘洋", Address: "liuyang@126.com"},
				Text:    "你好，想咨询一下你们服务站受理哪些范围的投诉？外地的消费者可以投诉义乌的商家吗？",
			},
			want: want{kind: KindInquiry, name: str("刘洋"), missing: none},
		},
		{
			name: "consumer reply with case ref in body only",
			msg: parser.Message{
				Subject: "补充材料",
				From:    parser.Address{Name: "汪建国", Address: "wangjg@qq.com"},
				Text:    "你好，关于投诉YW-2026-00120，我的电话是135 8647 2291。\n汪建国",
			},
			want: want{kind: KindReply, ref: str("YW-2026-00120"), name: str("汪建国"), phones: []string{"+8613586472291"}, missing: none},
		},
		{
			name: "case ref only in the quoted history",
			msg: parser.Message{
				Subject: "Re: your mail",
				From:    parser.Address{Name: "Ryan Mitchell", Address: "ryan@example.com"},
				Text:    "Here is the receipt you asked for.",
				Quoted:  "On Mon, Fang Yu wrote:\n> Your case YW-2026-00126 needs the receipt.",
			},
			want: want{kind: KindReply, ref: str("YW-2026-00126")},
		},
		{
			name: "staff mail carries no party data",
			msg: parser.Message{
				Subject: "关于您的投诉",
				From:    parser.Address{Name: "陈静", Address: "chenjing@yweca.org.example"},
				Text:    "您好，请补充订单号。\n陈静\n电话：0579-85550188\n地址：浙江省义乌市稠城街道宾王路158号",
			},
			want: want{kind: KindReply, name: str(""), phones: none, addr: str(""), missing: none},
		},
		{
			name: "out-of-office without headers, Chinese",
			msg: parser.Message{
				Subject: "Re: 您的投诉已登记",
				From:    parser.Address{Name: "李娜", Address: "lina@example.com"},
				Text:    "您好，我目前休假中，休假期间不便查看邮件，回来后会尽快回复。联系电话：13800001111",
			},
			want: want{kind: KindAutoReply, phones: none, missing: none},
		},
		{
			name: "ticket acknowledgement without headers",
			msg: parser.Message{
				Subject: "We have received your request",
				From:    parser.Address{Name: "Support", Address: "support@shop.example"},
				Text:    "Thank you for contacting us. We have received your email. Your ticket number is #88231. Please do not reply to this email.",
			},
			want: want{kind: KindAutoReply, lang: "en"},
		},
		{
			name: "Chinese advertising",
			msg: parser.Message{
				Subject: "网店推广，首页排名",
				From:    parser.Address{Name: "王经理", Address: "promo@ads.example"},
				Text:    "您好！专业网店推广，7天上首页排名，引流涨粉，代开发票。加微信 13800138000 咨询。回复TD退订",
			},
			want: want{kind: KindSpam, name: str(""), phones: none, missing: none},
		},
		{
			name: "bounce by subject",
			msg: parser.Message{
				Subject: "系统退信",
				From:    parser.Address{Name: "系统管理员", Address: "system@mail.example"},
				Text:    "很抱歉，您发送的邮件无法投递到 xiaoyu@126.com。",
			},
			want: want{kind: KindBounce, lang: "zh"},
		},
		{
			name: "complaint forwarded from another platform keeps its number out of case_ref",
			msg: parser.Message{
				Subject: "转发：投诉单 WQT20260302-1172",
				From:    parser.Address{Name: "郑爽", Address: "zhengshuang@163.com"},
				Text: "这是我在另一个平台的投诉，麻烦你们也帮忙处理。\n郑爽 13512345678\n\n" +
					"---------- 转发的邮件 ----------\n发件人: 郑爽 <zhengshuang@163.com>\n日期: 2026年3月2日\n收件人: kefu@other.example\n主题: 投诉\n\n" +
					"我在“晨曦家居百货”买的窗帘色差严重，商家拒绝退货。订单号：556677889900，货款：69.9元。",
			},
			want: want{kind: KindComplaint, ref: str(""), name: str("郑爽"), phones: []string{"+8613512345678"},
				emails: none, resp: str("晨曦家居百货"),
				order: &Order{Number: "556677889900", Amount: "69.90", Currency: "CNY"}},
		},
		{
			name: "compensation offer is not the amount",
			msg: parser.Message{
				Subject: "投诉",
				From:    parser.Address{Name: "杜明", Address: "duming@163.com"},
				Text:    "卖家只肯补偿20元，我付了1,280元买的衣服有质量问题。",
			},
			want: want{order: &Order{Amount: "1280.00", Currency: "CNY"}},
		},
		{
			name: "shipping fee gives way to goods price",
			msg: parser.Message{
				Subject: "投诉",
				From:    parser.Address{Name: "杜明", Address: "duming@163.com"},
				Text:    "运费15元，商品价格：叁佰伍拾元，收到就坏了，商家不理。",
			},
			want: want{order: &Order{Amount: "350.00", Currency: "CNY"}},
		},
		{
			name: "URL endings",
			msg: parser.Message{
				Subject: "投诉",
				From:    parser.Address{Name: "杜明", Address: "duming@163.com"},
				Text: "店铺（https://a.taobao.com/shop?id=1）和https://b.1688.com/offer/2.html。还有 https://www.c.example/x , 以及" +
					" https://d.example/p)，再看 https://yweca.org.example/guide 以及 item.taobao.com/item.htm?id=123，质量很差。",
			},
			want: want{urls: []string{"https://a.taobao.com/shop?id=1", "https://b.1688.com/offer/2.html", "https://www.c.example/x",
				"https://d.example/p", "item.taobao.com/item.htm?id=123"}},
		},
		{
			name: "seller called X on a platform; own company in signature is not the merchant",
			msg: parser.Message{
				Subject: "My order has not arrived",
				From:    parser.Address{Name: "Peter Novak", Address: "peter.novak@example.cz"},
				Text: "Hello,\nI bought 300 phone cases from a seller called Sunny Home on AliExpress three weeks ago and they still haven't shipped.\n" +
					"I emailed them at sales@sunnyhome.example many times.\nPeter Novak\nNovak Import Ltd.\nTel: +420 601 234 567",
			},
			want: want{kind: KindComplaint, name: str("Peter Novak"), phones: []string{"+420601234567"}, emails: none, resp: str("Sunny Home")},
		},
		{
			name: "name with phone on the signature line, shop introduced by 叫",
			msg: parser.Message{
				Subject: "王女士 投诉",
				From:    parser.Address{Name: "王女士", Address: "wang@163.com"},
				Text:    "我在抖音上一家叫小美饰品的店买了耳环，付了叁佰元，三天就掉色了，商家不给退。\n王芳 13812345678",
			},
			want: want{kind: KindComplaint, name: str("王芳"), phones: []string{"+8613812345678"}, resp: str("小美饰品"),
				order: &Order{Amount: "300.00", Currency: "CNY"}},
		},
		{
			name: "two addresses on one line",
			msg: parser.Message{
				Subject: "投诉",
				From:    parser.Address{Name: "李娜", Address: "lina@qq.com"},
				Text:    "我的地址是浙江省杭州市西湖区文三路90号 电话13812345678，商家的地址是义乌市稠城街道工人北路1号，请寄到这里",
			},
			want: want{addr: str("浙江省杭州市西湖区文三路90号"), phones: []string{"+8613812345678"}, respAddr: str("义乌市稠城街道工人北路1号")},
		},
		{
			name: "consumer thanking staff is not an auto-reply",
			msg: parser.Message{
				Subject: "Re: refund",
				From:    parser.Address{Name: "Tom Lee", Address: "tom@example.com"},
				Text:    "I have received your email. My order number is 5566778899 and I paid RMB 1,280 to the seller, who refuses to refund. Thanks, Tom",
			},
			want: want{kind: KindComplaint, name: str("Tom Lee"), order: &Order{Number: "5566778899", Amount: "1280.00", Currency: "CNY"}},
		},
		{
			name: "B2B cold pitch is spam",
			msg: parser.Message{
				Subject: "Wholesale catalogue",
				From:    parser.Address{Name: "Lisa", Address: "lisa@factory.example"},
				Text:    "Dear Sir, we are a professional manufacturer of silicone products in Yiwu. Please find our price list attached. Free samples available, MOQ 500 pcs. Contact us today! +86 138 1234 5678",
			},
			want: want{kind: KindSpam, phones: none, respPhones: none},
		},
		{
			name: "question about returns after receiving goods is an inquiry",
			msg: parser.Message{
				Subject: "咨询一下",
				From:    parser.Address{Name: "张伟", Address: "zw@126.com"},
				Text:    "请问七天无理由退货是从签收那天开始算吗？我昨天刚收到货。",
			},
			want: want{kind: KindInquiry, name: str("张伟"), missing: none},
		},
		{
			name: "asking whether a named company is legit is an inquiry",
			msg: parser.Message{
				Subject: "Is this Yiwu shop legit?",
				From:    parser.Address{Name: "Priya Nair", Address: "pn@example.com"},
				Text: "Hi,\n\nBefore placing a big order I'd like to know if Yiwu Golden Bee Crafts Co., Ltd. is a real company.\n" +
					"Have you received complaints about them?\n\nPriya\n",
			},
			want: want{kind: KindInquiry, resp: str("Yiwu Golden Bee Crafts Co., Ltd."), missing: none},
		},
		{
			name: "headerless holiday notice in Chinese is an auto-reply",
			msg: parser.Message{
				Subject: "Re: 投诉进展",
				From:    parser.Address{Name: "周红", Address: "zh@qq.com"},
				Text:    "您好，我最近正在休假中，无法及时回复邮件，回来后会第一时间处理，谢谢！\n",
			},
			want: want{kind: KindAutoReply, name: str(""), missing: none},
		},
		{
			name: "food safety: insects in the food make a complaint",
			msg: parser.Message{
				Subject: "拼多多买的坚果",
				From:    parser.Address{Name: "小王同学", Address: "2846619037@qq.com"},
				Text:    "我是王某某，在拼多多买的坚果礼盒里吃出了虫子。\n电话13567920184\n",
			},
			want: want{kind: KindComplaint, name: str(""), phones: []string{"+8613567920184"}},
		},
		{
			name: "course that cannot be refunded and never started is a complaint",
			msg: parser.Message{
				Subject: "培训机构",
				From:    parser.Address{Name: "郑凯", Address: "zk@icloud.com"},
				Text:    "我报了培训班，交了资料费之后说不能退，课也一直没开。\n",
			},
			want: want{kind: KindComplaint, name: str("郑凯")},
		},
		{
			name: "advance-fee scam is spam",
			msg: parser.Message{
				Subject: "URGENT BUSINESS PROPOSAL",
				From:    parser.Address{Name: "John Williams", Address: "jw.barrister@example.com"},
				Text: "Dear Friend,\n\nI am Barrister John Williams, attorney to a late client who left USD 10,500,000.00 " +
					"with no next of kin. I will present you as the beneficiary and we share 50/50.\n\n+44 7700 900 555\n",
			},
			want: want{kind: KindSpam, name: str(""), phones: none, missing: none},
		},
		{
			name: "the writer's own e-mail and office line are not the seller's",
			msg: parser.Message{
				Subject: "Supplier sent expired cosmetics",
				From:    parser.Address{Name: "Jose Reyes", Address: "jr@example.com"},
				Text: "The seller on Alibaba sent us 300 expired lipsticks and refuses a refund.\n\nYou can reach me at jose.store@example.com or on " +
					"WhatsApp +63 917 555 8841. Our office line is +63 32 555 1234.\n\nJose Reyes\n",
			},
			want: want{kind: KindComplaint, phones: []string{"+639175558841", "+63325551234"}, respPhones: none},
		},
		{
			name: "a problem with one's own purchase from a named shop, asked as a question, is a complaint",
			msg: parser.Message{
				Subject: "电水壶坏了",
				From:    parser.Address{Name: "王丽", Address: "wl@qq.com"},
				Text:    "你好，我在义乌篁园市场“鑫源五金店”买的电水壶，用了三天就坏了。请问能退吗？\n王丽\n",
			},
			want: want{kind: KindComplaint, resp: str("鑫源五金店"),
				missing: []string{MissingComplainantPhone, MissingRespondentContact}},
		},
		{
			name: "asking whether a named shop is legitimate before buying stays an inquiry",
			msg: parser.Message{
				Subject: "请问这家店正规吗",
				From:    parser.Address{Name: "孙浩", Address: "sh@qq.com"},
				Text:    "你好，请问“恒达饰品店”是正规的吗？网上有人说他们卖假货，我还没下单，想先问问。\n孙浩\n",
			},
			want: want{kind: KindInquiry, resp: str("恒达饰品店"), missing: none},
		},
		{
			name: "ticket acknowledgement with the number inside the sentence is an auto-reply",
			msg: parser.Message{
				Subject: "[BrightHome] Re: [YW-2026-00433] Complaint about order 5521",
				From:    parser.Address{Name: "BrightHome Support", Address: "support@brighthome.example"},
				Text:    "Hello,\n\nYour request #48213 has been received and is being reviewed.\n\nBrightHome Support\n+86 579 8566 1200\n",
			},
			want: want{kind: KindAutoReply, ref: str("YW-2026-00433"), phones: none, respPhones: none},
		},
		{
			name: "Chinese ticket acknowledgement (您的工单号为…已受理) is an auto-reply",
			msg: parser.Message{
				Subject: "Re: [YW-2026-00435] 关于消费者投诉的协调函",
				From:    parser.Address{Name: "优品汇客服中心", Address: "kefu@youpinhui.example"},
				Text:    "尊敬的客户：\n您好！您的工单号为 GD20260412001，已受理。我们将在3个工作日内处理并回复。\n客服热线：400-826-6688\n",
			},
			want: want{kind: KindAutoReply, ref: str("YW-2026-00435"), respPhones: none},
		},
		{
			name: "Traditional Chinese vacation notice without headers is an auto-reply",
			msg: parser.Message{
				Subject: "回覆: [YW-2026-00437] 關於消費者投訴",
				From:    parser.Address{Name: "林怡君", Address: "yj@meihua.example"},
				Text:    "您好：\n本人於4月30日至5月8日休假，期間無法即時回覆郵件。\n返回後將儘快回覆，謝謝。\n林怡君\n",
			},
			want: want{kind: KindAutoReply, ref: str("YW-2026-00437"), name: str("")},
		},
		{
			name: "phishing refund notice is spam",
			msg: parser.Message{
				Subject: "您的订单退款通知",
				From:    parser.Address{Name: "淘宝退款中心", Address: "refund@tb-center.example"},
				Text: "尊敬的用户：您购买的商品因质量问题已下架，将为您办理双倍退款。\n" +
					"请在24小时内点击以下链接，填写银行卡号及验证码领取退款：http://tb-refund.example/claim\n",
			},
			want: want{kind: KindSpam, urls: none, order: &Order{}, missing: none},
		},
		{
			name: "a victim quoting a phishing notice and asking for help is a complaint",
			msg: parser.Message{
				Subject: "收到假冒淘宝的退款短信被骗了",
				From:    parser.Address{Name: "钱丽", Address: "ql@163.com"},
				Text: "你好，我收到一封邮件说我在“鑫源五金店”买的商品可以双倍退款，让我点击以下链接填写银行卡号和验证码，" +
					"我填了之后卡里被扣了2000元。请帮忙处理。\n电话：13912345678\n",
			},
			want: want{kind: KindComplaint, phones: []string{"+8613912345678"}},
		},
		{
			name: "fake customs-fee parcel notice is spam",
			msg: parser.Message{
				Subject: "DHL: Your parcel is on hold",
				From:    parser.Address{Name: "DHL Express", Address: "noreply@dhl-track.example"},
				Text: "Your parcel 4418829031 is on hold at our facility due to an unpaid customs fee of $1.99.\n" +
					"Please pay the fee within 48 hours at https://dhl-track.example/pay or it will be returned.\n",
			},
			want: want{kind: KindSpam, urls: none, order: &Order{}},
		},
		{
			name: "staff forwarding an auto-reply writes a reply",
			msg: parser.Message{
				Subject: "转发：自动回复：[YW-2026-00470] 请补充商家信息",
				From:    parser.Address{Name: "王敏", Address: "staff1@yweca.org.example"},
				Text:    "这个消费者邮箱一直自动回复，我明天打电话联系她。\n",
			},
			want: want{kind: KindReply, ref: str("YW-2026-00470")},
		},
		{
			name: "staff forwarding a bounce writes a reply",
			msg: parser.Message{
				Subject: "Fwd: Undeliverable: [YW-2026-00472] Please send your phone number",
				From:    parser.Address{Name: "Li Na", Address: "lina@yweca.org.example"},
				Text:    "The buyer's address bounces. Can someone call her?\n",
			},
			want: want{kind: KindReply, ref: str("YW-2026-00472")},
		},
		{
			name: "an auto-reply to a forward is still an auto-reply",
			msg: parser.Message{
				Subject: "自动回复: Fwd: 消费者投诉",
				From:    parser.Address{Name: "华鑫贸易", Address: "sales@huaxin.example"},
				Text:    "您好！邮件已收到，会尽快回复。\n",
			},
			want: want{kind: KindAutoReply},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := analysed(tt.msg, testOpts)
			m.Staff = false
			checkWant(t, m, tt.want)
		})
	}
}

// A sum asked before anything was paid is a price, not an order's amount.
func TestInquiryBeforePaymentHasNoAmount(t *testing.T) {
	for _, tt := range []struct{ name, body, amount string }{
		{"not paid yet", "你好，有一家叫“义乌市星辰电子商行”的在招代理，说交3980元加盟费就能拿货。想问下你们有没有收到过关于这家的投诉？他们是不是正规注册的？我还没有付钱。", ""},
		{"paid", "你好，我上个月在淘宝花了268元买了一件外套，尺码不太合适想退。想问下七天无理由退货的运费一般由谁承担？有什么规定吗？", "268.00"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: x <x@qq.com>\r\nTo: tousu@yweca.org.example\r\nSubject: 咨询\r\nMessage-ID: <q@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + "\r\n"
			a, err := Parse([]byte(raw), parser.Options{}, Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Kind != KindInquiry || a.Order.Amount != tt.amount {
				t.Errorf("kind %s, amount %q; want an inquiry with amount %q", a.Kind, a.Order.Amount, tt.amount)
			}
		})
	}
}

// A question about a problem that has not happened is an inquiry, and a
// typical order value in it is no order amount; a real problem asked as
// "what if" stays a complaint.
func TestHypotheticalIsInquiry(t *testing.T) {
	for _, tt := range []struct {
		name, subject, body string
		kind                Kind
		amount              string
	}{
		{"if one day", "How to file a complaint?", "I buy phone covers from Yiwu two or three times a year, about USD 5,000 each time. So far no problem, but I want to know in advance: if one day a supplier sends wrong goods, what documents do I need?", KindInquiry, ""},
		{"万一", "咨询", "我打算下个月去义乌批发市场拿一批保温杯，大概两万元的货。万一出了质量问题，没有合同能投诉吗？", KindInquiry, ""},
		{"a real problem", "Broken lamps", "I bought 200 lamps from Yiwu Bright Lights Co., Ltd. and paid USD 1,200. Half of them are broken and the seller refuses a refund. What if they never answer? Please help me.", KindComplaint, "1200.00"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: x <x@mail.example>\r\nTo: tousu@yweca.org.example\r\nSubject: " + tt.subject + "\r\nMessage-ID: <h@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + "\r\n"
			a, err := Parse([]byte(raw), parser.Options{}, Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Kind != tt.kind || a.Order.Amount != tt.amount {
				t.Errorf("kind %s, amount %q; want %s, %q", a.Kind, a.Order.Amount, tt.kind, tt.amount)
			}
		})
	}
}
