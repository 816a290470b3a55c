#!/usr/bin/env python3
"""Generate the third-round evaluation messages (e3-NN.eml) and labels.json.

Each message is a variant of one of the 16 shared examples
(/work/shared/testdata/complaints): the same mail client, encodings and
structure (quoting, forwarding, bounce or auto-reply style, kind), with other
people, shops, wording, numbers and layout, and the labelled fields moved
around. The family is named in each comment. Run from anywhere:
python3 gen.py. All people, shops, phone numbers and organisations are
invented.
"""
import base64
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------
# Family of example-01: QQ Mail complete complaint with labelled fields.

# e3-01: 天猫“…” shop, phone with spaces, landline in parentheses, 实付款 with ￥ and separator.
qq("e3-01.eml", "蒋丽萍", "jianglp_1986@qq.com", "投诉：定做的窗帘尺寸做错，店家推卸责任",
   "您好！\n"
   "我叫蒋丽萍，3月2日在天猫“锦绣坊家纺旗舰店”定做了客厅和卧室的窗帘，一共4幅。\n"
   "装上去才发现每幅都短了20厘米，下单时尺寸写得清清楚楚，店家却说是我量错了，只愿意补偿50元。\n"
   "\n"
   "订单号：4420981736650218437\n"
   "实付款：￥1,386.00\n"
   "店铺链接：https://jinxiufang.tmall.com\n"
   "商家电话：(0579)85274410\n"
   "\n"
   "联系人：蒋丽萍\n"
   "手机：139 5791 2086\n"
   "收货地址：江苏省苏州市工业园区星湖街328号创意产业园7幢501\n"
   "希望你们帮忙协调退款或重做，谢谢！\n",
   "Thu, 26 Mar 2026 10:14:21 +0800", "tencent_3E1A9C0B7D2F4E6A8B0C1D2E3F4A5B6C7D8E9F01@qq.com",
   kind="complaint", language="zh",
   comp={"name": "蒋丽萍", "phones": ["+8613957912086"], "address": "江苏省苏州市工业园区星湖街328号创意产业园7幢501"},
   resp={"name": "锦绣坊家纺旗舰店", "urls": ["https://jinxiufang.tmall.com"], "phones": ["+8657985274410"]},
   order={"number": "4420981736650218437", "amount": "1386.00", "currency": "CNY"},
   must=["每幅都短了20厘米", "只愿意补偿50元"],
   notes="example-01 family: 天猫“…旗舰店” drops the platform; (0579) landline under 商家电话; 补偿50元 is not the order amount")

# e3-02: 本人… intro, labels 姓名/联系电话/地址 with +86 mobile; merchant mobile in 客服手机; amount 元 after the figure.
qq("e3-02.eml", "郭海燕", "guohaiyan77@qq.com", "投诉义乌市晨光玩具有限公司：儿童滑板车刹车失灵",
   "你好，\n"
   "本人郭海燕，上周在淘宝“义乌市晨光玩具有限公司”的店铺买了两辆儿童滑板车，孩子骑了三天刹车就失灵了，差点摔倒。\n"
   "商家说是人为损坏，不给退。\n"
   "订单编号：3871029465518203746\n"
   "实付金额：318元\n"
   "店铺地址：https://chenguang-wanju.taobao.com\n"
   "客服手机：15888231907\n"
   "\n"
   "姓名：郭海燕\n"
   "联系电话：+86 186 5790 3314\n"
   "地址：上海市闵行区莘庄镇都市路5001号2号楼1103室\n",
   "Thu, 26 Mar 2026 16:40:03 +0800", "tencent_5B2C4D6E8F0A1B3C5D7E9F0A2B4C6D8E0F1A3B5C@qq.com",
   kind="complaint", language="zh",
   comp={"name": "郭海燕", "phones": ["+8618657903314"], "address": "上海市闵行区莘庄镇都市路5001号2号楼1103室"},
   resp={"name": "义乌市晨光玩具有限公司", "urls": ["https://chenguang-wanju.taobao.com"], "phones": ["+8615888231907"]},
   order={"number": "3871029465518203746", "amount": "318.00", "currency": "CNY"},
   must=["刹车就失灵了", "人为损坏"],
   notes="example-01 family: 本人 intro; shop URL under 店铺地址 (a URL, not a postal address); 客服手机 is the merchant's; +86 with spaces")

# e3-03: name only in the signature; phone inside a sentence; 人民币 amount; merchant address and landline.
qq("e3-03.eml", "沈建华", "shenjh_wz@qq.com", "定制的公司文化衫全部印错了字",
   "您好！\n"
   "我们单位在义乌市彩虹服饰有限公司定制了120件文化衫，衣服背后的公司名称全部印错了一个字，对方拒绝重印。\n"
   "订单号：CH2026031201\n"
   "总金额：人民币4,560.00元\n"
   "商家联系电话：0579-85637721\n"
   "商家地址：浙江省义乌市廿三里街道工业区华川路9号\n"
   "麻烦你们帮忙处理，有事请打我手机 137 3579 0418，谢谢。\n"
   "\n"
   "沈建华\n"
   "收货地址：浙江省温州市鹿城区车站大道577号财富中心2105\n",
   "Fri, 27 Mar 2026 09:05:47 +0800", "tencent_7D4E6F8A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E@qq.com",
   kind="complaint", language="zh",
   comp={"name": "沈建华", "phones": ["+8613735790418"], "address": "浙江省温州市鹿城区车站大道577号财富中心2105"},
   resp={"name": "义乌市彩虹服饰有限公司", "phones": ["+8657985637721"], "address": "浙江省义乌市廿三里街道工业区华川路9号"},
   order={"number": "CH2026031201", "amount": "4560.00", "currency": "CNY"},
   must=["全部印错了一个字", "拒绝重印"],
   notes="example-01 family: unquoted company in a sentence; name only in the signature; phone in 有事请打我手机 …; 人民币…元 amount")

# ---------------------------------------------------------------------------
# Family of example-02: 163/126 Coremail GBK, no complainant phone, URL in full-width parentheses.

# e3-04: 1688 supplier with URL in （）, 货款 with separator, per-item compensation distractor.
netease("e3-04.eml", "潘伟", "panwei_hz@163.com", "义乌市华美箱包有限公司的拉杆箱轮子全坏了",
   "你好，\n"
   "我叫潘伟，2月份在1688上向义乌市华美箱包有限公司（https://huameibags.1688.com）批发了80个拉杆箱，"
   "卖出去不到一个月就有二十多个轮子断了。\n"
   "订单号：1734902856617290348\n"
   "货款：3,680元\n"
   "厂家说是顾客使用不当，每个只肯赔8元。\n"
   "我平时在店里，手机不方便接，请用邮件联系我。\n",
   "Fri, 27 Mar 2026 13:22:10 +0800", "b63ac9d2.27ed.18e4a1c2d3e.Coremail.panwei_hz@163.com",
   kind="complaint", language="zh",
   comp={"name": "潘伟"},
   resp={"name": "义乌市华美箱包有限公司", "urls": ["https://huameibags.1688.com"]},
   order={"number": "1734902856617290348", "amount": "3680.00", "currency": "CNY"},
   missing=["complainant_phone"],
   must=["二十多个轮子断了", "每个只肯赔8元"],
   notes="example-02 family: URL in full-width parentheses after the company; 每个只肯赔8元 is not the amount; no phone")

# e3-05: name in the signature, 拼多多 shop with URL in ASCII parentheses, another e-mail address given as contact.
netease("e3-05.eml", "邱晓东", "qiuxd2008@126.com", "拼多多买的羽绒服跑绒严重，商家只退20元",
   "您好：\n"
   "我在拼多多“暖冬羽绒工厂店”(https://mobile.yangkeduo.com/mall_page.html?mall_id=68813250)买了两件羽绒服，"
   "穿了两天就到处跑绒，里面的毛衣全是绒毛。\n"
   "订单编号：260309-574118203396514\n"
   "合计：1,058元\n"
   "商家只同意退20元，我不接受。\n"
   "我经常出差，电话打不通，请发邮件到 qiuxd_work@sina.com 联系我。\n"
   "邱晓东\n",
   "Fri, 27 Mar 2026 20:11:38 +0800", "c74bd0e3.38fe.18e4b2d3e4f.Coremail.qiuxd2008@126.com",
   kind="complaint", language="zh",
   comp={"name": "邱晓东", "emails": ["qiuxd_work@sina.com"]},
   resp={"name": "暖冬羽绒工厂店", "urls": ["https://mobile.yangkeduo.com/mall_page.html?mall_id=68813250"]},
   order={"number": "260309-574118203396514", "amount": "1058.00", "currency": "CNY"},
   missing=["complainant_phone"],
   must=["到处跑绒", "只同意退20元"],
   notes="example-02 family: URL in ASCII parentheses with a query string; e-mail contact is not a phone; 退20元 distractor")

# ---------------------------------------------------------------------------
# Family of example-03: HTML-only advertising.

spam_html("e3-06.eml", "Review Boost", "hello@reviewboost-pro.example",
   "Boost your Amazon ratings to 4.8 stars in 14 days",
   "<table width=\"600\" align=\"center\"><tr><td style=\"font-family:Arial;font-size:15px\">"
   "<h2>Your store deserves 5-star reviews!</h2><p>Hello seller,</p>"
   "<p>We deliver 200 verified buyer reviews for your Yiwu products on Amazon, eBay and AliExpress. "
   "Safe, fast and 100% undetectable. Packages from only $199.</p>"
   "<p>WhatsApp +1 (917) 555-0148 or order at <a href=\"https://reviewboost-pro.example/order\">https://reviewboost-pro.example/order</a>.</p>"
   "<p style=\"font-size:11px;color:#888\">This is a commercial message. To stop receiving these emails "
   "<a href=\"https://www.reviewboost-pro.example/unsub\">unsubscribe here</a>.</p></td></tr></table>",
   "Sat, 28 Mar 2026 03:30:00 +0800", "a1c4e7f0b2d5e8f1a3c6d9e2@reviewboost-pro.example",
   language="en", must=["200 verified buyer reviews", "unsubscribe here"],
   notes="example-03 family: HTML-only English advertising; WhatsApp number and URL are nobody's")

