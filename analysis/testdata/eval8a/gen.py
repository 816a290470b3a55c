#!/usr/bin/env python3
"""Generate the round-8a evaluation messages (e8a-NN.eml) and labels.json.

Fresh variants of the shared examples 01-08
(/work/shared/testdata/complaints): the same mail client, encodings,
structure and kind, with other people, shops, numbers and wording, and the
labelled facts moved (other label words, facts in sentences, other quote
styles, other missing details). The family is named in each note. Run from
anywhere: python3 gen.py. All people, shops, phone numbers and
organisations are invented.
"""
import base64
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))

# Family of example-01: QQ Mail GB18030 text+HTML, complete complaint with labelled fields.

qq("e8a-01.eml", "小鱼儿", "2837461950@qq.com", "投诉：京东「悦享数码专营店」蓝牙耳机断连，拒不售后",
   "您好！\n"
   "3月2日我在京东「悦享数码专营店」买了一副降噪蓝牙耳机，用了不到一周左耳就经常断连，联系客服只让我重置，不给换货。\n"
   "\n"
   "订单编号：289374651028\n"
   "实付款：1280.5元\n"
   "店铺网址：https://mall.jd.com/index-10283746.html\n"
   "客服座机：0579-85312207\n"
   "\n"
   "联系人：陆雨婷\n"
   "手机号码：+86 139 5791 0346\n"
   "收件地址：江苏省苏州市工业园区星湖街328号创意产业园7栋502\n"
   "麻烦帮忙协调换货，谢谢！",
   "Mon, 16 Mar 2026 10:12:31 +0800", "tencent_3A7C91E0B4D25F8861AA0C3E9D1F7720B431@qq.com",
   kind="complaint", language="zh",
   comp={"name": "陆雨婷", "phones": ["+8613957910346"], "address": "江苏省苏州市工业园区星湖街328号创意产业园7栋502"},
   resp={"name": "悦享数码专营店", "urls": ["https://mall.jd.com/index-10283746.html"], "phones": ["+8657985312207"]},
   order={"number": "289374651028", "amount": "1280.50", "currency": "CNY"},
   must=["左耳就经常断连", "协调换货"],
   notes="example-01 family: 「」 shop after 京东; 实付款 with one decimal; 客服座机; +86 with spaces; the From is a QQ number and a nickname")

qq("e8a-02.eml", "金华老周", "zhouyongjian_jh@qq.com", "投诉金华市鑫达五金制品有限公司：水龙头漏水不给退",
   "你好，\n"
   "本人周永建，在金华市鑫达五金制品有限公司的1688店铺批发了200个不锈钢水龙头，装上去一半以上都漏水。\n"
   "商家名称：金华市鑫达五金制品有限公司\n"
   "商家手机：158 5792 6613\n"
   "订单号：1702938475610293847\n"
   "支付金额：3,560元\n"
   "商家只同意退50个的钱，其余的说是安装问题。\n"
   "\n"
   "本人姓名：周永建\n"
   "联系电话：0571-88236741\n"
   "QQ：2837461950\n"
   "地址：浙江省杭州市拱墅区湖墅南路186号\n",
   "Tue, 17 Mar 2026 15:40:02 +0800", "tencent_91BC04D7E2A6F3358C0D11E4A96B72F0AB12@qq.com",
   kind="complaint", language="zh",
   comp={"name": "周永建", "phones": ["+8657188236741"], "address": "浙江省杭州市拱墅区湖墅南路186号"},
   resp={"name": "金华市鑫达五金制品有限公司", "phones": ["+8615857926613"]},
   order={"number": "1702938475610293847", "amount": "3560.00", "currency": "CNY"},
   must=["一半以上都漏水", "退50个的钱"],
   notes="example-01 family: 商家名称 label plus the company in a sentence; 商家手机 with spaces; the writer's Hangzhou landline; QQ number is not a phone; nickname From")

