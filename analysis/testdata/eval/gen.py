#!/usr/bin/env python3
"""Generate the evaluation messages (eval-NN.eml) and labels.json.

Run from anywhere: python3 gen.py. The bytes are what the named mail
clients send: CRLF line endings, RFC 2047 headers, base64 / quoted-printable
/ 8bit bodies in the charsets those clients use. All people, shops, phone
numbers and organisations are invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------

qq("eval-01.eml", "小娟娟", "2873651190@qq.com", "投诉拼多多四件套质量问题，商家拒绝退货",
   "您好，我叫孙丽娟，2月20日在拼多多一家店铺买了一套床上四件套。\n"
   "商家名称：梦之家纺旗舰店\n"
   "店铺链接：https://mobile.yangkeduo.com/mall_page.html?mall_id=58213377\n"
   "订单编号：260220-593817264038125\n"
   "实付：¥1,280.00\n"
   "收到后发现严重起球掉色，商家客服一直拖着不处理，要求退货也被拒绝。\n"
   "请帮忙协调退款，谢谢。\n"
   "手机号：１３９ ５７１２ ３４５６\n",
   "Tue, 03 Mar 2026 21:14:07 +0800", "tencent_8A1F3C55E2D04B7796A0C1E2F3A4B5C6@qq.com",
   kind="complaint", language="zh",
   comp={"name": "孙丽娟", "phones": ["+8613957123456"]},
   resp={"name": "梦之家纺旗舰店", "urls": ["https://mobile.yangkeduo.com/mall_page.html?mall_id=58213377"]},
   order={"number": "260220-593817264038125", "amount": "1280.00", "currency": "CNY"},
   must=["起球掉色", "梦之家纺旗舰店"],
   notes="QQ Mail GB18030; 手机号 label with full-width digits and spaces; 商家名称 label; ¥ with thousands separator")

netease("eval-02.eml", "刘建华", "liujh_yw@163.com", "箱包质量问题投诉",
   "你好：\n"
   "我在1688上向一家厂家批发了200个双肩包，收货后发现拉链大面积损坏。\n"
   "卖家：义乌市佳诚箱包厂\n"
   "卖家电话：138-5792-6610\n"
   "订单号码：DD20260211007315\n"
   "一共付款1280元整，厂家说只补偿50元，我不接受，要求退货退款。\n"
   "我的电话号码：（0579）8512 3456\n"
   "\n"
   "谢谢！\n"
   "刘建华\n",
   "Wed, 04 Mar 2026 09:02:44 +0800", "6b1f0c2a.4d21.18e0a9b7c12.Coremail.liujh_yw@163.com",
   kind="complaint", language="zh",
   comp={"name": "刘建华", "phones": ["+8657985123456"]},
   resp={"name": "义乌市佳诚箱包厂", "phones": ["+8613857926610"]},
   order={"number": "DD20260211007315", "amount": "1280.00", "currency": "CNY"},
   must=["拉链大面积损坏"],
   notes="163 GBK; 卖家/卖家电话 labels; 1280元整 with a 50-yuan offer to skip; landline in full-width brackets")

netease("eval-03.eml", "", "zhiqiang.wang@126.com", "投诉义乌市锦程饰品有限公司拖欠退款",
   "您好！\n"
   "本人王志强，去年12月向该公司订购了一批发饰，支付了人民币壹仟贰佰捌拾元。\n"
   "到货后一半有色差，对方答应退款但两个多月了一直拖着不退，现在电话也不接。\n"
   "希望贵站能督促商家尽快退款。\n"
   "手机：158 6792 0341\n",
   "Thu, 05 Mar 2026 15:40:11 +0800", "2c99ad1e.11f3.18e0b1d0a55.Coremail.zhiqiang.wang@126.com",
   kind="complaint", language="zh",
   comp={"name": "王志强", "phones": ["+8615867920341"]},
   resp={"name": "义乌市锦程饰品有限公司"},
   order={"amount": "1280.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["拖着不退"],
   notes="126 GBK, no display name; merchant only in the subject; amount in capital numerals; 本人 self-introduction")

foxmail("eval-04.eml", "郑美玲", "zhengml@foxmail.com", "五金工具少发货",
   "您好，\n"
   "我们店从金华一家五金厂订了一批螺丝刀套装，对方少发了三十套，多次联系厂家补发都被推脱。\n"
   "厂家：金华市恒达五金制品厂\n"
   "厂家电话：0579-82345678\n"
   "订单号：HD2026030188\n"
   "货款共计两千三百元，已通过支付宝付清。\n"
   "请协调厂家补发或者退还差价。\n"
   "\n"
   "联系人：郑美玲\n"
   "Tel: 0579-85123466  Mobile: +86 137 5899 1024\n",
   "Fri, 06 Mar 2026 10:21:35 +0800", "202603061021353106581@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "郑美玲", "phones": ["+8657985123466", "+8613758991024"]},
   resp={"name": "金华市恒达五金制品厂", "phones": ["+8657982345678"]},
   order={"number": "HD2026030188", "amount": "2300.00", "currency": "CNY"},
   must=["少发了三十套"],
   notes="Foxmail GB2312; 厂家 labels; amount in ordinary Chinese numerals (两千三百元); English Tel/Mobile labels in a Chinese signature")

netease("eval-05.eml", "邱国栋", "qiugd1975@163.com", "水晶摆件批发纠纷",
   "您好：\n"
   "我是做礼品批发的，今年1月从浦江一家工厂进了一批水晶摆件，货款共计3.5万元。\n"
   "供应商：浦江县鑫源水晶工艺品厂\n"
   "供应商手机：13905796688\n"
   "采购单号：PO-2026-0315\n"
   "到货后破损率超过三成，对方不承认是运输问题，拒绝赔偿。请帮忙处理。\n"
   "姓名：邱国栋  电话：186 5799 3207\n",
   "Sat, 07 Mar 2026 08:55:02 +0800", "5e02bf61.7a10.18e0c2f1b03.Coremail.qiugd1975@163.com",
   kind="complaint", language="zh",
   comp={"name": "邱国栋", "phones": ["+8618657993207"]},
   resp={"name": "浦江县鑫源水晶工艺品厂", "phones": ["+8613905796688"]},
   order={"number": "PO-2026-0315", "amount": "35000.00", "currency": "CNY"},
   must=["破损率超过三成"],
   notes="163 GBK; 供应商 labels; 3.5万元; 采购单号; name and phone labels on one line")

gmail("eval-06.eml", "Rajesh Kumar", "rajesh.kumar.blr@gmail.com", "Complaint - defective toys from Yiwu supplier",
   "Dear Sir/Madam,\n\n"
   "I am writing to complain about a shipment of toys that arrived defective.\n\n"
   "Supplier: Yiwu Brightstar Toys Co., Ltd.\n"
   "Vendor WhatsApp: +86 135 8888 2041\n"
   "PO number: PO-88213\n"
   "We paid a total of USD 2,450.00 by bank transfer on 12 January.\n\n"
   "More than 40% of the remote-control cars do not work, and the supplier has stopped responding to my messages. "
   "Please help me get a replacement or a refund.\n\n"
   "Regards,\n"
   "Rajesh Kumar\n"
   "Mobile: +91 98450 12345\n"
   "Address: 42, 3rd Cross, Indiranagar, Bengaluru 560038, India\n",
   "Mon, 9 Mar 2026 11:32:19 +0530", "CAF7x3bQ1=Yk2rL9mTq0pZ8vW@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Rajesh Kumar", "phones": ["+919845012345"], "address": "42, 3rd Cross, Indiranagar, Bengaluru 560038, India"},
   resp={"name": "Yiwu Brightstar Toys Co., Ltd.", "phones": ["+8613588882041"]},
   order={"number": "PO-88213", "amount": "2450.00", "currency": "USD"},
   must=["remote-control cars do not work"],
   notes="Gmail UTF-8 QP from India; Supplier/Vendor WhatsApp labels; PO number; total USD with separator")

gmail("eval-07.eml", "Emeka Obi", "emeka.obi.lagos@gmail.com", "Seller sent fake bags and will not refund",
   "Hello,\n\n"
   "My name is Chukwuemeka Obi and I live in Lagos. On 2 February I bought 30 handbags from a store on Alibaba.\n\n"
   "Store: Lucky Star Bags\n"
   "Store link: https://luckystarbags.en.alibaba.com\n"
   "Order number 5521907734\n\n"
   "I paid $99.00 for the sample order and the bags that came are fake and badly stitched. "
   "The seller refuses to refund me. Kindly help me to recover my money.\n\n"
   "WhatsApp: +234 803 555 0192\n\n"
   "Thank you.\n",
   "Tue, 10 Mar 2026 07:15:48 +0100", "CAJ9p2Lw8sQ=Hf0vXk3nR5tUq@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Chukwuemeka Obi", "phones": ["+2348035550192"]},
   resp={"name": "Lucky Star Bags", "urls": ["https://luckystarbags.en.alibaba.com"]},
   order={"number": "5521907734", "amount": "99.00", "currency": "USD"},
   must=["badly stitched"],
   notes="Gmail from Nigeria; My name is (fuller than the From name); Store label; plain $ read as USD; WhatsApp label")

outlook("eval-08.eml", "Sophie Turner", "sophie.turner@outlook.com", "Broken ceramic vases \u2013 supplier won\u2019t respond",
   "Hello,\n\n"
   "I ordered 120 ceramic vases from Yiwu Hongyu Crafts Co., Ltd. in January (Order Ref: HY-240119) and paid "
   "US$ 340.50 through Alibaba Trade Assurance.\n\n"
   "About a third of them arrived smashed. I have tried their sales office on 0579 8521 7788 several times "
   "but nobody answers. I\u2019d be grateful if you could contact them and ask for a partial refund.\n\n"
   "Kind regards,\n"
   "Sophie Turner\n"
   "Tel: +44 (0)7700 900 455\n",
   "Wed, 11 Mar 2026 16:03:27 +0000", "DB9PR03MB7321A4E1C2D0F8B9E3B1A7C2@DB9PR03MB7321.eurprd03.prod.outlook.com",
   cs="windows-1252",
   kind="complaint", language="en",
   comp={"name": "Sophie Turner", "phones": ["+447700900455"]},
   resp={"name": "Yiwu Hongyu Crafts Co., Ltd.", "phones": ["+8657985217788"]},
   order={"number": "HY-240119", "amount": "340.50", "currency": "USD"},
   must=["arrived smashed", "I\u2019d be grateful"],
   notes="Outlook windows-1252 QP from the UK (curly apostrophes, en dash in the subject); merchant landline in a 'their' sentence; UK mobile with (0)")

gmail("eval-09.eml", "Dmitry Volkov", "d.volkov.nsk@gmail.com", "Umbrellas not delivered",
   "Good afternoon,\n\n"
   "I'm Dmitry Volkov from Novosibirsk. I ordered 500 umbrellas in December.\n"
   "Vendor: Jinhua Sunrise Umbrella Factory\n"
   "Order ID: SR-240517\n"
   "I paid USD 99 as a deposit and the goods have never been shipped. The vendor now ignores my messages.\n"
   "Please help me get my deposit back.\n\n"
   "Phone: +7 913 555-27-41\n\n"
   "Dmitry\n",
   "Thu, 12 Mar 2026 13:44:02 +0700", "CAKm4Xr0N=Pq7sTb1Jw9vYd@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Dmitry Volkov", "phones": ["+79135552741"]},
   resp={"name": "Jinhua Sunrise Umbrella Factory"},
   order={"number": "SR-240517", "amount": "99.00", "currency": "USD"},
   missing=["respondent_contact"],
   must=["never been shipped"],
   notes="Gmail from Russia; Vendor label; USD 99 without decimals; Russian phone with dashes; no merchant contact")

big5("eval-10.eml", "陳嘉欣", "kayan.chan@netvigator.example", "投訴淘寶店鋪售賣假貨",
   "你好，\n"
   "本人陳嘉欣，香港居民。上月在淘寶「美麗屋飾品店」購買了一對純銀耳環，付款HK$480，"
   "收貨後發現是鍍銀的，戴了兩天就發黑。\n"
   "店鋪網址：https://meiliwu.taobao.com\n"
   "訂單編號：3859201746618203\n"
   "賣家拒絕退款，希望貴站協助處理。\n"
   "聯絡電話：+852 9123 4567\n"
   "\n"
   "陳嘉欣\n",
   "Fri, 13 Mar 2026 19:27:50 +0800", "000c01dcb2f1$8a5e3c10$9f1ab430$@netvigator.example",
   kind="complaint", language="zh",
   comp={"name": "陳嘉欣", "phones": ["+85291234567"]},
   resp={"name": "美麗屋飾品店", "urls": ["https://meiliwu.taobao.com"]},
   order={"number": "3859201746618203", "amount": "480.00", "currency": "HKD"},
   must=["鍍銀", "美麗屋飾品店"],
   notes="Big5 from Hong Kong (Outlook); Traditional characters kept as written; 「」 quotes; HK$; +852")

big5("eval-11.eml", "林怡君", "yijun.lin@hinet.example", "幸福小舖不出貨",
   "您好：\n"
   "我是林怡君，住在台北。三月初在淘寶賣家「幸福小舖」訂了手工香皂禮盒，付了人民幣350元，"
   "到現在已經三週了還沒發貨，賣家也不回訊息。\n"
   "訂單號碼：4102938475610293\n"
   "收件地址：台北市大安區忠孝東路四段216號5樓\n"
   "手機：0912-345-678\n"
   "麻煩幫忙處理，謝謝。\n",
   "Sat, 14 Mar 2026 22:05:13 +0800", "20260314220513.4F2A1C@hinet.example",
   mailer="Microsoft Outlook 16.0",
   kind="complaint", language="zh",
   comp={"name": "林怡君", "phones": ["+886912345678"], "address": "台北市大安區忠孝東路四段216號5樓"},
   resp={"name": "幸福小舖"},
   order={"number": "4102938475610293", "amount": "350.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["還沒發貨"],
   notes="Big5 from Taiwan; Taiwan mobile 09XX-XXX-XXX; 人民幣 amount; address kept in Traditional characters")

gmail("eval-12.eml", "蒋文博", "jiangwenbo88@gmail.com", "咨询：1688批发订单的退货规则", subj_enc=True,
   text="您好，\n"
   "请问在1688上批发的货物，如果到货后发现质量有问题，可以七天无理由退货吗？\n"
   "批发订单的退款规则和零售一样吗？我还没有下单，想先了解一下。\n"
   "\n谢谢！\n蒋文博\n",
   date="Sun, 15 Mar 2026 10:12:40 +0800", msgid="CAHq8vN2=Lk5mWx0Rt3pYz7Qb@mail.gmail.com",
   kind="inquiry", language="zh",
   comp={"name": "蒋文博"},
   must=["七天无理由退货"],
   notes="Gmail UTF-8 QP inquiry in Chinese about return rules; no dispute; missing stays []")

outlook("eval-13.eml", "Maria Gonzalez", "maria.gonzalez@hotmail.com", "Question about a supplier before I pay",
   "Hello,\n\n"
   "Before I pay a deposit to Ningbo Oceanview Trading Co., Ltd. (https://oceanview-trading.example), "
   "could you tell me whether they are a registered company and if your station has received complaints about them? "
   "Their contact gave me the number +86 574 8765 4321.\n\n"
   "Best regards,\n"
   "Maria Gonzalez\n",
   "Mon, 16 Mar 2026 09:41:55 -0500", "BN8PR12MB3012C5D7A3E2F1B0C9D8E7F6@BN8PR12MB3012.namprd12.prod.outlook.com",
   kind="inquiry", language="en",
   comp={"name": "Maria Gonzalez"},
   resp={"name": "Ningbo Oceanview Trading Co., Ltd.", "urls": ["https://oceanview-trading.example"], "phones": ["+8657487654321"]},
   must=["registered company"],
   notes="Outlook UTF-8 inquiry (is this company legitimate); merchant details extracted, missing []")

netease("eval-14.eml", "何晓东", "hexiaodong2000@163.com", "商家收钱不发货怎么办？",
   "你好，\n"
   "我2月28日在淘宝店铺“小鹿日用百货”买了一个电饭煲，付了560元，订单号4530291847362019，"
   "到现在快三周了商家一直不发货，旺旺也不回。\n"
   "这种情况你们能帮我追回货款吗？\n"
   "我的电话：176-5790-1234\n",
   "Tue, 17 Mar 2026 12:30:08 +0800", "41a7c2d3.5b6e.18e11f20a77.Coremail.hexiaodong2000@163.com",
   kind="complaint", language="zh",
   comp={"name": "何晓东", "phones": ["+8617657901234"]},
   resp={"name": "小鹿日用百货"},
   order={"number": "4530291847362019", "amount": "560.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["不发货"],
   notes="A complaint phrased as a question; the name comes from the From display name (a personal name); shop in curly quotes")

QUOTE_ZH = ("\n------------------ 原始邮件 ------------------\n"
            "发件人: \"义乌市电子商务协会消费维权服务站\"<tousu@yweca.org.example>;\n"
            "发送时间: 2026年3月17日(星期二) 上午10:02\n"
            "收件人: \"黄丽萍\"<1739284650@qq.com>;\n"
            "主题: [YW-2026-00215] 投诉已受理，请补充信息\n\n"
            "您好：\n您的投诉已受理（编号 YW-2026-00215）。为便于我们联系商家，请直接回复本邮件，补充以下信息：\n"
            "姓名 / Name:\n电话 / Phone:\n商家 / Merchant:\n店铺链接或商家电话 / Shop link or merchant phone:\n\n"
            "义乌市电子商务协会消费者权益服务站\n电话：0579-85200000\n")
qq("eval-15.eml", "阳光", "1739284650@qq.com", "回复：[YW-2026-00215] 投诉已受理，请补充信息",
   "姓名 / Name: 黄丽萍\n"
   "电话 / Phone: 139 0579 2468\n"
   "商家 / Merchant: 义乌市彩虹文具店\n"
   "店铺链接或商家电话 / Shop link or merchant phone: 0579-85556677\n" + QUOTE_ZH,
   "Wed, 18 Mar 2026 08:16:44 +0800", "tencent_1B2C3D4E5F60718293A4B5C6D7E8F901@qq.com",
   kind="reply", case_ref="YW-2026-00215", language="zh",
   comp={"name": "黄丽萍", "phones": ["+8613905792468"]},
   resp={"name": "义乌市彩虹文具店", "phones": ["+8657985556677"]},
   must=["义乌市彩虹文具店"], mustnot=["为便于我们联系商家"],
   notes="Consumer reply filling in the bilingual fill-in block of the acknowledgement; the station phone is only in the quote")

gmail("eval-16.eml", "Aisha Bello", "aisha.bello.abuja@gmail.com", "Re: [YW-2026-00218] Complaint received - details needed",
   "Good day,\n\n"
   "姓名 / Name: Aisha Bello\n"
   "电话 / Phone: +234 809 555 0134\n"
   "商家 / Merchant: Golden Leaf Hair Products\n"
   "店铺链接或商家电话 / Shop link or merchant phone: https://goldenleafhair.en.alibaba.com\n\n"
   "Thanks\n\n"
   "On Tue, Mar 17, 2026 at 3:05 PM Yiwu E-Commerce Association <tousu@yweca.org.example> wrote:\n"
   "> Dear consumer,\n"
   "> We have registered your complaint as YW-2026-00218. Please reply with:\n"
   "> 姓名 / Name:\n> 电话 / Phone:\n> 商家 / Merchant:\n"
   "> 店铺链接或商家电话 / Shop link or merchant phone:\n>\n"
   "> Yiwu E-Commerce Association, tel +86 579 8520 0000\n",
   "Wed, 18 Mar 2026 10:22:31 +0100", "CAB7y2Kp9=Rm4sLq0Vt8nWx@mail.gmail.com", subj_enc=True,
   kind="reply", case_ref="YW-2026-00218", language="en",
   comp={"name": "Aisha Bello", "phones": ["+2348095550134"]},
   resp={"name": "Golden Leaf Hair Products", "urls": ["https://goldenleafhair.en.alibaba.com"]},
   must=["Golden Leaf Hair Products"], mustnot=["We have registered your complaint"],
   notes="English consumer reply filling in the bilingual block; merchant URL under the shop-link label")

foxmail("eval-17.eml", "张敏", "zhangmin@yweca.org.example", "回复：关于您的投诉 YW-2026-00207",
   "汪先生您好：\n"
   "我们已联系商家“晨曦家居百货”，商家同意全额退款398元，预计3个工作日内到账，请留意。\n"
   "如有疑问请致电 0579-85200000 或 139 6791 0000。\n"
   "\n"
   "张敏\n"
   "义乌市电子商务协会消费者权益服务站\n"
   "地址：浙江省义乌市稠州北路800号电商大厦5楼\n"
   "\n"
   "发件人：汪先生 <wang.xs@163.com>\n"
   "发送时间：2026-03-16 20:11\n"
   "收件人：tousu@yweca.org.example\n"
   "主题：Re: 关于您的投诉 YW-2026-00207\n"
   "\n"
   "商家还是没有回复我，请再催一下。\n",
   "Thu, 19 Mar 2026 09:05:00 +0800", "202603190905001234567@yweca.org.example",
   kind="reply", case_ref="YW-2026-00207", language="zh",
   must=["商家同意全额退款"], mustnot=["请再催一下"],
   notes="Staff reply from Foxmail with a signature (phones, address): staff mail carries no party data")

gmail("eval-18.eml", "陈志远", "chenzhiyuan.sz@gmail.com", "Fwd: 关于订单退款的答复", subj_enc=True,
   text="你好，转发商家给我的回复。我在天猫“欣悦服饰旗舰店”买的羽绒服付了398元，收到后发现是旧货，"
   "商家以超过退货期限为由拒绝退款，请帮忙处理。\n"
   "我的电话13812340987。\n"
   "陈志远\n\n"
   "---------- Forwarded message ---------\n"
   "From: 欣悦服饰客服 <service@xinyue-fushi.example>\n"
   "Date: Thu, Mar 12, 2026 at 4:20 PM\n"
   "Subject: 关于订单退款的答复\n"
   "To: 陈志远 <chenzhiyuan.sz@gmail.com>\n\n"
   "亲，您的订单 4402918375561023 已超过七天退货期限，不支持退款，敬请谅解。\n"
   "欣悦服饰旗舰店 客服电话 0579-85112233\n",
   date="Fri, 20 Mar 2026 14:48:09 +0800", msgid="CAGh3kT7=Nw2qPb8Xs0mLr5@mail.gmail.com",
   kind="complaint", language="zh",
   comp={"name": "陈志远", "phones": ["+8613812340987"]},
   resp={"name": "欣悦服饰旗舰店", "phones": ["+8657985112233"]},
   order={"number": "4402918375561023", "amount": "398.00", "currency": "CNY"},
   must=["旧货", "不支持退款"],
   notes="Gmail forward of the merchant's answer; the forwarded text counts; merchant phone and order only in the forwarded part; forwarded header addresses are nobody's e-mail")

outlook("eval-19.eml", "Peter Walsh", "peter.walsh@outlook.com", "FW: Complaint about order 7731",
   "Hello,\n\n"
   "Forwarding the complaint I sent to the marketplace two weeks ago. They never answered, so I am asking your station to step in.\n\n"
   "Kind regards,\n"
   "Peter Walsh\n"
   "Mobile: +1 (312) 555-0178\n\n"
   "________________________________\n"
   "From: Peter Walsh <peter.walsh@outlook.com>\n"
   "Sent: Monday, March 2, 2026 9:14 AM\n"
   "To: support@marketplace.example <support@marketplace.example>\n"
   "Subject: Complaint about order 7731\n\n"
   "I ordered 200 LED strips from Yiwu Lumina Lighting Co., Ltd. Order #YL-7731, paid US$ 640.00. "
   "Half of them don't work.\n"
   "Seller phone: +86 579 8567 1200\n",
   "Mon, 16 Mar 2026 18:20:41 -0500", "CH2PR11MB4470B2C3D4E5F6A7B8C9D0E1@CH2PR11MB4470.namprd11.prod.outlook.com",
   kind="complaint", language="en",
   comp={"name": "Peter Walsh", "phones": ["+13125550178"]},
   resp={"name": "Yiwu Lumina Lighting Co., Ltd.", "phones": ["+8657985671200"]},
   order={"number": "YL-7731", "amount": "640.00", "currency": "USD"},
   must=["Half of them don't work"],
   notes="Outlook FW: with a From/Sent/To/Subject header block; the forwarded message is the sender's own complaint and counts; support@ in the header block is nobody's e-mail")

netease("eval-20.eml", "钟伟", "zhongwei_0579@163.com", "转发：投诉义乌市星河灯饰有限公司虚假发货",
   "您好，这是我之前在全国12315平台提交的投诉（编号WQT20260305-2281），一直没有结果，转给你们看看，麻烦帮忙处理。\n"
   "\n"
   "-------- 转发邮件信息 --------\n"
   "发件人：\"钟伟\" <zhongwei_0579@163.com>\n"
   "发送日期：2026-03-05 20:31:07\n"
   "收件人：ts12315@samr.example\n"
   "主题：投诉义乌市星河灯饰有限公司虚假发货\n"
   "\n"
   "我叫钟伟，3月1日在义乌市星河灯饰有限公司的1688店铺（https://xinghedengshi.1688.com）订购了LED灯串，"
   "订单号：3301928475610923，实际支付1,260.00元。商家填了假的快递单号，货一直没发。\n"
   "联系电话：135 0579 8844\n",
   "Sat, 21 Mar 2026 11:02:56 +0800", "7d3e91aa.2b0c.18e13b5ff21.Coremail.zhongwei_0579@163.com",
   kind="complaint", language="zh",
   comp={"name": "钟伟", "phones": ["+8613505798844"]},
   resp={"name": "义乌市星河灯饰有限公司", "urls": ["https://xinghedengshi.1688.com"]},
   order={"number": "3301928475610923", "amount": "1260.00", "currency": "CNY"},
   must=["假的快递单号"],
   notes="163 转发： of the sender's own complaint to another platform; the WQT number is not a case reference")

outlook("eval-21.eml", "Jennifer Park", "jpark.sf@outlook.com", "Defective dental kit, seller ignores me",
   "<html><head><meta charset=\"utf-8\"></head><body>"
   "<p>Hi,</p>"
   "<p>My name is Jennifer Park. I bought an electric toothbrush kit on AliExpress and it stopped charging after two days.</p>"
   "<p>Store: <b>BrightSmile Dental Supplies</b><br>"
   "Store page: <a href=\"https://brightsmile.aliexpress.com/store/1102934\">https://brightsmile.aliexpress.com/store/1102934</a><br>"
   "Order #8112039485562071<br>"
   "I paid $99.00 including shipping.</p>"
   "<p>The seller ignores all my messages. Please help me get a refund.</p>"
   "<p>Jennifer Park<br>+1 415-555-0139</p>"
   "</body></html>",
   "Sun, 22 Mar 2026 20:11:37 -0700", "SJ0PR11MB5678D1E2F3A4B5C6D7E8F9A0@SJ0PR11MB5678.namprd11.prod.outlook.com",
   html_only=True,
   kind="complaint", language="en",
   comp={"name": "Jennifer Park", "phones": ["+14155550139"]},
   resp={"name": "BrightSmile Dental Supplies", "urls": ["https://brightsmile.aliexpress.com/store/1102934"]},
   order={"number": "8112039485562071", "amount": "99.00", "currency": "USD"},
   must=["stopped charging", "BrightSmile Dental Supplies"],
   notes="HTML-only Outlook mail (base64); text comes from the HTML; plain $ from a US sender")

qq("eval-22.eml", "晓风残月", "3320187465@qq.com", "自动回复: [YW-2026-00221] 您的投诉已受理",
   "您好，我正在休假，3月28日后回复您的邮件。如有急事请拨打13800138000。\n",
   "Mon, 23 Mar 2026 10:00:03 +0800", "tencent_AA12BB34CC56DD78EE90FF12AB34CD56@qq.com",
   kind="auto_reply", case_ref="YW-2026-00221", language="zh",
   must=["我正在休假"],
   notes="QQ Mail out-of-office without any automatic-reply header; recognised by subject and wording; its phone is nobody's")

outlook("eval-23.eml", "Tom Hughes", "tom.hughes@outlook.com", "Automatic reply: [YW-2026-00219] Please send more details",
   "I am currently out of the office with limited email access and will reply when I return on 30 March.\n\n"
   "For urgent matters please call +44 20 7946 0958.\n\nTom Hughes\n",
   "Mon, 23 Mar 2026 02:14:09 +0000", "AM0PR02MB5562E7F8A9B0C1D2E3F4A5B6@AM0PR02MB5562.eurprd02.prod.outlook.com",
   kind="auto_reply", case_ref="YW-2026-00219", language="en",
   must=["out of the office"],
   notes="Outlook automatic reply without Auto-Submitted; name and phone belong to nobody in the case")

# eval-24: 163 Chinese bounce, plain text, not a DSN.
date24 = "Tue, 24 Mar 2026 09:31:20 +0800"
text24 = ("抱歉，您的邮件被退回来了……\n\n"
          "原邮件信息：\n"
          "时　间：2026-03-24 09:31:02\n"
          "收件人：zhangli8806@163.com\n"
          "主　题：[YW-2026-00212] 请补充投诉信息\n\n"
          "退信原因：收件人邮箱不存在，请核对收件人地址后重新发送。\n"
          "如有疑问请联系网易邮箱客服 95163223。\n")
hdr = [received("m16-201.163.com", "203.0.113.201", date24), "From: postmaster@163.com", "To: " + STATION,
       "Subject: " + ew("系统退信", "GBK"), "Date: " + date24, "Message-ID: <bounce.5f3a2c1e.18e14d@163.com>",
       "X-Mailer: Coremail"]
ct, body = single(text24, "GBK", "base64")
write("eval-24.eml", hdr, ct, body)
label("eval-24.eml", "系统退信", ("", "postmaster@163.com"), "bounce", "bounce.5f3a2c1e.18e14d@163.com", "zh",
      case_ref="YW-2026-00212", must=["收件人邮箱不存在"],
      notes="163 Chinese 退信 in plain text from postmaster (no delivery-status part); case reference in the returned message details")

netease("eval-25.eml", "义乌小商品源头厂家", "yw_factory2026@163.com", "【诚招代理】2026新款小商品厂家直销",
   "各位老板好！\n"
   "我司是义乌小商品源头工厂，专业生产饰品、玩具、日用百货，厂家直销，价格优惠，支持一件代发。\n"
   "诚招各地代理，欢迎来电咨询：137 5791 2345（微信同号）\n"
   "店铺：https://ywfactory2026.1688.com\n"
   "如不想再收到此类邮件，请回复退订。\n",
   "Wed, 25 Mar 2026 06:00:00 +0800", "5a5a5a5a.0000.18e15e00000.Coremail.yw_factory2026@163.com",
   kind="spam", language="zh",
   must=["诚招各地代理"],
   notes="Chinese advertising from a 163 account; its phone and URL are not extracted")

# eval-26: Exchange DSN in English.
date26 = "Wed, 25 Mar 2026 03:12:45 +0000"
b26 = "DSN_5c1d2e3f4a5b"
body26 = ("This is a multi-part message in MIME format.\r\n\r\n"
          "--%s\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
          "Delivery has failed to these recipients or groups:\r\n\r\n"
          "m.rossi@libero.example\r\n"
          "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\r\n\r\n"
          "Diagnostic information for administrators:\r\n\r\n"
          "Generating server: AM6PR02MB4321.eurprd02.prod.outlook.com\r\n"
          "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\r\n\r\n"
          "--%s\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns;AM6PR02MB4321.eurprd02.prod.outlook.com\r\n"
          "Received-From-MTA: dns;mx1.yweca.org.example\r\n"
          "Arrival-Date: Wed, 25 Mar 2026 03:12:40 +0000\r\n\r\n"
          "Final-Recipient: rfc822;m.rossi@libero.example\r\n"
          "Action: failed\r\n"
          "Status: 5.1.1\r\n"
          "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\r\n\r\n"
          "--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n"
          "From: tousu@yweca.org.example\r\n"
          "To: m.rossi@libero.example\r\n"
          "Subject: [YW-2026-00225] Your complaint has been registered\r\n"
          "Date: Wed, 25 Mar 2026 11:12:38 +0800\r\n"
          "Message-ID: <ack-YW-2026-00225@yweca.org.example>\r\n\r\n"
          "--%s--\r\n") % (b26, b26, b26, b26)
hdr = [received("EUR05-AM6-obe.outbound.protection.outlook.com", "203.0.113.66", date26),
       "From: postmaster@outlook.com", "To: " + STATION, "Subject: Undeliverable: [YW-2026-00225] Your complaint has been registered",
       "Date: " + date26, "Message-ID: <3e5f7a9b-1c2d-4e6f-8a0b-c1d2e3f4a5b6@AM6PR02MB4321.eurprd02.prod.outlook.com>",
       "Auto-Submitted: auto-replied", "Content-Language: en-US"]
write("eval-26.eml", hdr, "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n" % b26, body26)
label("eval-26.eml", "Undeliverable: [YW-2026-00225] Your complaint has been registered", ("", "postmaster@outlook.com"),
      "bounce", "3e5f7a9b-1c2d-4e6f-8a0b-c1d2e3f4a5b6@AM6PR02MB4321.eurprd02.prod.outlook.com", "en",
      case_ref="YW-2026-00225", must=["couldn't be found"],
      notes="Exchange delivery-status report; the machine-readable parts are no attachments")

netease("eval-27.eml", "吴海燕", "wuhaiyan1992@126.com", "耳机质量问题，商家不给换",
   "您好，\n"
   "我在京东上的店铺买了一副蓝牙耳机，用了一周右耳就没声音了，商家说是人为损坏不给换。\n"
   "店铺名称：晨光数码配件店\n"
   "商家电话：400-820-1234\n"
   "订单号：2026030612345678901\n"
   "支付了89.9元。\n"
   "联系人：吴海燕\n"
   "联系方式：手机 135-7890-1122，微信同号；QQ：1234567890\n",
   "Thu, 26 Mar 2026 17:45:30 +0800", "1f2e3d4c.6a7b.18e16f9a123.Coremail.wuhaiyan1992@126.com",
   kind="complaint", language="zh",
   comp={"name": "吴海燕", "phones": ["+8613578901122"]},
   resp={"name": "晨光数码配件店", "phones": ["+864008201234"]},
   order={"number": "2026030612345678901", "amount": "89.90", "currency": "CNY"},
   must=["右耳就没声音了"],
   notes="126 GBK; 400 service number as merchant phone; 89.9元; a QQ number is not a phone")

gmail("eval-28.eml", "Kevin O'Brien", "kevin.obrien.atx@gmail.com", "Re: Your complaint - shipping address needed",
   "Hi,\n\n"
   "Here is my shipping address: 221 Baker Lane, Apt 4B, Austin, TX 78701, USA\n"
   "The seller says they will resend the lamp once they have it.\n\n"
   "Thanks,\n"
   "Kevin O'Brien\n\n"
   "On Mon, Mar 23, 2026 at 9:40 AM Yiwu E-Commerce Association <tousu@yweca.org.example> wrote:\n"
   "> Dear Mr O'Brien,\n"
   "> Regarding case YW-2026-00224: the merchant Yiwu Glow Lamp Co., Ltd. has agreed to resend the goods.\n"
   "> Please tell us your shipping address.\n",
   "Thu, 26 Mar 2026 08:03:19 -0500", "CAM2r8Tn5=Xq1vLp7Ks3wZb@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00224", language="en",
   comp={"name": "Kevin O'Brien", "address": "221 Baker Lane, Apt 4B, Austin, TX 78701, USA"},
   must=["221 Baker Lane"], mustnot=["has agreed to resend"],
   notes="Consumer reply whose case reference is only in the quoted history; the merchant named in the quote is not extracted")

gmail("eval-29.eml", "Grace Adeyemi", "grace.adeyemi@yahoo.com", "Complaint: Harmony Textiles Co., Ltd. refuses refund",
   "Hello,\n\n"
   "I am Grace Adeyemi from Lagos. I ordered curtains (order no. HT-20260115-07) and paid a total of USD 1,150.00 "
   "in January. Half of the panels are a different colour from the sample. The seller refuses to refund or replace them.\n"
   "Please help.\n\n"
   "Grace Adeyemi\n"
   "+234 812 555 0166\n",
   "Fri, 27 Mar 2026 12:26:04 +0100", "1774610764.98231.YahooMailAndroidMobile@yahoo.com",
   kind="complaint", language="en",
   comp={"name": "Grace Adeyemi", "phones": ["+2348125550166"]},
   resp={"name": "Harmony Textiles Co., Ltd."},
   order={"number": "HT-20260115-07", "amount": "1150.00", "currency": "USD"},
   missing=["respondent_contact"],
   must=["different colour"],
   notes="English complaint with the merchant only in the subject; signature phone with a country code")

foxmail("eval-30.eml", "蔡晓明", "caixm@foxmail.com", "退货地址是假的",
   "你好：\n"
   "我是杭州的蔡晓明。在抖音商城“潮玩星球”买了一个盲盒套装，花了两百九十九元，收到是空盒。\n"
   "商家给的退货地址：义乌市福田街道商城大道L区88号，寄过去查无此人，快递被退回了。\n"
   "请帮我维权，谢谢！\n"
   "手机 +86-188-5790-6543\n",
   "Sat, 28 Mar 2026 21:40:11 +0800", "202603282140112207319@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "蔡晓明", "phones": ["+8618857906543"]},
   resp={"name": "潮玩星球", "address": "义乌市福田街道商城大道L区88号"},
   order={"amount": "299.00", "currency": "CNY"},
   must=["收到是空盒"],
   notes="Foxmail GB2312; merchant's return address is the respondent contact; 我是杭州的 intro; 两百九十九元")


QUOTE_ZH2 = ("\n------------------ 原始邮件 ------------------\n"
             "发件人: \"义乌市电子商务协会消费维权服务站\"<tousu@yweca.org.example>;\n"
             "发送时间: 2026年3月27日(星期五) 下午3:40\n"
             "收件人: \"Lina\"<2209183746@qq.com>;\n"
             "主题: [YW-2026-00233] 投诉已受理，请补充信息\n\n"
             "您好：\n为便于我们联系商家，请直接回复本邮件，补充以下信息：\n"
             "姓名 / Name:\n电话 / Phone:\n商家 / Merchant:\n店铺链接或商家电话 / Shop link or merchant phone:\n")
qq("eval-31.eml", "Lina", "2209183746@qq.com", "回复：[YW-2026-00233] 投诉已受理，请补充信息",
   "姓名 / Name:\n"
   "李娜\n"
   "电话 / Phone:\n"
   "商家 / Merchant:\n"
   "杭州悦享贸易有限公司\n"
   "店铺链接或商家电话 / Shop link or merchant phone:\n"
   "https://yuexiang.tmall.com\n"
   "电话不方便留，有事发邮件。\n" + QUOTE_ZH2,
   "Sat, 28 Mar 2026 09:10:22 +0800", "tencent_0F1E2D3C4B5A69788796A5B4C3D2E1F0@qq.com",
   kind="reply", case_ref="YW-2026-00233", language="zh",
   comp={"name": "李娜"},
   resp={"name": "杭州悦享贸易有限公司", "urls": ["https://yuexiang.tmall.com"]},
   must=["杭州悦享贸易有限公司"], mustnot=["为便于我们联系商家"],
   notes="Fill-in block answered with the values on the next lines and the phone left blank")

netease("eval-32.eml", "", "maxiaoli_88@163.com", "投诉：买的保温杯漏水，商家不处理",
   "投诉人姓名：马晓丽\n"
   "我在拼多多买了20个保温杯送客户，商家名称是义乌市优购日用品商行，收到后一半以上漏水。\n"
   "订单ID：1290384756102\n"
   "合计：￥ 2,680\n"
   "联系商家多次，商家只同意退5个的钱，要求全部退货退款。\n"
   "收货人：马晓丽  手机：137-0579-8866\n"
   "收货地址：浙江省义乌市江东街道青口路36号3单元501\n",
   "Sun, 29 Mar 2026 14:05:41 +0800", "0a1b2c3d.4e5f.18e17a0b9c8.Coremail.maxiaoli_88@163.com",
   kind="complaint", language="zh",
   comp={"name": "马晓丽", "phones": ["+8613705798866"], "address": "浙江省义乌市江东街道青口路36号3单元501"},
   resp={"name": "义乌市优购日用品商行"},
   order={"number": "1290384756102", "amount": "2680.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["一半以上漏水"],
   notes="投诉人姓名 and 收货人 labels; 订单ID; ￥ with a space; merchant named in running text after 商家名称是")

gmail("eval-33.eml", "Anil Sharma", "anil.sharma.exports@gmail.com", "Complaint regarding garments supplier - Order KY20260211",
   "Respected Sir/Madam,\n\n"
   "We placed an order for 1,500 cotton shirts and the supplier shipped the wrong sizes.\n\n"
   "Merchant name: Zhejiang Kaiyuan Garments Co., Ltd\n"
   "Order No: KY20260211\n"
   "Amount paid: USD 3,870\n"
   "Supplier contact: +86-571-8690-2233\n\n"
   "They are now refusing to exchange the goods. Kindly intervene.\n\n"
   "Thanks & Regards,\n"
   "Anil Sharma\n"
   "Contact No: +91-98765-43210\n",
   "Mon, 30 Mar 2026 10:48:12 +0530", "CAPw1Zx8=Qe3rTy6Ui9oP0a@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Anil Sharma", "phones": ["+919876543210"]},
   resp={"name": "Zhejiang Kaiyuan Garments Co., Ltd", "phones": ["+8657186902233"]},
   order={"number": "KY20260211", "amount": "3870.00", "currency": "USD"},
   must=["wrong sizes"],
   notes="Indian English: Thanks & Regards, Contact No, Merchant name label; Chinese landline with +86 and dashes")

outlook("eval-34.eml", "Linda Carter", "linda.carter@outlook.com", "Rug never arrived",
   "Hello,\n\n"
   "On February 14 I purchased a wool rug from Ocean Breeze Home on Amazon for US $1,299.99 (order 114-2039485-7712093). "
   "Tracking has not moved in five weeks and the seller has not responded to any of my messages. "
   "Please help me get my money back.\n\n"
   "You can reach me at +1 646 555 0148.\n",
   "Tue, 31 Mar 2026 08:30:00 -0400", "MN2PR10MB4021A1B2C3D4E5F6A7B8C9D0@MN2PR10MB4021.namprd10.prod.outlook.com",
   kind="complaint", language="en",
   comp={"name": "Linda Carter", "phones": ["+16465550148"]},
   resp={"name": "Ocean Breeze Home"},
   order={"number": "114-2039485-7712093", "amount": "1299.99", "currency": "USD"},
   missing=["respondent_contact"],
   must=["Tracking has not moved"],
   notes="Outlook; no signature, the From display name is a personal name; merchant 'from X on Amazon'; US $ with a space; Amazon order number")

netease("eval-35.eml", "张伟", "zhangwei_1983@163.com", "投诉商家少发货",
   "您好，我是刘敏，用我爱人的邮箱发的。\n"
   "上个月在淘宝店铺“小太阳玩具批发”进了1000个发光玩具，单价3.5元，共计3500元，结果只收到800个。\n"
   "店铺链接：https://xiaotaiyang.taobao.com\n"
   "商家电话是 0579 - 8555 1234，打了好几次都说会补发，一直没发。\n"
   "我的手机：159 8801 2233\n",
   "Wed, 01 Apr 2026 16:22:09 +0800", "3c4d5e6f.7a8b.18e18b1c2d3.Coremail.zhangwei_1983@163.com",
   kind="complaint", language="zh",
   comp={"name": "刘敏", "phones": ["+8615988012233"]},
   resp={"name": "小太阳玩具批发", "urls": ["https://xiaotaiyang.taobao.com"], "phones": ["+8657985551234"]},
   order={"amount": "3500.00", "currency": "CNY"},
   must=["只收到800个"],
   notes="Written from the spouse's mailbox: the name in the text wins; unit price vs total; spaced dash landline")

gmail("eval-36.eml", "Tan Mei Ling", "meiling.tan.kl@gmail.com", "Complaint: jewellery shop sent plated items",
   "Dear Sir or Madam,\n\n"
   "I bought 10 silver bracelets from Seller: 义乌市美佳饰品有限公司 (Yiwu Meijia Jewelry Co., Ltd.) "
   "via their shop https://meijia-jewelry.1688.com/page/offerlist.htm, order ID 2988102736451029, and paid USD 186.00.\n"
   "The bracelets are plated copper, not silver. The seller refuses a refund.\n\n"
   "Sincerely yours,\n"
   "Tan Mei Ling\n"
   "Phone: +60 12-345 6789\n",
   "Thu, 02 Apr 2026 21:05:33 +0800", "CAL5m0Nb4=Jd6sFg8Hk2lQw@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Tan Mei Ling", "phones": ["+60123456789"]},
   resp={"name": "义乌市美佳饰品有限公司", "urls": ["https://meijia-jewelry.1688.com/page/offerlist.htm"]},
   order={"number": "2988102736451029", "amount": "186.00", "currency": "USD"},
   must=["plated copper"],
   notes="English mail from Malaysia naming the merchant in Chinese; URL ends at the comma; Sincerely yours closing")

gmail("eval-37.eml", "林志明", "lin.chihming@gmail.com", "投訴：藍牙喇叭沒聲音", subj_enc=True,
   text="您好，\n"
   "我叫林志明，住在高雄。上週在蝦皮上的「聲寶3C館」買了一台藍牙喇叭，付款人民幣268元，"
   "收到後完全沒聲音，賣家說要我自己付運費寄回大陸檢測，我覺得不合理。\n"
   "聯絡電話：0912 345 678\n"
   "麻煩協助處理，謝謝。\n",
   date="Fri, 03 Apr 2026 20:44:51 +0800", msgid="CAD2b5Hn7=Yt4rWq1Ls8mKv@mail.gmail.com",
   kind="complaint", language="zh",
   comp={"name": "林志明", "phones": ["+886912345678"]},
   resp={"name": "聲寶3C館"},
   order={"amount": "268.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["完全沒聲音"],
   notes="Traditional Chinese in UTF-8 from Taiwan (Gmail); Taiwan mobile written with spaces; 「」-quoted shop after a platform the parser may not know")

netease("eval-38.eml", "", "sunwei_yw@126.com", "回复：YW-2026-00228 补充订单信息",
   "订单号：5839201746501827，实付款：￥ 356.00。\n"
   "商家客服电话：0579-85443322\n"
   "\n"
   "孙伟\n"
   "\n"
   "发件人: \"义乌市电子商务协会\" <tousu@yweca.org.example>\n"
   "发送时间: 2026-03-30 10:12:05\n"
   "收件人: sunwei_yw@126.com\n"
   "主题: YW-2026-00228 补充订单信息\n"
   "\n"
   "孙先生您好，请补充订单号、付款金额和商家“佳佳日化店”的联系电话。\n"
   "服务站电话：0579-85200000\n",
   "Sat, 04 Apr 2026 11:31:00 +0800", "5d6e7f80.9a0b.18e19c2d3e4.Coremail.sunwei_yw@126.com",
   kind="reply", case_ref="YW-2026-00228", language="zh",
   comp={"name": "孙伟"},
   resp={"phones": ["+8657985443322"]},
   order={"number": "5839201746501827", "amount": "356.00", "currency": "CNY"},
   must=["5839201746501827"], mustnot=["佳佳日化店"],
   notes="126 consumer reply with an Outlook-style 发件人/发送时间 quote; merchant name only in the quote is not extracted")

foxmail("eval-39.eml", "义乌市晨星外贸服务中心", "info@chenxing-trade.example", "诚邀入驻｜义乌外贸一站式服务，免费领取报价单",
   "尊敬的商家您好：\n"
   "晨星外贸为义乌商户提供报关、物流、收汇、退税一站式服务，首单运费8折，限时优惠！\n"
   "免费领取报价单，请加微信 cx_trade888 或致电 0579-85321000 咨询。\n"
   "地址：义乌市国际商贸城五区东门88号\n"
   "退订请回复TD\n",
   "Sun, 05 Apr 2026 07:30:00 +0800", "202604050730001122334@chenxing-trade.example",
   kind="spam", language="zh",
   must=["一站式服务"],
   notes="Chinese advertising from Foxmail; address, phone and WeChat are nobody's")

gmail("eval-40.eml", "Olga Petrova", "olga.petrova.spb@gmail.com", "Question about customs and returns",
   "Hello,\n\n"
   "I am planning to buy Christmas decorations from several Yiwu suppliers for my shop in St Petersburg. "
   "If the goods turn out to be damaged, how does the return process work for international buyers, "
   "and can your station help with disputes for orders paid by bank transfer?\n\n"
   "Thank you in advance,\n"
   "Olga Petrova\n",
   "Mon, 06 Apr 2026 12:12:12 +0300", "CAN3o7Qa2=Fs5dGh9Jk0lZx@mail.gmail.com",
   kind="inquiry", language="en",
   comp={"name": "Olga Petrova"},
   must=["return process"],
   notes="English inquiry from Russia that mentions damage hypothetically; no dispute")

big5("eval-41.eml", "Wong Siu Ming", "siuming.wong@hknet.example", "Re: [YW-2026-00230] 補充資料",
   "你好，\n"
   "商家電話：+86 135 2345 6789\n"
   "我的電話：+852 6123 4567\n"
   "黃小明\n"
   "\n"
   "-----Original Message-----\n"
   "From: tousu@yweca.org.example\n"
   "Sent: Tuesday, April 7, 2026 9:00 AM\n"
   "To: siuming.wong@hknet.example\n"
   "Subject: [YW-2026-00230] 補充資料\n"
   "\n"
   "請提供商家電話及您的電話。\n",
   "Wed, 08 Apr 2026 10:05:40 +0800", "001a01dcc7a1$1b2c3d40$5e6f7a80$@hknet.example",
   kind="reply", case_ref="YW-2026-00230", language="zh",
   comp={"name": "黃小明", "phones": ["+85261234567"]},
   resp={"phones": ["+8613523456789"]},
   must=["商家電話"], mustnot=["請提供商家電話"],
   notes="Big5 reply from Hong Kong (Outlook -----Original Message-----); the Chinese signature name beats the romanised From name")


netease("eval-42.eml", "钱伟", "qianwei_jh@163.com", "【投诉】义乌市金鼎电器有限公司售后推诿",
   "您好：\n"
   "我去年11月订了50台电风扇，货款总共3.5万，到货后有十几台不转，对方一直推诿不给维修。\n"
   "订单编号为：JD-20251108-0017\n"
   "请帮忙协调。\n"
   "电话：138 0579 1234 / 0579-85123456\n"
   "钱伟\n",
   "Thu, 09 Apr 2026 09:09:09 +0800", "6e7f8091.a2b3.18e1ad3e4f5.Coremail.qianwei_jh@163.com",
   kind="complaint", language="zh",
   comp={"name": "钱伟", "phones": ["+8613805791234", "+8657985123456"]},
   resp={"name": "义乌市金鼎电器有限公司"},
   order={"number": "JD-20251108-0017", "amount": "35000.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["推诿不给维修"],
   notes="Merchant only in a 【】 subject; 3.5万 without 元; two phones on one line; 订单编号为")

gmail("eval-43.eml", "甜甜圈", "tiantian.sweet@gmail.com", "小家电质量问题", subj_enc=True,
   text="你好，我叫田甜，在一家叫Sunny家居的网店买了一台电烤箱，付了99美元（海外直邮），用了三次就坏了。\n"
   "卖家微信/电话：+86 139 5792 0011，现在不回复了。\n"
   "请帮我维权。\n",
   date="Fri, 10 Apr 2026 22:10:10 +0800", msgid="CAE9f1Gh3=Kl5mNp7Qr9sTu@mail.gmail.com",
   kind="complaint", language="zh",
   comp={"name": "田甜"},
   resp={"name": "Sunny家居", "phones": ["+8613957920011"]},
   order={"amount": "99.00", "currency": "USD"},
   missing=["complainant_phone"],
   must=["用了三次就坏了"],
   notes="Nickname From; 一家叫…的网店 with a mixed Latin/Han shop name; 美元; seller phone with +86")

gmail("eval-44.eml", "Web Growth Studio", "hello.webgrowth@gmail.com", "Quick question about your website",
   "Dear business owner,\n\n"
   "I noticed your website could rank higher on Google. Our team offers professional SEO and website redesign "
   "at 50% off this month only. We guarantee first page results or your money back.\n\n"
   "Reply YES for a free audit, or call +1 (917) 555-0123.\n\n"
   "If you do not want to hear from us, reply unsubscribe.\n",
   "Sat, 11 Apr 2026 03:03:03 +0000", "CAQ1w2Er3=Ty4uIo5Pa6sDf@mail.gmail.com",
   kind="spam", language="en",
   must=["free audit"],
   notes="English cold-call advertising from a Gmail account, no bulk headers; its phone is nobody's")

gmail("eval-45.eml", "Lucas Martin", "lucas.martin.yw@gmail.com", "Complaint about a jewellery shop in Yiwu",
   "Hello,\n\n"
   "I'm Lucas Martin, a French buyer living in Yiwu. I paid 2,000 yuan to the shop 义乌小美饰品 "
   "(xiaomei-shipin.taobao.com) for custom necklaces. Order number: 3920118475620391. "
   "They delivered the wrong design and refuse to remake it.\n\n"
   "My Tel/WhatsApp: +86 188 5791 1111\n\n"
   "Best,\nLucas\n",
   "Sun, 12 Apr 2026 15:15:15 +0800", "CAR8t9Yu0=Io1pAs2Df3gHj@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Lucas Martin", "phones": ["+8618857911111"]},
   resp={"name": "义乌小美饰品", "urls": ["xiaomei-shipin.taobao.com"]},
   order={"number": "3920118475620391", "amount": "2000.00", "currency": "CNY"},
   must=["wrong design"],
   notes="English from a foreigner in Yiwu; yuan; bare platform link in parentheses; the fullest name form wins over 'Lucas'")

mailgen.save()