spam_html("e3-07.eml", "跨境通运营中心", "service@kuajingtong-edm.example", "义乌商家专享：店铺代运营，月销翻三倍",
   "<table width=\"600\" align=\"center\"><tr><td style=\"font-size:14px\">"
   "<h2>店铺代运营 · 流量提升 · 爆款打造</h2><p>尊敬的义乌商家：</p>"
   "<p>我们专注淘宝、拼多多、抖音店铺代运营十年，保证三个月内月销售额翻三倍，无效全额退款！</p>"
   "<p>咨询热线：400-882-6617，官网：<a href=\"https://www.kuajingtong-edm.example/yiwu\">https://www.kuajingtong-edm.example/yiwu</a></p>"
   "<p style=\"font-size:11px;color:#888\">如不希望再收到此类邮件，请<a href=\"https://www.kuajingtong-edm.example/unsub\">点击退订</a>。</p>"
   "</td></tr></table>",
   "Sat, 28 Mar 2026 05:00:00 +0800", "b2d5f8a1c3e6f9a2b4d7e0f3@kuajingtong-edm.example", cs="utf-8",
   language="zh", must=["月销售额翻三倍", "点击退订"],
   notes="example-03 family in Chinese: HTML-only bulk advertising with List-Unsubscribe; 400 number and URL are nobody's")

spam_html("e3-08.eml", "Global Trade Leads", "leads@b2b-buyerlist.example",
   "2026 verified importer database - 50,000 buyer contacts",
   "<html><body><div style=\"font-family:Verdana\"><p>Dear Exporter,</p>"
   "<p>Get our 2026 database of <b>50,000 verified importers</b> in the USA, EU and Middle East with name, phone and email. "
   "Special price this week: USD 99 instead of USD 399.</p>"
   "<p>Download a free sample: <a href=\"https://b2b-buyerlist.example/sample\">https://b2b-buyerlist.example/sample</a><br>"
   "Tel / WeChat: +86 189 5555 0172</p>"
   "<p><small>Reply REMOVE to be taken off our list.</small></p></div></body></html>",
   "Sun, 29 Mar 2026 02:15:00 +0800", "c3e6a9b2d4f7a0b3c5e8f1a4@b2b-buyerlist.example", bulk=False,
   language="en", must=["50,000 verified importers", "Reply REMOVE"],
   notes="example-03 family without bulk headers: recognised by its wording; the +86 mobile and the price are nobody's")

# ---------------------------------------------------------------------------
# Family of example-04: 126/163 inquiry about rules, no specific dispute.

netease("e3-09.eml", "陶慧敏", "taohuimin_88@126.com", "请问定制商品真的不能退吗？",
   "您好，\n"
   "想请教一下，网上很多店铺都写“定制商品一经下单不退不换”，如果做出来的东西跟描述差别很大，消费者是不是也没办法退？\n"
   "另外七天无理由退货对定制商品适用吗？\n"
   "麻烦解答，谢谢！\n"
   "陶慧敏\n",
   "Sun, 29 Mar 2026 09:31:12 +0800", "d85ce1f4.49af.18e4c3e4f5a.Coremail.taohuimin_88@126.com",
   kind="inquiry", language="zh",
   comp={"name": "陶慧敏"},
   must=["定制商品一经下单不退不换", "七天无理由退货对定制商品适用吗"],
   notes="example-04 family: rules question with no shop or order; missing stays []")

netease("e3-10.eml", "fengyu2019", "fengyu2019@163.com", "咨询一下定金的问题",
   "你好，\n"
   "我是冯雨，想咨询一下：在义乌的批发店铺下单，商家要求先付30%定金，如果我后来不想要了，定金是不是一定不能退？\n"
   "“定金”和“订金”有什么区别？\n"
   "谢谢！\n",
   "Sun, 29 Mar 2026 14:02:44 +0800", "e96df2a5.5ab0.18e4d4f5a6b.Coremail.fengyu2019@163.com",
   kind="inquiry", language="zh",
   comp={"name": "冯雨"},
   must=["定金是不是一定不能退", "有什么区别"],
   notes="example-04 family: 我是 intro, the From display name is the address's local part; 30% is not an amount")

netease("e3-11.eml", "阿紫", "azi_shop@126.com", "快递丢件应该找商家还是快递公司？",
   "您好，\n"
   "请问一下，网购的东西物流显示已签收，但我根本没收到，这种情况应该找商家还是找快递公司？\n"
   "商家能不能以“已经发货了”为理由拒绝处理？\n"
   "谢谢解答。\n",
   "Mon, 30 Mar 2026 08:20:09 +0800", "fa7e03b6.6bc1.18e4e5a6b7c.Coremail.azi_shop@126.com",
   kind="inquiry", language="zh",
   must=["物流显示已签收", "拒绝处理"],
   notes="example-04 family: the From display name 阿紫 is a nickname and the body gives no name")

# ---------------------------------------------------------------------------
# Family of example-05: Gmail English complete complaint.

gmail("e3-12.eml", "Chinedu Okafor", "chinedu.okafor.lagos@gmail.com",
   "Complaint: Yiwu Golden Bridge Hair Accessories sent fake samples",
   "Dear Sir or Madam,\n\n"
   "I am Chinedu Okafor, a retailer in Lagos, Nigeria. In early March I ordered 5,000 hair clips from "
   "Yiwu Golden Bridge Hair Accessories Co., Ltd. through their Alibaba shop https://goldenbridge-hair.en.alibaba.com\n\n"
   "Order Number: 2208713946650281937\n"
   "Total paid: US$ 2,380.50\n"
   "Supplier WhatsApp: +86 135 8893 2071\n\n"
   "The goods are much thinner than the samples and half of the clips break when opened. "
   "The supplier only offers a 10% coupon for my next purchase.\n\n"
   "Kind regards,\n"
   "Chinedu Okafor\n"
   "Phone: +234 803 555 0126\n"
   "Address: 22 Allen Avenue, Ikeja, Lagos, Nigeria\n",
   "Mon, 30 Mar 2026 11:45:20 +0100", "CAH2pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3r@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Chinedu Okafor", "phones": ["+2348035550126"], "address": "22 Allen Avenue, Ikeja, Lagos, Nigeria"},
   resp={"name": "Yiwu Golden Bridge Hair Accessories Co., Ltd.", "urls": ["https://goldenbridge-hair.en.alibaba.com"],
         "phones": ["+8613588932071"]},
   order={"number": "2208713946650281937", "amount": "2380.50", "currency": "USD"},
   must=["half of the clips break", "10% coupon"],
   notes="example-05 family: I am … intro; US$ with a space and separator; supplier WhatsApp label; Nigerian phone")

gmail("e3-13.eml", "Fatima Al-Sayed", "fatima.alsayed.dxb@gmail.com",
   "Damaged glassware from Yiwu Crystal Home",
   "Hello,\n\n"
   "I bought 600 glass candle holders from Yiwu Crystal Home Products Co., Ltd. (https://crystalhome.1688.com) last month. "
   "When the carton arrived in Dubai, about a third of them were cracked because there was no padding at all.\n\n"
   "Order ref: CH-260211-08\n"
   "Amount paid: USD 615\n"
   "Seller tel: +86 579 8512 6630\n\n"
   "The seller stopped answering after I sent photos. I would like a refund for the broken pieces.\n\n"
   "Thanks,\n"
   "Fatima Al-Sayed\n"
   "+971 50 555 0193\n"
   "Office 1204, Al Attar Tower, Sheikh Zayed Road, Dubai, UAE\n",
   "Mon, 30 Mar 2026 15:02:31 +0400", "CAJ3qR8sT0uV2wX4yZ6aB8cD0eF2gH4iJ6kL8mN0oP2qR4s@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Fatima Al-Sayed", "phones": ["+971505550193"],
         "address": "Office 1204, Al Attar Tower, Sheikh Zayed Road, Dubai, UAE"},
   resp={"name": "Yiwu Crystal Home Products Co., Ltd.", "urls": ["https://crystalhome.1688.com"],
         "phones": ["+8657985126630"]},
   order={"number": "CH-260211-08", "amount": "615.00", "currency": "USD"},
   must=["about a third of them were cracked", "stopped answering"],
   notes="example-05 family: name only in the signature; bare phone and unlabelled street address in the signature; Order ref; landline in +86 579 form")

gmail("e3-14.eml", "Grace Wanjiru", "grace.wanjiru.ke@gmail.com",
   "Complaint about Yiwu Rainbow Textile - wrong fabric",
   "Dear team,\n\n"
   "My name is Grace Wanjiru and I run a tailoring business in Nairobi. I ordered 800 metres of cotton fabric from "
   "Yiwu Rainbow Textile Co., Ltd. but received polyester instead.\n\n"
   "Order #: RT20260218-331\n"
   "Payment: USD 1,960.00 by bank transfer\n"
   "Seller contact: Mr. Chen, mobile 0086 158 5792 4410\n"
   "Seller website: https://www.rainbow-textile.example/\n\n"
   "They say polyester is \"the same quality\" and refuse to exchange it.\n\n"
   "You can reach me on WhatsApp +254 712 555 083.\n\n"
   "Best regards,\n"
   "Grace\n",
   "Tue, 31 Mar 2026 10:10:10 +0300", "CAK4rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5t@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Grace Wanjiru", "phones": ["+254712555083"]},
   resp={"name": "Yiwu Rainbow Textile Co., Ltd.", "urls": ["https://www.rainbow-textile.example/"],
         "phones": ["+8615857924410"]},
   order={"number": "RT20260218-331", "amount": "1960.00", "currency": "USD"},
   must=["received polyester instead", "the same quality"],
   notes="example-05 family: My name is … fuller than the 'Grace' signature; seller mobile with 0086 in a Seller contact line; buyer phone in a sentence")

# ---------------------------------------------------------------------------
# Family of example-06: Outlook.com inquiry whether a company is legitimate.

outlook("e3-15.eml", "Arjun Mehta", "arjun.mehta.mumbai@outlook.com", "Is this Yiwu supplier legitimate?",
   "Hello,\n\n"
   "A supplier called Yiwu Starlight Crafts Co., Ltd. has asked me to pay 30% in advance for 10,000 Christmas ornaments. "
   "Their website is https://starlight-crafts.example and their sales manager's mobile is +86 136 5792 8841.\n\n"
   "Before I pay, could you please check whether this company really exists in Yiwu and whether anyone has complained about them?\n\n"
   "Many thanks,\n"
   "Arjun Mehta\n"
   "Mumbai, India\n",
   "Tue, 31 Mar 2026 13:30:00 +0530", "BM1PR01MB4521C3D5E7F9A1B3C5D7E9F1A3B5C7D9@BM1PR01MB4521.INDPRD01.PROD.OUTLOOK.COM",
   kind="inquiry", language="en",
   comp={"name": "Arjun Mehta"},
   resp={"name": "Yiwu Starlight Crafts Co., Ltd.", "urls": ["https://starlight-crafts.example"], "phones": ["+8613657928841"]},
   must=["30% in advance", "whether this company really exists"],
   notes="example-06 family: legitimacy inquiry; merchant mobile in a sentence; a city line is not an address")