qq("e8a-03.eml", "丽萍", "sunliping1985@qq.com", "床品四件套掉色严重，店家电话打不通",
   "您好！\n"
   "我在拼多多上一家叫“梦之家家纺”的店买了一套四件套，第一次洗就掉色，把白色的枕套都染红了。\n"
   "订单号是260309-571928364019283，一共付了468元。\n"
   "店家留的电话15067923381打了好几次都没人接，平台客服也一直让等。\n"
   "我的电话是13957912345，收货地址：浙江省义乌市稠城街道工人北路99号3单元201。\n"
   "希望能退款。\n"
   "——孙丽萍",
   "Wed, 18 Mar 2026 21:05:47 +0800", "tencent_5D20E8F13C9A7B44E16F02AD88C3B910E7F5@qq.com",
   kind="complaint", language="zh",
   comp={"name": "孙丽萍", "phones": ["+8613957912345"], "address": "浙江省义乌市稠城街道工人北路99号3单元201"},
   resp={"name": "梦之家家纺", "phones": ["+8615067923381"]},
   order={"number": "260309-571928364019283", "amount": "468.00", "currency": "CNY"},
   must=["把白色的枕套都染红了"],
   notes="example-01 family: facts in sentences (订单号是…，一共付了…元; 店家留的电话…); name only in a ——signature, fuller than the From nickname")

# Family of example-02: 163/126 Coremail GBK, no complainant phone, URL in full-width parentheses.

netease("e8a-04.eml", "王建国", "wangjianguo1975@126.com", "投诉义乌市恒达箱包厂：拉杆箱轮子批量断裂",
   "你好，\n"
   "上个月在1688上义乌市恒达箱包厂（https://hengdaxiangbao.1688.com/）订了120个拉杆箱，到货后有三十多个轮子一拉就断。\n"
   "订单号：1738291045562817390\n"
   "共付款：8,640.00元\n"
   "厂家说只能每个补10元，运费还要我出。\n"
   "我平时在外跑市场，手机不方便接，有事请发邮件到 wjg_trade@sina.example 联系我。\n"
   "王建国",
   "Thu, 19 Mar 2026 09:21:14 +0800", "3b8e21f4.2c91.19d4e6a8c12.Coremail.wangjianguo1975@126.com",
   kind="complaint", language="zh",
   comp={"name": "王建国", "emails": ["wjg_trade@sina.example"]},
   resp={"name": "义乌市恒达箱包厂", "urls": ["https://hengdaxiangbao.1688.com/"]},
   order={"number": "1738291045562817390", "amount": "8640.00", "currency": "CNY"},
   missing=["complainant_phone"],
   must=["一拉就断", "每个补10元"],
   notes="example-02 family: 厂 with its URL (trailing slash) in full-width parentheses; e-mail contact only, so the phone is missing; 补10元 is not the amount")

netease("e8a-05.eml", "清风徐来", "qingfeng_xl@163.com", "1688上买的保温杯质量太差",
   "您好，\n"
   "本人刘海涛，在义乌市铭扬日用品有限公司（https://detail.1688.com/offer/629384710265.html）进了300个保温杯，保温不到两个小时就凉了。\n"
   "订单编号：1689204738571920365\n"
   "货款8600元已经付清，商家现在说最多退我500块。\n"
   "我人在国外，暂时没有国内电话，请回复邮件。",
   "Fri, 20 Mar 2026 13:58:40 +0800", "62f0a7c3.4e1d.19d53b7f201.Coremail.qingfeng_xl@163.com",
   kind="complaint", language="zh",
   comp={"name": "刘海涛"},
   resp={"name": "义乌市铭扬日用品有限公司", "urls": ["https://detail.1688.com/offer/629384710265.html"]},
   order={"number": "1689204738571920365", "amount": "8600.00", "currency": "CNY"},
   missing=["complainant_phone"],
   must=["保温不到两个小时就凉了"],
   notes="example-02 family: 本人 intro wins over a nickname From; offer URL in full-width parentheses; 货款8600元 in a sentence, 退我500块 is not the amount")

netease("e8a-06.eml", "", "hz_mama2019@163.com", "义乌市童乐玩具商行发来的积木缺件",
   "你好，\n"
   "我在淘宝义乌市童乐玩具商行（https://tongle-toys.taobao.com?spm=a1z10.1-c）买了5盒拼装积木，每盒都缺零件，有一盒少了整整一袋。\n"
   "订单号：3390128475569102847\n"
   "金额：￥395.00\n"
   "客服说缺件可以补寄，但是等了二十天还没寄出来。",
   "Sat, 21 Mar 2026 19:33:05 +0800", "81d3c5a9.7a02.19d5a0b3e44.Coremail.hz_mama2019@163.com",
   kind="complaint", language="zh",
   resp={"name": "义乌市童乐玩具商行", "urls": ["https://tongle-toys.taobao.com?spm=a1z10.1-c"]},
   order={"number": "3390128475569102847", "amount": "395.00", "currency": "CNY"},
   missing=["complainant_name", "complainant_phone"],
   must=["每盒都缺零件", "等了二十天"],
   notes="example-02 family: no display name and no name or phone in the text; URL with a query string in full-width parentheses; 商行 after 淘宝")