outlook("e3-16.eml", "Carlos Mendez", "carlos.mendez.mx@outlook.com", "Question about a Yiwu factory",
   "Hi,\n\n"
   "I found Yiwu Huaxin Packaging Factory on 1688 (https://huaxin-baozhuang.1688.com). They want me to pay the full amount before production.\n\n"
   "Factory address: No. 88 Xuefeng West Road, Yiwu, Zhejiang\n"
   "Tel.: 0579-85467093\n\n"
   "Is it normal to pay everything in advance? Do you know if this factory is reliable?\n\n"
   "Best,\n"
   "Carlos Mendez\n"
   "Guadalajara, Mexico\n",
   "Tue, 31 Mar 2026 18:45:12 -0600", "MN2PR11MB4490D4E6F8A0B2C4D6E8F0A2B4C6D8E0@MN2PR11MB4490.namprd11.prod.outlook.com",
   kind="inquiry", language="en",
   comp={"name": "Carlos Mendez"},
   resp={"name": "Yiwu Huaxin Packaging Factory", "urls": ["https://huaxin-baozhuang.1688.com"],
         "phones": ["+8657985467093"], "address": "No. 88 Xuefeng West Road, Yiwu, Zhejiang"},
   must=["pay everything in advance", "this factory is reliable"],
   notes="example-06 family: factory with URL in parentheses, labelled factory address and Tel.; inquiry so missing is []")

# ---------------------------------------------------------------------------
# Family of example-07: Outlook windows-1252, seller cannot be identified, euro amount.

outlook_1252("e3-17.eml", "Jonas Weber", "jonas.weber@outlook.de", "Complaint – paid deposit, no goods, no seller details",
   "Hello,\n\n"
   "My name is Jonas Weber, I live in Hamburg. In January somebody on Facebook offered me LED fairy lights "
   "“direct from a Yiwu factory”. I paid € 450 by PayPal Friends & Family and the goods never arrived. "
   "The Facebook profile has been deleted and I don’t know the company’s name.\n\n"
   "I’d like the case to be on record in case others were cheated too.\n\n"
   "Regards\n"
   "Jonas Weber\n"
   "Tel. +49 151 5550 2384\n"
   "Grindelallee 117, 20146 Hamburg, Germany\n",
   "Wed, 01 Apr 2026 09:12:40 +0200", "000001dcc1a2$4b5c6d7e$8f9a0b1c$@outlook.de",
   kind="complaint", language="en",
   comp={"name": "Jonas Weber", "phones": ["+4915155502384"], "address": "Grindelallee 117, 20146 Hamburg, Germany"},
   order={"amount": "450.00", "currency": "EUR"},
   missing=["respondent_name", "respondent_contact"],
   must=["never arrived", "I don’t know the company’s name"],
   notes="example-07 family: windows-1252 QP with curly quotes, € with a space; unknown seller; street address in the signature")

outlook_1252("e3-18.eml", "Lucía Fernández", "lucia.fernandez@outlook.es", "Scam – WeChat seller took my money",
   "Good afternoon,\n\n"
   "I am writing to report a seller who contacted me on WeChat claiming to be a Yiwu jewellery wholesaler. "
   "I paid €1,180.00 for 300 bracelets on 3 March and the seller then blocked me. I only have his WeChat ID, "
   "no company name and no address.\n\n"
   "Could you register my complaint? I’m happy to send the chat screenshots.\n\n"
   "Lucía Fernández\n"
   "Móvil: +34 612 555 019\n"
   "Calle de Toledo 45, 3º B, 28005 Madrid, Spain\n",
   "Wed, 01 Apr 2026 17:30:02 +0200", "000001dcc1e7$5c6d7e8f$9a0b1c2d$@outlook.es",
   kind="complaint", language="en",
   comp={"name": "Lucía Fernández", "phones": ["+34612555019"], "address": "Calle de Toledo 45, 3º B, 28005 Madrid, Spain"},
   order={"amount": "1180.00", "currency": "EUR"},
   missing=["respondent_name", "respondent_contact"],
   must=["the seller then blocked me", "happy to send the chat screenshots"],
   notes="example-07 family: Latin-1 letters in windows-1252; name only in the signature; Móvil label; 300 bracelets is not an amount")

# ---------------------------------------------------------------------------
# Family of example-08: Foxmail GB2312 with a JPEG attachment; shop named, no contact.

foxmail_att("e3-19.eml", "彭丽", "pengli_cd@foxmail.com", "投诉甜心童鞋店：童鞋穿两天就开裂",
   "你好：\n"
   "我是成都的彭丽，在淘宝“甜心童鞋店”给孩子买了两双运动鞋，穿了两天鞋底就开裂了。照片见附件。\n"
   "订单号：260311-420918375562019\n"
   "金额：￥178.00\n"
   "商家说是孩子穿得太费，不给换。\n"
   "我的手机：13880461257\n"
   "彭丽\n",
   "Wed, 01 Apr 2026 20:40:18 +0800", "202604012040188810452@foxmail.com",
   [("鞋底开裂.jpg", "image/jpeg")],
   kind="complaint", language="zh",
   comp={"name": "彭丽", "phones": ["+8613880461257"]},
   resp={"name": "甜心童鞋店"},
   order={"number": "260311-420918375562019", "amount": "178.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["鞋底就开裂了", "穿得太费"],
   notes="example-08 family: Foxmail GB2312 with an RFC 2047-named JPEG; 我是成都的… intro; shop without contact")

foxmail_att("e3-20.eml", "何晓峰", "hexf_1990@foxmail.com", "抖音小店“潮流数码配件”卖的充电宝鼓包",
   "您好：\n"
   "上个月在抖音小店“潮流数码配件”买了一个充电宝，用了不到十天就鼓包发烫，吓得不敢再用。两张照片在附件里。\n"
   "订单编号：5018273649102837465\n"
   "实付：89.90元\n"
   "商家一直说是我充电方式不对，拒绝退款。\n"
   "有问题可以打我电话 177-5839-2016 找我。\n"
   "何晓峰\n",
   "Thu, 02 Apr 2026 11:05:51 +0800", "202604021105519920371@foxmail.com",
   [("充电宝鼓包1.jpg", "image/jpeg"), ("充电宝鼓包2.png", "image/png")],
   kind="complaint", language="zh",
   comp={"name": "何晓峰", "phones": ["+8617758392016"]},
   resp={"name": "潮流数码配件"},
   order={"number": "5018273649102837465", "amount": "89.90", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["鼓包发烫", "拒绝退款"],
   notes="example-08 family: two attachments (JPEG, PNG); 抖音小店“…” shop in the subject and body; phone in a sentence with dashes")

# ---------------------------------------------------------------------------
# Family of example-09: Gmail forward of the seller's reply; the forwarded part counts.

gmail("e3-21.eml", "Hannah Schmidt", "hannah.schmidt.vie@gmail.com", "Fwd: RE: Claim for damaged vases, order #HX-30418",
   "Hello,\n\n"
   "Please see the supplier's answer below. Of the 300 glass vases I ordered, 64 arrived shattered. "
   "They will not compensate me. I would like your help to get a partial refund.\n\n"
   "Hannah Schmidt\n"
   "+43 660 5550 177\n\n"
   "---------- Forwarded message ---------\n"
   "From: Yiwu Hongxing Glassware Co., Ltd. <export@hongxing-glass.example>\n"
   "Date: Wed, Apr 1, 2026 at 9:12 AM\n"
   "Subject: RE: Claim for damaged vases, order #HX-30418\n"
   "To: Hannah Schmidt <hannah.schmidt.vie@gmail.com>\n\n\n"
   "Dear Hannah,\n\n"
   "We checked our loading photos and all cartons were in good condition. Damage in transit is the carrier's responsibility, "
   "so we cannot refund.\n\n"
   "Order #HX-30418, total USD 2,145.00.\n\n"
   "Best regards,\n"
   "Export Department\n"
   "Yiwu Hongxing Glassware Co., Ltd.\n"
   "Tel: +86 579 8547 1102\n"
   "Address: No. 233 Chengbei Road, Yiwu, Zhejiang, China\n",
   "Thu, 02 Apr 2026 08:20:45 +0200", "CAL5sT0uV2wX4yZ6aB8cD0eF2gH4iJ6kL8mN0oP2qR4sT6u@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Hannah Schmidt", "phones": ["+436605550177"]},
   resp={"name": "Yiwu Hongxing Glassware Co., Ltd.", "phones": ["+8657985471102"],
         "address": "No. 233 Chengbei Road, Yiwu, Zhejiang, China"},
   order={"number": "HX-30418", "amount": "2145.00", "currency": "USD"},
   must=["64 arrived shattered", "carrier's responsibility"],
   notes="example-09 family: Gmail Fwd: RE:; seller details, order and amount only in the forwarded part; export@ in the From line is nobody's")

gmail("e3-22.eml", "Daniel Okoye", "daniel.okoye.acc@gmail.com", "Fwd: Your order YH-88213 - return not accepted",
   "Hi,\n\n"
   "Forwarding the shop's reply. I bought 40 kids' backpacks and the zippers broke within a week. "
   "They won't accept a return. You can call me on +233 24 555 0391 any time.\n\n"
   "Thanks,\n"
   "Daniel Okoye\n\n"
   "---------- Forwarded message ---------\n"
   "From: Yonghe Bags Store <service@yonghe-bags.example>\n"
   "Date: Tue, Mar 31, 2026 at 6:05 PM\n"
   "Subject: Your order YH-88213 - return not accepted\n"
   "To: <daniel.okoye.acc@gmail.com>\n\n\n"
   "Hello Daniel,\n\n"
   "Order ID: YH-88213\n"
   "Paid: US$ 436.00\n\n"
   "As stated in our policy, wholesale orders cannot be returned once delivered. We are sorry for the inconvenience.\n\n"
   "Yonghe Bags Store\n"
   "https://yonghe-bags.example\n"
   "WhatsApp: +86 159 8870 3326\n",
   "Wed, 01 Apr 2026 21:40:00 +0000", "CAM6tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7v@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Daniel Okoye", "phones": ["+233245550391"]},
   resp={"name": "Yonghe Bags Store", "urls": ["https://yonghe-bags.example"], "phones": ["+8615988703326"]},
   order={"number": "YH-88213", "amount": "436.00", "currency": "USD"},
   must=["zippers broke within a week", "cannot be returned once delivered"],
   notes="example-09 family: Fwd: with the shop's own mail; buyer phone in a sentence; shop URL and WhatsApp in the forwarded signature")

# ---------------------------------------------------------------------------
# Family of example-10: QQ nickname, QQ-number address, no personal name.

qq("e3-23.eml", "快乐小猪", "2873501946@qq.com", "京东买的电动牙刷充不进电，店家不处理",
   "你好，\n"
   "我在京东“洁齿生活电器专营店”买的电动牙刷，用了一周就充不进电了，找客服说要等厂家回复，一直没消息。\n"
   "商品链接：https://item.jd.com/100038291746.html\n"
   "订单号：298173645501\n"
   "实付：￥199.00\n"
   "请帮忙处理一下，电话 18069372514。\n",
   "Thu, 02 Apr 2026 22:11:09 +0800", "tencent_9F6A8B0C2D4E6F8A0B2C4D6E8F0A2B4C6D8E0F2A@qq.com",
   kind="complaint", language="zh",
   comp={"phones": ["+8618069372514"]},
   resp={"name": "洁齿生活电器专营店", "urls": ["https://item.jd.com/100038291746.html"]},
   order={"number": "298173645501", "amount": "199.00", "currency": "CNY"},
   missing=["complainant_name"],
   must=["充不进电了", "一直没消息"],
   notes="example-10 family: QQ nickname 快乐小猪 is not a name; product URL with digits; phone after 电话 in a sentence")

qq("e3-24.eml", "一路向北", "1046682793@qq.com", "拼多多买的被子有异味",
   "您好，\n"
   "在拼多多“梦乡家纺工厂店”买的蚕丝被，拆开一股刺鼻的味道，晒了一周还是有，商家说是正常现象。\n"
   "订单号：260320-661029384751026\n"
   "付款金额：269元\n"
   "店铺：https://mobile.yangkeduo.com/mall_page.html?mall_id=90127746\n"
   "手机号：+86 15968420173\n"
   "希望退货退款。\n",
   "Fri, 03 Apr 2026 07:48:33 +0800", "tencent_A07B9C1D3E5F7A9B1C3D5E7F9A1B3C5D7E9F1A3B@qq.com",
   kind="complaint", language="zh",
   comp={"phones": ["+8615968420173"]},
   resp={"name": "梦乡家纺工厂店", "urls": ["https://mobile.yangkeduo.com/mall_page.html?mall_id=90127746"]},
   order={"number": "260320-661029384751026", "amount": "269.00", "currency": "CNY"},
   missing=["complainant_name"],
   must=["刺鼻的味道", "正常现象"],
   notes="example-10 family: nickname 一路向北; 手机号 with +86 and a space; shop URL labelled 店铺")

# ---------------------------------------------------------------------------
# Family of example-11: QQ consumer reply (回复：, 原始邮件 block) supplying missing items.

QQ_QUOTE = ("\n\n------------------ 原始邮件 ------------------\n"
            "发件人: \"%s\"<%s>;\n"
            "发送时间: %s\n"
            "收件人: \"%s\"<%s>;\n\n"
            "主题: %s\n\n\n\n%s")

qq("e3-25.eml", "叶明", "yeming_sz@qq.com", "回复：[YW-2026-00318] 请补充订单号和付款金额",
   "你好，\n"
   "订单号是3920175846620193857，付了248元，当时忘了写。\n"
   "叶明\n" + QQ_QUOTE % (
       "周敏", "zhoumin@yweca.org.example", "2026年3月30日(星期一) 上午9:40", "叶明", "yeming_sz@qq.com",
       "[YW-2026-00318] 请补充订单号和付款金额",
       "叶先生您好：\n"
       "您投诉的“优家厨具专营店”炒锅掉漆问题已登记（编号YW-2026-00318），请补充订单号和实付金额。\n\n"
       "周敏\n"
       "义乌市电子商务协会消费者维权服务站\n"
       "电话：0579-85550188\n"),
   "Mon, 30 Mar 2026 13:02:15 +0800", "tencent_B18CAD2E4F6A8B0C2D4E6F8A0B2C4D6E8F0A2B4C@qq.com",
   kind="reply", case_ref="YW-2026-00318", language="zh",
   comp={"name": "叶明"},
   order={"number": "3920175846620193857", "amount": "248.00", "currency": "CNY"},
   must=["当时忘了写"], mustnot=["炒锅掉漆问题已登记"],
   notes="example-11 family: reply supplies order number and amount in one sentence; shop and station phone only in the quote")

qq("e3-26.eml", "小雨点", "3157720986@qq.com", "回复：[YW-2026-00322] 请补充您的姓名和联系电话",
   "您好，\n"
   "我叫贺小雨，手机18367429051，白天晚上都可以打。\n"
   "收货地址是湖南省长沙市岳麓区麓山南路932号湖南大学南校区8舍\n" + QQ_QUOTE % (
       "林涛", "lintao@yweca.org.example", "2026年3月31日(星期二) 下午4:15", "小雨点", "3157720986@qq.com",
       "[YW-2026-00322] 请补充您的姓名和联系电话",
       "您好：\n"
       "您投诉的“星空文具”台灯质量问题已登记，编号YW-2026-00322。请补充您的姓名、联系电话和收货地址。\n"
       "商家电话：0579-85227716\n\n"
       "林涛\n"
       "义乌市电子商务协会消费者维权服务站\n"),
   "Tue, 31 Mar 2026 18:30:44 +0800", "tencent_C29DBE3F5A7B9C1D3E5F7A9B1C3D5E7F9A1B3C5D@qq.com",
   kind="reply", case_ref="YW-2026-00322", language="zh",
   comp={"name": "贺小雨", "phones": ["+8618367429051"], "address": "湖南省长沙市岳麓区麓山南路932号湖南大学南校区8舍"},
   must=["白天晚上都可以打"], mustnot=["台灯质量问题已登记", "0579-85227716"],
   notes="example-11 family: nickname From, name and phone in one self-introduction sentence; address after 收货地址是")

qq("e3-27.eml", "宋国庆", "songgq_1964@qq.com", "回复：[YW-2026-00325] 请补充商家信息",
   "你好，\n"
   "商家叫义乌市佳佳乐日用品商行，老板电话0579-85663018，地址在义乌国际商贸城二区23门4楼15782号。\n"
   "谢谢！\n"
   "宋国庆\n" + QQ_QUOTE % (
       "周敏", "zhoumin@yweca.org.example", "2026年4月1日(星期三) 上午10:02", "宋国庆", "songgq_1964@qq.com",
       "[YW-2026-00325] 请补充商家信息",
       "宋先生您好：\n"
       "您的投诉已收到（编号YW-2026-00325），但没有商家的名称和联系方式，请补充。\n\n"
       "周敏\n"
       "电话：0579-85550188\n"),
   "Wed, 01 Apr 2026 15:20:05 +0800", "tencent_D3AECF4A6B8C0D2E4F6A8B0C2D4E6F8A0B2C4D6E@qq.com",
   kind="reply", case_ref="YW-2026-00325", language="zh",
   comp={"name": "宋国庆"},
   resp={"name": "义乌市佳佳乐日用品商行", "phones": ["+8657985663018"], "address": "义乌国际商贸城二区23门4楼15782号"},
   must=["老板电话"], mustnot=["没有商家的名称和联系方式"],
   notes="example-11 family: reply supplying the merchant: name after 商家叫, 老板电话 is the merchant's, address after 地址在")

# ---------------------------------------------------------------------------
# Family of example-12: staff reply from Chinese Outlook (发件人/发送时间 block).

outlook_cn("e3-28.eml", "陈静", "chenjing@yweca.org.example", "%s <zhaolei_88@163.com>" % ew("赵磊", "gb2312"),
   "答复: [YW-2026-00309] 关于蓝牙耳机的投诉",
   "赵先生，您好：\n\n"
   "经协调，商家“声悦数码专营店”同意为您全额退款199元，请在三日内将耳机寄回，运费由商家承担。\n"
   "如有疑问，请直接回复本邮件。\n\n"
   "陈静\n"
   "义乌市电子商务协会消费者维权服务站\n"
   "手机：138 5792 0061\n"
   "电话：0579-85550188\n\n"
   "发件人: 赵磊 <zhaolei_88@163.com>\n"
   "发送时间: 2026年3月28日 21:05\n"
   "收件人: tousu@yweca.org.example\n"
   "主题: [YW-2026-00309] 关于蓝牙耳机的投诉\n\n"
   "你好，我买的蓝牙耳机左耳没声音，商家拒绝退换。我的电话13705796621。\n"
   "赵磊\n",
   "Mon, 30 Mar 2026 10:31:02 +0800", "000001dcc0b1$3a4b5c6d$7e8f9a0b$@yweca.org.example",
   kind="reply", case_ref="YW-2026-00309", language="zh",
   must=["同意为您全额退款199元", "运费由商家承担"], mustnot=["左耳没声音"],
   notes="example-12 family: staff reply with a mobile in the signature, merchant and amount in the text: staff mail carries no party data")

outlook_cn("e3-29.eml", "楼晓燕", "louxiaoyan@yweca.org.example", "%s <lihua_1992@126.com>" % ew("李华", "gb2312"),
   "回复: [YW-2026-00314] 投诉：床单褪色",
   "李女士：\n\n"
   "您好！商家表示该批床单确有色牢度问题，愿意退款，请提供您的收款账户。\n"
   "商家联系人：王经理，电话：13958421176。\n\n"
   "此致\n"
   "楼晓燕 | 维权服务站\n"
   "义乌市稠城街道宾王路158号\n\n"
   "发件人: 李华 <lihua_1992@126.com>\n"
   "发送时间: 2026年3月29日 08:12\n"
   "收件人: tousu@yweca.org.example\n"
   "主题: [YW-2026-00314] 投诉：床单褪色\n\n"
   "床单洗了一次就严重褪色，把其他衣服都染了。\n"
   "李华\n",
   "Tue, 31 Mar 2026 09:15:44 +0800", "000001dcc17c$4b5c6d7e$8f9a0b1c$@yweca.org.example",
   kind="reply", case_ref="YW-2026-00314", language="zh",
   must=["确有色牢度问题", "请提供您的收款账户"], mustnot=["把其他衣服都染了"],
   notes="example-12 family: staff reply (回复:) naming the merchant's contact and phone; station address in a one-line signature; still no party data")