# Family of example-03: HTML-only advertising.

spam_html("e8a-07.eml", "财务部 李经理", "fp_service@kaipiao-dl.example", "代开各类发票 点数优惠 可验证后付款",
   "<html><body><p>尊敬的企业负责人：您好！</p>"
   "<p>本公司长期代开增值税专用发票、普通发票、运输发票，点数优惠，<b>可上网查验后再付款</b>。</p>"
   "<p>联系人：李经理　手机：139 2718 4406（微信同号）</p>"
   "<p>详情请访问 <a href=\"https://www.kaipiao-dl.example/\">www.kaipiao-dl.example</a></p>"
   "<p style=\"color:#999\">如不希望再收到此类邮件，请回复TD退订。</p></body></html>",
   "Sun, 22 Mar 2026 03:12:00 +0800", "7c41e9a05b2d4f36a8e1@kaipiao-dl.example", cs="gb2312", bulk=False,
   language="zh",
   must=["代开增值税专用发票"],
   notes="example-03 family in Chinese: invoice-selling spam in gb2312 HTML without bulk headers; the contact person and mobile are nobody's")

spam_html("e8a-08.eml", "Fast Cargo Logistics", "sales@fastcargo-ship.example", "Door to door shipping from Yiwu to Europe - 30% OFF this month",
   "<table width=\"600\"><tr><td><h1>Ship smarter from Yiwu!</h1>"
   "<p>Hello friend,</p><p>We offer DDP sea and rail freight from Yiwu to all EU countries. Price from USD 1.2/kg, "
   "tax included. Get your free quote today!</p>"
   "<p>WhatsApp: +86 135 8895 1204<br>Email: sales@fastcargo-ship.example<br>"
   "Office: Room 1802, Yiwu International Trade Center, Yiwu, Zhejiang</p>"
   "<p><a href=\"https://www.fastcargo-ship.example/quote\">Get a quote</a></p>"
   "<p style=\"font-size:10px\">To stop receiving these emails, <a href=\"https://www.fastcargo-ship.example/unsub\">unsubscribe</a>.</p>"
   "</td></tr></table>",
   "Mon, 23 Mar 2026 05:30:00 +0800", "fc8821ab3e9f40d7b6c2a114@fastcargo-ship.example",
   language="en",
   must=["DDP sea and rail freight"],
   notes="example-03 family: freight advertising with bulk headers; WhatsApp number, price, office address and URLs are nobody's")

# Family of example-04: 126/163 Coremail GBK inquiry, no specific dispute.

netease("e8a-09.eml", "黄丽", "huangli_0312@126.com", "咨询：网上买的东西多久内可以投诉？",
   "您好，\n"
   "想咨询一下，在网上买东西如果发现质量问题，是不是超过一定时间就不能投诉了？\n"
   "另外你们站只受理义乌本地商家吗，外地的网店能不能管？\n"
   "方便的话请回个电话：13857963120\n"
   "此致\n"
   "敬礼\n"
   "黄丽",
   "Tue, 24 Mar 2026 08:47:19 +0800", "4a1e7b92.13c5.19d63f2a988.Coremail.huangli_0312@126.com",
   kind="inquiry", language="zh",
   comp={"name": "黄丽", "phones": ["+8613857963120"]},
   must=["超过一定时间就不能投诉了"],
   notes="example-04 family: inquiry about time limits and coverage; the writer's phone in 请回个电话 is hers; missing stays []")

netease("e8a-10.eml", "快乐小猪", "happypig_88@163.com", "请问批发定金能退吗",
   "你好，\n"
   "请问一下，在义乌市场跟档口订货一般都要先交定金，如果后来不想要了，定金是不是一定不退？\n"
   "定金和订金有什么区别？合同上应该怎么写比较好？\n"
   "谢谢解答！",
   "Wed, 25 Mar 2026 11:06:52 +0800", "9d27c0e4.5b88.19d690c4a17.Coremail.happypig_88@163.com",
   kind="inquiry", language="zh",
   must=["定金和订金有什么区别"],
   notes="example-04 family: rules question about deposits with no shop or order; the From display name is a nickname, so no name")