# ---------------------------------------------------------------------------
# Family of example-13: Gmail consumer reply (Re:, On … wrote:, > quote) supplying details.

gmail("e3-30.eml", "Emily Carter", "emily.carter.nz@gmail.com", "Re: [YW-2026-00311] Please send your contact details",
   "Hello,\n\n"
   "Of course. My phone number is +64 21 555 0348 and my postal address is 18 Ponsonby Road, Auckland 1011, New Zealand.\n\n"
   "Emily\n\n"
   "On Sat, Mar 28, 2026 at 11:20 AM Lin Tao <lintao@yweca.org.example> wrote:\n\n"
   "> Dear Ms Carter,\n"
   ">\n"
   "> We have registered your complaint about Yiwu Meili Cosmetics Co., Ltd. (tel. 0579-85334129).\n"
   "> Please send us your phone number and your address so the seller can arrange the return.\n"
   ">\n"
   "> Best regards,\n"
   "> Lin Tao\n",
   "Sun, 29 Mar 2026 09:02:11 +1300", "CAN7uV2wX4yZ6aB8cD0eF2gH4iJ6kL8mN0oP2qR4sT6uV8w@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00311", language="en",
   comp={"name": "Emily Carter", "phones": ["+64215550348"], "address": "18 Ponsonby Road, Auckland 1011, New Zealand"},
   must=["Of course"], mustnot=["Yiwu Meili Cosmetics", "so the seller can arrange the return"],
   notes="example-13 family: reply supplying phone and address in sentences; signature Emily, From fuller; merchant only in the quote")

gmail("e3-31.eml", "Mohammed Al-Rashid", "m.alrashid.riyadh@gmail.com", "Re: [YW-2026-00316] Missing seller details",
   "Dear Fang Yu,\n\n"
   "The seller is Yiwu Jinlong Hardware Tools Co., Ltd., their shop is https://jinlong-tools.1688.com and the "
   "sales phone is +86 152 6790 4418. I paid USD 3,275.00 for order JL-2026-0217.\n\n"
   "Regards,\n"
   "Mohammed Al-Rashid\n\n"
   "On Fri, Mar 27, 2026 at 2:10 PM Fang Yu <fangyu@yweca.org.example> wrote:\n\n"
   "> Dear Mr. Al-Rashid,\n"
   ">\n"
   "> To forward your complaint we need the name of the seller, its shop link and the order details.\n"
   ">\n"
   "> Best regards,\n"
   "> Fang Yu\n"
   "> Yiwu E-Commerce Association Consumer Rights Service Station\n",
   "Sat, 28 Mar 2026 19:40:27 +0300", "CAP8vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7vW9x@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00316", language="en",
   comp={"name": "Mohammed Al-Rashid"},
   resp={"name": "Yiwu Jinlong Hardware Tools Co., Ltd.", "urls": ["https://jinlong-tools.1688.com"], "phones": ["+8615267904418"]},
   order={"number": "JL-2026-0217", "amount": "3275.00", "currency": "USD"},
   must=["The seller is Yiwu Jinlong"], mustnot=["we need the name of the seller"],
   notes="example-13 family: reply supplying seller name, URL, phone, order and amount in running text")

# ---------------------------------------------------------------------------
# Family of example-14: staff reply from Thunderbird (UTF-8 flowed, 在 … 写道: quoting).

thunder_re("e3-32.eml", "周敏", "zhoumin@yweca.org.example", "%s <liqiang_1985@sina.com>" % ew("李强", "UTF-8"),
   "Re: [YW-2026-00320]", "关于电饭煲内胆掉涂层",
   "李先生：\n\n"
   "商家已同意退货退款，请您把电饭煲寄回以下地址：浙江省义乌市福田街道银海路18号，收件人刘先生，电话13857934420。"
   "退款将在商家收货后3个工作日内原路退回。\n\n"
   "周敏\n"
   "义乌市电子商务协会消费者维权服务站\n\n"
   "在 2026/3/30 20:14, 李强 写道:\n"
   "> 电饭煲用了一个月内胆涂层就掉了，商家说不在保修范围。\n"
   "> 我的电话是15157921183。\n"
   "> 李强\n",
   "Wed, 01 Apr 2026 10:12:33 +0800", "3f8a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b@yweca.org.example",
   kind="reply", case_ref="YW-2026-00320", language="zh",
   must=["商家已同意退货退款", "原路退回"], mustnot=["内胆涂层就掉了"],
   notes="example-14 family: Thunderbird staff reply giving the merchant's return address and phone: staff mail carries no party data")

thunder_re("e3-33.eml", "Fang Yu", "fangyu@yweca.org.example", "Tom Becker <tom.becker.au@gmail.com>",
   "Re: [YW-2026-00324]", "Complaint about phone cases",
   "Dear Mr Becker,\n\n"
   "The seller has agreed to resend 200 phone cases in the correct colour at its own cost. Please confirm your "
   "delivery address by replying to this email.\n\n"
   "Best regards,\n"
   "Fang Yu\n"
   "Yiwu E-Commerce Association Consumer Rights Service Station\n"
   "Tel: +86 579 8555 0188\n\n"
   "On 2026/3/31 7:45, Tom Becker wrote:\n"
   "> Hi, the seller sent 200 black cases instead of blue ones. Order 2311874650291837, USD 480.\n"
   "> Tom Becker\n",
   "Wed, 01 Apr 2026 15:30:09 +0800", "4a9b3c2d-5e6f-4071-9b8c-0d1e2f3a4b5c@yweca.org.example",
   kind="reply", case_ref="YW-2026-00324", language="en",
   must=["resend 200 phone cases", "confirm your delivery address"], mustnot=["200 black cases instead of blue"],
   notes="example-14 family in English: Thunderbird staff reply with an ASCII subject and a station phone in the signature")

# ---------------------------------------------------------------------------
# Family of example-15: automatic replies.

autoreply("e3-34.eml", "Sophie Martin", "sophie.martin.fr@outlook.com",
   "Automatic reply: [YW-2026-00317] Please send the order number",
   "Hello,\n\n"
   "Thank you for your message. I am out of the office until 6 April and will have no access to my emails. "
   "For urgent matters please call my colleague on +33 6 55 50 12 88.\n\n"
   "Sophie\n",
   "Sun, 29 Mar 2026 08:02:45 +0200", "PR3P192MB0714A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6@PR3P192MB0714.EURP192.PROD.OUTLOOK.COM",
   headers=["MIME-Version: 1.0", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
            "Content-Language: fr-FR"],
   kind="auto_reply", case_ref="YW-2026-00317", language="en",
   must=["out of the office until 6 April", "urgent matters"],
   notes="example-15 family: Outlook.com out-of-office with Auto-Submitted; the colleague's phone is nobody's")

autoreply("e3-35.eml", "吴晓梅", "wuxiaomei_2010@outlook.com",
   "自动回复: [YW-2026-00321] 您的投诉已登记",
   "您好，\n\n"
   "我正在休年假，4月8日回来上班，期间不方便查看邮件，回来后会第一时间回复您。\n"
   "如有急事请拨打 13605798812。\n\n"
   "吴晓梅\n",
   "Mon, 30 Mar 2026 19:20:00 +0800", "TYZPR03MB7021B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7@TYZPR03MB7021.apcprd03.prod.outlook.com",
   headers=["MIME-Version: 1.0", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
            "Content-Language: zh-CN"],
   kind="auto_reply", case_ref="YW-2026-00321", language="zh",
   must=["我正在休年假", "回来后会第一时间回复您"],
   notes="example-15 family in Chinese (自动回复:); the phone in the notice is nobody's")

autoreply("e3-36.eml", "Liam O'Brien", "liam.obrien.ie@outlook.com",
   "Automatic reply: [YW-2026-00323] Your complaint has been registered",
   "Hi there,\n\n"
   "I'm on annual leave with no access to email until Monday 13 April. Your message will not be forwarded.\n\n"
   "Kind regards,\n"
   "Liam O'Brien\n",
   "Tue, 31 Mar 2026 10:05:00 +0100", "DB9PR02MB7245C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8@DB9PR02MB7245.eurprd02.prod.outlook.com",
   headers=["MIME-Version: 1.0", "Content-Language: en-IE"],
   kind="auto_reply", case_ref="YW-2026-00323", language="en",
   must=["I'm on annual leave", "will not be forwarded"],
   notes="example-15 family without any auto-reply header: recognised by the Automatic reply subject; its signature name is nobody's")

# ---------------------------------------------------------------------------
# Family of example-16: Postfix delivery-status bounces of station mail.

postfix_bounce("e3-37.eml", "Mon, 30 Mar 2026 16:20:44 +0800", "A4E91F20C3", "chenhui.buy@163.com",
   "host 163mx01.mxmail.netease.com[198.51.100.61] said: 552 Mailbox is full:\r\n    chenhui.buy@163.com (in reply to RCPT TO command)",
   "Return-Path: <tousu@yweca.org.example>\r\n"
   "Received: from [10.8.0.61] (unknown [10.8.0.61])\r\n\tby mx1.yweca.org.example (Postfix) with ESMTPSA id A4E91F20C3;\r\n"
   "\tMon, 30 Mar 2026 16:20:40 +0800\r\n"
   "Message-ID: <7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@yweca.org.example>\r\n"
   "Date: Mon, 30 Mar 2026 16:20:40 +0800\r\nMIME-Version: 1.0\r\nUser-Agent: Mozilla Thunderbird\r\n"
   "Subject: [YW-2026-00319] =?UTF-8?B?%s?=\r\n"
   "To: =?UTF-8?B?%s?= <chenhui.buy@163.com>\r\n"
   "From: tousu@yweca.org.example\r\n"
   "Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n" % (
       base64.b64encode("请补充订单信息".encode()).decode(), base64.b64encode("陈辉".encode()).decode()),
   case_ref="YW-2026-00319", must=["Mailbox is full", "in reply to RCPT TO command"],
   notes="example-16 family: Postfix bounce (552 mailbox full); the case reference is in the returned headers")