netease("e8a-11.eml", "赵敏", "zhaomin_sh@126.com", "请问怎么向你们投诉，需要准备什么材料？",
   "您好，\n"
   "我是上海的赵敏，最近在网上跟义乌的一家商家有点纠纷，还在和他们协商。\n"
   "想先问问如果协商不成，向你们投诉需要准备哪些材料？聊天记录和付款截图够不够？是不是一定要发票？\n"
   "谢谢！",
   "Thu, 26 Mar 2026 17:22:38 +0800", "c5e49b01.6f3a.19d6e2b5c03.Coremail.zhaomin_sh@126.com",
   kind="inquiry", language="zh",
   comp={"name": "赵敏"},
   must=["需要准备哪些材料"],
   notes="example-04 family: asks how to complain, names no merchant or order and asks for no action yet: inquiry; 我是上海的… intro")

# Family of example-05: Gmail UTF-8 quoted-printable, complete complaint in English.

gmail("e8a-12.eml", "Wanjiru Kamau", "wanjiru.kamau.ke@gmail.com", "Complaint against Yiwu Jinlong Crafts Factory - broken figurines",
   "Hello,\n"
   "\n"
   "I am Wanjiru Kamau, a gift shop owner in Nairobi, Kenya. In January I ordered 600 resin figurines from Yiwu Jinlong Crafts Factory and more than a third arrived broken because they were packed without foam.\n"
   "\n"
   "Order number: JL-20260118-0342\n"
   "Total paid: US$2,310.50\n"
   "Supplier: Yiwu Jinlong Crafts Factory\n"
   "Supplier tel: +86-579-8523 4417\n"
   "\n"
   "The factory says the damage happened in transit and refuses to compensate. Please help me get a partial refund.\n"
   "\n"
   "Thank you,\n"
   "Wanjiru Kamau\n"
   "Phone: +254 712 345 678\n"
   "Delivery address: Plot 12, Mombasa Road, Nairobi, Kenya",
   "Fri, 27 Mar 2026 10:15:33 +0300", "CAFk8Zq2mT5xVd0NwR3pYc7Lb9Hs4Ue6Jg1Ko@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Wanjiru Kamau", "phones": ["+254712345678"], "address": "Plot 12, Mombasa Road, Nairobi, Kenya"},
   resp={"name": "Yiwu Jinlong Crafts Factory", "phones": ["+8657985234417"]},
   order={"number": "JL-20260118-0342", "amount": "2310.50", "currency": "USD"},
   must=["packed without foam", "partial refund"],
   notes="example-05 family: I am … intro; factory in subject, text and a Supplier label; +86-579 landline with a space; US$ without a space; Delivery address label")

gmail("e8a-13.eml", "Carlos M.", "carlos.mendoza.mx@gmail.com", "Defective toys from Yiwu Starlight Toys",
   "Good afternoon,\n"
   "\n"
   "In February I placed an order with Yiwu Starlight Toys Co., Ltd. (https://starlighttoys.en.alibaba.com) for 2,000 remote control cars. "
   "I paid USD 3,200 for order 2207384561 and about 700 cars do not charge at all.\n"
   "\n"
   "Their sales manager's number is +86 137 5890 1124, but she stopped answering after I sent the video.\n"
   "\n"
   "Could the station contact them and ask for a refund of the defective units?\n"
   "\n"
   "Regards,\n"
   "Carlos Mendoza\n"
   "WhatsApp: +52 55 1234 5678\n"
   "Av. Insurgentes Sur 1602, Col. Credito Constructor, 03940 Ciudad de Mexico",
   "Sat, 28 Mar 2026 14:02:11 -0600", "CAHt3Wq9Lp2sXn7Rb4Vz0Mk8Fd5Yc1Gj6Ee2Ua@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Carlos Mendoza", "phones": ["+525512345678"],
         "address": "Av. Insurgentes Sur 1602, Col. Credito Constructor, 03940 Ciudad de Mexico"},
   resp={"name": "Yiwu Starlight Toys Co., Ltd.", "urls": ["https://starlighttoys.en.alibaba.com"], "phones": ["+8613758901124"]},
   order={"number": "2207384561", "amount": "3200.00", "currency": "USD"},
   must=["do not charge at all"],
   notes="example-05 family: order number and amount in a sentence (paid USD 3,200 for order …); seller mobile in a sentence; full name only in the signature, fuller than From")

gmail("e8a-14.eml", "Olga Petrenko", "olga.petrenko.ua@gmail.com", "Complaint: Yiwu Bright Pearl Jewelry sent fake silver",
   "Dear Sir or Madam,\n"
   "\n"
   "My name is Olga Petrenko and I run a small online jewelry store in Kyiv, Ukraine.\n"
   "\n"
   "Seller: Yiwu Bright Pearl Jewelry Co., Ltd., https://brightpearl.1688.com, mobile 0086 186 5793 2207\n"
   "Order ID: 3012847569104\n"
   "Paid: 1,475.00 USD\n"
   "\n"
   "The listing said 925 sterling silver, but a lab test shows the rings are plated brass. The seller only offers to send a new batch.\n"
   "\n"
   "I would like a full refund.\n"
   "\n"
   "Olga\n"
   "+380 67 123 4567",
   "Sun, 29 Mar 2026 09:44:05 +0300", "CAJx1Pn6Gq8tRk3Ws9Vb2Ld7Mz0Hf4Ya5Ci8Oe@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Olga Petrenko", "phones": ["+380671234567"]},
   resp={"name": "Yiwu Bright Pearl Jewelry Co., Ltd.", "urls": ["https://brightpearl.1688.com"], "phones": ["+8618657932207"]},
   order={"number": "3012847569104", "amount": "1475.00", "currency": "USD"},
   must=["plated brass"],
   notes="example-05 family: seller name, URL and 0086 mobile on one Seller line; amount before USD; signature with a first name only and a bare phone")

# Family of example-06: Outlook.com UTF-8 QP inquiry whether a company is legitimate.

outlook("e8a-15.eml", "Tomasz Nowak", "tomasz.nowak.pl@outlook.com", "Is Yiwu Golden Sail Trading a real company?",
   "Hello,\n"
   "\n"
   "A supplier called Yiwu Golden Sail Trading Co., Ltd. has offered me 5,000 phone cases at a very low price and wants full payment in advance. "
   "Their Alibaba page is https://goldensail.en.alibaba.com and their sales contact, Mr. Chen, gave me +86 139 5796 2281.\n"
   "\n"
   "Company address: Room 1203, Block B, Futian Business Building, Yiwu, Zhejiang\n"
   "\n"
   "Is this company registered in Yiwu, and has anyone complained about them?\n"
   "\n"
   "Best regards,\n"
   "Tomasz Nowak\n"
   "Gdansk, Poland",
   "Mon, 30 Mar 2026 12:18:40 +0200", "DB9PR03MB7261A4C90E2F8B7D31C6E5A2B84D0@DB9PR03MB7261.eurprd03.prod.outlook.com",
   kind="inquiry", language="en",
   comp={"name": "Tomasz Nowak"},
   resp={"name": "Yiwu Golden Sail Trading Co., Ltd.", "urls": ["https://goldensail.en.alibaba.com"],
         "phones": ["+8613957962281"], "address": "Room 1203, Block B, Futian Business Building, Yiwu, Zhejiang"},
   must=["full payment in advance"],
   notes="example-06 family: legitimacy inquiry; the supplier's contact mobile in a sentence; labelled company address; a city line is not the writer's address")

outlook("e8a-16.eml", "Aisha Bello", "aisha.bello@outlook.com", "Question about a Yiwu supplier",
   "Dear Sir/Madam,\n"
   "\n"
   "I found a wholesaler online, Yiwu Rainbow Hair Products Factory (website: https://rainbowhair-yiwu.example/products), "
   "selling human hair wigs. Their Tel. is 0579-85567123 and they ask me to pay to a personal bank account.\n"
   "\n"
   "Is it normal for Yiwu factories to ask for personal account payments? Is this factory a member of your association?\n"
   "\n"
   "Thanks,\n"
   "Aisha Bello\n"
   "Tel: +234 803 555 0192",
   "Tue, 31 Mar 2026 16:05:12 +0100", "AM0PR10MB3391F2E7C5A4D8B19E60C3A7F10B2@AM0PR10MB3391.eurprd10.prod.outlook.com",
   kind="inquiry", language="en",
   comp={"name": "Aisha Bello", "phones": ["+2348035550192"]},
   resp={"name": "Yiwu Rainbow Hair Products Factory", "urls": ["https://rainbowhair-yiwu.example/products"],
         "phones": ["+8657985567123"]},
   must=["personal bank account"],
   notes="example-06 family: factory with (website: URL) in parentheses; Tel. in a sentence is the factory's; the writer's Nigerian Tel: in the signature")