postfix_bounce("e3-38.eml", "Thu, 02 Apr 2026 09:01:12 +0800", "B7C20E41D9", "kefu@meijia-home.example",
   "host mx.meijia-home.example[198.51.100.90] said: 550 5.1.1 <kefu@meijia-home.example>:\r\n"
   "    Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
   "Return-Path: <tousu@yweca.org.example>\r\n"
   "Message-ID: <9c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f@yweca.org.example>\r\n"
   "Date: Thu, 02 Apr 2026 09:01:08 +0800\r\nMIME-Version: 1.0\r\n"
   "Subject: =?UTF-8?B?%s?=\r\n"
   "To: kefu@meijia-home.example\r\nFrom: tousu@yweca.org.example\r\n"
   "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
   "贵店好：\r\n消费者投诉贵店发错货，请于五个工作日内答复。商家电话：0579-85673210。\r\n" % (
       base64.b64encode("关于投诉 YW-2026-00326 的答复通知".encode()).decode()),
   full=True, case_ref="YW-2026-00326", must=["User unknown in virtual mailbox table"],
   notes="example-16 family: Postfix bounce returning the whole message (message/rfc822); the case reference sits inside the encoded returned subject; its phone is nobody's")

# e3-39: the bounce in Chinese: Coremail 系统退信 as a delivery-status report.
date39 = "Fri, 03 Apr 2026 14:10:05 +0800"
b39 = "----=_Part_bounce_7733_1775196605"
text39 = ("您好，\r\n\r\n很抱歉，您发送的邮件未能成功投递给以下收件人：\r\n\r\n"
          "    wangfang_1991@126.com\r\n\r\n退信原因：收件人邮箱容量已满，无法接收新邮件。\r\n"
          "建议：请联系收件人清理邮箱后再重新发送。\r\n\r\n此邮件由系统自动发出，请勿回复。\r\n")
body39 = ("--%s\r\nContent-Type: text/plain; charset=GBK\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n"
          "--%s\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns; m16-44.126.com\r\n\r\nFinal-Recipient: rfc822; wangfang_1991@126.com\r\n"
          "Action: failed\r\nStatus: 5.2.2\r\nDiagnostic-Code: smtp; 552 mailbox full\r\n\r\n"
          "--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n"
          "From: tousu@yweca.org.example\r\nTo: wangfang_1991@126.com\r\n"
          "Subject: =?UTF-8?B?%s?=\r\nMessage-ID: <ack-00327@yweca.org.example>\r\n\r\n"
          "--%s--\r\n") % (b39, base64.b64encode(text39.encode("gbk")).decode(), b39, b39,
                           base64.b64encode("[YW-2026-00327] 您的投诉已受理".encode()).decode(), b39)
hdr = [received("m16-44.126.com", "203.0.113.44", date39),
       "From: %s <postmaster@126.com>" % ew("系统退信", "GBK"), "To: " + STATION,
       "Subject: " + ew("系统退信：邮件投递失败", "GBK"), "Date: " + date39,
       "Message-ID: <bounce.7733.1775196605@126.com>", "Auto-Submitted: auto-replied"]
raw("e3-39.eml", hdr, "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n" % b39,
    body39, "系统退信：邮件投递失败", ("系统退信", "postmaster@126.com"), "bounce",
    "bounce.7733.1775196605@126.com", "zh", case_ref="YW-2026-00327",
    must=["收件人邮箱容量已满"],
    notes="example-16 family in Chinese: 126 bounce report in GBK; the case reference is in the encoded returned subject")

# e3-40: example-10 family: QQ number and WeChat ID in the text are not phones; landline of the shop.
qq("e3-40.eml", "樱桃小丸子", "752093184@qq.com", "淘宝买的收纳柜少发了配件",
   "你好，\n"
   "我在淘宝“木匠世家家具店”买了一个收纳柜，少发了四个螺丝包和一块隔板，店家一直推脱。\n"
   "订单号：4390218765513092847\n"
   "付款：326.00元\n"
   "店家座机：0579-85901236\n"
   "我的QQ：752093184，手机：13757910368。\n",
   "Fri, 03 Apr 2026 21:33:12 +0800", "tencent_E4BFD05B7C9D1E3F5A7B9C1D3E5F7A9B1C3D5E7F@qq.com",
   kind="complaint", language="zh",
   comp={"phones": ["+8613757910368"]},
   resp={"name": "木匠世家家具店", "phones": ["+8657985901236"]},
   order={"number": "4390218765513092847", "amount": "326.00", "currency": "CNY"},
   missing=["complainant_name"],
   must=["少发了四个螺丝包", "一直推脱"],
   notes="example-10 family: nickname From; QQ number is not a phone; 店家座机 is the merchant's")

# ---------------------------------------------------------------------------
# Second pass: the labelled fields moved further.

# e3-41: example-11 family: the case reference only in the quoted history.
qq("e3-41.eml", "刘亚楠", "liuyanan_0707@qq.com", "回复：请补充您的联系方式",
   "你好，\n"
   "我的电话是0086 150 5831 7702，地址是北京市朝阳区望京街道阜通东大街6号方恒国际中心A座1806。\n"
   "刘亚楠\n" + QQ_QUOTE % (
       "林涛", "lintao@yweca.org.example", "2026年4月2日(星期四) 上午11:20", "刘亚楠", "liuyanan_0707@qq.com",
       "请补充您的联系方式",
       "刘女士您好：\n"
       "您的投诉已登记，编号YW-2026-00331。请补充您的联系电话和地址，以便商家“美妆小铺”联系您。\n\n"
       "林涛\n"
       "电话：0579-85550188\n"),
   "Thu, 02 Apr 2026 14:08:12 +0800", "tencent_F5C0E16C8DAE2F4A6B8C0D2E4F6A8B0C2D4E6F8A@qq.com",
   kind="reply", case_ref="YW-2026-00331", language="zh",
   comp={"name": "刘亚楠", "phones": ["+8615058317702"], "address": "北京市朝阳区望京街道阜通东大街6号方恒国际中心A座1806"},
   must=["地址是北京市朝阳区"], mustnot=["以便商家"],
   notes="example-11 family: the case reference is only in the quoted station mail; 0086 with spaces; address after 地址是")

# e3-42: example-13 family: case reference only in the new body; HK$ amount.
gmail("e3-42.eml", "Kelvin Ho", "kelvin.ho.hk@gmail.com", "Re: Your complaint",
   "Hi,\n\n"
   "Regarding my case YW-2026-00333: the order number is 5520193847716203 and I paid HK$ 1,468.00. "
   "The shop is \"Lucky Star Toys\" on Taobao.\n\n"
   "Kelvin Ho\n\n"
   "On Thu, Apr 2, 2026 at 10:15 AM Fang Yu <fangyu@yweca.org.example> wrote:\n\n"
   "> Dear Mr Ho,\n"
   ">\n"
   "> Please tell us the order number, the amount you paid and the name of the shop.\n"
   ">\n"
   "> Fang Yu\n",
   "Fri, 03 Apr 2026 09:12:40 +0800", "CAQ9wX4yZ6aB8cD0eF2gH4iJ6kL8mN0oP2qR4sT6uV8wX0y@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00333", language="en",
   comp={"name": "Kelvin Ho"},
   resp={"name": "Lucky Star Toys"},
   order={"number": "5520193847716203", "amount": "1468.00", "currency": "HKD"},
   must=["Regarding my case"], mustnot=["Please tell us the order number"],
   notes="example-13 family: the case reference only in the new text, subject without it; HK$ with a space; ASCII-quoted shop on Taobao")

# e3-43: example-01 family: 联系方式/邮箱 labels, 共计 with ¥, 400 hotline, 《》 shop.
qq("e3-43.eml", "马晓静", "maxiaojing@qq.com", "投诉《悦动运动户外专营店》：帐篷漏水",
   "您好！\n"
   "我是马晓静，在京东《悦动运动户外专营店》买了一顶六人帐篷，第一次露营就遇上小雨，帐篷顶部漏水，睡袋全湿了。\n"
   "商家说是使用不当，只肯补偿一个50元的优惠券。\n"
   "订单号：289174650032\n"
   "共计：¥2,036.50\n"
   "客服热线：400-690-2288\n"
   "\n"
   "联系方式：13968302247\n"
   "邮箱：maxiaojing_work@163.com\n"
   "地址：浙江省杭州市余杭区五常大道181号华立科技园3号楼\n",
   "Fri, 03 Apr 2026 16:44:09 +0800", "tencent_0A6B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B@qq.com",
   kind="complaint", language="zh",
   comp={"name": "马晓静", "phones": ["+8613968302247"], "emails": ["maxiaojing_work@163.com"],
         "address": "浙江省杭州市余杭区五常大道181号华立科技园3号楼"},
   resp={"name": "悦动运动户外专营店", "phones": ["+864006902288"]},
   order={"number": "289174650032", "amount": "2036.50", "currency": "CNY"},
   must=["帐篷顶部漏水", "50元的优惠券"],
   notes="example-01 family: 《》 shop after 京东; 共计 amount; 400 hotline under 客服热线; 联系方式 and 邮箱 labels")

# e3-44: example-05 family: euro amount, supplier mobile labelled as Contact number.
gmail("e3-44.eml", "Pierre Dubois", "pierre.dubois.lyon@gmail.com", "Complaint against Yiwu Bright Lighting Co., Ltd.",
   "Dear Sir/Madam,\n\n"
   "I am writing on behalf of my shop in Lyon. On 10 March I paid €2,450.00 to Yiwu Bright Lighting Co., Ltd. for 1,000 LED desk lamps. "
   "More than 300 lamps do not switch on, and the supplier refuses to replace them.\n\n"
   "Order No: BL-0310-77\n"
   "Supplier's contact number: +86 138 1902 6673\n"
   "Supplier's address: No. 56 Jiangbin Road, Yiwu, Zhejiang\n\n"
   "I would like a refund for the faulty lamps.\n\n"
   "Yours faithfully,\n"
   "Pierre Dubois\n"
   "Tel: +33 4 78 55 50 12\n"
   "12 Rue de la République, 69002 Lyon, France\n",
   "Fri, 03 Apr 2026 18:20:05 +0200", "CAR0xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7vW9xY1z@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Pierre Dubois", "phones": ["+33478555012"], "address": "12 Rue de la République, 69002 Lyon, France"},
   resp={"name": "Yiwu Bright Lighting Co., Ltd.", "phones": ["+8613819026673"], "address": "No. 56 Jiangbin Road, Yiwu, Zhejiang"},
   order={"number": "BL-0310-77", "amount": "2450.00", "currency": "EUR"},
   must=["do not switch on", "refund for the faulty lamps"],
   notes="example-05 family: company in the subject and text; € amount; Supplier's contact number / address labels; French landline in the signature")