# Family of example-07: Outlook windows-1252 QP, the seller cannot be identified, euro amount.

outlook_1252("e8a-17.eml", "Amélie Dubois", "amelie.dubois@outlook.fr", "Réclamation – paid for handbags, nothing arrived",
   "Hello,\n"
   "\n"
   "I am Amélie Dubois from Lyon, France. Last month I answered an Instagram advert for “Yiwu factory price” handbags. "
   "The seller asked me to pay €1,150.00 through Western Union and sent a tracking number that doesn’t exist. "
   "The Instagram account has since been deleted, so I have no shop name, website or phone for them.\n"
   "\n"
   "Could you at least record my complaint?\n"
   "\n"
   "Amélie Dubois\n"
   "Tél : +33 6 12 34 56 78\n"
   "12 rue des Lilas, 69003 Lyon, France",
   "Wed, 01 Apr 2026 10:20:44 +0200", "000001dcc1a4$8e3f27b0$aabe7310$@outlook.fr",
   kind="complaint", language="en",
   comp={"name": "Amélie Dubois", "phones": ["+33612345678"], "address": "12 rue des Lilas, 69003 Lyon, France"},
   order={"amount": "1150.00", "currency": "EUR"},
   missing=["respondent_name", "respondent_contact"],
   must=["Western Union", "account has since been deleted"],
   notes="example-07 family: accented name in a windows-1252 From and subject; € with a thousands separator; French Tél label; unknown seller")

outlook_1252("e8a-18.eml", "J. Weber", "j.weber@outlook.de", "Complaint – scam seller on WhatsApp",
   "Dear team,\n"
   "\n"
   "I am Jürgen Weber from Berlin. A man on WhatsApp said he works for “a big Yiwu toy factory” and sold me 400 plush toys. "
   "I transferred EUR 780.00 to his account on 3 March. Since then he doesn’t reply and his number is blocked. He never told me a company name.\n"
   "\n"
   "Please register this complaint so that other buyers are warned.\n"
   "\n"
   "Kind regards\n"
   "Jürgen Weber\n"
   "Mobil: +49 151 2345 6789\n"
   "Hauptstraße 45, 10827 Berlin, Germany",
   "Thu, 02 Apr 2026 19:41:09 +0200", "000001dcc2f0$1b7d9e40$52782ac0$@outlook.de",
   kind="complaint", language="en",
   comp={"name": "Jürgen Weber", "phones": ["+4915123456789"], "address": "Hauptstraße 45, 10827 Berlin, Germany"},
   order={"amount": "780.00", "currency": "EUR"},
   missing=["respondent_name", "respondent_contact"],
   must=["his number is blocked"],
   notes="example-07 family: ü and ß in windows-1252; I am … intro fuller than the From initial; EUR as letters; German Mobil label; 400 plush toys is not an amount")

# Family of example-08: Foxmail GB2312 with attachments; shop named, no contact.