# e3-45: example-15 family: Out of Office with Precedence and a Chinese merchant's ticket acknowledgement in English.
autoreply("e3-45.eml", "Yiwu Sunrise Trading", "service@sunrise-trading.example",
   "Re: [YW-2026-00329] Complaint forwarded to your company",
   "Dear customer,\n\n"
   "We have received your email. Your ticket number is 20260403-5581. Our customer service team will reply within 24 hours.\n"
   "Hotline: +86 579 8530 0016\n\n"
   "This is an automated message, please do not reply.\n",
   "Fri, 03 Apr 2026 20:01:00 +0800", "auto.20260403120100.5581@sunrise-trading.example",
   headers=["MIME-Version: 1.0", "Precedence: auto_reply"],
   kind="auto_reply", case_ref="YW-2026-00329", language="en",
   must=["Your ticket number is 20260403-5581"],
   notes="example-15 family: a merchant's ticket acknowledgement (Precedence: auto_reply, Re: subject); its hotline and ticket number are nobody's")

# e3-46: example-16 family: the case reference only in the returned body.
postfix_bounce("e3-46.eml", "Sat, 04 Apr 2026 08:30:19 +0800", "C3D41A7E28", "zhangwei.home@sina.example",
   "host mx.sina.example[198.51.100.71] said: 554 5.7.1 Message rejected as spam\r\n    (in reply to end of DATA command)",
   "Return-Path: <tousu@yweca.org.example>\r\n"
   "Message-ID: <2b4c6d8e-0f1a-4b2c-8d3e-4f5a6b7c8d9e@yweca.org.example>\r\n"
   "Date: Sat, 04 Apr 2026 08:30:15 +0800\r\nMIME-Version: 1.0\r\n"
   "Subject: =?UTF-8?B?%s?=\r\n"
   "To: zhangwei.home@sina.example\r\nFrom: tousu@yweca.org.example\r\n"
   "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
   "张先生您好：\r\n您的投诉（编号YW-2026-00334）已转交商家处理，请耐心等待。\r\n" % (
       base64.b64encode("您的投诉处理进度".encode()).decode()),
   full=True, case_ref="YW-2026-00334", must=["Message rejected as spam"],
   notes="example-16 family: Postfix bounce whose returned subject has no reference: the case reference is only in the returned body")

# e3-47: example-12 family: staff reply from English Outlook (From:/Sent:/To:/Subject: block).
outlook("e3-47.eml", "Chen Jing", "chenjing@yweca.org.example", "RE: [YW-2026-00328] Wrong size shoes",
   "Dear Ms Novak,\n\n"
   "The seller has agreed to exchange the shoes. Please send them back to the address below and keep the receipt; "
   "the shipping cost will be refunded.\n\n"
   "Yiwu Qianbu Shoes Co., Ltd., No. 9 Fuqian Road, Yiwu, tel. 0579-85210947\n\n"
   "Best regards,\n"
   "Chen Jing\n"
   "Yiwu E-Commerce Association Consumer Rights Service Station\n"
   "Tel: +86 579 8555 0188\n\n"
   "From: Eva Novak <eva.novak.cz@outlook.com>\n"
   "Sent: Thursday, April 2, 2026 6:10 PM\n"
   "To: tousu@yweca.org.example\n"
   "Subject: [YW-2026-00328] Wrong size shoes\n\n"
   "Hello, the shoes I received are two sizes too small. My phone is +420 601 555 274.\n"
   "Eva Novak\n",
   "Fri, 03 Apr 2026 10:45:30 +0800", "SG2PR06MB5311A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7@SG2PR06MB5311.apcprd06.prod.outlook.com",
   kind="reply", case_ref="YW-2026-00328", language="en",
   must=["agreed to exchange the shoes"], mustnot=["two sizes too small"],
   notes="example-12 family in English: staff Outlook reply naming the merchant with address and phone: staff mail has no party data")

# e3-48: example-09 family: Gmail forward of a Chinese shop's answer, written in Chinese.
gmail("e3-48.eml", "林嘉怡", "lin.jiayi.sz@gmail.com", "Fwd: 关于退款申请的回复",
   "你好，\n\n"
   "下面是商家的回复。我在他们家批发了200个保温杯，有60多个杯盖漏水，商家不肯退款。请帮我维权。\n\n"
   "林嘉怡\n"
   "手机 186 2031 7745\n\n"
   "---------- Forwarded message ---------\n"
   "发件人： 义乌市恒温杯业有限公司 <service@hengwen-cup.example>\n"
   "Date: 2026年4月2日周四 下午3:20\n"
   "Subject: 关于退款申请的回复\n"
   "To: <lin.jiayi.sz@gmail.com>\n\n\n"
   "林女士您好：\n\n"
   "经检查，杯盖漏水是您使用方法不当造成的，不属于质量问题，无法退款。\n"
   "订单号：HW20260315-062，货款合计￥4,800.00。\n\n"
   "义乌市恒温杯业有限公司\n"
   "电话：0579-85128870\n"
   "地址：浙江省义乌市佛堂镇工业园区朝阳路16号\n",
   "Sat, 04 Apr 2026 11:02:33 +0800", "CAS1yZ6aB8cD0eF2gH4iJ6kL8mN0oP2qR4sT6uV8wX0yZ2a@mail.gmail.com",
   subj_enc=True,
   kind="complaint", language="zh",
   comp={"name": "林嘉怡", "phones": ["+8618620317745"]},
   resp={"name": "义乌市恒温杯业有限公司", "phones": ["+8657985128870"], "address": "浙江省义乌市佛堂镇工业园区朝阳路16号"},
   order={"number": "HW20260315-062", "amount": "4800.00", "currency": "CNY"},
   must=["有60多个杯盖漏水", "不属于质量问题"],
   notes="example-09 family in Chinese: Gmail forward with 发件人： header; the merchant's details in the forwarded part count; the forwarded address is nobody's")

# e3-49: example-02 family: nickname From, no name and no phone.
netease("e3-49.eml", "小蜜蜂", "xiaomifeng_2020@163.com", "义乌市彩蝶饰品厂发的发夹掉钻",
   "你好，\n"
   "我在1688上从义乌市彩蝶饰品厂（https://caidie-shipin.1688.com）进了300个水钻发夹，到货一看一半以上都掉钻了。\n"
   "订单号：1802736459910283746\n"
   "货款：1,260.00元\n"
   "厂家只愿意补发30个，我觉得不合理。\n"
   "请用邮件回复我。\n",
   "Sat, 04 Apr 2026 15:30:40 +0800", "f18e14c7.7cd2.18e5f6b7c8d.Coremail.xiaomifeng_2020@163.com",
   kind="complaint", language="zh",
   resp={"name": "义乌市彩蝶饰品厂", "urls": ["https://caidie-shipin.1688.com"]},
   order={"number": "1802736459910283746", "amount": "1260.00", "currency": "CNY"},
   missing=["complainant_name", "complainant_phone"],
   must=["一半以上都掉钻了", "只愿意补发30个"],
   notes="example-02 family: 厂 name with the URL in full-width parentheses; nickname From and no phone: both complainant items missing")

# e3-50: example-08 family: Foxmail with a video attachment, shop in 【】.
foxmail_att("e3-50.eml", "曾志伟", "zengzw_gz@foxmail.com", "淘宝【酷玩电竞外设店】的键盘按键失灵",
   "你好：\n"
   "本人曾志伟，在淘宝【酷玩电竞外设店】买的机械键盘，用了三天就有几个按键失灵，视频在附件。\n"
   "订单号：4470192836650019283\n"
   "实付款：369元\n"
   "卖家让我自己寄回检测，运费自理，我不接受。\n"
   "电话：020-38841276\n",
   "Sat, 04 Apr 2026 21:12:02 +0800", "202604042112029930185@foxmail.com",
   [("按键失灵视频.mp4", "video/mp4")],
   kind="complaint", language="zh",
   comp={"name": "曾志伟", "phones": ["+862038841276"]},
   resp={"name": "酷玩电竞外设店"},
   order={"number": "4470192836650019283", "amount": "369.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["按键失灵", "运费自理"],
   notes="example-08 family: MP4 attachment; 【】 shop after 淘宝; the complainant's own Guangzhou landline")

# e3-51: example-06 family: company phone in a "call them at" sentence, HTML-only Outlook.
outlook("e3-51.eml", "Olga Petrova", "olga.petrova.kz@outlook.com", "Please verify a supplier in Yiwu",
   "<html><body><div>Dear colleagues,</div><div><br></div>"
   "<div>We plan to order 2,000 plush toys from Yiwu Happy Kids Toys Co., Ltd. They sent us a contract but ask for payment to a personal bank card. "
   "You can call them at +86 579 8541 2290; their Alibaba page is https://happykids-toys.en.alibaba.com.</div><div><br></div>"
   "<div>Is this company registered in Yiwu, and is it normal to pay to a personal card?</div><div><br></div>"
   "<div>Thank you,</div><div>Olga Petrova</div><div>Almaty, Kazakhstan</div></body></html>",
   "Sun, 05 Apr 2026 12:10:00 +0500", "VI1PR07MB6120B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8@VI1PR07MB6120.eurprd07.prod.outlook.com",
   html_only=True,
   kind="inquiry", language="en",
   comp={"name": "Olga Petrova"},
   resp={"name": "Yiwu Happy Kids Toys Co., Ltd.", "urls": ["https://happykids-toys.en.alibaba.com"], "phones": ["+8657985412290"]},
   must=["payment to a personal bank card", "Is this company registered"],
   notes="example-06 family, HTML only: company phone in a 'call them at' sentence; URL followed by a full stop; inquiry")

# e3-53: example-10 family: QQ HTML-only complaint from a nickname.
qq("e3-53.eml", "橘子汽水", "3391027465@qq.com", "买的加湿器漏水", None,
   "Sun, 05 Apr 2026 19:55:21 +0800", "tencent_1B7C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C@qq.com",
   html_only="<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\"><div>你好，</div>"
   "<div>我在淘宝店铺“水润家电小铺”买的加湿器，加满水就往外漏，桌子都泡坏了，店家说让我自己修。</div>"
   "<div>订单号：4512093847765102938</div><div>实付：￥139.00</div>"
   "<div>手机号码：17816209358</div><div>麻烦帮忙处理，谢谢！</div>",
   kind="complaint", language="zh",
   comp={"phones": ["+8617816209358"]},
   resp={"name": "水润家电小铺"},
   order={"number": "4512093847765102938", "amount": "139.00", "currency": "CNY"},
   missing=["complainant_name", "respondent_contact"],
   must=["加满水就往外漏", "让我自己修"],
   notes="example-10 family, QQ HTML only: nickname From, 淘宝店铺“…”, 手机号码 label")

# e3-55: example-07 family: a seller name given but no contact; EUR written as letters.
outlook_1252("e3-55.eml", "Marco Rossi", "marco.rossi@outlook.it", "Complaint – “Golden Dragon Trading” never shipped",
   "Good evening,\n\n"
   "I paid EUR 560.00 by bank transfer to a company calling itself “Golden Dragon Trading” for 200 handbags. "
   "They stopped replying after payment and I have no website, phone or address for them.\n\n"
   "Please record my complaint.\n\n"
   "Marco Rossi\n"
   "Cell: +39 333 555 0461\n"
   "Via Garibaldi 8, 10122 Torino, Italy\n",
   "Sun, 05 Apr 2026 21:40:12 +0200", "000001dcc52f$6d7e8f9a$0b1c2d3e$@outlook.it",
   kind="complaint", language="en",
   comp={"name": "Marco Rossi", "phones": ["+393335550461"], "address": "Via Garibaldi 8, 10122 Torino, Italy"},
   resp={"name": "Golden Dragon Trading"},
   order={"amount": "560.00", "currency": "EUR"},
   missing=["respondent_contact"],
   must=["stopped replying after payment"],
   notes="example-07 family: curly-quoted seller name in the subject and text, no contact; EUR as letters; Cell label")

# e3-56: example-13 family: writing from a spouse's mailbox, Name:/Phone: labels.
gmail("e3-56.eml", "Sarah Miller", "sarah.miller.tx@gmail.com", "Re: [YW-2026-00336] Please confirm the complainant",
   "Hello,\n\n"
   "I'm sending this from my wife's account. The complaint is mine:\n\n"
   "Name: David Miller\n"
   "Phone: +1 512 555 0187\n"
   "Address: 4410 Duval Street, Austin, TX 78751, USA\n\n"
   "Thanks,\n"
   "David\n\n"
   "On Sat, Apr 4, 2026 at 9:00 AM Lin Tao <lintao@yweca.org.example> wrote:\n\n"
   "> Dear Ms Miller,\n"
   ">\n"
   "> The complaint against Yiwu Ocean Crafts Co., Ltd. was sent from this address, but signed by another name.\n"
   "> Please confirm who the complainant is and give a phone number.\n"
   ">\n"
   "> Lin Tao\n",
   "Sun, 05 Apr 2026 08:30:44 -0500", "CAT2zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7vW9xY1zA3b@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00336", language="en",
   comp={"name": "David Miller", "phones": ["+15125550187"], "address": "4410 Duval Street, Austin, TX 78751, USA"},
   must=["from my wife's account"], mustnot=["Ocean Crafts"],
   notes="example-13 family: a name in the text wins over the From display name (spouse's mailbox); Name:/Phone:/Address: labels")

# e3-57: example-14 family: staff Thunderbird reply, the case reference only in the quoted history.
thunder_re("e3-57.eml", "王海波", "wanghaibo@yweca.org.example", "%s <tangli_1988@sina.com>" % ew("唐莉", "UTF-8"),
   "Re:", "投诉：买的电风扇有异响",
   "唐女士：\n\n"
   "已联系商家，商家同意上门检修，师傅会在本周内和您约时间。\n\n"
   "王海波\n"
   "维权服务站 0579-85550188\n\n"
   "在 2026/4/3 19:02, 唐莉 写道:\n"
   "> 我的投诉编号是YW-2026-00337，电风扇一开就有很大的异响，商家一直拖着。\n"
   "> 电话13606893127\n",
   "Mon, 06 Apr 2026 09:20:00 +0800", "5b0c4d3e-6f70-4182-ac9d-1e2f3a4b5c6d@yweca.org.example",
   kind="reply", case_ref="YW-2026-00337", language="zh",
   must=["商家同意上门检修"], mustnot=["一开就有很大的异响"],
   notes="example-14 family: staff reply whose case reference is only in the quoted consumer text")

# e3-60: example-02 family: 货款 plus 运费另付; the complainant signs with a full name and gives no phone.
netease("e3-60.eml", "陆文博", "luwenbo_sh@126.com", "投诉：1688商家发来的玻璃杯大量破损",
   "您好，\n"
   "我在1688上向义乌市清雅玻璃制品有限公司（https://qingya-glass.1688.com）订了600个玻璃杯，收到后破了150多个。\n"
   "订单号：1920384756610293874\n"
   "货款共计2,850元，运费另付120元。\n"
   "商家只同意按破损数量的一半赔偿，我不同意。\n"
   "陆文博\n",
   "Mon, 06 Apr 2026 10:44:30 +0800", "a29f25d8.8de3.18e607c8d9e.Coremail.luwenbo_sh@126.com",
   kind="complaint", language="zh",
   comp={"name": "陆文博"},
   resp={"name": "义乌市清雅玻璃制品有限公司", "urls": ["https://qingya-glass.1688.com"]},
   order={"number": "1920384756610293874", "amount": "2850.00", "currency": "CNY"},
   missing=["complainant_phone"],
   must=["破了150多个", "一半赔偿"],
   notes="example-02 family: 货款共计 then 运费另付 (the freight is not the order amount); name only in the signature")

# e3-61: example-01 family: capital numerals, 售后电话 mobile, +86-579 landline of the writer, address line in the signature.
qq("e3-61.eml", "许文静", "xuwenjing_jh@qq.com", "投诉：婚纱照相册质量太差",
   "您好！\n"
   "我在淘宝“爱尚影像工作室”定做了婚纱照相册，收到后发现相册封面起泡，内页照片色差严重，店家拒绝重做。\n"
   "订单号：3301928476650281937\n"
   "付款金额：人民币贰仟伍佰元整\n"
   "售后电话：18857936624\n"
   "本人电话：+86-579-82371156\n"
   "谢谢！\n"
   "\n"
   "许文静\n"
   "浙江省金华市婺城区八一南街355号\n",
   "Mon, 06 Apr 2026 15:10:02 +0800", "tencent_2C8D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D@qq.com",
   kind="complaint", language="zh",
   comp={"name": "许文静", "phones": ["+8657982371156"], "address": "浙江省金华市婺城区八一南街355号"},
   resp={"name": "爱尚影像工作室", "phones": ["+8618857936624"]},
   order={"number": "3301928476650281937", "amount": "2500.00", "currency": "CNY"},
   must=["封面起泡", "拒绝重做"],
   notes="example-01 family: 人民币贰仟伍佰元整; 售后电话 is the merchant's; +86-579 landline under 本人电话; unlabelled address in the signature")

# e3-62: example-05 family: seller details on one line, USD without a space, Mobile/WhatsApp label.
gmail("e3-62.eml", "Omar Khalil", "omar.khalil.amman@gmail.com", "Complaint - missing cartons from Yiwu supplier",
   "Dear team,\n\n"
   "I'm Omar Khalil from Amman, Jordan. My supplier shipped only 18 of the 25 cartons I paid for and now ignores my messages.\n\n"
   "Seller: Yiwu Fortune Kitchenware Co., Ltd., tel. +86 579 8566 3021\n"
   "Order no. FK-26-0412\n"
   "Total: USD1,150\n\n"
   "Please help me recover the value of the missing cartons.\n\n"
   "Omar Khalil\n"
   "Mobile/WhatsApp: +962 79 555 0148\n",
   "Mon, 06 Apr 2026 17:25:45 +0300", "CAU3aB8cD0eF2gH4iJ6kL8mN0oP2qR4sT6uV8wX0yZ2aB4c@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Omar Khalil", "phones": ["+962795550148"]},
   resp={"name": "Yiwu Fortune Kitchenware Co., Ltd.", "phones": ["+8657985663021"]},
   order={"number": "FK-26-0412", "amount": "1150.00", "currency": "USD"},
   must=["only 18 of the 25 cartons", "recover the value"],
   notes="example-05 family: Seller: name, tel. on one line; Order no. without colon; USD1,150 without space or decimals")

# e3-63: example-11 family: nickname reply supplying the shop link and order; no name anywhere.
qq("e3-63.eml", "风吹麦浪", "2650918374@qq.com", "回复：[YW-2026-00338] 请补充商家链接和订单信息",
   "您好，\n"
   "店铺链接：https://haoyun-shoes.taobao.com\n"
   "订单号：4021938475560192837\n"
   "实付：￥256.00\n" + QQ_QUOTE % (
       "周敏", "zhoumin@yweca.org.example", "2026年4月5日(星期日) 上午10:30", "风吹麦浪", "2650918374@qq.com",
       "[YW-2026-00338] 请补充商家链接和订单信息",
       "您好：\n"
       "您投诉的鞋子开胶问题已登记（编号YW-2026-00338），请补充商家链接、订单号和付款金额，以及您的姓名。\n\n"
       "周敏\n"
       "电话：0579-85550188\n"),
   "Mon, 06 Apr 2026 20:05:10 +0800", "tencent_3D9E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E@qq.com",
   kind="reply", case_ref="YW-2026-00338", language="zh",
   resp={"urls": ["https://haoyun-shoes.taobao.com"]},
   order={"number": "4021938475560192837", "amount": "256.00", "currency": "CNY"},
   must=["店铺链接"], mustnot=["鞋子开胶问题已登记"],
   notes="example-11 family: nickname reply with labelled shop link, order and amount; no personal name anywhere")

mailgen.save()