foxmail_att("e8a-19.eml", "邓晓梅", "dengxm_gy@foxmail.com", "投诉京东“优品厨具专营店”：不粘锅涂层脱落",
   "你好：\n"
   "我叫邓晓梅，贵阳人，3月初在京东“优品厨具专营店”买了一口不粘锅，用了不到十次涂层就大片脱落。照片和发票都在附件里。\n"
   "订单编号：301928475610\n"
   "总价：￥89.9\n"
   "商家说是使用不当，不给退。\n"
   "手机号码：150-8510-3347\n",
   "Fri, 03 Apr 2026 21:10:36 +0800", "202604032110362281946@foxmail.com",
   [("涂层脱落.jpg", "image/jpeg"), ("电子发票.pdf", "application/pdf")],
   kind="complaint", language="zh",
   comp={"name": "邓晓梅", "phones": ["+8615085103347"]},
   resp={"name": "优品厨具专营店"},
   order={"number": "301928475610", "amount": "89.90", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["涂层就大片脱落"],
   notes="example-08 family: JPEG and PDF attachments with GB2312 names; 京东“…” drops the platform; 总价 ￥89.9; phone with dashes; no shop contact")

foxmail_att("e8a-20.eml", "阿杰", "lijie_km@foxmail.com", "快手小店买的羽绒服跑绒",
   "你好：\n"
   "我是昆明的李杰，在快手小店「暖冬服饰旗舰店」看直播买了一件羽绒服，穿了两天就到处跑绒，毛衣上全是毛。\n"
   "订单号：DD2603051847302916\n"
   "付款：399元\n"
   "主播说不退不换。聊天记录截图见附件。\n"
   "电话：0871-65123456\n"
   "李杰\n",
   "Sat, 04 Apr 2026 12:33:21 +0800", "202604041233219902817@foxmail.com",
   [("聊天记录截图.png", "image/png")],
   kind="complaint", language="zh",
   comp={"name": "李杰", "phones": ["+8687165123456"]},
   resp={"name": "暖冬服饰旗舰店"},
   order={"number": "DD2603051847302916", "amount": "399.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["到处跑绒"],
   notes="example-08 family: PNG attachment; 「」 shop after 快手小店; order number with letters; the writer's Kunming landline under 电话; nickname From")

# Second batch: further twists on the same families.

qq("e8a-21.eml", "叶子", "yezi_0521@qq.com", "投诉：天猫“雅居软装旗舰店”窗帘尺寸做错",
   "您好！\n"
   "我叫叶秋红，在天猫“雅居软装旗舰店”定做了客厅和卧室的窗帘，尺寸我写得清清楚楚，做出来短了二十公分，商家只肯退一半。\n"
   "\n"
   "订单号：４１０２９３８４７５６１０２\n"
   "实付：２,３８０元\n"
   "店铺链接：https://yajuruanzhuang.tmall.com\n"
   "客服电话/微信：137 3591 0428\n"
   "\n"
   "联系人：叶秋红\n"
   "电话/微信：１８９５７９２３０１６\n"
   "收货地址：福建省厦门市思明区湖滨南路388号国贸大厦15楼\n",
   "Sun, 05 Apr 2026 09:03:27 +0800", "tencent_C2A94E81B07D3F56A2E08C1B4F93D7A6E5C2@qq.com",
   kind="complaint", language="zh",
   comp={"name": "叶秋红", "phones": ["+8618957923016"], "address": "福建省厦门市思明区湖滨南路388号国贸大厦15楼"},
   resp={"name": "雅居软装旗舰店", "urls": ["https://yajuruanzhuang.tmall.com"], "phones": ["+8613735910428"]},
   order={"number": "４１０２９３８４７５６１０２", "amount": "2380.00", "currency": "CNY"},
   must=["短了二十公分"],
   notes="example-01 family: full-width digits in the order number (kept as written), amount and phone; 电话/微信 labels; 客服 line is the shop's")

netease("e8a-22.eml", "许文", "xuwen_nb@126.com", "请问“义乌佳美饰品批发”这家店正规吗",
   "您好，\n"
   "我想在1688上的“义乌佳美饰品批发”（https://jiameishipin.1688.com）进一批发夹，他们的店铺电话是0579-85120937，要求先付全款。\n"
   "请问这家店在你们这里有没有被投诉过？是不是正规商家？\n"
   "许文",
   "Mon, 06 Apr 2026 14:27:09 +0800", "e7a3b2c1.8d44.19d7f1c2a65.Coremail.xuwen_nb@126.com",
   kind="inquiry", language="zh",
   comp={"name": "许文"},
   resp={"name": "义乌佳美饰品批发", "urls": ["https://jiameishipin.1688.com"], "phones": ["+8657985120937"]},
   must=["有没有被投诉过"],
   notes="example-04/06 family in Chinese: legitimacy inquiry about a quoted 1688 shop; merchant URL and landline are extracted, missing stays []")

outlook_1252("e8a-23.eml", "Giulia Romano", "giulia.romano@outlook.it", "Complaint – bank transfer to unknown supplier",
   "Good evening,\n"
   "\n"
   "My name is Giulia Romano. On 10 March I paid € 2.450,00 by bank transfer for 500 leather belts to a supplier who contacted me on LinkedIn "
   "and said he was “from Yiwu”. The goods never arrived and his profile has disappeared. I never had a company name or a website.\n"
   "\n"
   "Thank you for any help.\n"
   "\n"
   "Giulia Romano\n"
   "Cell.: +39 333 555 0194\n"
   "Corso Vittorio Emanuele 88, 80121 Napoli, Italy",
   "Tue, 07 Apr 2026 20:14:52 +0200", "000001dcc4b7$5a2e91c0$0e8bb540$@outlook.it",
   kind="complaint", language="en",
   comp={"name": "Giulia Romano", "phones": ["+393335550194"], "address": "Corso Vittorio Emanuele 88, 80121 Napoli, Italy"},
   order={"amount": "2450.00", "currency": "EUR"},
   missing=["respondent_name", "respondent_contact"],
   must=["profile has disappeared"],
   notes="example-07 family: European amount € 2.450,00 (dot thousands, comma decimals); Cell.: label; 500 leather belts is not an amount")

gmail("e8a-24.eml", "Rahul Verma", "rahul.verma.in@gmail.com", "Refund refused by Yiwu Happy Kids Garments",
   "Hi,\n"
   "\n"
   "I'm Rahul Verma from Mumbai. I bought 1,500 children's T-shirts from Yiwu Happy Kids Garments Co., Ltd.\n"
   "\n"
   "Order #: HK-88213\n"
   "Amount: USD 4,125.00 (plus USD 380 shipping)\n"
   "Contact person at the factory: Lily, +86 131 8579 2640\n"
   "\n"
   "Half of the shirts have misprinted logos. They agreed to reprint in January but nothing has happened.\n"
   "\n"
   "Rahul\n"
   "Mob: +91 98200 12345",
   "Wed, 08 Apr 2026 11:50:27 +0530", "CAKm4Rt7Yp1sQv9Xn2Bz6Lc3Hd8Wf5Ja0Eo7Ug@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Rahul Verma", "phones": ["+919820012345"]},
   resp={"name": "Yiwu Happy Kids Garments Co., Ltd.", "phones": ["+8613185792640"]},
   order={"number": "HK-88213", "amount": "4125.00", "currency": "USD"},
   must=["misprinted logos"],
   notes="example-05 family: I'm intro; Order #: label; shipping in parentheses is not the amount; factory contact person line with a mobile; Indian Mob: label")

foxmail_att("e8a-25.eml", "吴静", "wujing_hf@foxmail.com", "唯品会买的运动鞋是假货",
   "你好：\n"
   "本人吴静，合肥人。3月8号在唯品会“步步高运动专卖”买了一双跑鞋，到专柜鉴定是假的，鉴定报告附后。\n"
   "订单号：V2603081029384756\n"
   "金额：人民币陆佰捌拾元整\n"
   "我的手机：0086-155-5513-2046\n"
   "吴静\n",
   "Thu, 09 Apr 2026 16:45:30 +0800", "202604091645307731028@foxmail.com",
   [("鉴定报告.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), ("鞋标.jpg", "image/jpeg")],
   kind="complaint", language="zh",
   comp={"name": "吴静", "phones": ["+8615555132046"]},
   resp={"name": "步步高运动专卖"},
   order={"number": "V2603081029384756", "amount": "680.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["到专柜鉴定是假的"],
   notes="example-08 family: .docx and JPEG attachments; 唯品会“…” drops the platform; 人民币陆佰捌拾元整; 0086 with dashes")

spam_html("e8a-26.eml", "Yiwu Expo Team", "invite@yiwu-expo-vip.example", "Invitation: VIP buyer pass for Yiwu Fair 2026",
   "<div style=\"font-family:Arial\"><p>Dear Buyer,</p>"
   "<p>You are invited to claim a FREE VIP pass, hotel discount and airport pickup for the Yiwu International Commodities Fair. "
   "Only 200 passes left!</p>"
   "<p>Register now: <a href=\"https://yiwu-expo-vip.example/register?src=mail\">https://yiwu-expo-vip.example/register</a></p>"
   "<p>Hotline: +86 579 8530 1177</p>"
   "<p><small>You are receiving this because you subscribed to trade news. <a href=\"https://yiwu-expo-vip.example/unsubscribe\">Unsubscribe</a></small></p></div>",
   "Fri, 10 Apr 2026 02:00:00 +0800", "a91f3c7e02d44b8e9f15c6d2@yiwu-expo-vip.example", bulk=False,
   language="en",
   must=["FREE VIP pass"],
   notes="example-03 family without bulk headers: trade-fair promotion recognised by its wording; hotline and URLs are nobody's")

save()
